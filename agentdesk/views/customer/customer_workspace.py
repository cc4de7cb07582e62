"""One open customer: the header every tab shares and the area the unified customer view fills.

Loading is a named task: loading again cancels the previous load, and ``dispose`` cancels everything,
so nothing of this customer is ever shown after it was closed.
"""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from agentdesk.services.errors import DeskError, Unauthorised
from agentdesk.views.error_text import describe


class CustomerWorkspace(QWidget):
    def __init__(self, desk, match, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.match = match
        self.customer_id = match.customer_id
        self._task: asyncio.Task | None = None
        self.setObjectName("customer-workspace")
        layout = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setObjectName("customer-header")
        self.header.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("customer-status")
        self.subscribers = QTableWidget(0, 4, self)
        self.subscribers.setObjectName("customer-subscribers")
        self.subscribers.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Number"), self.tr("CRM status"), self.tr("Product")]
        )
        self.subscribers.horizontalHeader().setStretchLastSection(True)
        self.subscribers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.header)
        layout.addWidget(self.status)
        layout.addWidget(self.subscribers, 1)
        self.header.setText(f"<h3>{match.name}</h3>")

    def load(self) -> None:
        if self._task and not self._task.done():
            self._task.cancel()
        self._task = asyncio.ensure_future(self._load())

    async def _load(self) -> None:
        self.status.setText(self.tr("Loading…"))
        try:
            overview = await self.desk.customers.overview(self.customer_id)
        except asyncio.CancelledError:
            raise
        except Unauthorised:
            self.window().reauth_required.emit()
            self.status.setText(self.tr("Sign in again to load this customer."))
            return
        except DeskError as exc:
            self.status.setText(describe(exc))
            return
        c = overview.customer
        self.header.setText(
            f"<h3>{c.name}</h3>"
            + self.tr("Level: %1 · Credit class: %2 · ID card: %3 · Manager: %4")
            .replace("%1", c.level)
            .replace("%2", c.credit_class)
            .replace("%3", c.id_card_masked)
            .replace("%4", c.manager)
        )
        self.status.setText("")
        self.subscribers.setRowCount(len(overview.subscribers))
        for row, s in enumerate(overview.subscribers):
            for col, value in enumerate((s.service_type, s.number, s.status, s.product_name or "")):
                self.subscribers.setItem(row, col, QTableWidgetItem(value))
        self.subscribers.resizeColumnsToContents()

    def dispose(self) -> None:
        if self._task and not self._task.done():
            self._task.cancel()
