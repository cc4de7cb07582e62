"""Customer search over the simulator: every kind of key, namesakes, and typos named before any call."""

from __future__ import annotations

import gc

import pytest

from agentdesk.domain.validation import SearchKind
from agentdesk.services.customer_lookup import CustomerLookup, InvalidSearch
from tests.services.customer_view.desk_fixture import signed_in_desk_on


@pytest.fixture
def lookup(stub_server, run, aloop):
    desk = run(signed_in_desk_on(stub_server.url))
    yield CustomerLookup(desk.backoffice)
    run(desk.aclose())
    gc.collect()


def test_find_by_service_number_opens_that_number(lookup, scenario, run):
    made = scenario("healthy")
    (match,) = run(lookup.find(made["number"]))
    assert match.customer_id == made["customer_id"]
    assert match.name == made["customer_name"]
    assert match.number == made["number"] and match.kind is SearchKind.MOBILE
    assert match.city and match.level


def test_find_by_broadband_account_contract_and_id_card(lookup, scenario, run, api):
    made = scenario("bb_port_fault")
    (by_account,) = run(lookup.find(made["number"].upper()))  # typed in capitals: still the account
    assert by_account.customer_id == made["customer_id"] and by_account.kind is SearchKind.BROADBAND
    (by_contract,) = run(lookup.find(made["contract_no"].lower()))
    assert by_contract.customer_id == made["customer_id"]
    assert by_contract.number == made["number"]  # the customer's number to open first
    id_card = api.get(f"/crm/customer/{made['customer_id']}").json()["idCard"]
    matches = run(lookup.find(id_card))
    assert made["customer_id"] in [m.customer_id for m in matches]


def test_find_by_name_lists_namesakes_with_a_number_each(lookup, scenario, run):
    made = scenario("healthy")
    matches = run(lookup.find(made["customer_name"]))
    assert made["customer_id"] in [m.customer_id for m in matches]
    assert all(m.name.startswith(made["customer_name"]) for m in matches)
    mine = next(m for m in matches if m.customer_id == made["customer_id"])
    assert mine.number == made["number"]


def test_unknown_number_finds_nobody(lookup, run):
    assert run(lookup.find("18900000001")) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("13812345678", "not one of our mobile numbers"),
        ("44010619900101123X", "last character does not match"),
        ("HT12", "not a contract number"),
        ("ab12@adsl", "not a broadband account"),
        ("   ", "Type a service number"),
    ],
)
def test_invalid_text_is_named_before_any_call(lookup, run, text, words, admin):
    admin.put("/admin/faults/crm", json={"down": True}).raise_for_status()  # proves no call is made
    with pytest.raises(InvalidSearch) as caught:
        run(lookup.find(text))
    assert words in caught.value.message
    assert caught.value.kind == "service"


def test_overview_has_core_data_and_numbers(lookup, scenario, run):
    made = scenario("healthy")
    overview = run(lookup.overview(made["customer_id"]))
    assert overview.customer.name == made["customer_name"]
    assert made["number"] in [s.number for s in overview.subscribers]
