"""HLR, BIMS, AAA and ISMP connectors against the simulator: each answers with domain objects, each
fault scenario is visible through them, and each documented fix really clears it."""

from __future__ import annotations

import pytest

from agentdesk.connectors.base import new_idempotency_key as key
from agentdesk.connectors.errors import NotFound, RequestRejected
from agentdesk.domain.broadband import rate_shortfalls


def present(admin, number: str) -> bool:
    return admin.get(f"/admin/scenarios/{number}").json()["present"]


# -- HLR ----------------------------------------------------------------------------------------------
def test_hlr_paid_still_barred_and_sync_from_crm(office, scenario, admin, run):
    s = scenario("paid_still_barred")
    number = s["number"]
    sub = run(office.hlr.subscriber(number))
    assert sub.number == number and sub.subscriber_id == s["subscriber_id"]
    assert sub.state == "barred_arrears" and sub.barred and sub.service_type == "mobile"
    assert sub.imsi and sub.imsi.startswith("46003")
    assert {e.kind for e in sub.data_profile} == {"cdma1x", "evdo"}

    result = run(office.hlr.sync_from_crm(number, idempotency_key=key()))
    assert result.changed and result.operation == "syncFromCrm" and result.subject == number
    assert any(
        c.field == "state" and c.before == "barred_arrears" and c.after == "active" for c in result.changes
    )
    assert result.after is not None and result.after.state == "active" and not result.replayed
    assert not present(admin, number)
    again = run(office.hlr.sync_from_crm(number, idempotency_key=key()))
    assert not again.changed and again.changes == ()


def test_hlr_addon_services_and_vpn(office, scenario, admin, run):
    s = scenario("addon_not_in_hlr")
    number, code = s["number"], s["addon"]
    services = run(office.hlr.services(number))
    assert all(svc.code != code or not svc.active for svc in services)
    result = run(office.hlr.activate_service(number, code, idempotency_key=key()))
    assert result.after.service(code).active
    assert not present(admin, number)

    v = scenario("vpn_member_missing")
    assert run(office.hlr.vpn(v["number"])) is None
    synced = run(office.hlr.sync_vpn(v["number"], idempotency_key=key()))
    assert synced.after.vpn is not None and synced.after.vpn.short_number == v["short_number"]
    assert run(office.hlr.vpn(v["number"])).group_id == v["vpn_group_id"]
    assert isinstance(run(office.hlr.data_profile(v["number"])), tuple)


def test_hlr_errors_are_typed(office, run):
    with pytest.raises(NotFound) as err:
        run(office.hlr.subscriber("18900000001"))
    assert err.value.system == "hlr"
    with pytest.raises(RequestRejected) as err:
        run(office.hlr.set_state("18900000001x", "frozen", idempotency_key=key()))
    assert err.value.field == "state" and err.value.status == 400


# -- BIMS ---------------------------------------------------------------------------------------------
def test_bims_wrong_password_dial_test_and_reset(office, scenario, admin, run):
    s = scenario("bb_wrong_password")
    account = s["number"]
    acct = run(office.bims.account(account))
    assert acct.account == account and acct.status == "active" and acct.configured_rate.down_kbps > 0
    assert acct.line.state == "good" and not rate_shortfalls(acct.configured_rate, acct.actual_rate)

    test = run(office.bims.dial_test(account, idempotency_key=key()))
    assert not test.succeeded and test.radius_code == "691" and test.duration_ms > 0 and test.meaning_zh

    reset = run(office.bims.reset_password(account, idempotency_key=key()))
    assert reset.new_password and len(reset.new_password) == 8
    assert reset.new_password not in repr(reset)
    assert not present(admin, account)
    assert run(office.bims.dial_test(account, idempotency_key=key())).succeeded

    log = run(office.bims.access_log(account, result="failure", limit=5))
    assert log.total is not None and log.total >= 1 and all(r.failed for r in log)
    assert any(r.radius_code == "691" for r in log)
    codes = {c.code: c for c in run(office.bims.radius_codes())}
    assert "691" in codes and codes["691"].meaning_zh


