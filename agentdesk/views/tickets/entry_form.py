"""The ticket entry form: one form for consult, complaint and fault tickets, made for the keyboard.

Tab goes through type, category, severity, description, contact phone, callback, escalated, close at
the front line and the buttons, in that order; Ctrl+Enter submits, Esc closes. The agent never chooses
the ticket system: the type decides it. The form keeps one draft id for as long as it shows the same
draft, so pressing Submit again (or after "waiting to send") can never create a second ticket.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.ticket_drafts import SEVERITIES, TICKET_TYPES, TicketCatalogue, TicketDraft
from agentdesk.domain.ticket_events import KnownEvent, blocks, guarded
from agentdesk.services.errors import DeskError
from agentdesk.services.tickets.desk import DraftInvalid, SubmitResult, new_draft_id
from agentdesk.services.tickets.known_events import KnownEventTicket
from agentdesk.views.error_text import describe
from agentdesk.views.events.count_call import count_call
from agentdesk.views.tickets import labels
from agentdesk.views.tickets.known_event_box import KnownEventBox

log = logging.getLogger(__name__)


# The draft checks' messages (agentdesk.domain.ticket_drafts, services.tickets.desk), declared here so
# the translation tools find them; the form shows them through self.tr().
PROBLEM_MESSAGES = (
    QT_TRANSLATE_NOOP("TicketEntryForm", "Choose consult, complaint or fault."),
    QT_TRANSLATE_NOOP("TicketEntryForm", "Choose a category."),
    QT_TRANSLATE_NOOP("TicketEntryForm", "This category is not known to the ticket system."),
    QT_TRANSLATE_NOOP("TicketEntryForm", "Choose critical, major or minor."),
    QT_TRANSLATE_NOOP("TicketEntryForm", "Describe the customer's request or problem."),
    QT_TRANSLATE_NOOP("TicketEntryForm", "The description is longer than 4000 characters."),
    QT_TRANSLATE_NOOP("TicketEntryForm", "Open the customer the ticket is for."),
    QT_TRANSLATE_NOOP("TicketEntryForm", "The contact phone is too long."),
    QT_TRANSLATE_NOOP("TicketEntryForm", "The contact phone may hold digits, spaces and - + only."),
    QT_TRANSLATE_NOOP("TicketEntryForm", "Evidence must be a JSON object or list."),
    QT_TRANSLATE_NOOP("TicketEntryForm", "Evidence cannot be stored as JSON."),
    QT_TRANSLATE_NOOP("TicketEntryForm", "The evidence is too large to send."),
    QT_TRANSLATE_NOOP("TicketEntryForm", "The callback time needs a time zone."),
    QT_TRANSLATE_NOOP(
        "TicketEntryForm",
        "Only consult tickets, or tickets a pretreatment flow solved, are closed at the front line.",
    ),
)


def evidence_text(evidence) -> str:
    """Evidence as short lines an agent can read ("dialTest: 691"), nested parts as compact JSON."""
    if isinstance(evidence, dict):
        return "\n".join(
            f"{k}: {v if isinstance(v, str | int | float) else json.dumps(v, ensure_ascii=False)}"
            for k, v in evidence.items()
        )
    return json.dumps(evidence, ensure_ascii=False, indent=1)


class CallbackTimeEdit(QDateTimeEdit):
    """Tab leaves the field like every other one (Left/Right move between the date's parts)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt names)
        return QWidget.focusNextPrevChild(self, next)


class TicketEntryForm(QDialog):
    """Create one ticket for the customer in view (or from a pretreatment outcome, prefilled)."""

    submitted = Signal(object)  # SubmitResult, once the draft is safe (delivered or waiting to send)
    call_counted = Signal(object)  # EventComplaint, when the call was counted against a known event

    def __init__(
        self,
        desk,
        catalogue: TicketCatalogue,
        *,
        customer_id: str,
        number: str = "",
        customer_name: str = "",
        prefill: TicketDraft | None = None,
        draft_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ticket-entry-form")
        self.desk = desk
        self.catalogue = catalogue
        self.customer_id = customer_id
        self.number = number
        self.customer_name = customer_name
        self.prefill = prefill
        self.draft_id = draft_id or new_draft_id()
        self.result_of_submit: SubmitResult | None = None
        self._task: asyncio.Task | None = None
        # a known service event taking the ticket's service from the number (issue 13)
        self.known: KnownEvent | None = None
        self._known_category: str | None = None
        self._known_task: asyncio.Task | None = None
        self._count_task: asyncio.Task | None = None
        self.setWindowTitle(self.tr("New ticket"))
        self.setMinimumWidth(640)

        who = QLabel(self)
        who.setObjectName("ticket-form-customer")
        who.setStyleSheet("font-weight: bold;")
        who.setText(
            self.tr("Customer: %1 — %2")
            .replace("%1", customer_name or customer_id)
            .replace("%2", number or "—")
        )
        self.type_box = QComboBox(self)
        self.type_box.setObjectName("ticket-type")
        for code in TICKET_TYPES:
            self.type_box.addItem(labels.ticket_type(code), code)
        self.category_box = QComboBox(self)
        self.category_box.setObjectName("ticket-category")
        self.severity_box = QComboBox(self)
        self.severity_box.setObjectName("ticket-severity")
        for code in reversed(SEVERITIES):  # minor first: the usual choice
            self.severity_box.addItem(labels.severity(code), code)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("ticket-description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What the customer asks or reports, in their words"))
        self.description.setMinimumHeight(110)
        self.description.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.description.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contact = QLineEdit(self)
        self.contact.setObjectName("ticket-contact")
        self.contact.setMaxLength(32)
        self.contact.setPlaceholderText(self.tr("Leave empty to use the contact phone on file"))
        self.callback_wanted = QCheckBox(self.tr("Call &back at"), self)
        self.callback_wanted.setObjectName("ticket-callback-wanted")
        self.callback_at = CallbackTimeEdit(self)
        self.callback_at.setObjectName("ticket-callback-at")
        self.callback_at.setCalendarPopup(True)
        self.callback_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.callback_at.setDateTime(QDateTime.currentDateTime().addSecs(2 * 3600))
        self.callback_at.setEnabled(False)
        self.callback_wanted.toggled.connect(self.callback_at.setEnabled)
        self.escalated = QCheckBox(self.tr("&Escalated complaint (customer went over our heads)"), self)
        self.escalated.setObjectName("ticket-escalated")
        self.close_now = QCheckBox(self.tr("Answered in the call: close at the &front line"), self)
        self.close_now.setObjectName("ticket-close-now")
        self.routing = QLabel(self)
        self.routing.setObjectName("ticket-routing")
        self.routing.setStyleSheet("color: palette(mid);")
        self.routing.setWordWrap(True)
        self.evidence = QPlainTextEdit(self)
        self.evidence.setObjectName("ticket-evidence")
        self.evidence.setReadOnly(True)
        self.evidence.setTabChangesFocus(True)
        self.evidence.setMaximumHeight(90)
        self.evidence.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.evidence.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = QLabel(self)
        self.status.setObjectName("ticket-form-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(who)
        form.addRow(self.tr("&Type:"), self.type_box)
        form.addRow(self.tr("Ca&tegory:"), self.category_box)
        form.addRow(self.tr("&Severity:"), self.severity_box)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("Contact &phone:"), self.contact)
        callback_row = QHBoxLayout()
        callback_row.addWidget(self.callback_wanted)
        callback_row.addWidget(self.callback_at, 1)
        form.addRow(self.tr("Callback:"), callback_row)
        form.addRow("", self.escalated)
        form.addRow("", self.close_now)
        form.addRow("", self.routing)
        self.evidence_label = QLabel(self.tr("Evidence from pretreatment:"), self)
        form.addRow(self.evidence_label, self.evidence)

        self.buttons = QDialogButtonBox(self)
        self.submit_button = QPushButton(self.tr("&Submit ticket"), self)
        self.submit_button.setObjectName("ticket-submit")
        self.submit_button.setDefault(False)
        self.submit_button.setAutoDefault(False)
        self.submit_button.setToolTip(self.tr("Submit (Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("ticket-cancel")
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)

        self.known_box = KnownEventBox(self)
        self.known_box.count_requested.connect(self.count_call)
        self.known_box.complaint_requested.connect(self.file_as_complaint)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.known_box)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.type_box.currentIndexChanged.connect(self._type_changed)
        self.category_box.currentIndexChanged.connect(self._check_known_event)
        chain = [
            self.type_box,
            self.category_box,
            self.severity_box,
            self.description,
            self.contact,
            self.callback_wanted,
            self.callback_at,
            self.escalated,
            self.close_now,
            self.known_box.count_button,
            self.known_box.complaint_button,
            self.submit_button,
            self.cancel_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._apply_prefill(prefill)
        self._type_changed()
        self.type_box.setFocus()

    # -- the form ----------------------------------------------------------------------------------------
    def _apply_prefill(self, draft: TicketDraft | None) -> None:
        has_evidence = bool(draft and draft.evidence)
        self.evidence.setVisible(has_evidence)
        self.evidence_label.setVisible(has_evidence)
        if draft is None:
            return
        self._select(self.type_box, draft.ticket_type)
        self._fill_categories()
        self._select(self.category_box, draft.category)
        self._select(self.severity_box, draft.severity)
        self.description.setPlainText(draft.description)
        self.contact.setText(draft.contact_phone)
        if draft.requested_callback is not None:
            self.callback_wanted.setChecked(True)
            self.callback_at.setDateTime(
                QDateTime.fromSecsSinceEpoch(int(draft.requested_callback.timestamp()))
            )
        self.escalated.setChecked(draft.escalated)
        self.close_now.setChecked(draft.close_at_front_line)
        if has_evidence:
            self.evidence.setPlainText(evidence_text(draft.evidence))

    @staticmethod
    def _select(box: QComboBox, code: str) -> None:
        i = box.findData(code)
        if i >= 0:
            box.setCurrentIndex(i)

    def _fill_categories(self) -> None:
        current = self.category_box.currentText()
        code = self.type_box.currentData()
        self.category_box.blockSignals(True)
        self.category_box.clear()
        for name in self.catalogue.categories_for(code):
            self.category_box.addItem(name, name)
        # keep the agent's category only where it is one of the new type's usual ones
        usual = self.catalogue.categories_of_type.get(code, ())
        i = self.category_box.findData(current) if current in usual else -1
        self.category_box.setCurrentIndex(max(i, 0))
        self.category_box.blockSignals(False)

    def _type_changed(self) -> None:
        self._fill_categories()
        code = self.type_box.currentData()
        pretreated = bool(self.prefill and self.prefill.pretreated)
        self.close_now.setEnabled(code == "consult" or pretreated)
        if not self.close_now.isEnabled():
            self.close_now.setChecked(False)
        self.escalated.setEnabled(code == "complaint")
        if code != "complaint":
            self.escalated.setChecked(False)
        system = self.catalogue.system_of_type.get(code, "")
        self.routing.setText(
            self.tr("Goes to the ticket system for %1 (%2); you do not need to choose it.")
            .replace("%1", labels.ticket_type(code).lower())
            .replace("%2", system or "—")
        )
        self._check_known_event()

    def draft(self) -> TicketDraft:
        """The draft as the form shows it now."""
        callback = None
        if self.callback_wanted.isChecked():
            callback = datetime.fromtimestamp(self.callback_at.dateTime().toSecsSinceEpoch(), UTC)
        base = self.prefill
        return TicketDraft(
            ticket_type=self.type_box.currentData(),
            category=self.category_box.currentData() or "",
            description=self.description.toPlainText().strip(),
            customer_id=self.customer_id,
            number=self.number,
            customer_name=self.customer_name,
            severity=self.severity_box.currentData(),
            contact_phone=self.contact.text().strip(),
            requested_callback=callback,
            pretreated=bool(base and base.pretreated),
            flow_run_id=base.flow_run_id if base else "",
            evidence=base.evidence if base else None,
            event_id=base.event_id if base else "",
            escalated=self.escalated.isChecked(),
            close_at_front_line=self.close_now.isChecked(),
        )

    def _set_editable(self, editable: bool) -> None:
        for w in (
            self.type_box,
            self.category_box,
            self.severity_box,
            self.description,
            self.contact,
            self.callback_wanted,
            self.callback_at,
            self.escalated,
            self.close_now,
        ):
            w.setEnabled(editable)
        if editable:
            self._type_changed()
            self.callback_at.setEnabled(self.callback_wanted.isChecked())

    # -- submitting --------------------------------------------------------------------------------------
    def submit(self) -> None:
        """Submit once; while a submission runs, or after the draft is safe, pressing again does nothing."""
        if self._task is not None and not self._task.done():
            return
        if self.result_of_submit is not None and not self.result_of_submit.rejected:
            return
        draft = self.draft()
        if blocks(draft, self.known):
            self._show_problem(self._held_text(), self.known_box.count_button)
            return
        if draft.requested_callback is not None and draft.requested_callback < datetime.now(UTC) - timedelta(
            minutes=1
        ):
            self._show_problem(self.tr("The callback time is in the past."), self.callback_at)
            return
        self._task = asyncio.ensure_future(self._submit(draft))

    async def _submit(self, draft: TicketDraft) -> None:
        self.submit_button.setEnabled(False)
        self._set_editable(False)
        self.status.setText(self.tr("Sending the ticket…"))
        try:
            result = await self.desk.submit(draft, self.draft_id)
        except asyncio.CancelledError:
            raise
        except KnownEventTicket as exc:  # the event began after the form last asked
            self._set_editable(True)
            self._show_known(exc.known, draft.category)
            self._show_problem(self._held_text(), self.known_box.count_button)
            return
        except DraftInvalid as exc:
            self._set_editable(True)
            self.submit_button.setEnabled(True)
            first = exc.problems[0]
            widget = {
                "category": self.category_box,
                "description": self.description,
                "contact_phone": self.contact,
                "close_at_front_line": self.close_now,
                "requested_callback": self.callback_at,
            }.get(first.field, self.type_box)
            self._show_problem(self._problem_text(exc), widget)
            return
        except DeskError as exc:  # local storage failed: nothing was accepted
            self._set_editable(True)
            self.submit_button.setEnabled(True)
            self._show_problem(describe(exc), self.submit_button)
            return
        except Exception as exc:  # noqa: BLE001 - the agent must see that nothing was accepted
            log.exception("ticket submission failed")
            self._set_editable(True)
            self.submit_button.setEnabled(True)
            self._show_problem(self.tr("The ticket could not be stored: %1").replace("%1", str(exc)), None)
            return
        self.result_of_submit = result
        self._show_result(result)
        if not result.rejected:
            self.submitted.emit(result)

    def _problem_text(self, exc: DraftInvalid) -> str:
        return "\n".join(self.tr(p.message) for p in exc.problems)

    def _show_problem(self, text: str, widget: QWidget | None) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(text)
        if widget is not None:
            widget.setFocus()

    def _show_result(self, result: SubmitResult) -> None:
        entry = result.entry
        if result.delivered:
            self.status.setStyleSheet("color: #1b5e20;")
            self.status.setText(
                self.tr("Ticket %1 created in system %2.")
                .replace("%1", entry.ticket_id)
                .replace("%2", entry.ticket_system)
            )
            self.cancel_button.setText(self.tr("Close"))
            self.cancel_button.setFocus()
        elif result.rejected:
            self._set_editable(True)
            self.submit_button.setEnabled(True)
            self._show_problem(
                self.tr("The ticket system refused this ticket: %1 Correct it and submit again.").replace(
                    "%1", entry.last_error
                ),
                self.description,
            )
        else:
            self.status.setStyleSheet("color: #8a5300;")
            reason = describe(result.error) if result.error is not None else ""
            self.status.setText(
                self.tr(
                    "Waiting to send: the ticket is saved on this computer and is sent automatically when the "
                    "ticket system answers again. %1"
                ).replace("%1", reason)
            )
            self.cancel_button.setText(self.tr("Close"))
            self.cancel_button.setFocus()

    # -- known service events (issue 13) ------------------------------------------------------------------
    @property
    def checking_known_event(self) -> bool:
        """True while the form asks whether a known event explains the ticket."""
        return self._known_task is not None and not self._known_task.done()

    def _check_known_event(self) -> None:
        """Ask (latest wins) whether an active event takes this ticket's service from the number."""
        if self._known_task is not None and not self._known_task.done():
            self._known_task.cancel()
        draft = self.draft()
        if not guarded(draft) or (self.result_of_submit is not None and not self.result_of_submit.rejected):
            self._show_known(None, None)
            return
        if draft.category != self._known_category:
            self._show_known(None, None)  # the last answer was about another service
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no event loop yet: the desk still checks when the draft is submitted
            return
        self._known_task = asyncio.ensure_future(self._ask_known(draft.category))

    async def _ask_known(self, category: str) -> None:
        try:
            known = await self.desk.known_event(self.number, category)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - the desk checks again when the draft is submitted
            log.exception("known events could not be checked for the ticket form")
            return
        if self.category_box.currentData() == category and guarded(self.draft()):
            self._show_known(known, category)

    def _show_known(self, known: KnownEvent | None, category: str | None) -> None:
        self.known, self._known_category = known, category if known is not None else None
        self.known_box.show_event(known, self.type_box.currentData())
        sending = self._task is not None and not self._task.done()
        safe = self.result_of_submit is not None and not self.result_of_submit.rejected
        if not sending and not safe:
            self.submit_button.setEnabled(not blocks(self.draft(), known))

    def _held_text(self) -> str:
        return self.tr(
            "No fault ticket is sent for a known event: count the call against the event, or file a "
            "complaint if the customer insists."
        )

    def file_as_complaint(self) -> None:
        """The customer insists: the same case as a complaint, which goes out carrying the event."""
        category = self.category_box.currentData()
        self._select(self.type_box, "complaint")
        self._select(self.category_box, category)
        self.status.setText("")
        self.description.setFocus()

    def count_call(self) -> None:
        """Count the call against the known event (confirmed, keyed, audited) instead of a ticket."""
        if self.known is None or (self._count_task is not None and not self._count_task.done()):
            return
        link = self.desk.count_call_link(
            self.known,
            self.customer_id,
            customer_name=self.customer_name,
            note=self.tr("counted from the ticket form"),
        )
        if link is None:
            self.known_box.show_outcome(
                self.tr("The service-events system is not available: the call was not counted."), False
            )
            return
        self._count_task = asyncio.ensure_future(self._count(link))

    async def _count(self, link) -> None:
        counted = await count_call(self, link)
        self.known_box.show_outcome(counted.line, bool(counted.ok))
        if not counted.ok:
            return
        self.call_counted.emit(counted.result)
        if self.type_box.currentData() == "fault":
            self.status.setStyleSheet("color: #1b5e20;")
            self.status.setText(self.tr("No ticket was sent: the call is counted against the event."))
            self.cancel_button.setText(self.tr("Close"))
            self.cancel_button.setFocus()

    def done(self, result: int) -> None:
        """Closing the form drops a look-up still on its way (a count under way goes on)."""
        if self._known_task is not None and not self._known_task.done():
            self._known_task.cancel()
        super().done(result)
