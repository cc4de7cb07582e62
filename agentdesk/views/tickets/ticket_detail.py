"""One ticket in full: facts, due time (red when overdue), flags, description, evidence, status history
and notes, with "add note" and, for the agent's own open consult ticket, "close at the front line".
A draft still in the outbox shows what will be sent and why it is waiting (or was refused)."""

from __future__ import annotations

import asyncio
import logging
import uuid
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.masking import mask_phone
from agentdesk.domain.ticket_drafts import is_overdue
from agentdesk.services.errors import DeskError
from agentdesk.views.error_text import describe
from agentdesk.views.tickets import labels
from agentdesk.views.tickets.detail_models import NotesModel, StatusHistoryModel
from agentdesk.views.tickets.entry_form import evidence_text

log = logging.getLogger(__name__)


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"


def _table(model, parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def _fit_height(view: QTableView, most_rows: int = 6) -> None:
    """As tall as its rows (up to ``most_rows``; then it scrolls), so history and notes both show."""
    view.resizeRowsToContents()
    rows = view.model().rowCount()
    height = view.horizontalHeader().height() + 2 * view.frameWidth()
    height += (
        sum(view.rowHeight(r) for r in range(min(rows, most_rows)))
        or view.verticalHeader().defaultSectionSize()
    )
    view.setFixedHeight(height + 2)


class TicketDetail(QWidget):
    """Shows a ticket or a draft; changes go through the ticket desk service."""

    ticket_changed = Signal(object)  # the ticket after a note or a close
    send_now_requested = Signal()
    edit_draft_requested = Signal(object)  # OutboxEntry
    discard_draft_requested = Signal(str)  # draft id

    def __init__(self, desk, agent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticket-detail")
        self.desk = desk
        self._agent = agent  # () -> user name
        self.ticket = None
        self.entry = None
        self._note_key: tuple[str, str, str] | None = None  # (ticket id, text, key): a retry reuses the key
        self._close_key: tuple[str, str] | None = None
        self._tasks: set[asyncio.Task] = set()

        self.stack = QStackedWidget(self)
        self.empty = QLabel(self.tr("Select a ticket to see its history and notes."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid);")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._ticket_page())
        self.stack.addWidget(self._draft_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # -- building ----------------------------------------------------------------------------------------
    def _ticket_page(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        page = QWidget(scroll)
        self.title = QLabel(page)
        self.title.setObjectName("ticket-title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QGridLayout()  # two facts per line: the ticket fits without scrolling
        self.facts.setHorizontalSpacing(10)
        self.fact_labels: dict[str, QLabel] = {}
        rows = [
            ("status", self.tr("Status:")),
            ("category", self.tr("Category:")),
            ("severity", self.tr("Severity:")),
            ("created", self.tr("Created:")),
            ("due", self.tr("Due:")),
            ("resolved", self.tr("Resolved:")),
            ("customer", self.tr("Customer:")),
            ("contact", self.tr("Contact phone:")),
            ("callback", self.tr("Callback:")),
            ("flags", self.tr("Flags:")),
            ("run", self.tr("Pretreatment run:")),
            ("satisfaction", self.tr("Satisfaction:")),
        ]
        for i, (key, text) in enumerate(rows):
            value = QLabel(page)
            value.setObjectName(f"ticket-fact-{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            caption = QLabel(text, page)
            self.facts.addWidget(caption, i // 2, (i % 2) * 2, Qt.AlignmentFlag.AlignTop)
            self.facts.addWidget(value, i // 2, (i % 2) * 2 + 1)
        self.description = QLabel(page)
        self.description.setObjectName("ticket-fact-description")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence = QPlainTextEdit(page)
        self.evidence.setObjectName("ticket-evidence-view")
        self.evidence.setReadOnly(True)
        self.evidence.setTabChangesFocus(True)
        self.evidence.setMaximumHeight(64)
        self.evidence_label = QLabel(self.tr("Evidence:"), page)
        self.history_model = StatusHistoryModel(self)
        self.history = _table(self.history_model, page, "ticket-history")
        self.notes_model = NotesModel(self)
        self.notes = _table(self.notes_model, page, "ticket-notes")
        self.note_edit = QPlainTextEdit(page)
        self.note_edit.setObjectName("ticket-note-edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("New note (Ctrl+Enter adds it)"))
        self.note_edit.setMaximumHeight(60)
        self.add_note_button = QPushButton(self.tr("Add &note"), page)
        self.add_note_button.setObjectName("ticket-add-note")
        self.add_note_button.clicked.connect(self.add_note)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.note_edit, self.add_note).setContext(
                Qt.ShortcutContext.WidgetShortcut
            )
        self.close_button = QPushButton(self.tr("Close at the &front line…"), page)
        self.close_button.setObjectName("ticket-close-front-line")
        self.close_button.setToolTip(self.tr("Your own consultation ticket, answered in the call"))
        self.close_button.clicked.connect(self.ask_close)
        self.action_status = QLabel(page)
        self.action_status.setObjectName("ticket-action-status")
        self.action_status.setWordWrap(True)

        layout = QVBoxLayout(page)
        layout.addWidget(self.title)
        self.facts.setColumnStretch(1, 1)
        self.facts.setColumnStretch(3, 1)
        layout.addLayout(self.facts)
        layout.addWidget(QLabel(self.tr("Description:"), page))
        layout.addWidget(self.description)
        layout.addWidget(self.evidence_label)
        layout.addWidget(self.evidence)
        layout.addWidget(QLabel(self.tr("Status history:"), page))
        layout.addWidget(self.history)
        layout.addWidget(QLabel(self.tr("Notes:"), page))
        layout.addWidget(self.notes)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_note_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        note_row.addLayout(buttons)
        layout.addLayout(note_row)
        layout.addWidget(self.action_status)
        layout.addStretch(1)
        scroll.setWidget(page)
        return scroll

    def _draft_page(self) -> QWidget:
        page = QWidget(self)
        self.draft_title = QLabel(page)
        self.draft_title.setObjectName("draft-title")
        self.draft_state = QLabel(page)
        self.draft_state.setObjectName("draft-state")
        self.draft_state.setWordWrap(True)
        self.draft_text = QLabel(page)
        self.draft_text.setWordWrap(True)
        self.draft_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.send_now_button = QPushButton(self.tr("&Send now"), page)
        self.send_now_button.setObjectName("draft-send-now")
        self.send_now_button.clicked.connect(self.send_now_requested.emit)
        self.edit_button = QPushButton(self.tr("&Correct and send again…"), page)
        self.edit_button.setObjectName("draft-edit")
        self.edit_button.clicked.connect(lambda: self.entry and self.edit_draft_requested.emit(self.entry))
        self.discard_button = QPushButton(self.tr("&Discard"), page)
        self.discard_button.setObjectName("draft-discard")
        self.discard_button.clicked.connect(self._ask_discard)
        row = QHBoxLayout()
        for b in (self.send_now_button, self.edit_button, self.discard_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.draft_title)
        layout.addWidget(self.draft_state)
        layout.addWidget(self.draft_text)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- showing -----------------------------------------------------------------------------------------
    def clear(self) -> None:
        self.ticket = self.entry = None
        self.stack.setCurrentIndex(0)

    def show_ticket(self, ticket) -> None:
        same = self.ticket is not None and self.ticket.id == ticket.id
        self.ticket, self.entry = ticket, None
        now = datetime.now(UTC)
        overdue = bool(ticket.overdue) or is_overdue(ticket.status, ticket.due_at, now)
        self.title.setText(
            f"<b>{ticket.id}</b> · {labels.ticket_type(ticket.ticket_type)} · {labels.system(ticket.ticket_system)}"
        )
        f = self.fact_labels
        f["status"].setText(
            self.tr("%1 since %2")
            .replace("%1", labels.status(ticket.status))
            .replace("%2", _local(ticket.status_changed_at))
        )
        f["category"].setText(ticket.category)
        f["severity"].setText(
            self.tr("%1, priority %2")
            .replace("%1", labels.severity(ticket.severity))
            .replace("%2", str(ticket.priority))
        )
        f["created"].setText(
            self.tr("%1 by %2")
            .replace("%1", _local(ticket.created_at))
            .replace("%2", ticket.created_by_name or ticket.created_by)
        )
        due = _local(ticket.due_at)
        if overdue:
            f["due"].setText(self.tr("%1 — OVERDUE").replace("%1", due))
            f["due"].setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            f["due"].setText(due)
            f["due"].setStyleSheet("")
        f["resolved"].setText(_local(ticket.resolved_at))
        f["customer"].setText(
            " ".join(x for x in (ticket.customer_name, ticket.number, ticket.customer_id) if x)
        )
        f["contact"].setText(mask_phone(ticket.contact_phone) if ticket.contact_phone else "—")
        f["callback"].setText(_local(ticket.callback_at))
        flags = [labels.overdue()] if overdue else []
        flags += [
            text
            for on, text in (
                (ticket.escalated, labels.escalated()),
                (ticket.stuck, labels.stuck()),
                (ticket.pretreated, labels.pretreated()),
                (ticket.closed_at_front_line, labels.front_line()),
            )
            if on
        ]
        f["flags"].setText(", ".join(flags) or "—")
        f["flags"].setStyleSheet("color: #a04000; font-weight: bold;" if ticket.escalated or overdue else "")
        f["run"].setText(ticket.flow_run_id or "—")
        f["satisfaction"].setText(f"{ticket.satisfaction}/5" if ticket.satisfaction else "—")
        self.description.setText(ticket.description)
        has_evidence = ticket.evidence not in (None, {}, [])
        self.evidence.setVisible(has_evidence)
        self.evidence_label.setVisible(has_evidence)
        if has_evidence:
            self.evidence.setPlainText(evidence_text(ticket.evidence))
        self.history_model.set_rows(ticket.history)
        self.notes_model.set_rows(ticket.notes)
        _fit_height(self.history)
        _fit_height(self.notes)
        self.notes.scrollToBottom()
        mine = ticket.created_by == (self._agent() or "")
        self.close_button.setVisible(
            mine and ticket.ticket_type == "consult" and ticket.status == "acknowledged"
        )
        if not same:
            self.note_edit.clear()
            self.action_status.clear()
        self.stack.setCurrentIndex(1)

    def show_draft(self, entry) -> None:
        self.ticket, self.entry = None, entry
        d = entry.draft
        self.draft_title.setText(
            f"<b>{labels.ticket_type(d.ticket_type)}</b> · {d.category} · {labels.status(entry.state)}"
        )
        if entry.state == "rejected":
            text = self.tr("The ticket system refused this ticket: %1").replace("%1", entry.last_error)
            self.draft_state.setStyleSheet("color: #b00020;")
        else:
            text = (
                self.tr(
                    "Saved on this computer at %1 and sent automatically when the ticket system answers. "
                    "Attempts so far: %2."
                )
                .replace("%1", _local(entry.created_at))
                .replace("%2", str(entry.attempts))
            )
            if entry.last_error:
                text += " " + self.tr("Last answer: %1").replace("%1", entry.last_error)
            self.draft_state.setStyleSheet("color: #8a5300;")
        self.draft_state.setText(text)
        self.draft_text.setText(d.description)
        refused = entry.state == "rejected"
        self.send_now_button.setVisible(not refused)
        self.edit_button.setVisible(refused)
        self.discard_button.setVisible(refused)
        self.stack.setCurrentIndex(2)

    # -- changing ----------------------------------------------------------------------------------------
    def _spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def add_note(self) -> None:
        if self.ticket is None or any(not t.done() for t in self._tasks):
            return
        text = self.note_edit.toPlainText().strip()
        if not text:
            self.note_edit.setFocus()
            return
        tid = self.ticket.id
        if self._note_key is None or self._note_key[:2] != (tid, text):
            self._note_key = (tid, text, f"note-{uuid.uuid4().hex}")  # the same note retried keeps its key
        self._spawn(self._add_note(tid, text, self._note_key[2]))

    async def _add_note(self, tid: str, text: str, key: str) -> None:
        self.add_note_button.setEnabled(False)
        self.action_status.setStyleSheet("")
        self.action_status.setText(self.tr("Adding the note…"))
        try:
            ticket = await self.desk.add_note(
                tid, text, key, number=self.ticket.number or "", customer_id=self.ticket.customer_id or ""
            )
        except asyncio.CancelledError:
            raise
        except DeskError as exc:
            self.action_status.setStyleSheet("color: #b00020;")
            self.action_status.setText(describe(exc))
            return
        finally:
            self.add_note_button.setEnabled(True)
        self._note_key = None
        self.note_edit.clear()
        self.action_status.setText(self.tr("Note added."))
        if self.ticket is not None and self.ticket.id == ticket.id:
            self.show_ticket(ticket)
        self.ticket_changed.emit(ticket)

    def ask_close(self) -> None:
        if self.ticket is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close at the front line"),
            self.tr(
                "Close consultation ticket %1 as answered in the call? The back office will not handle it."
            ).replace("%1", self.ticket.id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("ticket-close-confirm")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        tid = self.ticket.id
        box.finished.connect(
            lambda code: code == QMessageBox.StandardButton.Yes and self._spawn(self._close(tid))
        )
        box.open()
        self.close_box = box

    async def _close(self, tid: str) -> None:
        note = self.note_edit.toPlainText().strip()
        if self._close_key is None or self._close_key[0] != tid:
            self._close_key = (tid, f"close-{uuid.uuid4().hex}")
        self.close_button.setEnabled(False)
        try:
            ticket = await self.desk.close_at_front_line(
                tid,
                note,
                self._close_key[1],
                number=self.ticket.number or "",
                customer_id=self.ticket.customer_id or "",
            )
        except asyncio.CancelledError:
            raise
        except DeskError as exc:
            self.action_status.setStyleSheet("color: #b00020;")
            self.action_status.setText(describe(exc))
            return
        finally:
            self.close_button.setEnabled(True)
        self._close_key = None
        self.action_status.setText(self.tr("Ticket closed at the front line."))
        self.show_ticket(ticket)
        self.ticket_changed.emit(ticket)

    def _ask_discard(self) -> None:
        if self.entry is None:
            return
        draft_id = self.entry.draft_id
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard ticket"),
            self.tr("Discard this refused ticket? It will not be sent."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda code: (
                code == QMessageBox.StandardButton.Yes and self.discard_draft_requested.emit(draft_id)
            )
        )
        box.open()
        self.discard_box = box

    def dispose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
