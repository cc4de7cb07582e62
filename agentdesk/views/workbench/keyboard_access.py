"""Keyboard and screen-reader access across the window, whoever built the widget: icon-only buttons get
a name, read-only tables let Tab move on, and Ctrl+Tab leaves a text area where Tab types a tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from agentdesk.views.workbench.commands import plain


def name_icon_buttons(root: QWidget) -> list[QAbstractButton]:
    """A screen reader says nothing useful for a button that shows only an icon: give each such button
    the name its tooltip or action already has (a tab's close button, a table's corner button: what they
    do). Returns those still without a name."""
    return [button for button in root.findChildren(QAbstractButton) if not name_icon_button(button)]


def name_icon_button(button: QAbstractButton) -> bool:
    """Name one button as :func:`name_icon_buttons` does; False if it shows no text and no name was found."""
    if button.text().strip() or button.accessibleName().strip():
        return True
    action = button.defaultAction() if isinstance(button, QToolButton) else None
    name = button.toolTip() or (plain(action.text()) if action is not None else "")
    parent = button.parentWidget()
    if not name.strip() and isinstance(parent, QLineEdit):  # the clear button of a search field
        name = QCoreApplication.translate("Workbench", "Clear")
    elif not name.strip() and button.objectName() in ("qt_toolbar_ext_button", "qt_menubar_ext_button"):
        name = QCoreApplication.translate("Workbench", "More")
    elif not name.strip() and isinstance(parent, QTabBar):
        name = QCoreApplication.translate("Workbench", "Close tab")
    elif not name.strip() and isinstance(parent, QAbstractItemView):
        name = QCoreApplication.translate("Workbench", "Select all")
    if name.strip():
        button.setAccessibleName(plain(name))
        return True
    return False


def tab_through_tables(root: QWidget) -> None:
    """Tab moves on from a read-only table or list instead of walking its cells (arrows do that)."""
    for view in root.findChildren(QAbstractItemView):
        if view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers and view.tabKeyNavigation():
            view.setTabKeyNavigation(False)


class LeaveTextWithCtrlTab(QObject):
    """In a text area where Tab types a tab (the notepad), Ctrl+Tab and Ctrl+Shift+Tab move on, so no
    control is a dead end for the keyboard.

    It filters the text areas it is given by ``watch`` (connected to the application's ``focusChanged``,
    so each text area as it takes the keyboard), not the whole application: a filter there runs Python
    for every event of every widget, thousands for each customer opened."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def watch(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QPlainTextEdit | QTextEdit):
            new.removeEventFilter(self)  # once per text area, however often it takes the focus
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QPlainTextEdit | QTextEdit):
            return False
        if watched.tabChangesFocus() or not (event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            return False
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        if not self.window.isAncestorOf(watched):
            return False
        forward = event.key() == Qt.Key.Key_Tab and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        target = next_in_chain(watched, forward)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True


def next_in_chain(widget: QWidget, forward: bool) -> QWidget | None:
    """The next (or previous) widget Tab would reach from ``widget``."""
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    candidate = step(widget)
    while candidate is not None and candidate is not widget:
        if (
            candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and candidate.window() is widget.window()
            and candidate.focusProxy() is None
            and not (isinstance(candidate.parentWidget(), QPlainTextEdit | QTextEdit))
        ):
            return candidate
        candidate = step(candidate)
    return None