def test_bims_session_limit_port_and_line(office, scenario, admin, run):
    s = scenario("bb_session_limit")
    acct = run(office.bims.account(s["number"]))
    assert acct.sessions_full and len(run(office.bims.sessions(s["number"]))) == acct.online_session_count
    cleared = run(office.bims.clear_sessions(s["number"], idempotency_key=key()))
    assert len(cleared.cleared) == acct.online_session_count and cleared.after.online_session_count == 0

    p = scenario("bb_port_fault")
    assert run(office.bims.account(p["number"])).port_state != "up"
    restarted = run(office.bims.restart_port(p["number"], idempotency_key=key()))
    assert restarted.after.port_state == "up" and not present(admin, p["number"])

    line = scenario("bb_line_fault")
    acct = run(office.bims.account(line["number"]))
    assert rate_shortfalls(acct.configured_rate, acct.actual_rate)
    test = run(office.bims.line_test(line["number"], idempotency_key=key()))
    assert test.verdict == "poor" and not test.good and test.max_attenuation_db > 0


def test_bims_mac_mismatch_unbind(office, scenario, admin, run):
    s = scenario("bb_mac_mismatch")
    acct = run(office.bims.account(s["number"]))
    assert acct.mac_mismatch and acct.bound_mac == s["bound_mac"]
    result = run(office.bims.unbind_mac(s["number"], idempotency_key=key()))
    assert result.after.bound_mac is None and not present(admin, s["number"])
    found = run(office.bims.accounts_of_subscriber(s["subscriber_id"]))
    assert [a.account for a in found] == [s["number"]] and found.total == 1


def test_bims_change_password_rejects_bad_input(office, scenario, run):
    s = scenario("bb_wrong_password")
    with pytest.raises(RequestRejected) as err:
        run(office.bims.change_password(s["number"], "x", idempotency_key=key()))
    assert err.value.field == "newPassword"
    ok = run(office.bims.change_password(s["number"], "abc12345", idempotency_key=key()))
    assert ok.changed and ok.new_password is None


# -- AAA ----------------------------------------------------------------------------------------------
def test_aaa_wlan_out_of_sync(office, scenario, admin, run):
    s = scenario("wlan_radius_out_of_sync")
    number = s["number"]
    accounts = run(office.aaa.accounts(number))
    wlan = accounts.account("wlan")
    assert not accounts.in_sync and wlan is not None and not wlan.in_sync and wlan.crm_state == "active"
    assert "wlan" in accounts.crm_wireless and wlan.mismatch
    log = run(office.aaa.access_log(number, kind="wlan", result="failure"))
    assert log.total and all(r.kind == "wlan" and r.result == "failure" for r in log)
    assert {c.code for c in run(office.aaa.error_codes())} >= {"691", "67", "68"}

    result = run(office.aaa.sync_from_crm(number, "wlan", idempotency_key=key()))
    assert result.changed and any(c.field == "wlan" for c in result.changes)
    assert result.after.in_sync and not present(admin, number)


# -- ISMP ---------------------------------------------------------------------------------------------
def test_ismp_unsubscribed_still_billed_and_sync(office, scenario, admin, run):
    s = scenario("vas_unsubscribed_still_billed")
    number = s["number"]
    subs = run(office.ismp.subscriptions(number))
    assert subs.total == len(subs) >= 1
    stale = [v for v in subs if not v.in_sync]
    assert (
        stale
        and stale[0].ismp_state == "active"
        and stale[0].crm_state == "unsubscribed"
        and stale[0].billable
    )
    assert run(office.ismp.subscription(number, stale[0].id)).id == stale[0].id
    result = run(office.ismp.sync_from_crm(number, idempotency_key=key()))
    assert result.changed and all(v.in_sync for v in result.after)
    assert not present(admin, number)


def test_ismp_catalogue_subscribe_unsubscribe(office, scenario, run):
    offerings = run(office.ismp.offerings())
    assert offerings.total == len(offerings) >= 5 and all(o.monthly_fee > 0 for o in offerings)
    number = scenario("addon_not_in_hlr")["number"]  # an active mobile
    taken = {v.product_code for v in run(office.ismp.subscriptions(number, state="active"))}
    code = next(o.code for o in offerings if o.code not in taken)  # the scenario may own some already
    assert run(office.ismp.offering(code)).code == code
    made = run(office.ismp.subscribe(number, code, idempotency_key=key()))
    assert made.after.ismp_state == "active" and made.after.crm_state == "active"
    with pytest.raises(RequestRejected) as err:
        run(office.ismp.subscribe(number, code, idempotency_key=key()))
    assert err.value.status == 409
    ended = run(office.ismp.unsubscribe(number, subscription_id=made.after.id, idempotency_key=key()))
    assert ended.subject == number and ended.after.ismp_state == "unsubscribed" == ended.after.crm_state
