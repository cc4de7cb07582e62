"""The back-office writes an agent can run from the customer view, as operation objects.

A :class:`WriteAction` is made when the agent asks for it, shown in a confirmation naming the customer and
the effect, and only then given its idempotency key (:meth:`WriteAction.confirm`). Running it again after a
failure (time-out, system down) reuses that key, so the back end acts once however often the agent
retries. Every outcome, success or failure, goes to the audit trail with the key.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from agentdesk.connectors.base import new_idempotency_key
from agentdesk.domain.broadband import DialTest, LineTest
from agentdesk.domain.common import Activation
from agentdesk.services.audit import FAILED, OK
from agentdesk.services.customer_view.scope import ViewScope

log = logging.getLogger(__name__)

# tab keys a write makes stale (the view refreshes them after the outcome)
CUSTOMER, SUBSCRIBER, ADDONS, CHARGES, SUSPENSION = (
    "customer",
    "subscriber",
    "addons",
    "charges",
    "suspension",
)
VAS, BROADBAND, NETWORK = "vas", "broadband", "network"


@dataclass
class WriteAction:
    """One confirmed back-office write; ``kind`` tells the view how to word it (confirmation, outcome)."""

    kind: str  # e.g. reset_password, unsubscribe_vas, sync_hlr_from_crm
    system: str
    operation: str  # the back end's operation name, as in its write log
    customer_id: str
    customer_name: str
    number: str  # the service number or broadband account written to
    subject: str = ""  # what inside it: an add-on code, a subscription's product, a wireless kind
    affects: tuple[str, ...] = ()
    request: dict[str, Any] = field(default_factory=dict)
    send: Callable[[str], Awaitable[Any]] | None = field(default=None, repr=False)
    record: Callable[..., Awaitable[Any]] | None = field(default=None, repr=False)
    agent: Callable[[], str] | None = field(default=None, repr=False)
    key: str | None = None
    attempts: int = 0
    result: Any = field(default=None, repr=False)
    audit_error: Exception | None = None

    @property
    def confirmed(self) -> bool:
        return self.key is not None

    @property
    def done(self) -> bool:
        return self.result is not None

    def confirm(self) -> str:
        """The agent said yes: this action's one idempotency key (kept for every retry)."""
        if self.key is None:
            self.key = new_idempotency_key()
        return self.key

    async def run(self) -> Any:
        """Send the write with the action's key; audit the outcome; raise what the back end raised."""
        if self.key is None:
            raise RuntimeError("a back-office write runs only after the agent confirmed it")
        assert self.send is not None
        self.attempts += 1
        try:
            result = await self.send(self.key)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            await self._audit(FAILED, getattr(exc, "message", None) or str(exc) or type(exc).__name__)
            raise
        self.result = result
        await self._audit(OK, outcome_summary(result))
        return result

    async def _audit(self, outcome: str, message: str) -> None:
        if self.record is None:
            return
        try:
            await self.record(
                agent=self.agent() if self.agent else "",
                system=self.system,
                operation=self.operation,
                idempotency_key=self.key,
                outcome=outcome,
                message=message,
                customer_id=self.customer_id,
                number=self.number,
                request=self.request,
            )
            self.audit_error = None
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the write stands; the view warns that the audit entry is missing
            log.exception("audit of %s %s failed", self.system, self.operation)
            self.audit_error = exc


def outcome_summary(result: Any) -> str:
    """A line for the audit trail; never the new password of a reset."""
    replayed = " (replayed)" if getattr(result, "replayed", False) else ""
    if isinstance(result, DialTest):
        code = f" {result.radius_code}" if result.radius_code else ""
        return f"dial test {result.result}{code} in {result.duration_ms} ms"
    if isinstance(result, LineTest):
        return f"line test {result.verdict}: {result.attenuation_db} dB, SNR {result.snr_db} dB"
    if isinstance(result, Activation):
        if not result.changed:
            return f"nothing to change{replayed}"
        parts = [
            f"{c.field}: {c.before} -> {c.after}" if c.action is None else f"{c.field} {c.action}"
            for c in result.changes
        ]
        return ("; ".join(parts) or "changed") + replayed
    return "done" + replayed


