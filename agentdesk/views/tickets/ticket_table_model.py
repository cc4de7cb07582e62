"""The ticket list: drafts still in the outbox on top ("waiting to send"), then the tickets of both
systems, newest first. Overdue tickets are highlighted, judged again against the clock each minute, so
a ticket that falls due while the list is open turns red without a refresh."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from agentdesk.domain.ticket_drafts import is_overdue
from agentdesk.views.tickets import labels

OVERDUE_BACKGROUND = QColor("#fde2e2")
OVERDUE_TEXT = QColor("#b00020")
DRAFT_BACKGROUND = QColor("#fff4d6")
REFUSED_TEXT = QColor("#b00020")
ESCALATED_TEXT = QColor("#a04000")

#: role of the row's key: ("ticket", id) or ("draft", draft id)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
#: role that is True for overdue rows (tests and delegates read it)
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("ticket", "system", "type", "category", "status", "created", "due", "flags", "customer", "summary")


class TicketTableModel(QAbstractTableModel):
    def __init__(self, parent=None, *, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._clock = clock or (lambda: datetime.now(UTC))
        self.drafts: list = []  # OutboxEntry, waiting or refused
        self.tickets: list = []  # domain.tickets.Ticket
        self.system_of_type: dict[str, str] = {}  # from the catalogue: where a draft will go
        self._headers = {
            "ticket": self.tr("Ticket"),
            "system": self.tr("System"),
            "type": self.tr("Type"),
            "category": self.tr("Category"),
            "status": self.tr("Status"),
            "created": self.tr("Created"),
            "due": self.tr("Due"),
            "flags": self.tr("Flags"),
            "customer": self.tr("Customer"),
            "summary": self.tr("Description"),
        }

    # -- content -----------------------------------------------------------------------------------------
    def set_rows(self, drafts: Sequence, tickets: Sequence) -> None:
        self.beginResetModel()
        self.drafts = list(drafts)
        self.tickets = list(tickets)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], [])

    def tick(self) -> None:
        """The clock moved: re-judge overdue rows."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))

    def row_of(self, key: tuple[str, str]) -> int:
        for row in range(self.rowCount()):
            if self._key(row) == key:
                return row
        return -1

    def item(self, row: int):
        if row < len(self.drafts):
            return self.drafts[row]
        return self.tickets[row - len(self.drafts)]

    def is_draft_row(self, row: int) -> bool:
        return row < len(self.drafts)

    def _key(self, row: int) -> tuple[str, str]:
        if self.is_draft_row(row):
            return ("draft", self.drafts[row].draft_id)
        return ("ticket", self.tickets[row - len(self.drafts)].id)

    def overdue(self, ticket) -> bool:
        return bool(ticket.overdue) or is_overdue(ticket.status, ticket.due_at, self._clock())

    # -- Qt model ----------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.drafts) + len(self.tickets)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row, column = index.row(), COLUMNS[index.column()]
        if role == KEY_ROLE:
            return self._key(row)
        if self.is_draft_row(row):
            return self._draft_data(self.drafts[row], column, role)
        return self._ticket_data(self.tickets[row - len(self.drafts)], column, role)

    def _ticket_data(self, t, column: str, role: int):
        overdue = self.overdue(t)
        if role == OVERDUE_ROLE:
            return overdue
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "ticket": t.id,
                "system": t.ticket_system,
                "type": labels.ticket_type(t.ticket_type),
                "category": t.category,
                "status": labels.status(t.status),
                "created": _short(t.created_at),
                "due": _short(t.due_at),
                "flags": self._flags(t, overdue),
                "customer": " ".join(x for x in (t.customer_name, t.number) if x),
                "summary": _first_line(t.description),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "system":
                return labels.system(t.ticket_system)
            if column == "due" and overdue:
                return self.tr("Overdue: due %1 and still open").replace("%1", _local(t.due_at))
            if column in ("created", "due"):
                return _local(t.created_at if column == "created" else t.due_at)
            return t.description
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue and column in ("due", "flags"):
                return QBrush(OVERDUE_TEXT)
            if t.escalated and column == "flags":
                return QBrush(ESCALATED_TEXT)
        if role == Qt.ItemDataRole.FontRole and overdue and column == "due":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _flags(self, t, overdue: bool) -> str:
        flags = []
        if overdue:
            flags.append(labels.overdue())
        if t.escalated:
            flags.append(labels.escalated())
        if t.stuck:
            flags.append(labels.stuck())
        if t.pretreated:
            flags.append(labels.pretreated())
        if t.closed_at_front_line:
            flags.append(labels.front_line())
        return ", ".join(flags)

    def _draft_data(self, e, column: str, role: int):
        if role == OVERDUE_ROLE:
            return False
        if role == Qt.ItemDataRole.DisplayRole:
            d = e.draft
            return {
                "ticket": self.tr("(not sent yet)"),
                "system": self.system_of_type.get(d.ticket_type, ""),
                "type": labels.ticket_type(d.ticket_type),
                "category": d.category,
                "status": labels.status(e.state),
                "created": _short(e.created_at),
                "due": "",
                "flags": "",
                "customer": " ".join(x for x in (d.customer_name, d.number) if x),
                "summary": d.summary,
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if e.state == "rejected":
                return self.tr("Refused: %1").replace("%1", e.last_error)
            return self.tr("Saved on this computer; sent automatically when the ticket system answers.")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DRAFT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and e.state == "rejected":
            return QBrush(REFUSED_TEXT)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def _short(moment: datetime | None) -> str:
    """Month, day and time: the list stays narrow; the tooltip and the detail give the full date."""
    return moment.astimezone().strftime("%m-%d %H:%M") if moment else ""


def _first_line(text: str) -> str:
    first = next((line.strip() for line in (text or "").splitlines() if line.strip()), "")
    return first if len(first) <= 60 else first[:59] + "…"
