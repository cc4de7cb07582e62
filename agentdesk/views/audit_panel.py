"""The agent's view of the local audit trail: every back-office write made from this desk."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from agentdesk.views.audit_table_model import AuditTableModel

log = logging.getLogger(__name__)


class AuditPanel(QWidget):
    def __init__(self, audit, parent: QWidget | None = None):
        super().__init__(parent)
        self.audit = audit
        self._task: asyncio.Task | None = None
        self.model = AuditTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("audit-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.info = QLabel(self)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Back-office changes made from this desk"), self))
        top.addStretch(1)
        top.addWidget(self.info)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table)
        audit.add_listener(self._on_recorded)
        self.destroyed.connect(lambda *_: audit.remove_listener(self._on_recorded))

    def _on_recorded(self, _entry) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self._task and not self._task.done():
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # shown before the event loop runs: the next showEvent loads it
            return
        self._task = loop.create_task(self._load())

    async def _load(self) -> None:
        try:
            entries = await self.audit.entries(limit=500)
            waiting = await self.audit.waiting(limit=500)
        except Exception as exc:  # local storage failing must not take the desk down
            log.exception("audit trail could not be read")
            self.info.setText(self.tr("Could not read the audit trail: %1").replace("%1", str(exc)))
            return
        rows = sorted([*waiting, *entries], key=lambda e: e.at, reverse=True)  # stable: newest first
        self.model.set_entries(rows)
        text = self.tr("%n change(s)", "", len(entries))
        if waiting:
            text += " · " + self.tr("%n waiting to send", "", len(waiting))
        self.info.setText(text)
