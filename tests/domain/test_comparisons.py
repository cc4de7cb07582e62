"""The cross-system comparisons: every contradiction the customer view marks and the flows branch on."""

from __future__ import annotations

import dataclasses

import pytest

from agentdesk.domain.broadband import AccessRecord, BroadbandAccount, LineQuality, Rate
from agentdesk.domain.comparisons import (
    FindingCode,
    Fix,
    Severity,
    compare_addons,
    compare_broadband,
    compare_crm_billing_status,
    compare_crm_hlr_state,
    compare_vas,
    compare_vpn,
    compare_wireless,
    discrepancies,
    expected_hlr_state,
    judge_suspension,
    order_stuck,
)
from agentdesk.domain.customer import CrmVpnMembership
from agentdesk.domain.network import VpnMembership, WirelessAccount, WirelessAccounts
from agentdesk.domain.vas import VasSubscription

N = "18912345678"


@pytest.mark.parametrize(
    ("crm", "billing", "code"),
    [
        ("active", "active", None),
        ("suspended_arrears", "suspended_arrears", None),
        ("active", "suspended_request", FindingCode.BILLING_SUSPENDED_CRM_ACTIVE),
        ("active", "suspended_arrears", FindingCode.BILLING_SUSPENDED_CRM_ACTIVE),
        ("suspended_request", "active", FindingCode.CRM_SUSPENDED_BILLING_ACTIVE),
        ("suspended_request", "suspended_arrears", FindingCode.SUSPENSION_REASON_DIFFERS),
        ("terminated", "active", FindingCode.TERMINATION_DIFFERS),
        ("active", None, FindingCode.MISSING_IN_BILLING),
    ],
)
def test_crm_vs_billing_status(crm, billing, code):
    finding = compare_crm_billing_status(N, crm, billing)
    assert (finding.code if finding else None) == code
    if finding and billing:
        assert finding.fix is Fix.SYNC_BILLING_FROM_CRM
        assert (finding.left.system, finding.left.value) == ("crm", crm)
        assert (finding.right.system, finding.right.value) == ("billing", billing)
        assert finding.is_discrepancy


@pytest.mark.parametrize(
    ("crm", "hlr", "code", "fix"),
    [
        ("active", "active", None, None),
        ("suspended_arrears", "barred_arrears", None, None),
        ("suspended_request", "barred_request", None, None),
        ("active", "barred_arrears", FindingCode.BARRED_AFTER_PAYMENT, Fix.SET_HLR_ACTIVE),
        ("active", "barred_other", FindingCode.ABNORMAL_BARRING, Fix.SET_HLR_ACTIVE),
        ("active", "barred_request", FindingCode.ABNORMAL_BARRING, Fix.SET_HLR_ACTIVE),
        ("suspended_arrears", "active", FindingCode.ACTIVE_IN_NETWORK_WHILE_SUSPENDED, Fix.SYNC_HLR_FROM_CRM),
        ("suspended_request", "barred_arrears", FindingCode.BARRING_REASON_DIFFERS, Fix.SYNC_HLR_FROM_CRM),
        ("active", None, FindingCode.MISSING_IN_NETWORK, Fix.SYNC_HLR_FROM_CRM),
        ("terminated", None, None, None),
        ("terminated", "barred_other", None, None),
    ],
)
def test_crm_vs_hlr_state(crm, hlr, code, fix):
    finding = compare_crm_hlr_state(N, crm, hlr)
    assert (finding.code if finding else None) == code
    assert (finding.fix if finding else None) == fix


def test_expected_hlr_state_follows_crm():
    assert expected_hlr_state("active") == "active"
    assert expected_hlr_state("suspended_arrears") == "barred_arrears"
    assert expected_hlr_state("terminated") is None


def test_suspension_verdicts():
    owed = judge_suspension(N, "suspended_arrears", 12_300)
    assert owed.code is FindingCode.SUSPENDED_FOR_ARREARS and owed.fix is Fix.CUSTOMER_PAYS
    assert owed.severity is Severity.INFO and not owed.is_discrepancy  # a normal suspension
    wrong = judge_suspension(N, "suspended_arrears", 0)
    assert wrong.code is FindingCode.SUSPENDED_WITHOUT_ARREARS and wrong.is_discrepancy
    assert judge_suspension(N, "suspended_request", 0).code is FindingCode.SUSPENDED_ON_REQUEST
    assert judge_suspension(N, "active", 500) is None


