"""AAA / RADIUS: wireless data accounts (CDMA 1X, EVDO, WLAN) of a number compared with CRM, their
access records, and the repair ``syncFromCrm`` (AAA takes CRM as the truth)."""

from __future__ import annotations

from typing import Any

from agentdesk.connectors.base import SystemClient
from agentdesk.connectors.common import activation_fields, get_page, page_of, seg, write
from agentdesk.connectors.parsing import Fields, as_list
from agentdesk.domain.common import Activation, Page
from agentdesk.domain.network import (
    ErrorCodeInfo,
    WirelessAccessRecord,
    WirelessAccount,
    WirelessAccounts,
    WirelessLastAccess,
)

SYSTEM = "aaa"


def _account(f: Fields) -> WirelessAccount:
    last = f.opt_obj("lastAccess")
    return WirelessAccount(
        kind=f.req_str("kind"),
        name=f.str_or("name", f.req_str("kind")),
        username=f.opt_str("username"),
        state=f.req_str("state"),
        profile=f.opt_str("profile"),
        expected_profile=f.opt_str("expectedProfile"),
        crm_state=f.req_str("crmState"),
        in_sync=f.req_bool("inSync"),
        mismatch=f.strs("mismatch"),
        updated_at=f.opt_dt("updatedAt"),
        last_access=(
            WirelessLastAccess(
                at=last.req_dt("at"), result=last.req_str("result"), error_code=last.opt_str("errorCode")
            )
            if last is not None
            else None
        ),
    )


def _accounts(f: Fields) -> WirelessAccounts:
    return WirelessAccounts(
        number=f.req_str("number"),
        subscriber_id=f.req_str("subscriberId"),
        service_type=f.req_str("serviceType"),
        crm_status=f.req_str("crmStatus"),
        crm_wireless=f.strs("crmWireless"),
        in_sync=f.req_bool("inSync"),
        accounts=f.each("accounts", _account),
    )


def _access(f: Fields) -> WirelessAccessRecord:
    return WirelessAccessRecord(
        id=f.req_str("id"),
        number=f.req_str("number"),
        kind=f.req_str("kind"),
        at=f.req_dt("at"),
        result=f.req_str("result"),
        error_code=f.opt_str("errorCode"),
        message=f.str_or("message"),
        meaning=f.opt_str("meaning"),
        meaning_zh=f.opt_str("meaningZh"),
        hint=f.opt_str("hint"),
    )


def parse_accounts(body: Any) -> WirelessAccounts:
    return _accounts(Fields(body, SYSTEM, "wirelessAccounts"))


def parse_activation(body: Any) -> Activation[WirelessAccounts]:
    f = Fields(body, SYSTEM, "activation")
    return Activation(**activation_fields(f, "number"), after=_accounts(f.req_obj("account")))


def parse_error_codes(body: Any) -> tuple[ErrorCodeInfo, ...]:
    return tuple(
        ErrorCodeInfo(
            code=f.req_str("code"),
            meaning=f.req_str("meaning"),
            meaning_zh=f.str_or("meaningZh"),
            fix=f.str_or("hint"),
        )
        for f in as_list(body, SYSTEM, "errorCodes")
    )


PARSERS = {
    "accounts": parse_accounts,
    "activation": parse_activation,
    "error_codes": parse_error_codes,
    "access_log": page_of(SYSTEM, "accessLog", _access),
}


class AaaConnector:
    def __init__(self, client: SystemClient) -> None:
        self.client = client

    async def accounts(self, number: str, kind: str | None = None) -> WirelessAccounts:
        return await self.client.get(f"account/{seg(number)}", {"kind": kind}, parse=parse_accounts)

    async def access_log(
        self,
        number: str,
        *,
        kind: str | None = None,
        result: str | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> Page[WirelessAccessRecord]:
        params = {"kind": kind, "result": result, "offset": offset, "limit": limit}
        return await get_page(self.client, f"account/{seg(number)}/accessLog", params, "accessLog", _access)

    async def error_codes(self) -> tuple[ErrorCodeInfo, ...]:
        return await self.client.get("errorCode", parse=parse_error_codes)

    async def sync_from_crm(
        self, number: str, kind: str | None = None, *, idempotency_key: str
    ) -> Activation[WirelessAccounts]:
        """AAA follows CRM for one wireless service (``kind``) or all of them."""
        return await write(
            self.client, f"account/{seg(number)}/syncFromCrm", idempotency_key=idempotency_key,
            json_body={"kind": kind}, parse=parse_activation,
        )  # fmt: skip
