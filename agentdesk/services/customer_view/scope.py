"""What the tabs of one customer view are about, and the calls they share while loading together.

Twelve tabs load at once; several need the same answer (the HLR record feeds the add-on and the network
tabs, billing's status the subscriber and the suspension tabs). A :class:`Fetcher` asks each question
once per load round and hands every tab the same answer; a failed answer is asked again on retry.

Asking starts the call at once, so a view can start every question it can already name from an
:class:`Opening` (the customer id and the number the search found) while CRM is still answering who the
customer is: the whole view then costs one round trip instead of two or three in a row.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from agentdesk.domain.customer import Customer, Subscriber
from agentdesk.domain.validation import is_broadband_account, is_fixed_line, is_operator_mobile

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


@dataclass(frozen=True)
class Opening:
    """What is known the moment a customer is opened, before CRM has answered: the customer's id and the
    number to show first (the one searched for). Tabs start the questions they can name from it."""

    customer_id: str
    number: str = ""

    @property
    def service_type(self) -> str | None:
        """The number's kind by its form (mobile, fixed, broadband), or None when the form does not say."""
        if not self.number:
            return None
        if is_operator_mobile(self.number):
            return "mobile"
        if is_fixed_line(self.number):
            return "fixed"
        if is_broadband_account(self.number):
            return "broadband"
        return None

    def number_of(self, *service_types: str) -> str | None:
        """The number a tab about these kinds of service will most likely show (the scope decides)."""
        return self.number if self.service_type in service_types else None


class Shared:
    """One shared answer. Awaiting it waits for the call without cancelling it for the other tabs; the
    call runs whether or not anybody awaits (so starting one early and dropping it is fine)."""

    __slots__ = ("task",)

    def __init__(self, task: asyncio.Future) -> None:
        self.task = task

    def __await__(self):
        return asyncio.shield(self.task).__await__()


class Fetcher:
    """Shares one in-flight or finished answer per key among the tabs of one load round.

    ``get`` starts the call at once (it is not a coroutine), so asking early costs nothing later. A tab
    that is cancelled does not cancel the shared call (other tabs may wait for it); ``close`` cancels
    whatever is still running when the round is abandoned.
    """

    def __init__(self) -> None:
        self._tasks: dict[Any, asyncio.Future] = {}
        self._closed = False

    def get(self, key: Any, call: Callable[[], Awaitable[T]]) -> Shared:
        if self._closed:
            # the round was abandoned: the answer is a cancellation, raised when awaited (raising here
            # would leave the caller's other coroutines made but never awaited)
            gone = asyncio.get_running_loop().create_future()
            gone.cancel()
            return Shared(gone)
        task = self._tasks.get(key)
        if task is None or (task.done() and (task.cancelled() or task.exception() is not None)):
            task = asyncio.ensure_future(call())
            task.add_done_callback(_consume)
            self._tasks[key] = task
        return Shared(task)

    def asked(self) -> list[Any]:
        """The keys asked in this round (what a test checks to see that nothing is asked twice)."""
        return list(self._tasks)

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
