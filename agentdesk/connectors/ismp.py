"""ISMP / VSOP (value-added services): a number's SP subscriptions with their CRM state next to ISMP's,
the product catalogue, and subscribe / unsubscribe / sync from CRM."""

from __future__ import annotations

import dataclasses
from typing import Any

from agentdesk.connectors.base import SystemClient
from agentdesk.connectors.common import activation_fields, get_page, page_of, seg, write
from agentdesk.connectors.parsing import Fields
from agentdesk.domain.common import Activation, Change, Page
from agentdesk.domain.vas import VasOffering, VasSubscription

SYSTEM = "ismp"


def _offering(f: Fields) -> VasOffering:
    return VasOffering(
        code=f.req_str("id"),
        name=f.req_str("name"),
        sp_code=f.req_str("spCode"),
        sp_name=f.str_or("spName"),
        monthly_fee=f.req_int("monthlyFee"),
        lifecycle_status=f.str_or("lifecycleStatus", "Launched"),
    )


def _subscription(f: Fields) -> VasSubscription:
    return VasSubscription(
        id=f.req_str("id"),
        number=f.req_str("number"),
        name=f.req_str("name"),
        product_code=f.req_str("productCode"),
        sp_code=f.req_str("spCode"),
        sp_name=f.str_or("spName"),
        monthly_fee=f.req_int("monthlyFee"),
        ismp_state=f.req_str("ismpState"),
        crm_state=f.req_str("crmState"),
        in_sync=f.req_bool("inSync"),
        ordered_at=f.opt_dt("orderDate"),
        channel=f.str_or("channel"),
        ended_at=f.opt_dt("terminationDate"),
        crm_ended_at=f.opt_dt("crmTerminationDate"),
    )


def parse_offering(body: Any) -> VasOffering:
    return _offering(Fields(body, SYSTEM, "productOffering"))


def parse_subscription(body: Any) -> VasSubscription:
    return _subscription(Fields(body, SYSTEM, "product"))


def parse_sync(body: Any) -> Activation[tuple[VasSubscription, ...]]:
    f = Fields(body, SYSTEM, "sync")
    return Activation(**activation_fields(f, "number"), after=f.each("products", _subscription))


def _subscription_write(operation: str, before: str):
    """Subscribe/unsubscribe answer with the product: made into an :class:`Activation` like the others."""

    def parse(body: Any) -> Activation[VasSubscription]:
        sub = parse_subscription(body)
        return Activation(
            id=sub.id, operation=operation, subject=sub.number, state="completed", changed=True,
            changes=(Change(sub.product_code, before, sub.ismp_state, operation),), after=sub, idempotency_key="",
        )  # fmt: skip

    return parse


PARSERS = {
    "offering": parse_offering,
    "subscription": parse_subscription,
    "sync": parse_sync,
    "subscribe": _subscription_write("subscribe", "none"),
    "offerings": page_of(SYSTEM, "offerings", _offering),
    "subscriptions": page_of(SYSTEM, "products", _subscription),
}


class IsmpConnector:
    def __init__(self, client: SystemClient) -> None:
        self.client = client

    async def offerings(self, offset: int = 0, limit: int = 100) -> Page[VasOffering]:
        return await get_page(
            self.client, "productOffering", {"offset": offset, "limit": limit}, "offerings", _offering
        )

    async def offering(self, code: str) -> VasOffering:
        return await self.client.get(f"productOffering/{seg(code)}", parse=parse_offering)

    async def subscriptions(
        self, number: str, state: str = "all", offset: int = 0, limit: int = 100
    ) -> Page[VasSubscription]:
        """Newest first; ``state`` filters on either side (``active``, ``unsubscribed``, ``all``)."""
        params = {"state": state, "offset": offset, "limit": limit}
        return await get_page(
            self.client, f"subscriber/{seg(number)}/product", params, "products", _subscription
        )

    async def subscription(self, number: str, subscription_id: str) -> VasSubscription:
        path = f"subscriber/{seg(number)}/product/{seg(subscription_id)}"
        return await self.client.get(path, parse=parse_subscription)

    async def subscribe(
        self, number: str, product_code: str, channel: str = "10000号", *, idempotency_key: str
    ) -> Activation[VasSubscription]:
        return await write(
            self.client, f"subscriber/{seg(number)}/subscribe", idempotency_key=idempotency_key,
            json_body={"productCode": product_code, "channel": channel}, parse=_subscription_write("subscribe", "none"),
        )  # fmt: skip

    async def unsubscribe(
        self,
        number: str,
        *,
        subscription_id: str | None = None,
        product_code: str | None = None,
        idempotency_key: str,
    ) -> Activation[VasSubscription]:
        """Ends the subscription in ISMP and CRM (by id, or the active one of a product)."""
        if subscription_id is None and product_code is None:
            raise ValueError("give subscription_id or product_code")
        result = await write(
            self.client, f"subscriber/{seg(number)}/unsubscribe", idempotency_key=idempotency_key,
            json_body={"subscriptionId": subscription_id, "productCode": product_code},
            parse=_subscription_write("unsubscribe", "active"),
        )  # fmt: skip
        return dataclasses.replace(result, subject=number)

    async def sync_from_crm(
        self, number: str, *, idempotency_key: str
    ) -> Activation[tuple[VasSubscription, ...]]:
        path = f"subscriber/{seg(number)}/syncFromCrm"
        return await write(self.client, path, idempotency_key=idempotency_key, parse=parse_sync)
