"""The flow loader: the shipped flows load; broken files are refused with the file, the step and the
problem, and a broken file makes only its own flow unavailable."""

from __future__ import annotations

import textwrap

import pytest

from agentdesk.services.pretreatment.loader import FlowFileInvalid, load_catalog, load_flow_file
from agentdesk.services.pretreatment.model import EVENT_CHECK_STEP, EVENT_QUERY_STEP

SHIPPED = {
    "billing-dispute", "barred-after-payment", "broadband-login", "wireless-data", "vas-dispute",
    "addon-not-working", "mobile-vpn", "order-not-completed",
}  # fmt: skip

GOOD = """
id = "tiny"
category = "停复机"
service_types = ["mobile"]
title = { en = "Tiny", zh = "小" }

[[steps]]
id = "status"
kind = "query"
query = "crm_billing_status"
next = "owes"
title = { en = "Status", zh = "状态" }

[[steps]]
id = "owes"
kind = "check"
fact = "billing.owes"
title = { en = "Owes?", zh = "欠费？" }
branches = { true = "pay", false = "done" }

[[steps]]
id = "pay"
kind = "end"
outcome = "customer_action"
title = { en = "Pay", zh = "缴费" }
script = { en = "Pay {billing.arrears|money}.", zh = "请缴{billing.arrears|money}。" }

[[steps]]
id = "done"
kind = "end"
outcome = "resolved"
title = { en = "Done", zh = "完成" }
script = { en = "All fine.", zh = "正常。" }
"""


def write(tmp_path, text: str, name: str = "tiny.toml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems(tmp_path, text: str, name: str = "tiny.toml") -> list[str]:
    with pytest.raises(FlowFileInvalid) as info:
        load_flow_file(write(tmp_path, text, name))
    return [str(p) for p in info.value.problems]


def test_the_shipped_flows_all_load():
    catalog = load_catalog()
    assert catalog.unavailable == ()
    assert set(catalog.flows) == SHIPPED
    for flow in catalog.flows.values():
        assert flow.start == EVENT_QUERY_STEP, "the known-event check comes first"
        assert flow.title.en and flow.title.zh and flow.category


def test_a_good_file_loads_with_the_event_check_in_front(tmp_path):
    flow = load_flow_file(write(tmp_path, GOOD))
    assert list(flow.steps)[:4] == [EVENT_QUERY_STEP, EVENT_CHECK_STEP, "known_event_register", "known_event"]
    assert flow.steps[EVENT_CHECK_STEP].branches["false"] == "status"
    off = load_flow_file(write(tmp_path, "known_events = false\n" + GOOD))
    assert off.start == "status"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ('kind = "check"\nfact = "billing.owes"', 'kind = "chek"\nfact = "billing.owes"'),
            "tiny.toml, step 'owes': has unknown kind 'chek'; use one of query, check, action, ask, end",
        ),
        (
            ('branches = { true = "pay", false = "done" }', 'branches = { true = "pay" }'),
            "tiny.toml, step 'owes': missing branch for billing.owes = false (add it or a default)",
        ),
        (
            ('branches = { true = "pay", false = "done" }', 'branches = { true = "pay", false = "dnoe" }'),
            "tiny.toml, step 'owes': branches.false names unknown step 'dnoe'",
        ),
        (
            ('branches = { true = "pay", false = "done" }', 'branches = { true = "pay", false = "pay" }'),
            "tiny.toml, step 'done': is unreachable: no step leads to it",
        ),
        (
            ('query = "crm_billing_status"', 'query = "crm_billing"'),
            "tiny.toml, step 'status': query 'crm_billing' does not exist",
        ),
        (
            ('fact = "billing.owes"', 'fact = "billing.owing"'),
            "tiny.toml, step 'owes': checks unknown fact 'billing.owing'",
        ),
        (
            ('fact = "billing.owes"', 'fact = "billing.arrears"'),
            "tiny.toml, step 'owes': fact 'billing.arrears' is a money; a check branches on yes/no or named values",
        ),
        (
            ('next = "owes"', 'nxt = "owes"'),
            "tiny.toml, step 'status': has key 'nxt', which a query step does not use",
        ),
        (
            ('zh = "请缴{billing.arrears|money}。"', 'zh = "请缴{billing.arrears|yuan}。"'),
            "tiny.toml, step 'pay': script uses unknown filter |yuan (known: money, list, label)",
        ),
        (
            ('en = "Pay {billing.arrears|money}."', 'en = "Pay {billing arrears}."'),
            "tiny.toml, step 'pay': script has a brace that is not a {fact} placeholder",
        ),
        (
            ('outcome = "resolved"', 'outcome = "fixed"'),
            "tiny.toml, step 'done': outcome 'fixed' is not one of resolved, customer_action, dispatch",
        ),
        (
            ('outcome = "resolved"', 'outcome = "dispatch"'),
            "tiny.toml, step 'done': a dispatch end needs ticket_type, one of consult, complaint, fault",
        ),
        (
            ('script = { en = "All fine.", zh = "正常。" }', 'script = { en = "All fine." }'),
            "tiny.toml, step 'done': script.zh is missing or empty",
        ),
    ],
)
def test_broken_files_are_refused_with_the_step_and_problem(tmp_path, change, expected):
    old, new = change
    assert old in GOOD
    text = GOOD.replace(old, new, 1)
    found = problems(tmp_path, text)
    assert any(p.startswith(expected) for p in found), found


