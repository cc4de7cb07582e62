"""Audit trail: record and list back-office writes, dedupe retries, mask personal data and secrets."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from agentdesk.services.audit import FAILED, OK, AuditTrail, summarize_request
from agentdesk.storage import close_all, open_database

T0 = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def trail():
    yield AuditTrail(open_database())
    close_all()


def record(trail: AuditTrail, **overrides):
    fields = {
        "agent": "demo_agent",
        "system": "hlr",
        "operation": "setState",
        "idempotency_key": str(uuid.uuid4()),
        "outcome": OK,
        "customer_id": "C1001",
        "number": "13312345678",
        "request": {"state": "active"},
    } | overrides
    return asyncio.run(trail.record(**fields))


def test_records_are_listed_newest_first_with_all_fields(trail):
    first = record(trail, at=T0, operation="setState", message="")
    second = record(trail, at=T0 + timedelta(minutes=1), outcome=FAILED, message="HLR did not answer")
    entries = asyncio.run(trail.entries())
    assert [e.id for e in entries] == [second.id, first.id]
    e = entries[1]
    assert (e.agent, e.customer_id, e.number, e.system, e.operation) == (
        "demo_agent",
        "C1001",
        "13312345678",
        "hlr",
        "setState",
    )
    assert e.at == T0 and e.ok and e.outcome == "ok"
    assert e.idempotency_key == first.idempotency_key
    assert json.loads(e.request_summary) == {"state": "active"}
    assert entries[0].ok is False and entries[0].message == "HLR did not answer"
    assert len(e.at_local_text) == 19 and e.at_local_text.startswith("2026-11-0")


def test_same_key_and_outcome_twice_is_one_row_but_failure_then_success_is_two(trail):
    key = "retry-key-1"
    failed = record(trail, idempotency_key=key, outcome=FAILED, message="timed out")
    again = record(trail, idempotency_key=key, outcome=FAILED, message="503 from HLR")
    assert again == failed  # the first record stands
    ok1 = record(trail, idempotency_key=key, outcome=OK)
    ok2 = record(trail, idempotency_key=key, outcome=OK)
    assert ok1 == ok2
    entries = asyncio.run(trail.entries())
    assert [(e.outcome, e.message) for e in entries] == [("ok", ""), ("failed", "timed out")]


def test_filters_by_customer_agent_number_and_period(trail):
    record(trail, at=T0, customer_id="C1", agent="li.na", number="13300000001")
    record(trail, at=T0 + timedelta(hours=1), customer_id="C2", agent="li.na", number="13300000002")
    record(trail, at=T0 + timedelta(hours=2), customer_id="C1", agent="wang.fang", number="13300000003")
    record(trail, at=T0 + timedelta(days=1), customer_id="C1", agent="li.na", number="13300000001")

    def numbers(**filters):
        return [e.number[-1] for e in asyncio.run(trail.entries(**filters))]

    assert numbers(customer_id="C1") == ["1", "3", "1"]
    assert numbers(agent="li.na") == ["1", "2", "1"]
    assert numbers(number="13300000001") == ["1", "1"]
    assert numbers(since=T0 + timedelta(hours=1), until=T0 + timedelta(hours=2)) == ["2"]  # until exclusive
    assert numbers(customer_id="C1", agent="li.na", until=T0 + timedelta(hours=12)) == ["1"]
    assert numbers(limit=2) == ["1", "3"] and numbers(limit=2, offset=2) == ["2", "1"]
    assert numbers(customer_id="nobody") == []


def test_request_summary_masks_personal_data_and_drops_secrets(trail):
    request = {
        "newPassword": "Abc12345",
        "customer": {
            "idCardNumber": "440106199001011234",
            "contactPhone": "18912345678",
            "installAddress": "广东省广州市天河区中山路12号花园3栋1201房",
            "email": "zhang.wei@189.cn",
        },
        "number": "13312345678",
        "note": "customer read out 44010619900101123X on the phone",
        "pins": [{"pin": "1234"}],
    }
    entry = record(trail, request=request, message="rejected for 440106199001011234")
    summary = json.loads(entry.request_summary)
    text = entry.request_summary + entry.message
    for secret in ("Abc12345", "199001011234", "1990010112", "18912345678", "中山路", "zhang.wei"):
        assert secret not in text
    assert summary["newPassword"] == "******" and summary["pins"] == [{"pin": "******"}]
    assert summary["customer"]["idCardNumber"] == "440106********1234"
    assert summary["customer"]["contactPhone"] == "189****5678"
    assert summary["customer"]["installAddress"] == "广东省广州市天河区****"
    assert summary["number"] == "13312345678"  # the service number is what the entry is about
    assert "440106********123X" in summary["note"]
    assert "440106********1234" in entry.message


def test_summary_is_short_and_accepts_text_or_nothing():
    assert summarize_request(None) == "" and summarize_request({}) == ""
    assert summarize_request("suspend on request") == "suspend on request"
    long = summarize_request({"remark": "x" * 5000})
    assert len(long) == 1000 and long.endswith("…")


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"idempotency_key": " "}, "idempotency key"),
        ({"outcome": "maybe"}, "outcome"),
        ({"agent": ""}, "agent"),
        ({"system": ""}, "system"),
    ],
)
def test_incomplete_records_are_refused(trail, overrides, problem):
    with pytest.raises(ValueError, match=problem):
        record(trail, **overrides)
    assert asyncio.run(trail.entries()) == []


def test_listeners_hear_each_new_record_once(trail):
    heard = []
    trail.add_listener(heard.append)
    trail.add_listener(lambda entry: 1 / 0)  # a broken view does not break recording
    entry = record(trail, idempotency_key="k")
    record(trail, idempotency_key="k")
    assert heard == [entry]
    trail.remove_listener(heard.append)
    record(trail)
    assert len(heard) == 1


def test_entries_survive_a_restart(user_data_dir):
    entry = record(AuditTrail(open_database()), idempotency_key="persist")
    close_all()
    reopened = AuditTrail(open_database())
    assert asyncio.run(reopened.entries()) == [entry]
    close_all()


def test_a_real_write_and_its_retry_are_audited_once_under_the_key_the_back_office_saw(
    trail, api, admin, scenario
):
    """Changing a broadband password through the simulator: the audit line carries the same key as
    the back office's write log, never the password, and a retry adds no line."""
    case = scenario("bb_wrong_password")
    account, key, new_password = case["number"], str(uuid.uuid4()), "Qw7Rt9Yu"
    body = {"newPassword": new_password}

    async def change_and_audit():
        for _attempt in range(2):  # the desk retries with the same key
            r = await asyncio.to_thread(
                api.post,
                f"/bims/account/{account}/changePassword",
                json=body,
                headers={"Idempotency-Key": key},
            )
            await trail.record(
                agent="demo_agent",
                system="bims",
                operation="changePassword",
                idempotency_key=key,
                outcome=OK if r.is_success else FAILED,
                message="" if r.is_success else r.text[:200],
                customer_id=case["customer_id"],
                number=account,
                request=body,
            )
        return r

    response = asyncio.run(change_and_audit())
    assert response.status_code in (200, 201), response.text
    assert admin.get(f"/admin/scenarios/{account}").json()["present"] is False
    back_office = [
        w
        for w in admin.get("/admin/writes", params={"number": account}).json()["writes"]
        if w["idempotency_key"] == key
    ]
    assert len(back_office) == 1 and back_office[0]["operation"] == "changePassword"

    entries = asyncio.run(trail.entries(customer_id=case["customer_id"]))
    assert len(entries) == 1
    assert (entries[0].idempotency_key, entries[0].ok, entries[0].system) == (key, True, "bims")
    assert new_password not in entries[0].request_summary

    # The back office is down: the attempt is audited as failed, with what the agent was told.
    assert admin.put("/admin/faults/bims", json={"down": True}).status_code == 200
    failed_key = str(uuid.uuid4())

    async def failing():
        r = await asyncio.to_thread(
            api.post, f"/bims/account/{account}/clearSessions", headers={"Idempotency-Key": failed_key}
        )
        return r, await trail.record(
            agent="demo_agent",
            system="bims",
            operation="clearSessions",
            idempotency_key=failed_key,
            outcome=OK if r.is_success else FAILED,
            message=f"HTTP {r.status_code}",
            customer_id=case["customer_id"],
            number=account,
        )

    r, entry = asyncio.run(failing())
    assert r.status_code >= 500 and not entry.ok and entry.message == f"HTTP {r.status_code}"
    assert [e.operation for e in asyncio.run(trail.entries(number=account))] == [
        "clearSessions",
        "changePassword",
    ]


def test_works_on_the_desks_qasync_loop(trail, run):
    """The desk runs one qasync loop: the to_thread hops must work there as under plain asyncio."""

    async def main():
        entries = await asyncio.gather(*(trail.record(**_fields(f"q-{i}")) for i in range(5)))
        return entries, await trail.entries()

    recorded, listed = run(main())
    assert sorted(e.id for e in recorded) == sorted(e.id for e in listed) and len(listed) == 5


def _fields(key: str) -> dict:
    return {
        "agent": "demo_agent",
        "system": "crm",
        "operation": "addOn",
        "idempotency_key": key,
        "outcome": OK,
    }
