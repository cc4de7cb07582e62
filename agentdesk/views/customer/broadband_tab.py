"""Tab 11 — Broadband: account data, bound MAC, port, configured vs actual rate (a shortfall flagged), online
sessions against the limit, login records with their error codes in words; and the front-line repairs:
reset or change password, unbind MAC, clear online sessions, restart port, dial test and line test."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.broadband import rate_shortfalls
from agentdesk.services.customer_view.network_tabs import BroadbandTabData
from agentdesk.views.customer import wording, write_wording
from agentdesk.views.customer.broadband_model import access_model, sessions_model
from agentdesk.views.customer.tab_base import CustomerTab, TabContext, fit_columns, heading, table
from agentdesk.views.error_text import describe
from agentdesk.views.widgets.confirm_dialog import ask

RED = "color: #c0392b; font-weight: bold;"

ACTIONS = (
    "reset_password",
    "change_password",
    "unbind_mac",
    "clear_sessions",
    "restart_port",
    "dial_test",
    "line_test",
)


class NewPasswordDialog(QDialog):
    """The password the customer chose, typed by the agent (never logged, masked in the audit trail)."""

    def __init__(self, account: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-password-dialog")
        self.setWindowTitle(self.tr("Change broadband password"))
        self.password = QLineEdit(self)
        self.password.setObjectName("new-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(32)
        self.hint = QLabel(self.tr("6 to 32 characters, letters and digits."), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.password.textChanged.connect(
            lambda t: self.ok_button.setEnabled(6 <= len(t) <= 32 and t.isalnum())
        )
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("New password for %1:").replace("%1", account), self))
        box.addWidget(self.password)
        box.addWidget(self.hint)
        box.addWidget(buttons)


class BroadbandTab(CustomerTab):
    key = "broadband"
    TITLE = QT_TRANSLATE_NOOP("BroadbandTab", "Broadband")

    def build(self) -> None:
        top = QGridLayout()
        account = QGroupBox(self.tr("Account (BIMS)"), self.body)
        form = QFormLayout(account)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("account", self.tr("Account")),
            ("status", self.tr("Status (CRM / BIMS)")),
            ("password", self.tr("Password")),
            ("access", self.tr("Access")),
            ("port", self.tr("Port")),
            ("mac", self.tr("Bound MAC / dialling MAC")),
            ("rate_down", self.tr("Downstream: configured / actual")),
            ("rate_up", self.tr("Upstream: configured / actual")),
            ("line", self.tr("Line")),
            ("sessions", self.tr("Online sessions / limit")),
        ):
            value = QLabel(account)
            value.setObjectName(f"bb-{key}")
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(label, value)
        top.addWidget(account, 0, 0)
        actions = QGroupBox(self.tr("Front-line repairs"), self.body)
        box = QVBoxLayout(actions)
        self.buttons: dict[str, QPushButton] = {}
        for kind in ACTIONS:
            button = QPushButton(write_wording.title(kind), actions)
            button.setObjectName(f"bb-{kind.replace('_', '-')}")
            button.clicked.connect(lambda _=False, k=kind: self._start(k))
            self.buttons[kind] = button
            box.addWidget(button)
        box.addStretch(1)
        top.addWidget(actions, 0, 1)
        top.setColumnStretch(0, 3)
        top.setColumnStretch(1, 1)
        self.layout_.addLayout(top)
        split = QSplitter(self.body)
        split.setOrientation(split.orientation().Vertical)
        sessions = QWidget(split)
        s_box = QVBoxLayout(sessions)
        s_box.setContentsMargins(0, 0, 0, 0)
        s_box.addWidget(heading(self.tr("Online sessions"), sessions))
        self.sessions = sessions_model(self)
        self.sessions_view = table(sessions, self.sessions, "bb-sessions")
        s_box.addWidget(self.sessions_view)
        log = QWidget(split)
        l_box = QVBoxLayout(log)
        l_box.setContentsMargins(0, 0, 0, 0)
        l_box.addWidget(heading(self.tr("Login records"), log))
        self.access = access_model(self)
        self.access_view = table(log, self.access, "bb-access-log")
        l_box.addWidget(self.access_view)
        self.access_error = QLabel(log)
        self.access_error.setStyleSheet("color: #b03a2e;")
        l_box.addWidget(self.access_error)
        split.addWidget(sessions)
        split.addWidget(log)
        split.setStretchFactor(1, 2)
        self.layout_.addWidget(split, 1)

    def prefetch(self, view, opening, fetch) -> None:
        view.network.prefetch_broadband(opening, fetch)

    async def fetch(self, ctx: TabContext) -> BroadbandTabData:
        return await ctx.view.network.broadband(ctx.scope, ctx.fetch)

    def empty_text(self, data: BroadbandTabData) -> str | None:
        return self.tr("The customer has no broadband account.") if data.subscriber is None else None

    def present(self, data: BroadbandTabData) -> None:
        a = data.account
        f = self.fields
        for label in f.values():
            label.setStyleSheet("")
        f["account"].setText(a.account)
        f["status"].setText(f"{wording.state(data.subscriber.status)} / {wording.state(a.status)}")
        if (data.subscriber.status == "active") != (a.status == "active"):
            f["status"].setStyleSheet(RED)
        f["password"].setText(wording.state(a.password_state))
        f["access"].setText(f"{a.access_type.upper()}  {a.olt}" + (f"  {a.dslam}" if a.dslam else ""))
        f["port"].setText(f"{a.port}  ({wording.state(a.port_state)})")
        if a.port_state != "up":
            f["port"].setStyleSheet(RED)
        f["mac"].setText(f"{a.bound_mac or '—'} / {a.last_dialing_mac or '—'}")
        if a.mac_mismatch:
            f["mac"].setStyleSheet(RED)
            f["mac"].setText(f["mac"].text() + "  " + self.tr("(different router)"))
        short = {s.direction for s in rate_shortfalls(a.configured_rate, a.actual_rate)}
        for key, direction, conf, act in (
            ("rate_down", "down", a.configured_rate.down_kbps, a.actual_rate.down_kbps),
            ("rate_up", "up", a.configured_rate.up_kbps, a.actual_rate.up_kbps),
        ):
            text = f"{_mbps(conf)} / {_mbps(act)}"
            if direction in short:
                text += "  " + self.tr("(shortfall: %1% of the configured rate)").replace(
                    "%1", str(round(100 * act / conf)) if conf else "0"
                )
                f[key].setStyleSheet(RED)
            f[key].setText(text)
        line = a.line
        f["line"].setText(
            self.tr("%1 (attenuation %2 dB, SNR %3 dB)")
            .replace("%1", wording.state(line.state))
            .replace("%2", f"{line.attenuation_db:g}")
            .replace("%3", f"{line.snr_db:g}")
        )
        if line.state != "good":
            f["line"].setStyleSheet(RED)
        f["sessions"].setText(f"{a.online_session_count} / {a.session_limit}")
        if a.sessions_full:
            f["sessions"].setStyleSheet(RED)
        self.sessions.set_records(a.online_sessions)
        fit_columns(self.sessions_view)
        if isinstance(data.access_log, Exception):
            self.access.set_records([])
            self.access_error.setText(describe(data.access_log))
        else:
            self.access.set_records(data.access_log)
            self.access_error.clear()
        fit_columns(self.access_view)

    def _start(self, kind: str) -> None:
        if self.data is None or self.data.subscriber is None:
            return
        self.workspace.start_write_later(self._make(kind))

    async def _make(self, kind: str):
        """The action for ``kind`` (asks for the new password first when changing it), or None."""
        scope, account = self.data.scope, self.data.subscriber.number
        actions = self.workspace.view.actions
        if kind == "change_password":
            dialog = NewPasswordDialog(account, self)
            chosen: list[str] = []
            dialog.accepted.connect(lambda: chosen.append(dialog.password.text()))
            if not await ask(dialog) or not chosen:
                return None
            return actions.change_password(scope, account, chosen[0])
        return getattr(actions, kind)(scope, account)


def _mbps(kbps: int) -> str:
    return f"{kbps / 1000:.1f} Mbit/s" if kbps >= 1000 else f"{kbps} kbit/s"
