"""The pure judgements behind the flows: which flow a discrepancy suggests, which SP subscription a
customer most likely did not take, which roaming records make up a charge, how a dial code is read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agentdesk.domain.comparisons import (
    FindingCode,
    compare_crm_hlr_state,
    compare_vpn,
    judge_suspension,
)
from agentdesk.domain.customer import CrmVpnMembership
from agentdesk.domain.pretreatment_checks import dial_code, roaming_trip, suggest_flows, suspect_subscriptions
from agentdesk.domain.usage import UsageRecord
from agentdesk.domain.vas import VasSubscription

NOW = datetime(2026, 10, 1, tzinfo=UTC)


def test_crm_active_and_hlr_barred_suggests_flow_2():
    finding = compare_crm_hlr_state("18912345678", "active", "barred_arrears")
    assert suggest_flows([finding]) == ["barred-after-payment"]


def test_problems_come_before_warnings_and_info_each_flow_once():
    vpn = compare_vpn("189", CrmVpnMembership("S1", True, "G1", "G", "6001", "active"), None)  # problem
    normal = judge_suspension("189", "suspended_arrears", 500)  # info: the customer owes money
    codes = ["addon_active_in_network_only", "order_stuck", "not_a_code", None]  # strings as facts carry them
    flows = suggest_flows([normal, *codes, vpn, vpn])
    assert flows[0] == "mobile-vpn" and flows.count("mobile-vpn") == 1
    assert flows.index("addon-not-working") < flows.index("barred-after-payment")
    assert "order-not-completed" in flows
    assert suggest_flows([]) == [] and suggest_flows([FindingCode.MAC_MISMATCH]) == ["broadband-login"]


def _sub(sid: str, channel: str, ordered: datetime, state: str = "active") -> VasSubscription:
    return VasSubscription(
        sid, "189", "游戏包月", "GM001", "SP6", "游戏频道", 1000, state, state, True, ordered, channel
    )


def test_a_recent_sms_order_is_suspect_but_not_one_taken_with_the_line():
    recent = _sub("recent", "短信", NOW - timedelta(days=40))
    old = _sub("old", "短信", NOW - timedelta(days=300))
    counter = _sub("counter", "营业厅", NOW - timedelta(days=20))
    ended = _sub("ended", "短信", NOW - timedelta(days=10), state="unsubscribed")
    subs = [old, recent, counter, ended]
    assert [s.id for s in suspect_subscriptions(subs, NOW)] == ["recent"]
    activated = NOW - timedelta(days=45)  # the subscription came with the new line: the customer's own
    assert suspect_subscriptions(subs, NOW, activated) == []
    assert suspect_subscriptions(subs, None) == []


def _cdr(place: str, amount: int) -> UsageRecord:
    return UsageRecord("u", "roaming", NOW, "189", None, 60, 0, place, amount, "")


def test_the_trip_abroad_makes_up_its_own_line():
    trip = [_cdr("日本东京", 3000), _cdr("日本东京", 4990)]
    domestic = [_cdr("杭州", 330), _cdr("长沙", 30)]
    assert roaming_trip(7990, trip + domestic) == trip
    assert roaming_trip(8350, trip + domestic) == trip + domestic  # the total matches all of them
    assert roaming_trip(9999, trip + domestic) == []
    assert roaming_trip(0, []) == []


def test_dial_codes_are_read_as_the_flows_know_them():
    assert dial_code("success", None) == "success"
    assert dial_code("failure", "691") == "691"
    assert dial_code("failure", "777") == "other" and dial_code("failure", None) == "other"
