"""The event editor: title, time, duration, recurrence, reminder, link to a customer or ticket.

The dialog only collects input; the calendar view saves through the service and either closes
it or shows the service's error next to the fields, so nothing entered is lost on a mistake.
Opened with ``open()`` (never ``exec()`` inside the event loop, see CONVENTIONS).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from agentdesk.i18n import TranslationContext
from agentdesk.services.toolbox.events import Event, EventDraft, Recurrence

SCOPE_OCCURRENCE = "occurrence"
SCOPE_SERIES = "series"
REMINDER_CHOICES = [None, 0, 5, 10, 15, 30, 60, 120, 1440]  # minutes before the start


class EventDialog(QDialog):
    """Create or edit an event; for an occurrence of a series, choose "only this one" or "all"."""

    save_requested = Signal(object, str)  # EventDraft, scope
    delete_requested = Signal(str)  # scope

    def __init__(
        self,
        zone: ZoneInfo,
        tz_name: str,
        start: datetime,
        event: Event | None = None,
        occurrence_date: date | None = None,
        current_customer: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.zone = zone
        self.tz_name = event.tz if event else tz_name
        self.original = event
        self.occurrence_date = occurrence_date
        self._current_customer = current_customer
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))

        self.title = QLineEdit(self)
        self.title.setObjectName("eventTitle")
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("e.g. Call back about the broadband fault"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox(self)
        self.duration.setRange(0, 14 * 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.recurrence = QComboBox(self)
        for value, label in (
            (Recurrence.NONE, self.tr("Does not repeat")),
            (Recurrence.DAILY, self.tr("Every day")),
            (Recurrence.WORKDAYS, self.tr("Every working day")),
            (Recurrence.WEEKLY, self.tr("Every week")),
            (Recurrence.MONTHLY, self.tr("Every month")),
        ):
            self.recurrence.addItem(label, value)
        self.ends = QCheckBox(self.tr("Ends on"), self)
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.reminder = QComboBox(self)
        for minutes in REMINDER_CHOICES:
            self.reminder.addItem(_reminder_label(minutes), minutes)
        self.customer_number = QLineEdit(self)
        self.customer_number.setPlaceholderText(self.tr("Service number"))
        self.customer_number.setMaxLength(40)
        self.customer_name = QLineEdit(self)
        self.customer_name.setPlaceholderText(self.tr("Customer name"))
        self.customer_name.setMaxLength(100)
        self.use_customer = QPushButton(self.tr("Current customer"), self)
        self.use_customer.setEnabled(current_customer is not None)
        self.use_customer.clicked.connect(self._fill_customer)
        self.ticket = QLineEdit(self)
        self.ticket.setPlaceholderText(self.tr("Ticket number"))
        self.ticket.setMaxLength(60)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(72)
        self.error = QLabel(self)
        self.error.setObjectName("eventError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        self.only_this = QRadioButton(self.tr("Only this occurrence"), self)
        self.whole_series = QRadioButton(self.tr("All occurrences"), self)
        self.whole_series.setChecked(True)
        scope = QHBoxLayout()
        scope.addWidget(self.only_this)
        scope.addWidget(self.whole_series)
        scope_box = QWidget(self)
        scope_box.setLayout(scope)
        scope_box.setVisible(bool(event and event.is_recurring and occurrence_date))

        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.time)
        when.addWidget(QLabel(self.tr("for"), self))
        when.addWidget(self.duration)
        repeat = QHBoxLayout()
        repeat.addWidget(self.recurrence, 1)
        repeat.addWidget(self.ends)
        repeat.addWidget(self.until)
        customer = QHBoxLayout()
        customer.addWidget(self.customer_number)
        customer.addWidget(self.customer_name)
        customer.addWidget(self.use_customer)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("Repeat"), repeat)
        form.addRow(self.tr("Reminder"), self.reminder)
        form.addRow(self.tr("Customer"), customer)
        form.addRow(self.tr("Ticket"), self.ticket)
        form.addRow(self.tr("Notes"), self.notes)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.delete_button = buttons.addButton(self.tr("Delete"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setVisible(event is not None)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.scope))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scope_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.recurrence.currentIndexChanged.connect(self._recurrence_changed)
        self.ends.toggled.connect(self.until.setEnabled)
        self._fill(start, event)

    def _fill(self, start: datetime, event: Event | None) -> None:
        local = (event.start if event else start).astimezone(self.zone)
        if event and self.occurrence_date:
            local = datetime.combine(self.occurrence_date, local.timetz())
        self.date.setDate(QDate(local.year, local.month, local.day))
        self.time.setTime(QTime(local.hour, local.minute))
        self.duration.setValue(int(event.duration.total_seconds() // 60) if event else 30)
        self.until.setDate(QDate(local.year, local.month, local.day).addMonths(1))
        if event is None:
            self.reminder.setCurrentIndex(REMINDER_CHOICES.index(10))
            self._recurrence_changed()
            return
        self.title.setText(event.title)
        self.recurrence.setCurrentIndex(self.recurrence.findData(event.recurrence))
        if event.until:
            until = event.until.astimezone(self.zone)
            self.ends.setChecked(True)
            self.until.setDate(QDate(until.year, until.month, until.day))
        minutes = None if event.reminder is None else int(event.reminder.total_seconds() // 60)
        if minutes not in REMINDER_CHOICES:
            self.reminder.addItem(_reminder_label(minutes), minutes)
        self.reminder.setCurrentIndex(self.reminder.findData(minutes))
        self.customer_number.setText(event.customer_number)
        self.customer_name.setText(event.customer_name)
        self.ticket.setText(event.ticket_id)
        self.notes.setPlainText(event.notes)
        self._recurrence_changed()

    def _recurrence_changed(self) -> None:
        repeating = self.recurrence.currentData() != Recurrence.NONE
        self.ends.setEnabled(repeating)
        self.until.setEnabled(repeating and self.ends.isChecked())

    def _fill_customer(self) -> None:
        if self._current_customer:
            self.customer_number.setText(self._current_customer[0])
            self.customer_name.setText(self._current_customer[1])

    @property
    def scope(self) -> str:
        visible = bool(self.original and self.original.is_recurring and self.occurrence_date)
        return SCOPE_OCCURRENCE if visible and self.only_this.isChecked() else SCOPE_SERIES

    def draft(self) -> EventDraft:
        """The event as entered; the service validates it."""
        qd, qt = self.date.date(), self.time.time()
        start = datetime(qd.year(), qd.month(), qd.day(), qt.hour(), qt.minute(), tzinfo=self.zone)
        recurrence = Recurrence(self.recurrence.currentData())
        until = None
        if recurrence is not Recurrence.NONE and self.ends.isChecked():
            u = self.until.date()
            until = datetime(u.year(), u.month(), u.day(), 23, 59, 59, tzinfo=self.zone)
        reminder = self.reminder.currentData()
        keep_exceptions = (
            self.original.exceptions if self.original and self.scope == SCOPE_SERIES else frozenset()
        )
        if (
            self.original
            and self.occurrence_date
            and self.scope == SCOPE_SERIES
            and self.original.is_recurring
        ):
            # editing the series from one of its occurrences: moving this occurrence's date by some
            # days moves the whole series by as many days; the time of day applies to all
            first = self.original.start.astimezone(self.zone).date() + (start.date() - self.occurrence_date)
            start = datetime.combine(first, start.timetz())
        return EventDraft(
            title=self.title.text(),
            start=start,
            duration=timedelta(minutes=self.duration.value()),
            tz=self.tz_name,
            notes=self.notes.toPlainText(),
            recurrence=recurrence,
            until=until,
            exceptions=keep_exceptions,
            reminder=None if reminder is None else timedelta(minutes=reminder),
            customer_number=self.customer_number.text(),
            customer_name=self.customer_name.text(),
            ticket_id=self.ticket.text(),
        )

    def _save(self) -> None:
        self.error.clear()
        self.save_requested.emit(self.draft(), self.scope)

    def show_error(self, message: str) -> None:
        self.error.setText(message)


class ReminderOffsets(TranslationContext):
    """How long before an event its reminder rings, with a count (numerus)."""


def _reminder_label(minutes: int | None) -> str:
    if minutes is None:
        return QCoreApplication.translate("EventDialog", "No reminder")
    if minutes == 0:
        return QCoreApplication.translate("EventDialog", "At the start")
    days, hours = divmod(minutes, 1440)[0], divmod(minutes, 60)[0]  # lupdate reads "//" as a comment
    if minutes % 1440 == 0:
        return ReminderOffsets.tr("%n day(s) before", "", days)
    if minutes % 60 == 0:
        return ReminderOffsets.tr("%n hour(s) before", "", hours)
    return ReminderOffsets.tr("%n minute(s) before", "", minutes)
