"""For each fault the simulator can create, the tab that shows it carries the marker in its header and
says what is wrong in words; the other tabs stay unmarked."""

from __future__ import annotations

import pytest

# fault -> (tabs whose header carries the marker, words in the marked tab's explanation)
FLAGS = {
    "billing_status_mismatch": ({"subscriber"}, "Sync billing from CRM"),
    "paid_still_barred": ({"network"}, "the customer paid and is still cut off"),
    "abnormal_suspension": ({"network"}, "an abnormal suspension"),
    "addon_not_in_hlr": ({"addons"}, "not usable yet"),
    "vpn_member_missing": ({"network"}, "short numbers fail"),
    "wlan_radius_out_of_sync": ({"network"}, "WLAN is sold in CRM"),
    "cdma1x_aaa_hlr_out_of_sync": ({"network"}, "CDMA 1X data is disabled in the HLR"),
    "evdo_aaa_out_of_sync": ({"network"}, "EVDO"),
    "vas_unsubscribed_still_billed": ({"vas"}, "still billed"),
    "order_stuck": ({"orders"}, "is held at step"),
    "bb_wrong_password": ({"broadband"}, "code 691"),
    "bb_session_limit": ({"broadband"}, "Clear the online sessions"),
    "bb_mac_mismatch": ({"broadband"}, "Unbind the MAC"),
    "bb_port_fault": ({"broadband"}, "Restart the port"),
    "bb_line_fault": ({"broadband"}, "dispatch a fault"),
}
UNMARKED = ["healthy", "arrears_suspended", "billing_dispute_roaming", "vas_unknown_subscription"]


@pytest.mark.parametrize("fault", sorted(FLAGS))
def test_fault_marks_its_tab(open_workspace, scenario, run, fault):
    tabs, words = FLAGS[fault]
    made = scenario(fault)
    w = open_workspace(made)
    run(w.loaded())
    assert set(w.marked_tabs()) == tabs, w.marked_tabs()
    for key in tabs:
        page = w.show_tab(key)
        assert (
            w.tab_text(key).endswith("⚠")
            and w.tabs.tabBar().tabTextColor(w.tabs.indexOf(page)).name() == "#c0392b"
        )
        assert page.findings.isVisible()
        text = " ".join(page.findings.lines)
        assert words in text, text
        assert words in w.tabs.tabToolTip(w.tabs.indexOf(page))


@pytest.mark.parametrize("fault", UNMARKED)
def test_no_marker_without_a_contradiction(open_workspace, scenario, run, fault):
    """Arrears, a disputed roaming bill and an unrecognised SMS subscription are real, but no two systems
    disagree: the tabs explain them without a marker."""
    w = open_workspace(scenario(fault))
    run(w.loaded())
    assert w.marked_tabs() == []
