"""Recent customers: the last 20 looked up, per agent, newest first, one line per customer."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from agentdesk.services.recent_customers import RecentCustomers
from agentdesk.storage import close_all, open_database

T0 = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def db():
    yield open_database()
    close_all()


def numbers(recent: RecentCustomers) -> list[str]:
    return [r.number for r in asyncio.run(recent.list())]


def test_newest_first_with_number_name_id_and_time(db):
    recent = RecentCustomers(db, "demo_agent")
    asyncio.run(recent.add("13300000001", "张伟", "C1", at=T0))
    asyncio.run(recent.add("13300000002", "李娜", "C2", at=T0 + timedelta(minutes=1)))
    first, second = asyncio.run(recent.list())
    assert (first.number, first.name, first.customer_id, first.looked_up_at) == (
        "13300000002",
        "李娜",
        "C2",
        T0 + timedelta(minutes=1),
    )
    assert (second.number, second.name, second.customer_id) == ("13300000001", "张伟", "C1")


def test_looking_a_customer_up_again_moves_them_to_the_top_once(db):
    recent = RecentCustomers(db, "demo_agent")
    for number, cid in (("13300000001", "C1"), ("13300000002", "C2"), ("13300000003", "C3")):
        asyncio.run(recent.add(number, f"name {cid}", cid, at=T0))  # same instant: look-up order decides
    asyncio.run(recent.add("075512345678", "", "C1", at=T0))  # C1 again, by their fixed line, no name
    entries = asyncio.run(recent.list())
    assert [(e.customer_id, e.number, e.name) for e in entries] == [
        ("C1", "075512345678", "name C1"),
        ("C3", "13300000003", "name C3"),
        ("C2", "13300000002", "name C2"),
    ]


def test_only_the_last_twenty_are_kept(db):
    recent = RecentCustomers(db, "demo_agent")

    async def look_up_25():
        for i in range(25):
            await recent.add(f"133000000{i:02d}", f"客户{i}", f"C{i}")

    asyncio.run(look_up_25())
    assert numbers(recent) == [f"133000000{i:02d}" for i in range(24, 4, -1)]
    assert db.scalar("SELECT count(*) FROM recent_customer") == 20


def test_each_agent_sees_their_own_and_clear_forgets_only_theirs(db):
    mine, theirs = RecentCustomers(db, "li.na"), RecentCustomers(db, "wang.fang")
    asyncio.run(mine.add("13300000001", "张伟", "C1"))
    asyncio.run(theirs.add("13300000002", "李娜", "C2"))
    assert numbers(mine) == ["13300000001"] and numbers(theirs) == ["13300000002"]
    asyncio.run(mine.clear())
    assert numbers(mine) == [] and numbers(theirs) == ["13300000002"]


def test_kept_across_a_restart(user_data_dir):
    asyncio.run(RecentCustomers(open_database(), "demo_agent").add("13300000001", "张伟", "C1"))
    close_all()
    assert numbers(RecentCustomers(open_database(), "demo_agent")) == ["13300000001"]
    close_all()


@pytest.mark.parametrize(("number", "customer_id"), [("", "C1"), ("13300000001", " ")])
def test_a_look_up_needs_number_and_customer(db, number, customer_id):
    with pytest.raises(ValueError):
        asyncio.run(RecentCustomers(db, "demo_agent").add(number, "x", customer_id))


def test_recent_customers_belong_to_the_signed_in_agent(db):
    signed_in: list[str] = []
    recent = RecentCustomers(db, lambda: signed_in[0] if signed_in else None)  # built before sign-in
    assert recent.agent == "" and numbers(recent) == []
    with pytest.raises(ValueError, match="signed-in agent"):
        asyncio.run(recent.add("13300000001", "张伟", "C1"))
    signed_in.append("li.na")
    asyncio.run(recent.add("13300000001", "张伟", "C1"))
    assert numbers(recent) == ["13300000001"]
    signed_in[0] = "wang.fang"  # another agent signs in on the same desk
    assert numbers(recent) == []
    assert numbers(RecentCustomers(db, "li.na")) == ["13300000001"]
