"""Month view: six weeks of day cells, each with the lunar date, holiday or adjusted working day,
and the first events of the day. Weeks start on Monday, as Chinese calendars do."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from agentdesk.services.toolbox.events import Occurrence
from agentdesk.services.toolbox.holidays import DayInfo, day_info

MAX_LINES = 3
_CELL_STYLE = """
DayCell { background: palette(base); border: 1px solid #d8d8d8; }
DayCell[outside="true"] { background: #f4f4f4; }
DayCell[dayoff="true"] { background: #fff4f2; }
DayCell[outside="true"][dayoff="true"] { background: #f7eeed; }
DayCell[today="true"] { border: 2px solid #1a73e8; }
DayCell[selected="true"] { background: #e8f0fe; }
QLabel#dayNumber { font-weight: bold; }
DayCell[outside="true"] QLabel#dayNumber { color: #9a9a9a; }
DayCell[dayoff="true"] QLabel#dayNumber { color: #c62828; }
QLabel#lunar { color: #6b6b6b; }
QLabel#badgeOff { color: white; background: #d93025; border-radius: 3px; padding: 0 3px; }
QLabel#badgeWork { color: white; background: #5f6368; border-radius: 3px; padding: 0 3px; }
QLabel#events { color: #174ea6; }
"""


def holiday_label(name: str) -> str:
    """A translated holiday name (the holiday library names them in English)."""
    labels = {
        "New Year's Day": QCoreApplication.translate("HolidayNames", "New Year's Day"),
        "Spring Festival": QCoreApplication.translate("HolidayNames", "Spring Festival"),
        "Tomb-sweeping Day": QCoreApplication.translate("HolidayNames", "Tomb-sweeping Day"),
        "Labour Day": QCoreApplication.translate("HolidayNames", "Labour Day"),
        "Dragon Boat Festival": QCoreApplication.translate("HolidayNames", "Dragon Boat Festival"),
        "National Day": QCoreApplication.translate("HolidayNames", "National Day"),
        "Mid-autumn Festival": QCoreApplication.translate("HolidayNames", "Mid-autumn Festival"),
        "Anti-Fascist 70th Day": QCoreApplication.translate("HolidayNames", "Anti-Fascist 70th Day"),
    }
    return labels.get(name, name)


def day_caption(info: DayInfo) -> str:
    """What a day shows under its number: a public holiday's name, else the lunar date."""
    if info.holiday and info.is_day_off:
        return holiday_label(info.holiday)
    return info.lunar


def weekday_names() -> list[str]:
    return [
        QCoreApplication.translate("MonthView", "Mon"),
        QCoreApplication.translate("MonthView", "Tue"),
        QCoreApplication.translate("MonthView", "Wed"),
        QCoreApplication.translate("MonthView", "Thu"),
        QCoreApplication.translate("MonthView", "Fri"),
        QCoreApplication.translate("MonthView", "Sat"),
        QCoreApplication.translate("MonthView", "Sun"),
    ]


def month_grid_start(year: int, month: int) -> date:
    """The Monday on or before the first of the month: the first cell of the grid."""
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())


class DayCell(QFrame):
    """One day of the month grid; click selects, double-click opens the day."""

    clicked = Signal(object)
    double_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: date | None = None
        self.number = QLabel(self)
        self.number.setObjectName("dayNumber")
        self.badge = QLabel(self)
        self.lunar = QLabel(self)
        self.lunar.setObjectName("lunar")
        self.events = QLabel(self)
        self.events.setObjectName("events")
        self.events.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.events.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.number)
        top.addWidget(self.badge)
        top.addStretch(1)
        top.addWidget(self.lunar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addWidget(self.events, 1)
        self.setMinimumSize(44, 56)
        self.lines: list[str] = []

    def set_day(
        self,
        day: date,
        outside: bool,
        today: bool,
        selected: bool,
        occurrences: list[Occurrence],
        zone: ZoneInfo,
    ) -> None:
        self.day = day
        info = day_info(day)
        self.number.setText(str(day.day))
        self.lunar.setText(day_caption(info))
        tip = [info.lunar_full]
        if info.holiday:
            tip.append(holiday_label(info.holiday))
        if info.is_adjusted_workday:
            self.badge.setText(self.tr("Work"))
            self.badge.setObjectName("badgeWork")
            self.badge.setToolTip(self.tr("Adjusted working day"))
            tip.append(self.tr("Adjusted working day"))
        elif info.holiday and info.is_day_off:
            self.badge.setText(self.tr("Off"))
            self.badge.setObjectName("badgeOff")
            self.badge.setToolTip(self.tr("Public holiday"))
        else:
            self.badge.clear()
            self.badge.setObjectName("")
        self.badge.setVisible(bool(self.badge.text()))
        self.lines = [f"{o.start.astimezone(zone):%H:%M} {o.event.title}" for o in occurrences]
        shown = self.lines[:MAX_LINES]
        if len(self.lines) > MAX_LINES:
            shown.append(self.tr("+%n more", "", len(self.lines) - MAX_LINES))
        self.events.setText("\n".join(shown))
        self.setToolTip("\n".join(tip + self.lines))
        for name, value in (
            ("outside", outside),
            ("today", today),
            ("selected", selected),
            ("dayoff", info.is_day_off),
        ):
            self.setProperty(name, "true" if value else "false")
        for widget in (self, self.number, self.badge):  # selectors on the cell's properties
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.day is not None:
            self.clicked.emit(self.day)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.day is not None:
            self.double_clicked.emit(self.day)
        super().mouseDoubleClickEvent(event)


class MonthView(QWidget):
    """Six weeks around a month."""

    day_clicked = Signal(object)
    day_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthView")
        self.setStyleSheet(_CELL_STYLE)
        grid = QGridLayout(self)
        grid.setSpacing(0)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, name in enumerate(weekday_names()):
            header = QLabel(name, self)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if col >= 5:
                header.setStyleSheet("color: #c62828;")
            grid.addWidget(header, 0, col)
        self.cells: list[DayCell] = []
        for i in range(42):
            cell = DayCell(self)
            cell.clicked.connect(self.day_clicked)
            cell.double_clicked.connect(self.day_opened)
            grid.addWidget(cell, 1 + i // 7, i % 7)
            self.cells.append(cell)
        for row in range(1, 7):
            grid.setRowStretch(row, 1)

    def show_month(
        self,
        year: int,
        month: int,
        by_day: dict[date, list[Occurrence]],
        today: date,
        selected: date,
        zone: ZoneInfo,
    ) -> None:
        start = month_grid_start(year, month)
        for i, cell in enumerate(self.cells):
            day = start + timedelta(days=i)
            cell.set_day(day, day.month != month, day == today, day == selected, by_day.get(day, []), zone)

    def cell_for(self, day: date) -> DayCell | None:
        return next((c for c in self.cells if c.day == day), None)
