"""Shapes shared by every area: one page of a list, and the answer of a back-office write."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a long list; ``total`` is how many there are in all (None when the system did not say)."""

    items: tuple[T, ...]
    total: int | None = None
    offset: int = 0

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    @property
    def has_more(self) -> bool:
        return self.total is not None and self.offset + len(self.items) < self.total


@dataclass(frozen=True)
class Change:
    """One thing a write changed: ``field`` (or the service kind), its value before and after."""

    field: str
    before: Any = None
    after: Any = None
    action: str | None = None  # e.g. created, enabled, unsubscribed (where the system names it)


@dataclass(frozen=True)
class Activation(Generic[T]):
    """What a back-office write did (TMF640 ServiceActivation style).

    ``changed`` is False when there was nothing to do; ``after`` is the record after the write;
    ``replayed`` says the back end had already done this write for the same idempotency key and
    answered with its first result (it acted once).
    """

    id: str
    operation: str
    subject: str  # the service number or broadband account written to
    state: str
    changed: bool
    changes: tuple[Change, ...]
    after: T | None
    idempotency_key: str
    replayed: bool = False
    completed_at: datetime | None = None
