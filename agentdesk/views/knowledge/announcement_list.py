"""Announcements in the knowledge panel: unread ones in bold with a dot, priority as a coloured tag,
the selected one's text below (reading it marks it read), and — for team leads — a button to write one."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agentdesk.services.knowledge.models import AnnouncementEntry

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
PRIORITY_TEXT = {
    "urgent": QT_TRANSLATE_NOOP("AnnouncementList", "Urgent"),
    "important": QT_TRANSLATE_NOOP("AnnouncementList", "Important"),
    "normal": QT_TRANSLATE_NOOP("AnnouncementList", "Normal"),
}
PRIORITY_COLOUR = {"urgent": "#c62828", "important": "#e67700", "normal": "#607080"}


def priority_text(priority: str) -> str:
    return QCoreApplication.translate("AnnouncementList", PRIORITY_TEXT.get(priority, priority))


def local_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


class AnnouncementModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[AnnouncementEntry] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._entries[index.row()]
        a = e.announcement
        if role == Qt.ItemDataRole.DisplayRole:
            marker = "● " if not e.read else ""
            scheduled = (
                ""
                if a.active
                else " — " + self.tr("scheduled for %1").replace("%1", local_time(a.publish_at))
            )
            return f"{marker}[{priority_text(a.priority)}] {a.title}{scheduled}"
        if role == Qt.ItemDataRole.FontRole and not e.read:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and a.priority != "normal":
            return QBrush(QColor(PRIORITY_COLOUR[a.priority]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Published %1 by %2")
                .replace("%1", local_time(a.publish_at))
                .replace("%2", a.author_name or a.author)
            )
        if role == ENTRY_ROLE:
            return e
        return None

    def set_entries(self, entries: list[AnnouncementEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[AnnouncementEntry]:
        return list(self._entries)

    def row_of(self, announcement_id: str) -> int:
        return next((i for i, e in enumerate(self._entries) if e.id == announcement_id), -1)


class AnnouncementList(QWidget):
    opened = Signal(str)  # an announcement was shown: mark it read
    mark_all_read = Signal()
    write_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AnnouncementModel(self)
        self.view = QListView(self)
        self.view.setObjectName("kb-announcements")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.selectionModel().currentChanged.connect(lambda cur, _prev: self._show(cur))
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.all_read = QPushButton(self.tr("Mark all read"), self)
        self.all_read.clicked.connect(self.mark_all_read.emit)
        self.write = QPushButton(self.tr("New announcement…"), self)
        self.write.setObjectName("kb-new-announcement")
        self.write.clicked.connect(self.write_requested.emit)
        self.write.hide()  # team leads only (set_can_publish)
        row = QHBoxLayout()
        row.addWidget(self.all_read)
        row.addStretch(1)
        row.addWidget(self.write)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(self.text)
        split.setSizes([200, 120])
        for pane in (self.view, self.text):  # two lines each still read on a short screen (1366x768)
            pane.setMinimumHeight(40)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(split, 1)

    def set_can_publish(self, allowed: bool) -> None:
        self.write.setVisible(allowed)

    def set_entries(self, entries: list[AnnouncementEntry]) -> None:
        current = self.view.currentIndex().data(ENTRY_ROLE)
        self.model.set_entries(entries)
        if current is not None and (row := self.model.row_of(current.id)) >= 0:
            self.view.selectionModel().blockSignals(True)
            self.view.setCurrentIndex(self.model.index(row))
            self.view.selectionModel().blockSignals(False)
        elif not entries:
            self.text.clear()

    def select(self, announcement_id: str) -> None:
        row = self.model.row_of(announcement_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def _show(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if entry is None:
            return
        a = entry.announcement
        colour = PRIORITY_COLOUR.get(a.priority, "#607080")
        expires = (
            self.tr("Expires %1").replace("%1", local_time(a.expire_at))
            if a.expire_at
            else self.tr("Does not expire")
        )
        published = (
            self.tr("Published %1 by %2")
            .replace("%1", local_time(a.publish_at))
            .replace("%2", a.author_name or a.author)
        )
        self.text.setHtml(
            f"<p><span style='color:{colour};font-weight:bold'>[{html.escape(priority_text(a.priority))}]</span> "
            f"<b>{html.escape(a.title)}</b></p>"
            f"<p style='color:#777'>{html.escape(published)} · {html.escape(expires)}</p>"
            f"<p>{html.escape(a.body).replace(chr(10), '<br>')}</p>"
        )
        if not entry.read:
            self.opened.emit(a.id)
