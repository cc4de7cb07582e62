"""Every pretreatment flow, run on a subscriber inside an active event, ends at the known event: resolved,
the customer told the event's wording and the expected end, the call counted against the event, and nothing
else written to the back office (no repair, no ticket), even though each subscriber here has a real fault
the flow would otherwise fix or dispatch."""

from __future__ import annotations

import pytest

from agentdesk.services.pretreatment.runs import AutoDriver
from tests.services.events.support import BROADBAND, MOBILE, writes_of

# flow -> a simulator fault whose subscriber the flow is made for
FLOWS = {
    "addon-not-working": "addon_not_in_hlr",
    "barred-after-payment": "paid_still_barred",
    "billing-dispute": "billing_status_mismatch",
    "broadband-login": "bb_wrong_password",
    "mobile-vpn": "vpn_member_missing",
    "order-not-completed": "order_stuck",
    "vas-dispute": "vas_unsubscribed_still_billed",
    "wireless-data": "wlan_radius_out_of_sync",
}
# the run's own record reported to the back office: not a change to the customer's service, not a ticket
RUN_REPORT = ("tickets", "reportFlowRun")


@pytest.fixture
def pretreatment(desk):
    from agentdesk.features.pretreatment import plug

    plug(desk)
    return desk.extras["pretreatment"]


def test_every_flow_is_covered(pretreatment):
    assert set(FLOWS) == set(pretreatment.catalog().flows), "a new flow needs its line here"


@pytest.mark.parametrize("flow", sorted(FLOWS))
def test_a_flow_on_a_subscriber_inside_an_event_ends_with_the_known_event(
    flow, pretreatment, events_admin, scenario, admin, api, run
):
    sc = scenario(FLOWS[flow])
    number = sc["number"]
    types = BROADBAND if sc["service_type"] in ("broadband", "fixed") else MOBILE
    event = events_admin.around(number, types)

    result = run(pretreatment.run(flow, number, AutoDriver()))
    run(pretreatment.flush_reports())

    assert (result.outcome, result.end_step) == ("resolved", "known_event"), [s.step_id for s in result.steps]
    assert "光缆中断" in result.script.zh and "18:00" in result.script.en
    assert not result.ticket_id
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is True  # the fault is untouched
    # exactly the call counted against the event, and the run's own report
    assert sorted(writes_of(admin, number)) == [("events", "registerComplaint"), RUN_REPORT]
    assert api.get(f"/events/{event['id']}").json()["linkedCalls"] == 1
