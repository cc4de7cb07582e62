"""Each tab driven as an agent would: open the customer, open the tab, read what is shown, use its
pickers; what is read is checked against the back office's own answer over HTTP."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from agentdesk.domain.money import format_fen
from tests.support.aio import wait_until


def _busy(number: str) -> bool:
    """The simulator's busy lines (thousands of CDRs a month), as backend_stub.systems.usage says."""
    return hashlib.sha256(number.encode()).digest()[0] < 20


@pytest.fixture
def rich(stub_server) -> dict:
    """A seeded customer with a mobile, a broadband account and a fixed line."""
    row = stub_server.ctx.db.one(
        "SELECT c.id, c.name, s.number FROM crm_customer c JOIN crm_subscriber s ON s.customer_id=c.id"
        " WHERE s.service_type='mobile' AND s.status='active'"
        " AND (SELECT COUNT(DISTINCT service_type) FROM crm_subscriber x WHERE x.customer_id=c.id)=3"
        " ORDER BY c.id LIMIT 1"
    )
    return {"customer_id": row["id"], "customer_name": row["name"], "number": row["number"]}


def opened(open_workspace, run, made, key):
    w = open_workspace(made)
    run(w.loaded())
    page = w.show_tab(key)
    assert page.state in ("content", "empty"), page.stack.error_label.text()
    return w, page


def cells(model) -> list[list[str]]:
    return model.rows_text()


def column(model, title: str) -> list[str]:
    index = model.column_titles().index(title)
    return [row[index] for row in model.rows_text()]


def test_customer_tab(open_workspace, run, rich, api):
    w, page = opened(open_workspace, run, rich, "customer")
    crm = api.get(f"/crm/customer/{rich['customer_id']}").json()
    assert page.fields["name"].text() == crm["name"]
    assert page.pii["id_card"].text() == crm["idCard"][:6] + "********" + crm["idCard"][-4:]
    assert crm["address"] not in page.pii["address"].text() and page.pii["address"].text().endswith("****")
    summary = api.get(
        "/billing/accountSummary", params={"contractNo": crm["account"][0]["contractNo"]}
    ).json()
    assert page.billing["contract"].text() == summary["contractNo"]
    assert page.billing["balance"].text() == format_fen(summary["balance"])
    broadband = [
        s
        for s in api.get(f"/crm/customer/{rich['customer_id']}/subscriber").json()
        if s["serviceType"] == "broadband"
    ]
    assert column(page.broadband_model, "Account") == [s["number"] for s in broadband]
    hints = api.get(f"/crm/customer/{rich['customer_id']}/marketingHint").json()
    assert sorted(column(page.hints_model, "Offer to the customer")) == sorted(
        h["productName"] for h in hints
    )


def test_subscriber_tab_has_crm_and_billing_side_by_side(open_workspace, run, rich, api):
    w, page = opened(open_workspace, run, rich, "subscriber")
    subs = api.get(f"/crm/customer/{rich['customer_id']}/subscriber").json()
    assert column(page.model, "Number") == [s["number"] for s in subs]
    for row, sub in zip(page.model.records, subs, strict=True):
        billing = api.get(f"/billing/subscriber/{sub['number']}").json()
        assert row.subscriber.status == sub["status"] and row.billing_status == billing["status"]
    assert column(page.model, "CRM status") == column(page.model, "Billing status")  # no mismatch
    assert not page.sync_button.isEnabled()
    mine = next(s["id"] for s in subs if s["number"] == rich["number"])
    products = api.get(f"/crm/subscriber/{mine}/product").json()
    assert column(page.products, "Sales product") == [p["name"] for p in products]
    assert rich["number"] in page.products_heading.text()


def test_addons_tab_lists_crm_addons_with_network_state(open_workspace, run, scenario, api):
    made = scenario("addon_not_in_hlr")
    w, page = opened(open_workspace, run, made, "addons")
    crm = api.get(f"/crm/subscriber/{made['subscriber_id']}/addon").json()
    assert set(column(page.model, "Code")) >= {a["code"] for a in crm}
    by_code = {r[1]: r for r in cells(page.model)}
    assert by_code["caller_id"][4] == "not usable yet"
    assert page.activate_button.isEnabled()  # the flagged add-on is selected


