"""The red strip across the top of the window that shows urgent announcements the agent has not read
yet, at sign-in and whenever a new one arrives. It stays until read or dismissed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from agentdesk.services.knowledge.models import AnnouncementEntry


class UrgentBanner(QFrame):
    read_requested = Signal(str)  # announcement id: show it (and so mark it read)
    dismissed = Signal(list)  # the ids shown: the agent has seen them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kb-urgent-banner")
        self.setStyleSheet(
            "#kb-urgent-banner { background: #c62828; border-radius: 3px; }"
            "#kb-urgent-banner QLabel { color: white; font-weight: bold; }"
        )
        self._entries: list[AnnouncementEntry] = []
        self.text = QLabel(self)
        self.text.setObjectName("kb-urgent-text")
        self.read = QPushButton(self.tr("Read"), self)
        self.read.clicked.connect(self._read)
        self.dismiss = QPushButton(self.tr("Dismiss"), self)
        self.dismiss.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.read)
        layout.addWidget(self.dismiss)
        self.hide()

    def show_entries(self, entries: list[AnnouncementEntry]) -> None:
        """Show the first unread urgent announcement (and how many more there are), or hide."""
        self._entries = list(entries)
        if not entries:
            self.hide()
            return
        first = entries[0].announcement
        text = self.tr("Urgent announcement: %1").replace("%1", first.title)
        if len(entries) > 1:
            text += "  " + self.tr("(and %n more)", "", len(entries) - 1)
        self.text.setText(text)
        self.text.setToolTip(first.body)
        self.show()

    def shown_ids(self) -> list[str]:
        return [e.id for e in self._entries]

    def _read(self) -> None:
        if self._entries:
            self.read_requested.emit(self._entries[0].id)

    def _dismiss(self) -> None:
        self.dismissed.emit(self.shown_ids())
        self.hide()