def test_addons_not_usable_yet_and_network_only():
    rows = compare_addons(
        N,
        {"caller_id": "active", "call_waiting": "active", "color_ring": "cancelled"},
        {"call_waiting": True, "color_ring": True, "intl_roaming": False},
        {"caller_id": "来电显示"},
    )
    by = {r.code: r for r in rows}
    assert [r.code for r in rows][:3] == ["call_waiting", "caller_id", "color_ring"]  # CRM's first
    assert by["caller_id"].name == "来电显示" and by["caller_id"].network_state == "none"
    assert by["caller_id"].finding.code is FindingCode.ADDON_NOT_ACTIVATED_IN_NETWORK
    assert by["caller_id"].finding.fix is Fix.ACTIVATE_ADDON_IN_HLR and not by["caller_id"].usable
    assert by["call_waiting"].finding is None and by["call_waiting"].usable
    assert by["color_ring"].finding.code is FindingCode.ADDON_ACTIVE_IN_NETWORK_ONLY
    assert by["intl_roaming"].finding is None and by["intl_roaming"].crm_state == "none"
    assert [f.code for f in discrepancies(r.finding for r in rows)] == [
        FindingCode.ADDON_NOT_ACTIVATED_IN_NETWORK,
        FindingCode.ADDON_ACTIVE_IN_NETWORK_ONLY,
    ]


def test_addon_inactive_in_network_is_not_usable():
    (row,) = compare_addons(N, {"caller_id": "active"}, {"caller_id": False})
    assert row.network_state == "inactive" and row.finding.code is FindingCode.ADDON_NOT_ACTIVATED_IN_NETWORK


def _crm_vpn(group="G1", short="601", member=True, status="active"):
    return CrmVpnMembership(
        "S1", member, group if member else None, "集团", short if member else None, status
    )


@pytest.mark.parametrize(
    ("crm", "net", "code"),
    [
        (_crm_vpn(), VpnMembership("G1", "601"), None),
        (_crm_vpn(), None, FindingCode.VPN_MISSING_IN_NETWORK),
        (_crm_vpn(), VpnMembership("G2", "601"), FindingCode.VPN_GROUP_DIFFERS),
        (_crm_vpn(), VpnMembership("G1", "602"), FindingCode.VPN_SHORT_NUMBER_DIFFERS),
        (_crm_vpn(member=False), VpnMembership("G1", "601"), FindingCode.VPN_IN_NETWORK_ONLY),
        (_crm_vpn(member=False), None, None),
        (None, None, None),
    ],
)
def test_vpn(crm, net, code):
    finding = compare_vpn(N, crm, net)
    assert (finding.code if finding else None) == code


def _account(kind, state="active", profile=None, expected=None, mismatch=()):
    return WirelessAccount(
        kind=kind, name=kind, username=N, state=state, profile=profile, expected_profile=expected,
        crm_state="active", in_sync=not mismatch, mismatch=tuple(mismatch),
    )  # fmt: skip


def _accounts(*accounts):
    return WirelessAccounts(N, "S1", "mobile", "active", ("cdma1x", "evdo"), True, tuple(accounts))


def test_wireless_in_sync_works():
    aaa = _accounts(_account("cdma1x", profile="P1", expected="P1"), _account("evdo"))
    rows = compare_wireless(N, ["cdma1x", "evdo"], "active", aaa, {"cdma1x": True, "evdo": True})
    assert [r.kind for r in rows] == ["cdma1x", "evdo"]  # WLAN neither sold nor in AAA: not shown
    assert all(r.works and not r.findings for r in rows)


def test_wireless_findings_per_kind():
    aaa = _accounts(
        _account("cdma1x", state="disabled"),
        _account("evdo", profile="EVDO_OLD", expected="EVDO_REVA_3M", mismatch=["profile", "password"]),
        _account("wlan", state="active"),
    )
    rows = {r.kind: r for r in compare_wireless(N, ["cdma1x", "evdo"], "active", aaa, {"cdma1x": False})}
    assert [f.code for f in rows["cdma1x"].findings] == [
        FindingCode.WIRELESS_DISABLED_IN_AAA,
        FindingCode.DATA_DISABLED_IN_HLR,
    ]
    assert [f.fix for f in rows["cdma1x"].findings] == [Fix.SYNC_AAA_FROM_CRM, Fix.SYNC_HLR_FROM_CRM]
    assert not rows["cdma1x"].works and rows["cdma1x"].hlr_data == "disabled"
    assert [f.code for f in rows["evdo"].findings] == [
        FindingCode.WIRELESS_PROFILE_DIFFERS,
        FindingCode.WIRELESS_PASSWORD_DIFFERS,
        FindingCode.DATA_DISABLED_IN_HLR,  # absent from the HLR profile means not enabled
    ]
    assert [f.code for f in rows["wlan"].findings] == [FindingCode.WIRELESS_ACTIVE_IN_AAA_ONLY]
    assert rows["wlan"].hlr_data is None  # WLAN has no HLR data profile


