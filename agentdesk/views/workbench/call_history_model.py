"""The shift's calls as a table: when, number, customer, level, waited, talked, how it ended, wrap-up."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from agentdesk.domain.calls import ABANDONED, AGENT_HANGUP, CALLER_HANGUP, REJECTED, CallRecord, clock_text
from agentdesk.views.customer import wording
from agentdesk.views.tickets import labels

CTX = "CallHistoryModel"
RecordRole = Qt.ItemDataRole.UserRole + 1

_HEADERS = (
    QT_TRANSLATE_NOOP("CallHistoryModel", "Time"),
    QT_TRANSLATE_NOOP("CallHistoryModel", "Number"),
    QT_TRANSLATE_NOOP("CallHistoryModel", "Customer"),
    QT_TRANSLATE_NOOP("CallHistoryModel", "Level"),
    QT_TRANSLATE_NOOP("CallHistoryModel", "Waited"),
    QT_TRANSLATE_NOOP("CallHistoryModel", "Talked"),
    QT_TRANSLATE_NOOP("CallHistoryModel", "Ended"),
    QT_TRANSLATE_NOOP("CallHistoryModel", "Wrap-up"),
)
_ENDS = {
    AGENT_HANGUP: QT_TRANSLATE_NOOP("CallHistoryModel", "You hung up"),
    CALLER_HANGUP: QT_TRANSLATE_NOOP("CallHistoryModel", "Caller hung up"),
    REJECTED: QT_TRANSLATE_NOOP("CallHistoryModel", "Rejected"),
    ABANDONED: QT_TRANSLATE_NOOP("CallHistoryModel", "Missed (caller gave up)"),
}
_STATES = {
    "ringing": QT_TRANSLATE_NOOP("CallHistoryModel", "Ringing"),
    "answered": QT_TRANSLATE_NOOP("CallHistoryModel", "On the phone"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def ended_text(record: CallRecord) -> str:
    if record.state != "ended":
        return _t(_STATES.get(record.state, record.state))
    return _t(_ENDS[record.end_reason]) if record.end_reason in _ENDS else (record.end_reason or "")


class CallHistoryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records: list[CallRecord] = []

    def set_records(self, records: list[CallRecord]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt name)
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt name)
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(_HEADERS[section])
        return None

    def cell(self, record: CallRecord, column: int) -> str:
        if column == 0:
            return record.ringing_at.astimezone().strftime("%H:%M:%S")
        if column == 1:
            return record.caller
        if column == 2:
            return record.customer_name or "—"
        if column == 3:
            return wording.level(record.customer_level) if record.customer_level else ""
        if column == 4:
            return clock_text(record.wait_s) if record.wait_s is not None else ""
        if column == 5:
            return clock_text(record.talk_s) if record.talk_s is not None else ""
        if column == 6:
            return ended_text(record)
        if column == 7:
            return labels.disposition(record.disposition) if record.disposition else ""
        return ""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(record, index.column())
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return record.ringing_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        return None
