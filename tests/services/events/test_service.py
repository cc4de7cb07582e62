"""The service-events use-cases over the simulator: the region's board, whether a customer is inside an
event (and the short cache in front of that), and calls counted against an event, keyed and audited."""

from __future__ import annotations

from datetime import timedelta

import pytest

from agentdesk.domain.events import sections_touched
from agentdesk.services.errors import RequestRejected
from agentdesk.services.events import EventsUnavailable, ServiceEventsService
from tests.services.events.support import utc


def test_the_board_lists_the_regions_active_and_upcoming_events_with_their_calls(events, events_admin, run):
    here = events_admin.open(
        {"accessPoints": ["OLT-GZ-9901"], "serviceTypes": ["broadband"]}, title="天河光缆中断"
    )
    soon = events_admin.open(
        {"accessPoints": ["OLT-GZ-9902"], "serviceTypes": ["broadband", "iptv"]},
        title="天河OLT割接",
        event_type="planned_cutover",
        start=utc(timedelta(days=1)),
        end=utc(timedelta(days=1, hours=4)),
    )
    elsewhere = events_admin.open(
        {"accessPoints": ["OLT-SZ-9903"], "serviceTypes": ["broadband"]}, title="深圳断网"
    )

    board = run(events.board())  # demo_agent works for Guangzhou

    assert board.region == "guangzhou"
    active, upcoming = [e.id for e in board.active], [e.id for e in board.upcoming]
    assert here["id"] in active and soon["id"] in upcoming
    assert elsewhere["id"] not in active + upcoming
    assert all(e.event.status == "active" for e in board.active)
    assert all(e.event.status == "planned" for e in board.upcoming)
    listed = next(e for e in board.active if e.id == here["id"])
    assert listed.event.title == "天河光缆中断" and listed.scope.access_points == ("OLT-GZ-9901",)
    assert listed.event.linked_calls == 0 and listed.affected_subscribers == 0
    assert "18:00" in listed.event.wording_en

    province = run(events.board(region=""))
    assert elsewhere["id"] in [e.id for e in province.active]


def test_an_event_shows_on_the_affected_customer_and_not_on_another(events, events_admin, scenario, api, run):
    touched, other = scenario("bb_wrong_password"), scenario("bb_port_fault")
    event = events_admin.around(touched["number"])

    found = run(events.affecting_customer(touched["customer_id"]))
    assert found.affected and [e.event.id for e in found.active()] == [event["id"]]
    touching = found.active()[0]
    assert touching.impact_on(touched["number"]).affected_services == ("broadband", "iptv")
    assert sections_touched(found.active(), touched["number"]) == {"broadband": ["broadband", "iptv"]}
    assert touching.event.wording_zh.startswith("您所在区域")

    assert (
        api.get("/events/affecting", params={"number": other["number"]}).json()["subscribers"][0][
            "accessPoint"
        ]
        != found.subscribers[0].access_point
    )
    clear = run(events.affecting_customer(other["customer_id"]))
    assert not clear.affected and clear.events == ()
    assert not run(events.affecting_number(other["number"])).affected


def test_closing_the_event_is_seen_on_a_fresh_look_up_and_after_the_cache_expires(
    desk, events_admin, scenario, run
):
    from agentdesk.connectors.events import connect_events

    now = [0.0]
    service = ServiceEventsService(connect_events(desk.backoffice), clock=lambda: now[0], owns_connector=True)
    try:
        sc = scenario("bb_session_limit")
        event = events_admin.around(sc["number"])
        assert run(service.affecting_customer(sc["customer_id"])).affected
        events_admin.close(event["id"])

        assert run(service.affecting_customer(sc["customer_id"])).affected  # kept for a few seconds
        now[0] += 5.0
        assert run(service.affecting_customer(sc["customer_id"])).affected
        assert not run(service.affecting_customer(sc["customer_id"], fresh=True)).affected
        now[0] += 60.0
        assert not run(service.affecting_customer(sc["customer_id"])).affected
    finally:
        run(service.aclose())


def test_look_ups_asked_together_share_one_request(events, scenario, run):
    import asyncio

    sc = scenario("healthy")

    async def both():
        return await asyncio.gather(
            events.affecting_customer(sc["customer_id"]), events.affecting_customer(sc["customer_id"])
        )

    first, second = run(both())
    assert first is second


def test_a_linked_call_is_counted_once_per_key_and_audited(
    events, events_admin, scenario, desk, admin, api, run
):
    sc = scenario("bb_mac_mismatch")
    event = events_admin.around(sc["number"])
    heard = []
    events.add_listener(heard.append)

    link = events.link_call(event["id"], sc["number"], sc["customer_id"], note="客户询问恢复时间")
    with pytest.raises(RuntimeError):
        run(link.run())  # not before the agent confirmed
    key = link.confirm()
    first = run(link.run())
    again = run(link.run())  # e.g. the agent retried after a time-out: same key, counted once

    assert first.event_id == event["id"] and first.number == sc["number"]
    assert first.linked_calls == 1 and first.linked_numbers == 1
    assert again.id == first.id and again.replayed
    assert api.get(f"/events/{event['id']}").json()["linkedCalls"] == 1
    second_call = events.link_call(event["id"], sc["number"], sc["customer_id"])
    second_call.confirm()
    assert run(second_call.run()).linked_calls == 2  # the customer rang again: another call
    assert [c.id for c in heard] == [first.id, first.id, second_call.result.id]

    writes = admin.get("/admin/writes", params={"number": sc["number"], "system": "events"}).json()["writes"]
    assert [w["operation"] for w in writes] == ["registerComplaint", "registerComplaint"]
    entries = run(desk.audit.entries(customer_id=sc["customer_id"]))
    mine = [e for e in entries if e.idempotency_key == key]
    assert mine and mine[0].system == "events" and mine[0].operation == "registerComplaint" and mine[0].ok
    assert mine[0].agent == "demo_agent" and mine[0].number == sc["number"]


def test_a_call_from_a_number_the_event_does_not_touch_is_refused_and_audited(
    events, events_admin, scenario, desk, run
):
    touched, other = scenario("bb_wrong_password"), scenario("paid_still_barred")
    event = events_admin.around(touched["number"], ["broadband"])
    link = events.link_call(event["id"], other["number"], other["customer_id"])
    key = link.confirm()
    with pytest.raises(RequestRejected) as refused:
        run(link.run())
    assert refused.value.code == "notAffected"
    failed = [
        e for e in run(desk.audit.entries(customer_id=other["customer_id"])) if e.idempotency_key == key
    ]
    assert failed and not failed[0].ok


def test_without_an_events_system_the_service_says_so(run):
    service = ServiceEventsService(None)
    assert not service.available
    with pytest.raises(EventsUnavailable):
        run(service.board("guangzhou"))
    with pytest.raises(EventsUnavailable):
        run(service.affecting_customer("C00000001"))
    with pytest.raises(EventsUnavailable):
        service.link_call("EV000001", "18900000000", "C00000001")