def test_offers_tab_counts_bundles_and_offers(open_workspace, run, rich, api):
    w, page = opened(open_workspace, run, rich, "offers")
    products = api.get(f"/crm/customer/{rich['customer_id']}/product").json()
    offers = sum(len(p["offer"]) for p in products)
    bundles = sum(1 for p in products if p["isBundle"])
    assert page.summary.text().startswith(
        f"{len(products)} sales products ({bundles} bundles), {offers} offers"
    )
    names = {o["name"] for p in products for o in p["offer"]}
    assert names <= set(column(page.model, "Offer"))


def test_charges_tab_filters_and_red_amounts(open_workspace, run, scenario, api, qtbot):
    made = scenario("billing_dispute_roaming")
    w, page = opened(open_workspace, run, made, "charges")
    month = page.month.currentText()
    lines = api.get(
        "/billing/appliedCustomerBillingRate", params={"number": made["number"], "month": month}
    ).json()
    assert page.model.rowCount() == len(lines)
    assert page.total_label.text().endswith(format_fen(sum(c["amount"] for c in lines)))
    roaming_row = column(page.model, "Account-item type").index("roaming")
    amount = page.model.index(roaming_row, page.model.column_titles().index("Amount"))
    assert page.model.data(amount, Qt.ItemDataRole.ForegroundRole).color() == QColor("#c0392b")

    async def only_roaming():
        page.item_actions["roaming"].setChecked(True)  # the agent ticks one account-item type
        await wait_until(
            lambda: page.state == "content" and set(column(page.model, "Account-item type")) == {"roaming"}
        )
        assert "roaming" in page.item_button.text()
        page.by_contract.setChecked(True)
        await wait_until(lambda: page.state == "content" and made["contract_no"] in page.total_label.text())
        page.month.setCurrentIndex(1)
        page.month.activated.emit(1)
        await wait_until(lambda: page.state == "content" and page.month.currentIndex() == 1)

    run(only_roaming())
    earlier = page.month.currentText()
    expected = api.get(
        "/billing/appliedCustomerBillingRate",
        params={"contractNo": made["contract_no"], "month": earlier, "itemType": "roaming"},
    ).json()
    assert page.model.rowCount() == len(expected)


def test_balance_tab_books_movements_and_period(open_workspace, run, rich, api):
    w, page = opened(open_workspace, run, rich, "balance")
    books = api.get("/billing/balanceBook", params={"number": rich["number"]}).json()
    assert page.books.rowCount() == len(books)
    credit = api.get("/billing/creditLimit", params={"number": rich["number"]}).json()
    assert page.credit["limit"].text() == format_fen(credit["creditLimit"])
    shown_90 = page.movements.rowCount()

    async def longer():
        page.period.preset.setCurrentIndex(page.period.preset.findData(365))
        page.period.preset.activated.emit(page.period.preset.currentIndex())
        await wait_until(lambda: page.state == "content" and page.data.period.days == 365)

    run(longer())
    since = (datetime.now(UTC).date() - timedelta(days=364)).isoformat()
    moves = api.get(
        "/billing/balanceMovement", params={"number": rich["number"], "from": since, "limit": 1000}
    ).json()
    assert page.movements.rowCount() == len(moves) >= shown_90
    assert since in page.movements_heading.text()


def test_orders_tab_marks_the_stuck_step(open_workspace, run, scenario):
    made = scenario("order_stuck")
    w, page = opened(open_workspace, run, made, "orders")
    stuck = [r for r in cells(page.model) if r[6]]
    assert len(stuck) == 1 and made["stuck_step"] in stuck[0][6] and made["unit"] in stuck[0][6]
    steps = cells(page.steps)
    (row,) = [s for s in steps if s[2] == "stuck"]
    assert row[0] == made["stuck_step"] and row[1] == made["unit"]
    assert page.detail["phone"].text().count("*") == 4  # the contact phone is masked


def test_suspension_tab_explains_a_normal_suspension(open_workspace, run, scenario, api):
    made = scenario("arrears_suspended")
    w, page = opened(open_workspace, run, made, "suspension")
    assert "normal suspension" in page.now["verdict"].text()
    billing = api.get(f"/billing/subscriber/{made['number']}").json()
    assert page.now["arrears"].text() == format_fen(billing["arrears"])
    assert "suspension" in column(page.model, "Event")
    assert w.marked_tabs() == []  # a normal suspension is not a discrepancy


