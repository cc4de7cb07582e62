"""Personal data is masked by default; showing it is an explicit action recorded in the audit trail,
and when the audit trail cannot record it the value stays hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agentdesk.domain.masking import mask_phone
from tests.support.aio import wait_until

PII = ("id_card", "address", "contact_phone", "email", "manager_phone")


def test_pii_masked_until_revealed_and_the_reveal_is_audited(
    open_workspace, scenario, run, api, qtbot, fast_desk
):
    made = scenario("healthy")
    w = open_workspace(made)
    run(w.loaded())
    page = w.show_tab("customer")
    crm = api.get(f"/crm/customer/{made['customer_id']}").json()
    phone = next(
        c["characteristic"]["phoneNumber"] for c in crm["contactMedium"] if c["mediumType"] == "mobile"
    )
    full = {"id_card": crm["idCard"], "address": crm["address"], "contact_phone": phone}
    for key, value in full.items():
        shown = page.pii[key].text()
        assert shown != value and "****" in shown and page.pii[key].button.isVisible(), key
    assert page.pii["contact_phone"].text() == mask_phone(phone)

    async def reveal():
        qtbot.mouseClick(page.pii["id_card"].button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.pii["id_card"].revealed)

    run(reveal())
    assert page.pii["id_card"].text() == crm["idCard"] and not page.pii["id_card"].button.isVisible()
    assert page.pii["address"].text() != crm["address"]  # only what was asked for
    entries = run(fast_desk.audit.entries(customer_id=made["customer_id"]))
    (entry,) = entries
    assert (
        entry.operation == "revealPersonalData" and entry.agent == "demo_agent" and "id_card" in entry.message
    )
    assert crm["idCard"] not in entry.message + entry.request_summary


def test_reveal_that_cannot_be_audited_stays_hidden(open_workspace, scenario, run, qtbot, fast_desk):
    made = scenario("healthy")
    w = open_workspace(made)
    run(w.loaded())
    page = w.show_tab("customer")
    masked = page.pii["address"].text()
    fast_desk.database.close()  # the local database is gone: nothing can be recorded

    async def reveal():
        qtbot.mouseClick(page.pii["address"].button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "stays hidden" in w.outcome_label.text())

    run(reveal())
    assert page.pii["address"].text() == masked and not page.pii["address"].revealed
    assert page.pii["address"].button.isEnabled()  # the agent may try again


def test_switching_customer_masks_again(open_workspace, scenario, run, qtbot):
    from tests.views.customer.conftest import match_of

    first, second = scenario("healthy"), scenario("healthy")
    w = open_workspace(first)
    run(w.loaded())
    page = w.show_tab("customer")

    async def reveal():
        qtbot.mouseClick(page.pii["id_card"].button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.pii["id_card"].revealed)

    run(reveal())
    w.switch_customer(match_of(second))
    run(w.loaded())
    assert not page.pii["id_card"].revealed and "****" in page.pii["id_card"].text()
