"""One line of the agent's numbers for today under the ticket list: tickets created, pretreated, closed at
the front line vs dispatched, overdue, the pretreatment and closure rates, and the front-line resolution
rate of the calls wrapped up. Offline it shows the desk's own part and says so."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


def number(value: int | None) -> str:
    return "–" if value is None else str(value)


class StatisticsStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticket-statistics")
        self.label = QLabel(self)
        self.label.setObjectName("ticket-statistics-text")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #37474f;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)

    def show_statistics(self, stats) -> None:
        parts = [
            self.tr("Today: %1 created").replace("%1", number(stats.created)),
            self.tr("%1 pretreated").replace("%1", number(stats.pretreated)),
            self.tr("%1 closed at the front line").replace("%1", number(stats.closed_at_front_line)),
            self.tr("%1 dispatched").replace("%1", number(stats.dispatched)),
            self.tr("%1 overdue").replace("%1", number(stats.overdue)),
            self.tr("pretreatment rate %1").replace("%1", percent(stats.pretreatment_rate)),
            self.tr("closure rate %1").replace("%1", percent(stats.closure_rate)),
            self.tr("calls resolved at the front line %1 (%2 wrapped up)")
            .replace("%1", percent(stats.wrapups.front_line_resolution_rate))
            .replace("%2", str(stats.wrapups.total)),
        ]
        if stats.waiting_to_send:
            parts.append(self.tr("%1 waiting to send").replace("%1", str(stats.waiting_to_send)))
        text = " · ".join(parts)
        if stats.tickets is None:
            text += " " + self.tr("(ticket system not reachable: counts from this desk only)")
        self.label.setText(text)
