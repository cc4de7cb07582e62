"""Light and dark theme, text size, and a focus ring everyone can see.

The theme is a palette on the Fusion style (the same look on every Windows version and on Linux). The
focus ring outlines whichever control has the keyboard in the accent colour; that matters for agents who
work by keyboard all shift and for low vision. It is one click-through widget laid over the focused control
(:class:`FocusRing`), not a style sheet: a sheet made every widget of the window carry its own style data
(~9 KB each, a fifth of the widgets' memory) and re-polished the whole tree whenever it was set.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QKeySequenceEdit,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

LIGHT, DARK = "light", "dark"
FOCUS_LIGHT = "#1565c0"
FOCUS_DARK = "#64b5f6"
MIN_POINTS, MAX_POINTS, DEFAULT_POINTS = 8, 24, 10


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#e6e6e6")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: QColor("#3c3f41"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#9a9a9a"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#3a3d41"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Link: QColor("#8ab4f8"),
        QPalette.ColorRole.Highlight: QColor("#2f65ca"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Light: QColor("#4a4d52"),
        QPalette.ColorRole.Midlight: QColor("#3f4246"),
        QPalette.ColorRole.Mid: QColor("#8c8f94"),
        QPalette.ColorRole.Dark: QColor("#191a1c"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return p


# The controls that get the ring (what the style sheet used to outline); check boxes and radio buttons
# get a thin dashed one, the tab bar a ring around its current tab.
RINGED = (
    QLineEdit,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QKeySequenceEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractButton,
    QTabBar,
)


class _Ring(QWidget):
    """The outline itself: a child of the focused control, as large as it (or as its current tab),
    transparent to the mouse and never focused; it paints only its border."""

    def __init__(self, owner: FocusRing) -> None:
        super().__init__()
        self.setObjectName("focus-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._owner = owner
        self.dashed = False

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        pen = QPen(self._owner.colour, 1 if self.dashed else 2)
        if self.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        else:
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.drawRect(QRect(1, 1, self.width() - 2, self.height() - 2))
        painter.end()


class FocusRing(QObject):
    """One focus ring for the whole application, moved to each control that takes the keyboard."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.colour = QColor(FOCUS_LIGHT)
        self._ring: _Ring | None = None
        self._target: QWidget | None = None
        app.focusChanged.connect(self._focus_changed)

    def set_theme(self, theme: str) -> None:
        self.colour = QColor(FOCUS_DARK if theme == DARK else FOCUS_LIGHT)
        if self._alive(self._ring):
            self._ring.update()

    @staticmethod
    def _alive(widget: QObject | None) -> bool:
        return widget is not None and shiboken6.isValid(widget)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._alive(self._target):
            self._target.removeEventFilter(self)
            if isinstance(self._target, QTabBar):
                self._target.currentChanged.disconnect(self._place)
        self._target = new if self._alive(new) and isinstance(new, RINGED) else None
        if self._target is None:
            if self._alive(self._ring):
                self._ring.hide()
            return
        if not self._alive(self._ring):
            self._ring = _Ring(self)
        self._ring.dashed = isinstance(self._target, QCheckBox | QRadioButton)
        self._ring.setParent(self._target)
        self._target.installEventFilter(self)
        if isinstance(self._target, QTabBar):
            self._target.currentChanged.connect(self._place)
        self._place()
        self._ring.show()

    def _place(self, *_args) -> None:
        target, ring = self._target, self._ring
        if not self._alive(target) or not self._alive(ring):
            return
        rect = target.rect()
        if isinstance(target, QTabBar):
            rect = target.tabRect(target.currentIndex()) if target.currentIndex() >= 0 else QRect()
        ring.setGeometry(rect)
        ring.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self._target and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._place()
        return False


_FOCUS_RING: FocusRing | None = None


def focus_ring() -> FocusRing | None:
    """The application's focus ring (one for every window), made at the first call; None without an
    application."""
    global _FOCUS_RING
    app = QApplication.instance()
    if app is None:
        return None
    if _FOCUS_RING is None or not shiboken6.isValid(_FOCUS_RING):
        _FOCUS_RING = FocusRing(app)
    return _FOCUS_RING


def apply_theme(window: QWidget | None, theme: str) -> None:
    """Set the application's palette (dialogs follow it) and the focus ring's colour. Only what changed is
    set: a new palette is passed on to every widget, so setting the same one again is not free."""
    app = QApplication.instance()
    if app is None:
        return
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    palette = dark_palette() if theme == DARK else app.style().standardPalette()
    if app.palette() != palette:
        app.setPalette(palette)
    ring = focus_ring()
    if ring is not None:
        ring.set_theme(theme)


def apply_font_size(points: int) -> None:
    """The application's text size in points (large sizes for accessibility)."""
    app = QApplication.instance()
    if app is None:
        return
    font = QFont(app.font())
    font.setPointSize(max(MIN_POINTS, min(MAX_POINTS, int(points))))
    if font != app.font():
        app.setFont(font)