class CustomerActions:
    """Makes the write actions of one customer view; nothing is sent before ``confirm`` and ``run``."""

    def __init__(self, backoffice, audit, agent: Callable[[], str]) -> None:
        self._bo = backoffice
        self._audit = audit
        self._agent = agent

    def _action(self, scope: ViewScope, number: str, **kw: Any) -> WriteAction:
        return WriteAction(
            customer_id=scope.customer_id,
            customer_name=scope.customer.name,
            number=number,
            record=self._audit.record,
            agent=self._agent,
            **kw,
        )

    # -- CRM is the truth: other systems follow it ---------------------------------------------------
    def sync_billing_from_crm(self, scope: ViewScope, number: str) -> WriteAction:
        billing = self._bo.billing
        return self._action(
            scope,
            number,
            kind="sync_billing_from_crm",
            system="billing",
            operation="syncFromCrm",
            affects=(SUBSCRIBER, SUSPENSION, CUSTOMER),
            send=lambda key: billing.sync_from_crm(number, idempotency_key=key),
        )

    def sync_hlr_from_crm(self, scope: ViewScope, number: str) -> WriteAction:
        hlr = self._bo.hlr
        return self._action(
            scope,
            number,
            kind="sync_hlr_from_crm",
            system="hlr",
            operation="syncFromCrm",
            affects=(NETWORK, ADDONS),
            send=lambda key: hlr.sync_from_crm(number, idempotency_key=key),
        )

    def set_hlr_active(self, scope: ViewScope, number: str) -> WriteAction:
        hlr = self._bo.hlr
        reason = "restored by the front line: CRM and billing have the number active"
        return self._action(
            scope,
            number,
            kind="set_hlr_active",
            system="hlr",
            operation="setState",
            affects=(NETWORK, SUSPENSION),
            request={"state": "active", "reason": reason},
            send=lambda key: hlr.set_state(number, "active", reason, idempotency_key=key),
        )

    def activate_addon(self, scope: ViewScope, number: str, code: str) -> WriteAction:
        hlr = self._bo.hlr
        return self._action(
            scope,
            number,
            kind="activate_addon",
            system="hlr",
            operation="activateService",
            subject=code,
            affects=(ADDONS, NETWORK),
            request={"code": code},
            send=lambda key: hlr.activate_service(number, code, idempotency_key=key),
        )

    def sync_vpn(self, scope: ViewScope, number: str) -> WriteAction:
        hlr = self._bo.hlr
        return self._action(
            scope,
            number,
            kind="sync_vpn",
            system="hlr",
            operation="vpnSync",
            affects=(NETWORK,),
            send=lambda key: hlr.sync_vpn(number, idempotency_key=key),
        )

    def sync_aaa_from_crm(self, scope: ViewScope, number: str, kind: str | None = None) -> WriteAction:
        aaa = self._bo.aaa
        return self._action(
            scope,
            number,
            kind="sync_aaa_from_crm",
            system="aaa",
            operation="syncFromCrm",
            subject=kind or "",
            affects=(NETWORK,),
            request={"kind": kind},
            send=lambda key: aaa.sync_from_crm(number, kind, idempotency_key=key),
        )

    # -- value-added services -------------------------------------------------------------------------
    def unsubscribe_vas(
        self, scope: ViewScope, number: str, subscription_id: str, product: str
    ) -> WriteAction:
        ismp = self._bo.ismp
        return self._action(
            scope,
            number,
            kind="unsubscribe_vas",
            system="ismp",
            operation="unsubscribe",
            subject=product,
            affects=(VAS,),
            request={"subscriptionId": subscription_id},
            send=lambda key: ismp.unsubscribe(number, subscription_id=subscription_id, idempotency_key=key),
        )

    def sync_ismp_from_crm(self, scope: ViewScope, number: str) -> WriteAction:
        ismp = self._bo.ismp
        return self._action(
            scope,
            number,
            kind="sync_ismp_from_crm",
            system="ismp",
            operation="syncFromCrm",
            affects=(VAS,),
            send=lambda key: ismp.sync_from_crm(number, idempotency_key=key),
        )

    # -- broadband ------------------------------------------------------------------------------------
    def _bims(
        self, scope: ViewScope, account: str, kind: str, operation: str, call, **kw: Any
    ) -> WriteAction:
        return self._action(
            scope,
            account,
            kind=kind,
            system="bims",
            operation=operation,
            affects=(BROADBAND, CUSTOMER),
            send=lambda key: call(account, idempotency_key=key),
            **kw,
        )

    def reset_password(self, scope: ViewScope, account: str) -> WriteAction:
        return self._bims(scope, account, "reset_password", "resetPassword", self._bo.bims.reset_password)

    def change_password(self, scope: ViewScope, account: str, new_password: str) -> WriteAction:
        bims = self._bo.bims
        return self._action(
            scope,
            account,
            kind="change_password",
            system="bims",
            operation="changePassword",
            affects=(BROADBAND,),
            request={"newPassword": new_password},
            send=lambda key: bims.change_password(account, new_password, idempotency_key=key),
        )

    def unbind_mac(self, scope: ViewScope, account: str) -> WriteAction:
        return self._bims(scope, account, "unbind_mac", "unbindMac", self._bo.bims.unbind_mac)

    def clear_sessions(self, scope: ViewScope, account: str) -> WriteAction:
        return self._bims(scope, account, "clear_sessions", "clearSessions", self._bo.bims.clear_sessions)

    def restart_port(self, scope: ViewScope, account: str) -> WriteAction:
        return self._bims(scope, account, "restart_port", "restartPort", self._bo.bims.restart_port)

    def dial_test(self, scope: ViewScope, account: str) -> WriteAction:
        return self._bims(scope, account, "dial_test", "dialTest", self._bo.bims.dial_test)

    def line_test(self, scope: ViewScope, account: str) -> WriteAction:
        return self._bims(scope, account, "line_test", "lineTest", self._bo.bims.line_test)
