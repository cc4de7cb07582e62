"""Notes service over the real local database: create, save, search, delete, per agent."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from agentdesk.services.toolbox.notes import NotesService, NoteTooLargeError, title_of


class Ticking:
    """A clock that moves one second per call, so 'most recent first' is deterministic."""

    def __init__(self) -> None:
        self.t = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.t += timedelta(seconds=1)
        return self.t


def test_create_save_list_search_delete(local_db) -> None:
    async def scenario() -> None:
        notes = NotesService(local_db, owner="demo_agent", now=Ticking())
        first = await notes.create("")
        assert first.title == "" and first.body == ""
        saved = await notes.save(first.id, "\n  回访 13800138000 张三  \n宽带断线，周三再联系")
        assert saved.title == "回访 13800138000 张三"
        assert saved.updated_at > saved.created_at
        second = await notes.create("Shift handover\n100% of tickets closed")
        listed = await notes.list()
        assert [n.id for n in listed] == [second.id, first.id]  # most recently changed first
        assert [n.id for n in await notes.list("宽带")] == [first.id]
        assert [n.id for n in await notes.list("HANDOVER")] == [second.id]  # any case
        assert [n.id for n in await notes.list("100%")] == [second.id]
        assert await notes.list("1%") == []  # % is a character, not a wildcard
        assert [n.id for n in await notes.list("张三 周三")] == [first.id]  # every word must match
        # saving the same text again does not move the note up the list
        unchanged = await notes.save(first.id, saved.body)
        assert unchanged.updated_at == saved.updated_at
        await notes.delete(first.id)
        assert await notes.get(first.id) is None
        assert await notes.save(first.id, "late autosave") is None  # deleted meanwhile: nothing revived
        assert [n.id for n in await notes.list()] == [second.id]

    asyncio.run(scenario())


def test_agents_sharing_a_pc_see_only_their_notes(local_db) -> None:
    async def scenario() -> None:
        mine = NotesService(local_db, owner="demo_agent")
        theirs = NotesService(local_db, owner="other_agent")
        note = await mine.create("private")
        assert await theirs.list() == []
        assert await theirs.get(note.id) is None
        await theirs.delete(note.id)
        assert await mine.get(note.id) is not None

    asyncio.run(scenario())


def test_titles_and_limits(local_db) -> None:
    assert title_of("\n\n   \nfirst line\nsecond") == "first line"
    assert len(title_of("x" * 500)) == 80
    with pytest.raises(NoteTooLargeError):
        asyncio.run(NotesService(local_db).create("x" * 1_000_001))
