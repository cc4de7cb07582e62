"""The first tab: recent customers one key away (or the calls of the shift, or just the search, as the
agent chose in the preferences), and the keys that matter most."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

SECTIONS = ("recent", "calls", "search")


class StartPage(QWidget):
    open_number = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("start-page")
        self.section = "recent"
        self._has_recent = False
        self.calls_view: QWidget | None = None
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
        self.hint_more = QLabel(
            self.tr(
                "<b>Ctrl+K</b> finds any command, tab, tool or recent customer; <b>F1</b> lists every key."
            ),
            self,
        )
        self.hint_more.setObjectName("start-hint-keys")
        self.hint_more.setWordWrap(True)
        self.recent_title = QLabel(self.tr("<b>Recent customers</b>"), self)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recent-customers")
        self.recent.setAccessibleName(self.tr("Recent customers"))
        self.recent.itemActivated.connect(self._activate)
        self.recent.itemDoubleClicked.connect(self._activate)
        self.empty = QLabel(self.tr("No customers yet in this session."), self)
        self.calls_title = QLabel(self.tr("<b>Calls of this shift</b>"), self)
        self.calls_title.setVisible(False)
        self._layout = layout
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.hint_more)
        layout.addSpacing(12)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.empty)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.calls_title)
        self._stretch_at = layout.count()
        layout.addStretch(0)
        self.set_recent([])

    def set_recent(self, entries) -> None:
        """``entries``: objects with ``number`` and ``name``, newest first."""
        self.recent.clear()
        for e in entries:
            item = QListWidgetItem(f"{e.name}    {e.number}")
            item.setData(Qt.ItemDataRole.UserRole, e.number)
            self.recent.addItem(item)
        self._has_recent = bool(entries)
        self._show()

    def set_calls_view(self, view: QWidget) -> None:
        """The shift's calls (from the phone feature), shown here when the agent chose them as start page."""
        self.calls_view = view
        view.setParent(self)
        self._layout.insertWidget(self._stretch_at, view, 1)
        self._show()

    def show_section(self, section: str) -> None:
        """``recent`` (recent customers), ``calls`` (calls of this shift) or ``search`` (the search only)."""
        self.section = section if section in SECTIONS else "recent"
        self._show()

    def focus_section(self) -> None:
        """The keyboard goes to the list the agent chose, so Enter opens the first entry."""
        target = self.calls_view if self.section == "calls" and self.calls_view is not None else self.recent
        if self.section == "calls" and hasattr(target, "focus_table"):
            target.focus_table()
            return
        if target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(target, QListWidget) and target.count() and target.currentRow() < 0:
                target.setCurrentRow(0)
        else:
            window = self.window()
            focus = getattr(window, "focus_search", None)
            if focus is not None:
                focus()

    def _show(self) -> None:
        calls = self.section == "calls" and self.calls_view is not None
        recent = self.section == "recent" or (self.section == "calls" and self.calls_view is None)
        self.recent_title.setVisible(recent)
        self.empty.setVisible(recent and not self._has_recent)
        self.recent.setVisible(recent and self._has_recent)
        self.calls_title.setVisible(calls)
        if self.calls_view is not None:
            self.calls_view.setVisible(calls)

    def _activate(self, item: QListWidgetItem) -> None:
        self.open_number.emit(item.data(Qt.ItemDataRole.UserRole))
