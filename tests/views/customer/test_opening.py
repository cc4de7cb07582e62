"""Opening a customer costs one round trip: every question a tab can name from the customer id and the
number the search found is asked side by side with CRM's answer about the customer, not after it; and
only the tab in view makes its widgets, the others when first shown."""

from __future__ import annotations

import pytest

from backend_stub.systems.usage import is_busy
from tests.views.customer.conftest import match_of


def _asked_before_and_after_the_scope(w, run) -> tuple[set, set]:
    """The questions in flight when CRM's answer arrived, and all the questions of the load."""
    before: set = set()
    w.scope_changed.connect(lambda _scope: before.update(w._fetch.asked()))
    run(w.loaded())
    return before, set(w._fetch.asked())


def test_a_mobile_customer_is_asked_everything_at_once(open_workspace, scenario, run):
    made = scenario("healthy")  # one mobile number
    w = open_workspace(made)
    before, everything = _asked_before_and_after_the_scope(w, run)
    assert everything - before == set(), "asked only after CRM had answered"
    systems = {key[0] for key in everything}
    assert systems == {"crm", "billing", "usage", "hlr", "aaa", "ismp"}
    assert len(everything) >= 20
    assert {p.state for p in w.tab_pages.values()} <= {"content", "empty"}
    assert w.marked_tabs() == []


def test_only_the_other_numbers_of_the_customer_wait_for_crm(open_workspace, stub_server, run):
    row = stub_server.ctx.db.one(
        "SELECT c.id, c.name, m.number AS mobile, b.number AS bb FROM crm_customer c"
        " JOIN crm_subscriber m ON m.customer_id=c.id AND m.service_type='mobile' AND m.status='active'"
        " JOIN crm_subscriber b ON b.customer_id=c.id AND b.service_type='broadband' LIMIT 1"
    )
    others = {
        r["number"]
        for r in stub_server.ctx.db.query(
            "SELECT number FROM crm_subscriber WHERE customer_id=? AND number!=?", (row["id"], row["mobile"])
        )
    }
    w = open_workspace({"customer_id": row["id"], "customer_name": row["name"], "number": row["mobile"]})
    before, everything = _asked_before_and_after_the_scope(w, run)
    later = everything - before
    assert later, "the broadband account cannot be named before CRM lists it"
    assert all(any(n in key for n in others) for key in later), later  # about the other numbers only
    assert w.tab_pages["broadband"].data.subscriber.number == row["bb"]
    assert w.tab_pages["calls"].data.query.number == row["mobile"]


@pytest.mark.parametrize("number", ["", "19999999999"])
def test_a_number_that_is_not_theirs_costs_time_not_correctness(open_workspace, scenario, run, number):
    made = scenario("healthy")
    w = open_workspace({**made, "number": number})
    run(w.loaded())
    assert w.scope.number == made["number"]  # the customer's own number is shown
    assert {p.state for p in w.tab_pages.values()} <= {"content", "empty"}
    assert all(p.data.scope.number == made["number"] for p in w.tab_pages.values())
    assert w.tab_pages["calls"].data.query.number == made["number"]


def test_only_the_tab_in_view_makes_its_widgets(open_workspace, scenario, run, api):
    made = scenario("billing_status_mismatch")  # the subscriber tab has a discrepancy
    w = open_workspace(made)
    run(w.loaded())
    current = w.current_key()
    assert w.tab_pages[current].built
    hidden = [k for k, p in w.tab_pages.items() if k != current]
    assert not any(w.tab_pages[k].built for k in hidden)
    assert {w.tab_pages[k].state for k in hidden} <= {"content", "empty"}
    assert "subscriber" in w.marked_tabs()  # the marker does not wait for the widgets
    page = w.show_tab("subscriber")  # the agent opens it: the result that waited is shown
    assert page.built and page.findings.isVisible() and page.findings.lines
    assert made["number"] in " ".join(" ".join(r) for r in page.model.rows_text())


def test_reaching_into_a_tab_not_yet_shown_makes_it(open_workspace, scenario, run):
    made = scenario("healthy")
    w = open_workspace(made)
    run(w.loaded())
    calls = w.tab_pages["calls"]
    assert not calls.built
    assert calls.model.rowCount() > 0  # code that reads a tab's table finds it filled, as before
    assert calls.built and calls.period.period() == calls.data.query.period


def test_a_second_customer_in_the_window_is_made_the_same_way(qtbot, fast_desk, scenario, run):
    from agentdesk.views.main_window import MainWindow

    window = MainWindow(fast_desk)
    qtbot.addWidget(window)
    window.show()
    first, second = scenario("healthy"), scenario("healthy")

    async def body():
        a = window.open_customer(match_of(first))
        await a.loaded()
        b = window.open_customer(match_of(second))
        await b.loaded()
        return a, b

    a, b = run(body())
    assert window.tabs.currentWidget() is b
    assert b.tab_pages[b.current_key()].built
    assert sum(p.built for p in a.tab_pages.values()) == 1  # the first one made only its first tab
    for w in (a, b):
        w.dispose()


def test_a_tab_made_when_shown_is_laid_out_before_show_tab_returns(open_workspace, stub_server, run):
    """Code (and an agent's scroll) that follows ``show_tab`` finds the table sized and scrollable, as it
    was when every tab was made in advance."""
    rows = stub_server.ctx.db.query(
        "SELECT s.customer_id, s.number, c.name FROM crm_subscriber s JOIN crm_customer c ON c.id=s.customer_id"
        " WHERE s.service_type='mobile' AND s.status='active'"
    )
    row = next(r for r in rows if is_busy(r["number"]))  # thousands of call records a month
    w = open_workspace(
        {"customer_id": row["customer_id"], "customer_name": row["name"], "number": row["number"]}
    )
    run(w.loaded())
    calls = w.tab_pages["calls"]
    assert not calls.built
    w.show_tab("calls")
    assert calls.view.isVisible() and calls.model.rowCount() > 20
    assert calls.view.verticalScrollBar().maximum() > 0
