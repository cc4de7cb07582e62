"""The command palette (Ctrl+K): type a few letters, pick with the arrow keys, run with Enter.

It floats over the top of the window (a child of it, so it shows in the window's screenshots and never
gets lost behind it); Esc or running a command closes it and gives the keyboard back to where it was.
Each row shows the command, its group and its shortcut, so the agent learns the keys on the way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk.views.workbench.commands import Command, rank

log = logging.getLogger(__name__)

CommandRole = Qt.ItemDataRole.UserRole + 1
MAX_RECENT = 8


class CommandListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.commands: list[Command] = []

    def set_commands(self, commands: list[Command]) -> None:
        self.beginResetModel()
        self.commands = commands
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt name)
        return 0 if parent.isValid() else len(self.commands)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.commands):
            return None
        c = self.commands[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return c.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(p for p in (c.title, c.category, c.shortcut) if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.keywords or None
        if role == CommandRole:
            return c
        return None


class CommandDelegate(QStyledItemDelegate):
    """Title on the left, the group in grey after it, the shortcut on the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        command: Command = index.data(CommandRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text = opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Mid
        )
        r = opt.rect.adjusted(10, 0, -10, 0)
        painter.save()
        painter.setFont(opt.font)
        fm = painter.fontMetrics()
        shortcut_w = fm.horizontalAdvance(command.shortcut) + 8 if command.shortcut else 0
        painter.setPen(dim)
        if command.shortcut:
            painter.drawText(r, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, command.shortcut)
        painter.setPen(text)
        title_w = min(fm.horizontalAdvance(command.title) + 6, r.width() - shortcut_w)
        title = fm.elidedText(command.title, Qt.TextElideMode.ElideRight, title_w)
        painter.drawText(QRect(r.left(), r.top(), title_w, r.height()), Qt.AlignmentFlag.AlignVCenter, title)
        rest = r.width() - shortcut_w - title_w - 16
        if rest > 30 and command.category:
            painter.setPen(dim)
            cat = fm.elidedText(command.category, Qt.TextElideMode.ElideRight, rest)
            painter.drawText(
                QRect(r.left() + title_w + 16, r.top(), rest, r.height()), Qt.AlignmentFlag.AlignVCenter, cat
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt name)
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), QFontMetrics(option.font).height() + 12))


class CommandPalette(QFrame):
    """Open with :meth:`open_palette`; ``provider()`` gives the commands of the moment (what is open)."""

    command_run = Signal(object)  # the Command that ran

    def __init__(self, provider: Callable[[], list[Command]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("command-palette")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Command palette"))
        self._provider = provider
        self._commands: list[Command] = []
        self._dynamic: Callable[[str], list[Command]] | None = None
        self._recent: list[str] = []
        self._return_focus: QWidget | None = None

        self.input = QLineEdit(self)
        self.input.setObjectName("palette-input")
        self.input.setPlaceholderText(self.tr("Type a command, a tab, a tool, a flow or a customer…"))
        self.input.setAccessibleName(self.tr("Command"))
        self.input.setClearButtonEnabled(True)
        self.list = QListView(self)
        self.list.setObjectName("palette-list")
        self.list.setAccessibleName(self.tr("Matching commands"))
        self.list.setUniformItemSizes(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the input; arrows move the list
        self.model = CommandListModel(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(CommandDelegate(self.list))
        self.list.activated.connect(self._run_index)
        self.list.clicked.connect(self._run_index)
        self.empty = QLabel(self.tr("No command matches."), self)
        self.empty.setObjectName("palette-empty")
        self.empty.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.input)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.input.textChanged.connect(self._filter)
        self.input.installEventFilter(self)
        self.hide()

    def set_dynamic(self, make: Callable[[str], list[Command]]) -> None:
        """Commands made from the typed text itself (find this customer, search the knowledge base)."""
        self._dynamic = make

    # -- opening and closing -------------------------------------------------------------------------
    def open_palette(self, text: str = "") -> None:
        try:
            self._commands = list(self._provider())
        except Exception:
            log.exception("collecting the palette's commands failed")
            self._commands = []
        focus = QApplication.focusWidget()
        if focus is not None and focus is not self.input:
            self._return_focus = focus
        self.show()
        self.raise_()
        self.input.setText(text)
        self._filter(text)
        self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.input.selectAll()

    def add_commands(self, commands: list[Command]) -> None:
        """More commands that arrived while the palette is open (recent customers, read asynchronously)."""
        known = {c.ident for c in self._commands}
        self._commands += [c for c in commands if c.ident not in known]
        if self.isVisible():
            self._filter(self.input.text())

    def close_palette(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        target = self._return_focus
        self._return_focus = None
        if target is not None:
            try:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            except RuntimeError:  # the widget went away meanwhile
                pass

    def _place(self) -> None:
        """Centred at the top, as tall as its rows (up to a limit), never beyond the window."""
        host = self.parentWidget()
        width = min(max(480, host.width() // 2), max(320, host.width() - 40))
        rows = max(1, self.model.rowCount())
        row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 12)
        content = self.input.sizeHint().height() + rows * row_height + 30
        height = min(content, 460, max(160, host.height() - 120))
        self.setGeometry((host.width() - width) // 2, 60, width, height)

    # -- filtering and running -----------------------------------------------------------------------
    def shown(self) -> list[Command]:
        return list(self.model.commands)

    def _filter(self, text: str) -> None:
        found = rank(text, self._commands, self._recent)
        if text.strip() and self._dynamic is not None:
            found += self._dynamic(text.strip())
        self.model.set_commands(found)
        self.empty.setVisible(not found)
        self.list.setVisible(bool(found))
        if found:
            self.list.setCurrentIndex(self.model.index(0))
        if self.isVisible():
            self._place()

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = (self.list.currentIndex().row() + step) % rows
        self.list.setCurrentIndex(self.model.index(row))

    def run_current(self) -> None:
        self._run_index(self.list.currentIndex())

    def _run_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        command: Command = index.data(CommandRole)
        self._recent = [command.ident, *[r for r in self._recent if r != command.ident]][:MAX_RECENT]
        self.close_palette()
        try:
            command.run()
        except Exception:
            log.exception("palette command %s failed", command.title)
        self.command_run.emit(command)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}[
                    key
                ]
                self._move(step)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_palette()
                return True
        if watched is self.input and event.type() == QEvent.Type.FocusOut and self.isVisible():
            # clicking elsewhere closes it, like a popup; moving into the palette's own list does not
            focus = QApplication.focusWidget()
            if focus is not None and not self.isAncestorOf(focus):
                self.close_palette()
        return super().eventFilter(watched, event)
