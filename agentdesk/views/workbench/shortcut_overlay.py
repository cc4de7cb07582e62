"""The shortcut help overlay (F1 or Ctrl+/): every key of the workbench at a glance, grouped as in the menus.

It dims the window and lists the groups in columns; any key or a click closes it, and the keyboard goes
back where it was. The list is built when it opens, so rebound keys and the open customer's keys show.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

COLUMNS = 3


class ShortcutOverlay(QWidget):
    """``groups``: (group title, [(action, keys), ...]) as the agent reads them, from ``provider()``."""

    def __init__(self, provider, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shortcut-overlay")
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._provider = provider
        self._return_focus: QWidget | None = None
        self.panel = QFrame(self)
        self.panel.setObjectName("shortcut-panel")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panel.setAutoFillBackground(True)
        self.title = QLabel(self.panel)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setText(f"<h2>{escape(self.tr('Keyboard shortcuts'))}</h2>")
        self.hint = QLabel(
            self.tr("Press any key to close. Change keys in Desk ▸ Preferences (Ctrl+,)."), self.panel
        )
        self.hint.setObjectName("shortcut-hint")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(14)
        box = QVBoxLayout(self.panel)
        box.setContentsMargins(20, 14, 20, 14)
        box.addWidget(self.title)
        box.addLayout(self.grid)
        box.addWidget(self.hint)
        self.groups: list[tuple[str, list[tuple[str, str]]]] = []
        parent.installEventFilter(self)
        self.hide()

    def open_overlay(self) -> None:
        focus = QApplication.focusWidget()
        self._return_focus = focus if focus is not None and not self.isAncestorOf(focus) else None
        self.groups = [(g, rows) for g, rows in self._provider() if rows]
        self._fill()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self._place_panel()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_overlay(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        target, self._return_focus = self._return_focus, None
        if target is not None:
            try:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            except RuntimeError:
                pass

    def text(self) -> str:
        """Everything the overlay lists, as plain text (what a screen reader gets as its description)."""
        return "\n".join(f"{g}: " + "; ".join(f"{a} {k}" for a, k in rows) for g, rows in self.groups)

    def _fill(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for i, (group, rows) in enumerate(self.groups):
            lines = "".join(
                f"<tr><td style='padding-right:14px'>{escape(action)}</td>"
                f"<td><b><code>{escape(keys)}</code></b></td></tr>"
                for action, keys in rows
            )
            label = QLabel(f"<b>{escape(group)}</b><table>{lines}</table>", self.panel)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.grid.addWidget(label, i // COLUMNS, i % COLUMNS, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleDescription(self.text())

    def _place_panel(self) -> None:
        self.panel.adjustSize()
        size = self.panel.sizeHint().boundedTo(self.size() * 0.95)
        self.panel.resize(size)
        self.panel.move((self.width() - size.width()) // 2, max(10, (self.height() - size.height()) // 3))

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        QPainter(self).fillRect(self.rect(), QColor(0, 0, 0, 110))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            return
        event.accept()
        self.close_overlay()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        event.accept()
        self.close_overlay()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
            self._place_panel()
        return super().eventFilter(watched, event)
