"""Wrap-up at the end of a call: how it ended, which pretreatment runs and tickets belong to it.

Prefilled from what the desk saw during the call (the suggested disposition, the runs pretreatment
reported, the tickets submitted); the agent confirms with Ctrl+Enter or changes it (Alt+1 … Alt+4 pick a
disposition). A call solved at the front line is also reported as a ticket closed at the front line.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.ticket_drafts import CONSULTED, DISPOSITIONS, RESOLVED_FRONT_LINE, TicketCatalogue
from agentdesk.services.errors import DeskError
from agentdesk.views.error_text import describe
from agentdesk.views.tickets import labels

log = logging.getLogger(__name__)


def _fit(lst: QListWidget, most_rows: int = 5) -> None:
    """As tall as its items (up to ``most_rows``), long lines elided instead of a horizontal scroll bar."""
    lst.setTextElideMode(Qt.TextElideMode.ElideRight)
    lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    rows = min(lst.count(), most_rows)
    height = sum(lst.sizeHintForRow(i) for i in range(rows)) + 2 * lst.frameWidth() + 4
    lst.setFixedHeight(max(height, 24))


class WrapUpDialog(QDialog):
    recorded = Signal(object)  # the stored WrapUp

    def __init__(
        self, wrapups, call, catalogue: TicketCatalogue, tickets=(), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wrapup-dialog")
        self.setWindowTitle(self.tr("Wrap up the call"))
        self.setMinimumWidth(520)
        self.wrapups = wrapups
        self.call = call
        self.catalogue = catalogue
        self._task: asyncio.Task | None = None

        who = QLabel(
            self.tr("Customer: %1 — %2")
            .replace("%1", call.customer_name or call.customer_id)
            .replace("%2", call.number or "—"),
            self,
        )
        box = QGroupBox(self.tr("How did the call end?"), self)
        self.group = QButtonGroup(self)
        self.buttons_by_code: dict[str, QRadioButton] = {}
        box_layout = QVBoxLayout(box)
        for i, code in enumerate(DISPOSITIONS, start=1):
            button = QRadioButton(f"{labels.disposition(code)}    (Alt+{i})", box)
            button.setObjectName(f"wrapup-{code}")
            self.group.addButton(button, i)
            self.buttons_by_code[code] = button
            box_layout.addWidget(button)
            QShortcut(QKeySequence(f"Alt+{i}"), self, activated=button.click)
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("wrapup-suggestion")
        self.suggestion.setStyleSheet("color: palette(mid);")
        self.suggestion.setText(
            self.tr("Suggested from this call: %1").replace("%1", labels.disposition(call.suggested))
        )

        self.runs = QListWidget(self)
        self.runs.setObjectName("wrapup-runs")
        for run in call.runs:
            item = QListWidgetItem(f"{run.run_id} · {run.flow_id} · {run.outcome}")
            item.setData(Qt.ItemDataRole.UserRole, run.run_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.runs.addItem(item)
        self.tickets = QListWidget(self)
        self.tickets.setObjectName("wrapup-tickets")
        for t in tickets:  # CallTicket: delivered ones by id, waiting ones linked when they are sent
            if t.ticket_id:
                text = f"{t.ticket_id} · {t.summary}" if t.summary else t.ticket_id
            else:
                text = f"{labels.status(t.state)} · {t.summary}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (t.draft_id, t.ticket_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.tickets.addItem(item)
        self.no_runs = QLabel(self.tr("No pretreatment run in this call."), self)
        self.no_tickets = QLabel(self.tr("No ticket in this call."), self)
        for lst, empty in ((self.runs, self.no_runs), (self.tickets, self.no_tickets)):
            _fit(lst)
            lst.setVisible(lst.count() > 0)
            empty.setStyleSheet("color: palette(mid);")
            empty.setVisible(lst.count() == 0)

        self.report = QCheckBox(self.tr("&Report it to the ticket system as closed at the front line"), self)
        self.report.setObjectName("wrapup-report")
        self.report.setChecked(True)
        self.category = QComboBox(self)
        self.category.setObjectName("wrapup-category")
        report_row = QHBoxLayout()
        report_row.addWidget(self.report, 1)
        report_row.addWidget(self.category)

        self.note = QPlainTextEdit(self)
        self.note.setObjectName("wrapup-note")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What was agreed with the customer (optional)"))
        self.note.setMaximumHeight(70)
        self.status = QLabel(self)
        self.status.setObjectName("wrapup-status")
        self.status.setWordWrap(True)

        self.record_button = QPushButton(self.tr("Re&cord wrap-up"), self)
        self.record_button.setObjectName("wrapup-record")
        self.record_button.setAutoDefault(False)
        self.record_button.setToolTip(self.tr("Record (Ctrl+Enter)"))
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAutoDefault(False)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.record_button.clicked.connect(self.record)
        cancel.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.record)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(box)
        layout.addWidget(self.suggestion)
        layout.addWidget(QLabel(self.tr("Pretreatment runs of this call:"), self))
        layout.addWidget(self.runs)
        layout.addWidget(self.no_runs)
        layout.addWidget(QLabel(self.tr("Tickets of this call:"), self))
        layout.addWidget(self.tickets)
        layout.addWidget(self.no_tickets)
        layout.addLayout(report_row)
        layout.addWidget(QLabel(self.tr("Note:"), self))
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.group.idToggled.connect(lambda _id, on: on and self._disposition_changed())
        self.buttons_by_code[call.suggested].setChecked(True)
        self._disposition_changed()
        self.buttons_by_code[call.suggested].setFocus()

    def disposition(self) -> str:
        return DISPOSITIONS[self.group.checkedId() - 1]

    def _disposition_changed(self) -> None:
        code = self.disposition()
        reportable = code in (CONSULTED, RESOLVED_FRONT_LINE) and self.call.dispatched == 0
        self.report.setEnabled(reportable)
        self.category.setEnabled(reportable)
        current = self.category.currentText()
        self.category.clear()
        run_flows = [r.flow_id for r in self.call.runs if r.outcome == "resolved"]
        suggested = self.catalogue.category_of_flow(run_flows[0]) if run_flows else None
        kind = "consult" if code == CONSULTED or not run_flows else "complaint"
        for name in self.catalogue.categories_for(kind):
            self.category.addItem(name)
        pick = suggested if code == RESOLVED_FRONT_LINE and suggested else current
        i = self.category.findText(pick) if pick else -1
        self.category.setCurrentIndex(max(i, 0))

    @staticmethod
    def _checked(lst: QListWidget) -> list[str]:
        return [
            lst.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]

    def record(self) -> None:
        if self._task is not None and not self._task.done():
            return
        self._task = asyncio.ensure_future(self._record())

    async def _record(self) -> None:
        self.record_button.setEnabled(False)
        report = self.report.isEnabled() and self.report.isChecked()
        try:
            wrapup = await self.wrapups.record(
                self.call.customer_id,
                self.disposition(),
                note=self.note.toPlainText(),
                run_ids=self._checked(self.runs),
                ticket_ids=[t for _d, t in self._checked(self.tickets) if t],
                draft_ids=[d for d, _t in self._checked(self.tickets) if d],
                report_category=self.category.currentText() if report else None,
                fault_categories=self.catalogue.fault_categories,
            )
        except asyncio.CancelledError:
            raise
        except DeskError as exc:
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(describe(exc))
            self.record_button.setEnabled(True)
            return
        except Exception as exc:  # noqa: BLE001 - local storage failed: say so, keep the dialog
            log.exception("wrap-up failed")
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(self.tr("The wrap-up could not be stored: %1").replace("%1", str(exc)))
            self.record_button.setEnabled(True)
            return
        self.recorded.emit(wrapup)
        self.accept()
