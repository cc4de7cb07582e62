"""The first tab: recent customers one click away, and the keys that matter most."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class StartPage(QWidget):
    open_number = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("start-page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        title = QLabel(self.tr("<h2>Welcome to AgentDesk</h2>"), self)
        hint = QLabel(
            self.tr(
                "Type a service number, contract number, ID card number or name in the search box "
                "(<b>Ctrl+F</b>) and press <b>Enter</b>. <b>Ctrl+PgDown</b>/<b>Ctrl+PgUp</b> move between open "
                "customers, <b>F5</b> refreshes, <b>Ctrl+W</b> closes one."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.recent_title = QLabel(self.tr("<b>Recent customers</b>"), self)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recent-customers")
        self.recent.setAccessibleName(self.tr("Recent customers"))
        self.recent.itemActivated.connect(self._activate)
        self.recent.itemDoubleClicked.connect(self._activate)
        self.empty = QLabel(self.tr("No customers yet in this session."), self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.empty)
        layout.addWidget(self.recent, 1)
        self.set_recent([])

    def set_recent(self, entries) -> None:
        """``entries``: objects with ``number`` and ``name``, newest first."""
        self.recent.clear()
        for e in entries:
            item = QListWidgetItem(f"{e.name}    {e.number}")
            item.setData(Qt.ItemDataRole.UserRole, e.number)
            self.recent.addItem(item)
        self.empty.setVisible(not entries)
        self.recent.setVisible(bool(entries))

    def _activate(self, item: QListWidgetItem) -> None:
        self.open_number.emit(item.data(Qt.ItemDataRole.UserRole))
