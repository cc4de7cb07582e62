"""Call detail records kept by column: a busy number's month is 20,000 records or more, and one record as
a dataclass (its own dict, a datetime and a fresh string for every field) took ~750 bytes; by column
(numbers in arrays, the few distinct types, places, numbers and statuses stored once) it takes ~300.

The list model keeps its records here and makes a :class:`UsageRecord` again only for the row asked for.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from agentdesk.domain.usage import UsageRecord

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)


class UsageRows:
    """Records in arrival order; ``record(i)`` gives the i-th back as the connector made it."""

    __slots__ = (
        "_words",
        "_word_index",
        "ids",
        "kind",
        "at_us",
        "number",
        "peer",
        "duration_s",
        "volume_kb",
        "place",
        "amount",
        "description",
        "status",
    )

    def __init__(self, records: Iterable[UsageRecord] = ()) -> None:
        self._words: list[str] = []  # the few distinct short strings (types, places, numbers, statuses)
        self._word_index: dict[str, int] = {}
        self.ids: list[str] = []
        self.kind = array("I")  # index into _words
        self.at_us = array("q")  # microseconds since the epoch, UTC
        self.number = array("I")
        self.peer: list[str | None] = []
        self.duration_s = array("q")
        self.volume_kb = array("q")
        self.place = array("I")
        self.amount = array("q")  # fen
        self.description: list[str] = []
        self.status = array("I")
        self.extend(records)

    def _word(self, text: str) -> int:
        index = self._word_index.get(text)
        if index is None:
            index = self._word_index[text] = len(self._words)
            self._words.append(text)
        return index

    def extend(self, records: Iterable[UsageRecord]) -> None:
        word = self._word
        for r in records:
            self.ids.append(r.id)
            self.kind.append(word(r.usage_type))
            self.at_us.append((r.at - EPOCH) // _US)
            self.number.append(word(r.number))
            self.peer.append(r.peer_number)
            self.duration_s.append(r.duration_s)
            self.volume_kb.append(r.volume_kb)
            self.place.append(word(r.location))
            self.amount.append(r.amount)
            self.description.append(r.description)
            self.status.append(word(r.status))

    def __len__(self) -> int:
        return len(self.ids)

    # -- one field of one record ------------------------------------------------------------------------
    def usage_type(self, i: int) -> str:
        return self._words[self.kind[i]]

    def location(self, i: int) -> str:
        return self._words[self.place[i]]

    def at(self, i: int) -> datetime:
        return EPOCH + timedelta(microseconds=self.at_us[i])

    def record(self, i: int) -> UsageRecord:
        words = self._words
        return UsageRecord(
            id=self.ids[i],
            usage_type=words[self.kind[i]],
            at=self.at(i),
            number=words[self.number[i]],
            peer_number=self.peer[i],
            duration_s=self.duration_s[i],
            volume_kb=self.volume_kb[i],
            location=words[self.place[i]],
            amount=self.amount[i],
            description=self.description[i],
            status=words[self.status[i]],
        )

    # -- whole columns ------------------------------------------------------------------------------------
    def words_of(self, indexes: Sequence[int]) -> list[str]:
        """A column of word indexes as its strings (a sort key)."""
        words = self._words
        return [words[k] for k in indexes]
