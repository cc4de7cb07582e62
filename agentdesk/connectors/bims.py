"""BIMS (broadband): the account with port, line, rates and sessions; login records; and the front-line
operations (password reset/change, unbind MAC, clear sessions, restart port, dial test, line test)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from agentdesk.connectors.base import SystemClient
from agentdesk.connectors.common import activation_fields, get_page, page_of, seg, write
from agentdesk.connectors.parsing import Fields
from agentdesk.domain.broadband import (
    AccessRecord,
    BroadbandAccount,
    BroadbandOperation,
    DialTest,
    LineQuality,
    LineTest,
    OnlineSession,
    Rate,
)
from agentdesk.domain.common import Page
from agentdesk.domain.network import ErrorCodeInfo

SYSTEM = "bims"


def _rate(f: Fields) -> Rate:
    return Rate(down_kbps=f.req_int("downKbps"), up_kbps=f.req_int("upKbps"))


def _session(f: Fields) -> OnlineSession:
    return OnlineSession(
        id=f.req_str("id"),
        started_at=f.req_dt("startedAt"),
        ip=f.str_or("ip"),
        mac=f.str_or("mac"),
        nas=f.str_or("nas"),
    )


def _access(f: Fields) -> AccessRecord:
    return AccessRecord(
        id=f.req_str("id"),
        account=f.req_str("account"),
        at=f.req_dt("at"),
        result=f.req_str("result"),
        radius_code=f.opt_str("radiusCode"),
        reason=f.opt_str("reason"),
        message=f.str_or("message"),
        meaning=f.opt_str("meaning"),
        meaning_zh=f.opt_str("meaningZh"),
        mac=f.opt_str("mac"),
        nas=f.opt_str("nas"),
    )


def _account(f: Fields) -> BroadbandAccount:
    line = f.req_obj("line")
    last = f.opt_obj("lastAccess")
    return BroadbandAccount(
        account=f.req_str("account"),
        subscriber_id=f.req_str("subscriberId"),
        status=f.req_str("status"),
        password_state=f.str_or("passwordState", "ok"),
        bound_mac=f.opt_str("boundMac"),
        last_dialing_mac=f.opt_str("lastDialingMac"),
        access_type=f.req_str("accessType"),
        olt=f.req_str("olt"),
        dslam=f.opt_str("dslam"),
        port=f.req_str("port"),
        port_state=f.req_str("portState"),
        configured_rate=_rate(f.req_obj("configuredRate")),
        actual_rate=_rate(f.req_obj("actualRate")),
        line=LineQuality(line.req_float("attenuationDb"), line.req_float("snrDb"), line.req_str("state")),
        session_limit=f.req_int("sessionLimit"),
        online_session_count=f.req_int("onlineSessionCount"),
        online_sessions=f.each("onlineSessions", _session),
        last_access=_access(last) if last is not None else None,
    )


def parse_account(body: Any) -> BroadbandAccount:
    return _account(Fields(body, SYSTEM, "broadbandAccount"))


def parse_operation(body: Any) -> BroadbandOperation:
    f = Fields(body, SYSTEM, "operation")
    return BroadbandOperation(
        **activation_fields(f, "account"),
        after=_account(f.req_obj("accountAfter")),
        new_password=f.opt_str("newPassword"),
        cleared=f.each("cleared", _session),
        duration_ms=f.opt_int("durationMs"),
    )


def parse_dial_test(body: Any) -> DialTest:
    f = Fields(body, SYSTEM, "dialTest")
    return DialTest(
        id=f.req_str("id"),
        account=f.req_str("account"),
        started_at=f.req_dt("startDateTime"),
        ended_at=f.opt_dt("endDateTime"),
        result=f.req_str("result"),
        radius_code=f.opt_str("radiusCode"),
        reason=f.opt_str("reason"),
        message=f.str_or("message"),
        meaning_zh=f.opt_str("meaningZh"),
        fix=f.opt_str("fix"),
        duration_ms=f.req_int("durationMs"),
        mac=f.opt_str("mac"),
        nas=f.opt_str("nas"),
    )


def parse_line_test(body: Any) -> LineTest:
    f = Fields(body, SYSTEM, "lineTest")
    limits = f.req_obj("limits")
    return LineTest(
        id=f.req_str("id"),
        account=f.req_str("account"),
        started_at=f.opt_dt("startDateTime"),
        access_type=f.req_str("accessType"),
        port_state=f.req_str("portState"),
        attenuation_db=f.req_float("attenuationDb"),
        snr_db=f.req_float("snrDb"),
        verdict=f.req_str("verdict"),
        max_attenuation_db=limits.req_float("maxAttenuationDb"),
        min_snr_db=limits.req_float("minSnrDb"),
        actual_rate=_rate(f.req_obj("actualRate")),
    )


def parse_radius_codes(body: Any) -> tuple[ErrorCodeInfo, ...]:
    f = Fields(body, SYSTEM, "radiusCodes")
    return f.each(
        "codes",
        lambda c: ErrorCodeInfo(
            code=c.req_str("code"),
            meaning=c.req_str("meaning"),
            meaning_zh=c.str_or("meaningZh"),
            fix=c.str_or("fix"),
            reason=c.str_or("reason"),
        ),  # fmt: skip
        required=True,
    )


PARSERS = {
    "account": parse_account,
    "operation": parse_operation,
    "dial_test": parse_dial_test,
    "line_test": parse_line_test,
    "radius_codes": parse_radius_codes,
    "accounts": page_of(SYSTEM, "accounts", _account),
    "sessions": page_of(SYSTEM, "sessions", _session),
    "access_log": page_of(SYSTEM, "accessLog", _access),
}


class BimsConnector:
    def __init__(self, client: SystemClient) -> None:
        self.client = client

    async def account(self, account: str) -> BroadbandAccount:
        return await self.client.get(f"account/{seg(account)}", parse=parse_account)

    async def accounts_of_subscriber(self, subscriber_id: str) -> Page[BroadbandAccount]:
        return await get_page(self.client, "account", {"subscriberId": subscriber_id}, "accounts", _account)

    async def sessions(self, account: str) -> Page[OnlineSession]:
        return await get_page(self.client, f"account/{seg(account)}/session", {}, "sessions", _session)

    async def access_log(
        self,
        account: str,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        result: str | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> Page[AccessRecord]:
        """Login records, newest first."""
        params = {"from": since, "to": until, "result": result, "offset": offset, "limit": limit}
        return await get_page(self.client, f"account/{seg(account)}/accessLog", params, "accessLog", _access)

    async def radius_codes(self) -> tuple[ErrorCodeInfo, ...]:
        return await self.client.get("radiusCode", parse=parse_radius_codes)

    # -- operations (each needs the caller's idempotency key) ------------------------------------------
    async def _op(self, account: str, operation: str, key: str, body: Any = None) -> BroadbandOperation:
        return await write(
            self.client,
            f"account/{seg(account)}/{operation}",
            idempotency_key=key,
            json_body=body,
            parse=parse_operation,
        )

    async def reset_password(self, account: str, *, idempotency_key: str) -> BroadbandOperation:
        """A new password (in ``new_password``) the agent reads to the customer for the modem."""
        return await self._op(account, "resetPassword", idempotency_key)

    async def change_password(
        self, account: str, new_password: str, *, idempotency_key: str
    ) -> BroadbandOperation:
        return await self._op(account, "changePassword", idempotency_key, {"newPassword": new_password})

    async def unbind_mac(self, account: str, *, idempotency_key: str) -> BroadbandOperation:
        return await self._op(account, "unbindMac", idempotency_key)

    async def clear_sessions(self, account: str, *, idempotency_key: str) -> BroadbandOperation:
        return await self._op(account, "clearSessions", idempotency_key)

    async def restart_port(self, account: str, *, idempotency_key: str) -> BroadbandOperation:
        return await self._op(account, "restartPort", idempotency_key)

    async def dial_test(self, account: str, *, idempotency_key: str) -> DialTest:
        """A simulated login; it writes an access record, so it is keyed like any write."""
        path = f"account/{seg(account)}/dialTest"
        reply = await self.client.write("POST", path, idempotency_key=idempotency_key, parse=parse_dial_test)
        return reply.value

    async def line_test(self, account: str, *, idempotency_key: str) -> LineTest:
        path = f"account/{seg(account)}/lineTest"
        reply = await self.client.write("POST", path, idempotency_key=idempotency_key, parse=parse_line_test)
        return reply.value
