"""A period picker: from and to dates with quick choices, optionally limited in length (call records can
be asked for at most one month at a time, so the picker never offers more)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from agentdesk.services.customer_view import Period


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class PeriodPicker(QWidget):
    changed = Signal(object)  # Period

    def __init__(
        self, presets_days: tuple[int, ...], default_days: int, max_days: int | None = None, parent=None
    ):
        super().__init__(parent)
        self.max_days = max_days
        self.preset = QComboBox(self)
        self.preset.setObjectName("period-preset")
        for days in presets_days:
            self.preset.addItem(self.tr("Last %1 days").replace("%1", str(days)), days)
        self.preset.addItem(self.tr("Previous month"), "previous_month")
        self.preset.addItem(self.tr("Chosen dates"), None)
        self.start = QDateEdit(self)
        self.start.setObjectName("period-start")
        self.end = QDateEdit(self)
        self.end.setObjectName("period-end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.preset)
        box.addWidget(QLabel(self.tr("from"), self))
        box.addWidget(self.start)
        box.addWidget(QLabel(self.tr("to"), self))
        box.addWidget(self.end)
        self._quiet = False
        self.set_period(Period.last_days(default_days))
        self.preset.setCurrentIndex(max(self.preset.findData(default_days), 0))
        self.preset.activated.connect(self._preset_chosen)
        self.start.dateChanged.connect(lambda _d: self._dates_changed(moved="start"))
        self.end.dateChanged.connect(lambda _d: self._dates_changed(moved="end"))

    def period(self) -> Period:
        return Period(_pydate(self.start.date()), _pydate(self.end.date()))

    def set_period(self, period: Period, emit: bool = False) -> None:
        self._quiet = True
        self.start.setDate(_qdate(period.start))
        self.end.setDate(_qdate(period.end))
        self._quiet = False
        if emit:
            self.changed.emit(self.period())

    def _preset_chosen(self, index: int) -> None:
        choice = self.preset.itemData(index)
        today = datetime.now(UTC).date()
        if choice == "previous_month":
            end = today.replace(day=1) - timedelta(days=1)
            self.set_period(Period(end.replace(day=1), end), emit=True)
        elif isinstance(choice, int):
            self.set_period(Period.last_days(choice, today), emit=True)

    def _dates_changed(self, moved: str) -> None:
        if self._quiet:
            return
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        if end < start:
            start, end = (end, end) if moved == "end" else (start, start)
        if self.max_days is not None and (end - start).days + 1 > self.max_days:
            # keep the end the agent moved and pull the other one in: never more than the limit
            if moved == "start":
                end = start + timedelta(days=self.max_days - 1)
            else:
                start = end - timedelta(days=self.max_days - 1)
        self.preset.setCurrentIndex(self.preset.count() - 1)
        self.set_period(Period(start, end), emit=True)
