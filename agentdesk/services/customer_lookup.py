"""Customer search: what the agent typed (service number, contract, ID card or name) to the customers
CRM knows, each with the number to open first.

The text is recognised with ``domain.validation`` before any call, so a typo (an ID card whose check
digit is wrong, another operator's mobile) is named at once instead of answering "not found".
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agentdesk.domain.customer import Customer, Subscriber
from agentdesk.domain.validation import SearchKind, SearchProblem, SearchQuery, classify_search
from agentdesk.services.errors import ServiceError

MAX_MATCHES = 30  # a common name: the agent narrows the search rather than scrolling hundreds

_PROBLEM_TEXT = {
    SearchProblem.EMPTY: QT_TRANSLATE_NOOP(
        "CustomerLookup", "Type a service number, contract number, ID card or name."
    ),
    SearchProblem.TOO_LONG: QT_TRANSLATE_NOOP(
        "CustomerLookup", "The search text is too long (at most 64 characters)."
    ),
    SearchProblem.NOT_OPERATOR_MOBILE: QT_TRANSLATE_NOOP(
        "CustomerLookup", "%1 is not one of our mobile numbers (another operator's range)."
    ),
    SearchProblem.ID_CARD_CHECKSUM: QT_TRANSLATE_NOOP(
        "CustomerLookup",
        "%1 is not a valid ID card number: the last character does not match. Check for a typo.",
    ),
    SearchProblem.ID_CARD_BIRTH_DATE: QT_TRANSLATE_NOOP(
        "CustomerLookup", "%1 is not a valid ID card number: the birth date in it is impossible."
    ),
    SearchProblem.UNRECOGNISED_NUMBER: QT_TRANSLATE_NOOP(
        "CustomerLookup", "%1 is not a service number, contract number or ID card number we know the form of."
    ),
    SearchProblem.BAD_BROADBAND_ACCOUNT: QT_TRANSLATE_NOOP(
        "CustomerLookup", "%1 is not a broadband account (the form is xx12345678@adsl)."
    ),
    SearchProblem.BAD_CONTRACT: QT_TRANSLATE_NOOP(
        "CustomerLookup", "%1 is not a contract number (HT followed by 8 to 12 digits)."
    ),
}


class InvalidSearch(ServiceError):
    """The search text is not something CRM can be asked for; ``message`` says why, translated."""

    def __init__(self, query: SearchQuery):
        template = _PROBLEM_TEXT.get(query.problem or SearchProblem.UNRECOGNISED_NUMBER)
        text = QCoreApplication.translate("CustomerLookup", template).replace("%1", query.value or query.text)
        super().__init__(text)
        self.query = query


@dataclass(frozen=True)
class CustomerMatch:
    """One customer found: enough to choose between namesakes and to open the right number first."""

    customer_id: str
    name: str
    number: str  # the number searched for, else the customer's first active one ("" if none)
    city: str
    level: str
    district: str = ""
    customer_type: str = "individual"
    kind: SearchKind = SearchKind.NAME


@dataclass(frozen=True)
class CustomerOverview:
    customer: Customer
    subscribers: tuple[Subscriber, ...]


def _first_number(subscribers: tuple[Subscriber, ...]) -> str:
    ordered = sorted(subscribers, key=lambda s: (s.status != "active", s.service_type != "mobile", s.id))
    return ordered[0].number if ordered else ""


class CustomerLookup:
    """``find`` for the search box, ``overview`` for a customer's header (core data and numbers)."""

    def __init__(self, backoffice) -> None:
        self._crm = backoffice.crm

    async def find(self, text: str) -> list[CustomerMatch]:
        """Customers for the search text; raises :class:`InvalidSearch` for text that cannot be a key."""
        query = classify_search(text)
        if not query.valid:
            raise InvalidSearch(query)
        page = await self._crm.search(query, limit=MAX_MATCHES)
        customers = list(page.items)
        if query.is_service_number:
            numbers = [query.value] * len(customers)
        else:
            subscribers = await asyncio.gather(*(self._crm.subscribers(c.id) for c in customers))
            numbers = [_first_number(tuple(s.items)) for s in subscribers]
        return [
            CustomerMatch(
                customer_id=c.id,
                name=c.name,
                number=number,
                city=c.city,
                level=c.level,
                district=c.district,
                customer_type=c.customer_type,
                kind=query.kind,
            )
            for c, number in zip(customers, numbers, strict=True)
        ]

    async def overview(self, customer_id: str) -> CustomerOverview:
        """The customer's CRM core data and subscribers, fetched together."""
        customer, subscribers = await asyncio.gather(
            self._crm.customer(customer_id), self._crm.subscribers(customer_id)
        )
        return CustomerOverview(customer, tuple(subscribers.items))
