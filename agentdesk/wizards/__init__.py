"""The flow wizard: one runner (``runner.FlowWizard``) that renders any pretreatment flow step by step,
its pages (``pages/``), and the dock panel (``panel``) with the Tools-menu entry.

``open_flow_wizard`` is the entry point the window, the customer view and the knowledge panel call:
give it the customer's match (``customer_id``, ``name``, ``number``) and optionally a flow id and the
flows the customer view suggests (``suggest_for_workspace``)."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from agentdesk.wizards.runner import FlowWizard


def open_flow_wizard(
    parent: QWidget | None,
    service: Any,
    *,
    customer: Any = None,
    flow_id: str | None = None,
    number: str = "",
    suggested: list[str] | None = None,
    autostart: bool = False,
) -> FlowWizard:
    """Show a (non-modal) wizard for ``customer``; with ``autostart`` and a flow and number it starts at once."""
    wizard = FlowWizard(service, parent, customer=customer)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.prepare(suggested=suggested, flow_id=flow_id, number=number)
    wizard.show()
    wizard.raise_()
    if customer is not None:
        task = asyncio.ensure_future(wizard.load_numbers())
        wizard.destroyed.connect(lambda *_: task.cancel())
    if autostart and flow_id and (number or (customer is not None and customer.number)):
        wizard.start(flow_id, number or customer.number)
    return wizard


__all__ = ["FlowWizard", "open_flow_wizard"]
