"""What the tabs of one customer view are about, and the calls they share while loading together.

Twelve tabs load at once; several need the same answer (the HLR record feeds the add-on and the network
tabs, billing's status the subscriber and the suspension tabs). A :class:`Fetcher` asks each question
once per load round and hands every tab the same answer; a failed answer is asked again on retry.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from agentdesk.domain.customer import Customer, Subscriber

T = TypeVar("T")


@dataclass(frozen=True)
class ViewScope:
    """One customer and the number chosen in the view; tabs about one kind of service pick theirs."""

    customer: Customer
    subscribers: tuple[Subscriber, ...]
    subscriber: Subscriber | None  # the number in view (None: the customer has no subscriber)

    @property
    def customer_id(self) -> str:
        return self.customer.id

    @property
    def number(self) -> str:
        return self.subscriber.number if self.subscriber else ""

    @property
    def account_id(self) -> str | None:
        if self.subscriber is not None:
            return self.subscriber.account_id
        return self.customer.accounts[0].id if self.customer.accounts else None

    @property
    def contract_no(self) -> str | None:
        if self.subscriber is not None and self.subscriber.contract_no:
            return self.subscriber.contract_no
        account = next((a for a in self.customer.accounts if a.id == self.account_id), None)
        return account.contract_no if account else None

    def of_type(self, *service_types: str) -> tuple[Subscriber, ...]:
        return tuple(s for s in self.subscribers if s.service_type in service_types)

    def pick(self, *service_types: str) -> Subscriber | None:
        """The number in view if it is of these types, else the customer's first such (active first)."""
        if self.subscriber is not None and self.subscriber.service_type in service_types:
            return self.subscriber
        candidates = sorted(self.of_type(*service_types), key=lambda s: (s.status != "active", s.id))
        return candidates[0] if candidates else None

    def with_number(self, number: str) -> ViewScope:
        chosen = next((s for s in self.subscribers if s.number == number), None)
        if chosen is None:
            raise KeyError(number)
        return ViewScope(self.customer, self.subscribers, chosen)

    @property
    def key(self) -> tuple[str, str]:
        """Identifies what a result belongs to: the stale-response guard compares it."""
        return (self.customer_id, self.number)


class Fetcher:
    """Shares one in-flight or finished answer per key among the tabs of one load round.

    A tab that is cancelled does not cancel the shared call (other tabs may wait for it); ``close``
    cancels whatever is still running when the round is abandoned.
    """

    def __init__(self) -> None:
        self._tasks: dict[Any, asyncio.Future] = {}
        self._closed = False

    async def get(self, key: Any, call: Callable[[], Awaitable[T]]) -> T:
        if self._closed:
            raise asyncio.CancelledError("this load round was abandoned")
        task = self._tasks.get(key)
        if task is None or (task.done() and (task.cancelled() or task.exception() is not None)):
            task = asyncio.ensure_future(call())
            task.add_done_callback(_consume)
            self._tasks[key] = task
        return await asyncio.shield(task)

    def forget(self, predicate: Callable[[Any], bool]) -> None:
        """Ask again next time for the keys ``predicate`` picks (e.g. everything of one system after a write)."""
        for key in [k for k in self._tasks if predicate(k)]:
            self._tasks.pop(key)

    def close(self) -> None:
        self._closed = True
        for task in self._tasks.values():
            if not task.done():
                task.cancel()
        self._tasks.clear()


def _consume(task: asyncio.Future) -> None:
    """A shared call nobody awaits any more must not log "exception was never retrieved"."""
    if not task.cancelled():
        task.exception()
