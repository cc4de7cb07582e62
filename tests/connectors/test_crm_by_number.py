"""CRM's number-keyed add-on and VPN look-ups: the same answers as by subscriber id, so the customer view
can ask for them at once from the number it opens, before it knows the subscriber's id."""

from __future__ import annotations

import pytest

from agentdesk.connectors.errors import NotFound


def test_addons_and_vpn_by_number_equal_those_by_subscriber_id(office, scenario, stub_server, run):
    made = scenario("vpn_member_missing")  # a mobile VPN member (CRM side) with add-ons
    sub = run(office.crm.subscriber_by_number(made["number"]))
    by_id = run(office.crm.addons(sub.id))
    assert run(office.crm.addons_by_number(made["number"])).items == by_id.items
    vpn = run(office.crm.vpn_by_number(made["number"]))
    assert vpn == run(office.crm.vpn(sub.id)) and vpn.member and vpn.subscriber_id == sub.id
    with_addon = stub_server.ctx.db.one(
        "SELECT s.number, s.id FROM crm_addon a JOIN crm_subscriber s ON s.id=a.subscriber_id LIMIT 1"
    )
    items = run(office.crm.addons_by_number(with_addon["number"])).items
    assert items and items == run(office.crm.addons(with_addon["id"])).items


def test_an_unknown_number_is_not_found(office, run):
    with pytest.raises(NotFound):
        run(office.crm.addons_by_number("19999999999"))
    with pytest.raises(NotFound):
        run(office.crm.vpn_by_number("19999999999"))