def test_call_records_tab_totals_types_and_filter(open_workspace, run, rich, api, qtbot):
    w, page = opened(open_workspace, run, rich, "calls")
    period = page.data.query.period
    params = {"number": rich["number"], "from": period.start.isoformat(), "to": period.end.isoformat()}
    total = int(api.get("/usage/usage", params={**params, "limit": 1}).headers["X-Total-Count"])
    assert page.model.total == total and f"{total} records" in page.count_label.text()
    summary = api.get("/usage/summary", params=params).json()
    assert column(page.totals, "Records")[-1] == str(summary["total"]["count"])

    async def sms_only():
        page.type_boxes["sms"].setChecked(True)
        await wait_until(lambda: page.state == "content" and page.data.query.types == frozenset({"sms"}))

    run(sms_only())
    assert set(column_of_lazy(page.model, 1)) <= {"SMS"}
    sms = int(api.get("/usage/usage", params={**params, "type": "sms", "limit": 1}).headers["X-Total-Count"])
    assert page.model.total == sms
    if page.model.rowCount():
        peer = page.model.record(0).peer_number
        qtbot.keyClicks(page.filter_edit, peer)
        assert page.model.rowCount() >= 1
        assert all(page.model.record(i).peer_number == peer for i in range(page.model.rowCount()))


def column_of_lazy(model, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_call_records_period_picker_keeps_to_one_month(open_workspace, run, rich):
    from datetime import date

    from PySide6.QtCore import QDate

    w, page = opened(open_workspace, run, rich, "calls")
    picker = page.period
    picker.start.setDate(QDate(2026, 8, 1))  # the agent pulls the start back by months
    p = picker.period()
    assert p.start == date(2026, 8, 1) and p.days == 31


def test_thousands_of_call_records_fetch_as_the_agent_scrolls_and_sort(open_workspace, run, stub_server):
    rows = stub_server.ctx.db.query(
        "SELECT customer_id, number FROM crm_subscriber WHERE service_type='mobile'"
    )
    busy = next(r for r in rows if _busy(r["number"]))
    name = stub_server.ctx.db.scalar("SELECT name FROM crm_customer WHERE id=?", (busy["customer_id"],))
    made = {"customer_id": busy["customer_id"], "customer_name": name, "number": busy["number"]}
    w, page = opened(open_workspace, run, made, "calls")
    model, view = page.model, page.view
    assert model.total > 1000 and model.rowCount() == 200  # one page, not the month

    async def scroll():
        for _ in range(3):
            before = model.rowCount()
            view.scrollToBottom()
            await wait_until(lambda before=before: model.rowCount() > before)
        assert model.rowCount() == 800 and model.loaded == 800
        view.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # by amount: needs every row
        await wait_until(lambda: model.fully_loaded and model.rowCount() == model.total, timeout=20)

    run(scroll(), timeout=90)
    amounts = [model.record(i).amount for i in range(model.rowCount())]
    assert amounts == sorted(amounts, reverse=True)


def test_vas_tab_details_panel(open_workspace, run, scenario):
    made = scenario("vas_unknown_subscription")
    w, page = opened(open_workspace, run, made, "vas")
    rows = page.model.records
    target = next(i for i, r in enumerate(rows) if r.subscription.id == made["subscription_id"])
    page.view.selectRow(target)
    s = rows[target].subscription
    assert page.details["product"].text() == s.name and s.sp_name in page.details["sp"].text()
    assert page.details["ismp"].text() == page.details["crm"].text() == "active"
    assert page.unsubscribe_button.isEnabled()


def test_broadband_tab_account_sessions_and_login_records(open_workspace, run, scenario, api):
    made = scenario("bb_session_limit")
    w, page = opened(open_workspace, run, made, "broadband")
    account = api.get(f"/bims/account/{made['number']}").json()
    assert page.fields["account"].text() == made["number"]
    assert page.fields["sessions"].text() == f"{account['onlineSessionCount']} / {account['sessionLimit']}"
    assert page.sessions.rowCount() == account["onlineSessionCount"] >= account["sessionLimit"]
    codes = column(page.access, "Code")
    assert "718" in codes
    meaning = column(page.access, "What it means")[codes.index("718")]
    assert meaning  # the code in words


def test_network_tab_compares_crm_with_hlr_and_aaa(open_workspace, run, rich, api):
    w, page = opened(open_workspace, run, rich, "network")
    hlr = api.get(f"/hlr/subscriber/{rich['number']}").json()
    rows = cells(page.model)
    assert (
        rows[0][0] == "Switch state (HLR)" and rows[0][2].startswith(hlr["state"]) and rows[0][3] == "works"
    )
    assert "the truth for whether it works" in page.findChild(type(page.facts), "network-truth").text()
    assert {r[1] for r in cells(page.services)} == {s["code"] for s in hlr["services"]}
