"""A short wrap-up for a call the ticket desk cannot take (no customer known, or no ticket desk on this
desk): how the call ended and a note, kept in the shift's call history. Alt+1 … Alt+4 pick, Ctrl+Enter
records, like the ticket desk's own wrap-up."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.ticket_drafts import CONSULTED, DISPOSITIONS
from agentdesk.views.tickets import labels


class QuickWrapUpDialog(QDialog):
    chosen = Signal(str, str)  # disposition, note

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick-wrapup-dialog")
        self.setWindowTitle(self.tr("Wrap up the call"))
        self.setMinimumWidth(440)
        box = QGroupBox(self.tr("How did the call end?"), self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        inner = QVBoxLayout(box)
        for i, code in enumerate(DISPOSITIONS, start=1):
            button = QRadioButton(f"{labels.disposition(code)}    (Alt+{i})", box)
            button.setObjectName(f"quick-wrapup-{code}")
            self.group.addButton(button, i)
            self.buttons[code] = button
            inner.addWidget(button)
            QShortcut(QKeySequence(f"Alt+{i}"), self, activated=button.click)
        self.buttons[CONSULTED].setChecked(True)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("quick-wrapup-note")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What was agreed with the caller (optional)"))
        self.note.setMaximumHeight(80)
        self.record_button = QPushButton(self.tr("Re&cord wrap-up"), self)
        self.record_button.setObjectName("quick-wrapup-record")
        self.record_button.setToolTip(self.tr("Record (Ctrl+Enter)"))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._record)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._record)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(who, self))
        layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("Note:"), self))
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.buttons[CONSULTED].setFocus()

    def disposition(self) -> str:
        return DISPOSITIONS[self.group.checkedId() - 1]

    def _record(self) -> None:
        self.chosen.emit(self.disposition(), self.note.toPlainText().strip())
        self.accept()
