"""Fact queries about a broadband account: BIMS's record, and the two diagnostic tests.

The dial test and the line test are *tests*, not repairs: they change nothing of the customer's
service (the dial test adds a login record; the first successful login after an unbind binds the
dialling device, as the real network does). The back end still logs them as writes, so each test run
gets its own idempotency key and an audit line, but the agent is not asked to confirm them.
"""

from __future__ import annotations

from typing import Any

from agentdesk.domain.pretreatment_checks import DIAL_CODES, dial_code
from agentdesk.services.pretreatment.facts import boolean, enum, listing, number, text
from agentdesk.services.pretreatment.queries import when
from agentdesk.services.pretreatment.registry import QuerySpec, RunContext

BROADBAND = ("broadband",)


async def broadband_account(ctx: RunContext, _key: str | None) -> dict[str, Any]:
    a = await ctx.backoffice.bims.account(ctx.subject.number)
    last = a.last_access
    return {
        "bims.account": a.account,
        "bims.status": a.status,
        "bims.port_state": a.port_state,
        "bims.line_state": a.line.state,
        "bims.sessions_full": a.sessions_full,
        "bims.session_count": a.online_session_count,
        "bims.session_limit": a.session_limit,
        "bims.mac_mismatch": a.mac_mismatch,
        "bims.bound_mac": a.bound_mac or "",
        "bims.dialing_mac": a.last_dialing_mac or "",
        "bims.password_state": a.password_state,
        "bims.access_type": a.access_type,
        "bims.port": f"{a.olt} {a.dslam + ' ' if a.dslam else ''}{a.port}",
        "bims.rate": f"{a.actual_rate.down_kbps}/{a.configured_rate.down_kbps} kbps",
        "bims.last_login": f"{when(last.at)} {last.result} {last.radius_code or ''}".strip() if last else "",
    }


ACCOUNT_FACTS = {
    "bims.account": text(),
    "bims.status": enum("active", "suspended", "terminated"),
    "bims.port_state": enum("up", "fault", "down"),
    "bims.line_state": enum("good", "poor"),
    "bims.sessions_full": boolean("online sessions fill the session limit"),
    "bims.session_count": number(),
    "bims.session_limit": number(),
    "bims.mac_mismatch": boolean("the dialling device is not the bound one"),
    "bims.bound_mac": text(),
    "bims.dialing_mac": text(),
    "bims.password_state": text(),
    "bims.access_type": text(),
    "bims.port": text("OLT/DSLAM and port"),
    "bims.rate": text("actual/configured downstream rate"),
    "bims.last_login": text(),
}


async def dial_test(ctx: RunContext, key: str | None) -> dict[str, Any]:
    account = ctx.subject.number
    assert key is not None
    t = await ctx.write(
        "bims", "dialTest", key, lambda: ctx.backoffice.bims.dial_test(account, idempotency_key=key),
        request={"account": account}, changed=lambda _r: False,
    )  # fmt: skip
    code = dial_code(t.result, t.radius_code)
    seen: list[str] = ctx.memory.setdefault("dial_codes", [])
    repeated = code != "success" and code in seen
    seen.append(code)
    return {
        "dial.result": "success" if t.succeeded else "failure",
        "dial.code": code,
        "dial.message": t.message,
        "dial.meaning_zh": t.meaning_zh or "",
        "dial.fix": t.fix or "",
        "dial.repeated": repeated,
        "dial.history": list(seen),
        "dial.at": when(t.started_at),
    }


DIAL_FACTS = {
    "dial.result": enum("success", "failure"),
    "dial.code": enum(*DIAL_CODES, "other", doc="the RADIUS code the network login gives (success if none)"),
    "dial.message": text(),
    "dial.meaning_zh": text(),
    "dial.fix": text(),
    "dial.repeated": boolean("this failure was already seen earlier in the run: the last fix did not help"),
    "dial.history": listing("the codes of every dial test of this run"),
    "dial.at": text(),
}


async def line_test(ctx: RunContext, key: str | None) -> dict[str, Any]:
    account = ctx.subject.number
    assert key is not None
    t = await ctx.write(
        "bims", "lineTest", key, lambda: ctx.backoffice.bims.line_test(account, idempotency_key=key),
        request={"account": account}, changed=lambda _r: False,
    )  # fmt: skip
    return {
        "line.verdict": t.verdict,
        "line.attenuation_db": t.attenuation_db,
        "line.snr_db": t.snr_db,
        "line.max_attenuation_db": t.max_attenuation_db,
        "line.min_snr_db": t.min_snr_db,
        "line.port_state": t.port_state,
        "line.access_type": t.access_type,
        "line.actual_down_kbps": t.actual_rate.down_kbps,
    }


LINE_FACTS = {
    "line.verdict": enum("good", "poor"),
    "line.attenuation_db": number(),
    "line.snr_db": number(),
    "line.max_attenuation_db": number(),
    "line.min_snr_db": number(),
    "line.port_state": text(),
    "line.access_type": text(),
    "line.actual_down_kbps": number(),
}

QUERIES = [
    QuerySpec("broadband_account", ACCOUNT_FACTS, broadband_account, service_types=BROADBAND),
    QuerySpec("dial_test", DIAL_FACTS, dial_test, service_types=BROADBAND, test_system="bims"),
    QuerySpec("line_test", LINE_FACTS, line_test, service_types=BROADBAND, test_system="bims"),
]
