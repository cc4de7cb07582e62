"""Sign-in dialog. It only collects and shows; the sign-in itself is the session service's job."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class LoginDialog(QDialog):
    sign_in_requested = Signal(str, str, bool)  # user name, password, remember me

    def __init__(self, backend_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("AgentDesk — sign in"))
        self.setModal(True)
        self.setMinimumWidth(380)

        self.backend = QLabel(backend_label, self)
        self.backend.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user = QLineEdit(self)
        self.user.setObjectName("login-user")
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setObjectName("login-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember my password on this computer"), self)
        self._remember_available = True
        self.remember_note = QLabel(self)
        self.remember_note.setWordWrap(True)
        self.remember_note.setVisible(False)
        self.error = QLabel(self)
        self.error.setObjectName("login-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("Back end:"), self.backend)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)

        self.buttons = QDialogButtonBox(self)
        self.sign_in = self.buttons.addButton(self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAutoDefault(False)  # Enter always signs in, even after a failed attempt moved the focus
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.user.setFocus()

    def set_user(self, user: str) -> None:
        self.user.setText(user)
        if user:
            self.password.setFocus()

    def set_remember_available(self, available: bool, reason: str = "") -> None:
        """Without a secure credential store the desk does not offer to remember the password, and says why."""
        self._remember_available = available
        self.remember.setEnabled(available)
        if not available:
            self.remember.setChecked(False)
            self.remember_note.setText(reason)
        self.remember_note.setVisible(not available and bool(reason))

    def set_busy(self, busy: bool) -> None:
        for w in (self.user, self.password, self.sign_in):
            w.setEnabled(not busy)
        self.remember.setEnabled(not busy and self._remember_available)
        if not busy:
            self.sign_in.setDefault(True)
        self.sign_in.setText(self.tr("Signing in…") if busy else self.tr("&Sign in"))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.password.selectAll()
        self.password.setFocus()

    def _submit(self) -> None:
        user = self.user.text().strip()
        if not user or not self.password.text():
            self.show_error(self.tr("Enter your user name and password."))
            return
        self.show_error("")
        self.sign_in_requested.emit(user, self.password.text(), self.remember.isChecked())