def test_a_query_for_another_service_type_is_refused(tmp_path):
    text = GOOD.replace('query = "crm_billing_status"', 'query = "broadband_account"')
    found = problems(tmp_path, text)
    assert any(
        "query 'broadband_account' works on broadband only, but the flow is for mobile" in p for p in found
    )


def test_a_fact_not_provided_on_every_path_is_refused(tmp_path):
    # "done" is reached without the status query having run on that path
    text = GOOD.replace("kind = \"query\"\nquery = \"crm_billing_status\"\nnext = \"owes\"",
                        "kind = \"ask\"\nquestion = { en = \"Q?\", zh = \"问？\" }\n"
                        "choices = [{ id = \"a\", text = { en = \"A\", zh = \"甲\" }, next = \"owes\" },"
                        " { id = \"b\", text = { en = \"B\", zh = \"乙\" }, next = \"pay\" }]")  # fmt: skip
    found = problems(tmp_path, text)
    assert (
        "tiny.toml, step 'owes': the check uses fact 'billing.owes', which not every path to this step provides"
        in found
    )
    assert any(
        p.startswith("tiny.toml, step 'pay': script uses fact 'billing.arrears', which not every path")
        for p in found
    )


def test_a_loop_without_exit_is_named(tmp_path):
    text = GOOD + textwrap.dedent("""
        [[steps]]
        id = "again"
        kind = "ask"
        title = { en = "Again", zh = "再来" }
        question = { en = "Again?", zh = "再来？" }
        choices = [{ id = "yes", text = { en = "Yes", zh = "是" }, next = "again_too" }]

        [[steps]]
        id = "again_too"
        kind = "ask"
        title = { en = "Again too", zh = "又来" }
        question = { en = "Again too?", zh = "又来？" }
        choices = [{ id = "yes", text = { en = "Yes", zh = "是" }, next = "again" }]
    """)
    text = text.replace(
        'branches = { true = "pay", false = "done" }', 'branches = { true = "pay", false = "again" }'
    )
    found = problems(tmp_path, text)
    assert (
        "tiny.toml, step 'again': loop without exit: again → again_too → again never reaches an end step"
        in found
    )
    assert "tiny.toml, step 'done': is unreachable: no step leads to it" in found  # every problem at once


def test_a_dispatch_end_needs_its_ticket(tmp_path):
    text = GOOD.replace('outcome = "resolved"', 'outcome = "dispatch"\nticket_type = "fault"')
    found = problems(tmp_path, text)
    assert "tiny.toml, step 'done': a dispatch end needs category (the ticket category)" in found
    assert any(p.startswith("tiny.toml, step 'done': a dispatch end needs summary") for p in found)


def test_file_level_problems(tmp_path):
    assert problems(tmp_path, GOOD, "other.toml") == [
        "other.toml: the file of flow 'tiny' must be named tiny.toml"
    ]
    bad = problems(tmp_path, GOOD.replace('title = { en = "Tiny", zh = "小" }', 'title = "Tiny"\nowner = 3'))
    assert "tiny.toml: unknown key 'owner' at the top of the file" in bad
    assert any(p.startswith("tiny.toml: title must be a table with en and zh texts") for p in bad)
    syntax = problems(tmp_path, GOOD.replace("[[steps]]", "[[steps]", 1))
    assert len(syntax) == 1 and syntax[0].startswith("tiny.toml: is not valid TOML") and "line" in syntax[0]
    dup = problems(tmp_path, GOOD.replace('id = "done"', 'id = "pay"'))
    assert "tiny.toml, step 'pay': is defined twice (step ids must be unique)" in dup
    reserved = problems(tmp_path, GOOD.replace('id = "done"', 'id = "known_events"'))
    assert "tiny.toml, step 'known_events': uses a step id reserved for the known-event check" in reserved


def test_a_broken_file_makes_only_its_flow_unavailable(tmp_path):
    write(tmp_path, GOOD)
    write(
        tmp_path, GOOD.replace("tiny", "broken").replace('next = "owes"', 'next = "nowhere"'), "broken.toml"
    )
    write(tmp_path, "this is = = not toml", "garbage.toml")
    catalog = load_catalog(tmp_path)
    assert list(catalog.flows) == ["tiny"]
    unavailable = {u.file: u for u in catalog.unavailable}
    assert set(unavailable) == {"broken.toml", "garbage.toml"}
    assert [str(p) for p in unavailable["broken.toml"].problems] == [
        "broken.toml, step 'status': next names unknown step 'nowhere'"
    ]
