"""Light and dark theme, text size, and a focus ring everyone can see.

The theme is a palette on the Fusion style (the same look on every Windows version and on Linux). The
focus ring is a style sheet on the main window, so whichever control has the keyboard is outlined in the
accent colour; that matters for agents who work by keyboard all shift and for low vision.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

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


def focus_style_sheet(theme: str) -> str:
    """A 2-pixel ring in the accent colour on the control that has the keyboard."""
    c = FOCUS_DARK if theme == DARK else FOCUS_LIGHT
    return f"""
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QTextBrowser:focus, QSpinBox:focus,
QDateEdit:focus, QTimeEdit:focus, QDateTimeEdit:focus, QKeySequenceEdit:focus {{ border: 2px solid {c}; }}
QComboBox:focus {{ border: 2px solid {c}; padding: 1px 4px; }}
QAbstractItemView:focus, QTableView:focus, QTreeView:focus, QListView:focus {{ border: 2px solid {c}; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {c}; border-radius: 3px; padding: 3px 8px;
    background: palette(button); }}
QCheckBox:focus, QRadioButton:focus {{ outline: none; border: 1px dashed {c}; }}
QTabBar::tab:focus {{ border: 2px solid {c}; }}
"""


def apply_theme(window: QWidget | None, theme: str) -> None:
    """Set the application's palette (dialogs follow it) and the window's focus ring."""
    app = QApplication.instance()
    if app is None:
        return
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme == DARK else app.style().standardPalette())
    if window is not None:
        window.setStyleSheet("")  # set anew, so the children take up the application's font and palette
        window.setStyleSheet(focus_style_sheet(theme))


def apply_font_size(points: int) -> None:
    """The application's text size in points (large sizes for accessibility)."""
    app = QApplication.instance()
    if app is None:
        return
    font = QFont(app.font())
    font.setPointSize(max(MIN_POINTS, min(MAX_POINTS, int(points))))
    app.setFont(font)