def test_wireless_missing_account_and_suspended_subscriber():
    rows = compare_wireless(N, ["wlan"], "active", _accounts())
    assert [f.code for f in rows[0].findings] == [FindingCode.WIRELESS_MISSING_IN_AAA]
    assert rows[0].aaa_state == "missing"
    suspended = compare_wireless(N, ["wlan"], "suspended_arrears", _accounts(_account("wlan", "disabled")))
    assert suspended[0].crm_state == "suspended" and suspended[0].findings == ()
    unknown = compare_wireless(N, ["wlan"], "active", None)  # AAA not loaded: nothing judged
    assert unknown[0].findings == ()


def _vas(ismp, crm):
    return VasSubscription(
        id="V1", number=N, name="手机报", product_code="NW001", sp_code="SP5005", sp_name="新闻早晚报",
        monthly_fee=300, ismp_state=ismp, crm_state=crm, in_sync=ismp == crm, ordered_at=None, channel="短信",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("ismp", "crm", "code"),
    [
        ("active", "active", None),
        ("unsubscribed", "unsubscribed", None),
        ("active", "unsubscribed", FindingCode.VAS_ACTIVE_IN_ISMP_AFTER_UNSUBSCRIBE),
        ("active", "none", FindingCode.VAS_ACTIVE_IN_ISMP_ONLY),
        ("unsubscribed", "active", FindingCode.VAS_NOT_DELIVERED),
        ("none", "active", FindingCode.VAS_NOT_DELIVERED),
    ],
)
def test_vas(ismp, crm, code):
    finding = compare_vas(_vas(ismp, crm))
    assert (finding.code if finding else None) == code
    if finding:
        assert finding.fix is Fix.SYNC_ISMP_FROM_CRM and finding.subject == "V1"


def _bb(**changes):
    account = BroadbandAccount(
        account="gz12345678@adsl", subscriber_id="S2", status="active", password_state="ok",
        bound_mac="AA:BB", last_dialing_mac="AA:BB", access_type="ftth", olt="OLT-GZ-1", dslam=None,
        port="PON1/1", port_state="up", configured_rate=Rate(100_000, 30_000), actual_rate=Rate(96_000, 29_000),
        line=LineQuality(18.0, 30.0, "good"), session_limit=1, online_session_count=0,
    )  # fmt: skip
    return dataclasses.replace(account, **changes)


def test_healthy_broadband_has_no_findings():
    assert compare_broadband("active", _bb()) == ()


@pytest.mark.parametrize(
    ("crm", "changes", "codes"),
    [
        ("active", {"status": "suspended"}, [FindingCode.BROADBAND_SUSPENDED_CRM_ACTIVE]),
        ("suspended_arrears", {}, [FindingCode.BROADBAND_ACTIVE_CRM_SUSPENDED]),
        ("suspended_arrears", {"status": "suspended"}, []),
        ("active", {"password_state": "expired"}, [FindingCode.PASSWORD_NOT_OK]),
        ("active", {"last_dialing_mac": "CC:DD"}, [FindingCode.MAC_MISMATCH]),
        ("active", {"online_session_count": 1}, [FindingCode.SESSIONS_FULL]),
        ("active", {"port_state": "fault"}, [FindingCode.PORT_FAULT]),
        (
            "active",
            {"line": LineQuality(60.0, 5.0, "poor"), "actual_rate": Rate(20_000, 29_000)},
            [FindingCode.LINE_POOR, FindingCode.RATE_SHORTFALL],
        ),
        (None, {"actual_rate": Rate(96_000, 10_000)}, [FindingCode.RATE_SHORTFALL]),
    ],
)
def test_broadband_findings(crm, changes, codes):
    findings = compare_broadband(crm, _bb(**changes))
    assert [f.code for f in findings] == codes


def test_rate_shortfall_names_direction_and_both_rates():
    (finding,) = compare_broadband("active", _bb(actual_rate=Rate(40_000, 29_000)))
    assert finding.subject.endswith(":down")
    assert (finding.left.value, finding.right.value) == ("100000", "40000")


def test_last_failed_login_is_a_warning():
    failed = AccessRecord("1", "gz12345678@adsl", None, "failure", "691", "wrong password", "denied")
    (finding,) = compare_broadband("active", _bb(last_access=failed))
    assert finding.code is FindingCode.LAST_LOGIN_FAILED and finding.severity is Severity.WARNING
    assert finding.right.value == "691"


def test_order_stuck():
    finding = order_stuck("OR1", "held", "外线施工", "装维中心")
    assert finding.code is FindingCode.ORDER_STUCK and finding.fix is Fix.DISPATCH_ORDER
    assert (finding.right.system, finding.right.value) == ("装维中心", "外线施工")
    assert order_stuck("OR2", "completed", "外线施工", "装维中心") is None
    assert order_stuck("OR3", "inProgress", None, None) is None
