"""Counting the customer's call against a known event, from the banner or the panel: the agent confirms
(naming the customer, the number and the event), the link is sent with one idempotency key, and a failure
offers a retry under that same key, so the call is counted once however often the agent retries."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from agentdesk.services.errors import DeskError
from agentdesk.views.error_text import describe
from agentdesk.views.widgets.confirm_dialog import ConfirmDialog, ask

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Counted:
    """How it went: ``ok`` is True when counted, False when it failed, None when the agent declined."""

    result: object | None
    line: str
    ok: bool | None


async def count_call(parent: QWidget, link) -> Counted:
    """Confirm and send ``link`` (a ``CallLink``), offering retries under its one key."""
    title = QCoreApplication.translate("CountCall", "Count the call against the event")
    text = (
        QCoreApplication.translate(
            "CountCall", "Register this call from <b>%1</b> (%2) against the known event <b>%3</b>?"
        )
        .replace("%1", escape(link.number))
        .replace("%2", escape(link.customer_name or link.customer_id))
        .replace("%3", escape(link.event_title or link.event_id))
    )
    detail = QCoreApplication.translate(
        "CountCall",
        "The call is counted for the event. Nothing of the customer's service is changed and no ticket is sent.",
    )
    dialog = ConfirmDialog(
        title,
        text,
        detail,
        confirm_text=QCoreApplication.translate("CountCall", "Count the call"),
        parent=parent,
    )
    dialog.setObjectName("count-call-dialog")
    if not await ask(dialog):
        return Counted(None, QCoreApplication.translate("CountCall", "Not counted: nothing was sent."), None)
    link.confirm()
    while True:
        try:
            result = await link.run()
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            message = describe(exc) if isinstance(exc, DeskError) else str(exc)
            if not isinstance(exc, DeskError):
                log.error("linking a call to %s failed", link.event_id, exc_info=exc)
            retry = ConfirmDialog(
                QCoreApplication.translate("CountCall", "The call could not be counted"),
                escape(message),
                QCoreApplication.translate(
                    "CountCall", "Retrying sends the same request again; the call is never counted twice."
                ),
                confirm_text=QCoreApplication.translate("CountCall", "Retry"),
                cancel_text=QCoreApplication.translate("CountCall", "Close"),
                parent=parent,
            )
            retry.setObjectName("count-call-retry")
            if await ask(retry):
                continue
            return Counted(None, message, False)
        break
    line = (
        QCoreApplication.translate("CountCall", "Call counted against %1: %2 calls from %3 numbers so far.")
        .replace("%1", link.event_title or link.event_id)
        .replace("%2", str(result.linked_calls if result.linked_calls is not None else "?"))
        .replace("%3", str(result.linked_numbers if result.linked_numbers is not None else "?"))
    )
    if link.audit_error is not None:
        line += " " + QCoreApplication.translate(
            "CountCall", "Warning: the audit trail could not record it (%1)."
        ).replace("%1", str(link.audit_error))
    return Counted(result, line, True)
