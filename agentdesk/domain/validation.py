"""What did the agent type into the search box? A service number, a contract number, an ID card or a name.

Pure functions, so the search box, the flow engine and the tests agree. Problems come back as codes
(:class:`SearchProblem`); the view words them in the agent's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

# China Telecom's mobile number ranges (the operator's): the first three digits
OPERATOR_MOBILE_PREFIXES = frozenset(
    {"133", "149", "153", "162", "173", "174", "177", "180", "181", "189", "190", "191", "193", "199"}
)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

_MOBILE = re.compile(r"1[3-9]\d{9}")
# 3-digit area codes are 010 and 02x; all others have 4 digits (0[3-9]xx); local numbers 7-8 digits
_FIXED = re.compile(r"0(?:10|2\d|[3-9]\d\d)[2-8]\d{6,7}")
_BROADBAND = re.compile(r"[a-z]{2}\d{8}@adsl")
_CONTRACT = re.compile(r"HT\d{8,12}")
_ID_CARD = re.compile(r"[1-8]\d{16}[\dX]")
_SEPARATORS = re.compile(r"[\s\-()（）]")
_NAME = re.compile(r"[\w\u3400-\u9fff·•.&'（）() -]+")


class SearchKind(StrEnum):
    MOBILE = "mobile"
    FIXED_LINE = "fixed_line"
    BROADBAND = "broadband"
    CONTRACT = "contract"
    ID_CARD = "id_card"
    NAME = "name"
    INVALID = "invalid"


class SearchProblem(StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    NOT_OPERATOR_MOBILE = "not_operator_mobile"  # 11-digit mobile of another operator
    ID_CARD_CHECKSUM = "id_card_checksum"  # looks like an ID card, last character wrong: a typo
    ID_CARD_BIRTH_DATE = "id_card_birth_date"
    UNRECOGNISED_NUMBER = "unrecognised_number"  # digits, but no kind of number we know
    BAD_BROADBAND_ACCOUNT = "bad_broadband_account"  # has an @ but is not xx12345678@adsl
    BAD_CONTRACT = "bad_contract"  # starts HT but the digits are wrong


SERVICE_NUMBER_KINDS = frozenset({SearchKind.MOBILE, SearchKind.FIXED_LINE, SearchKind.BROADBAND})


@dataclass(frozen=True)
class SearchQuery:
    """The search text understood: ``value`` is normalised (no spaces or dashes, upper-case X, ...)."""

    text: str
    kind: SearchKind
    value: str
    problem: SearchProblem | None = None

    @property
    def valid(self) -> bool:
        return self.kind is not SearchKind.INVALID

    @property
    def is_service_number(self) -> bool:
        return self.kind in SERVICE_NUMBER_KINDS


def id_card_checksum(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits of an ID card."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def id_card_birth_date(id_card: str) -> date | None:
    try:
        return date(int(id_card[6:10]), int(id_card[10:12]), int(id_card[12:14]))
    except ValueError:
        return None


def is_valid_id_card(text: str, today: date | None = None) -> bool:
    value = text.strip().upper()
    if not _ID_CARD.fullmatch(value) or id_card_checksum(value[:17]) != value[17]:
        return False
    born = id_card_birth_date(value)
    return born is not None and date(1900, 1, 1) <= born <= (today or date.today())


def normalise_number(text: str) -> str:
    """Spaces, dashes and brackets out; a +86/0086 country code off a mobile number."""
    value = _SEPARATORS.sub("", text.strip())
    for prefix in ("+86", "0086"):
        if value.startswith(prefix) and _MOBILE.fullmatch(value[len(prefix) :]):
            return value[len(prefix) :]
    if len(value) == 13 and value.startswith("86") and _MOBILE.fullmatch(value[2:]):
        return value[2:]
    return value


def is_operator_mobile(text: str) -> bool:
    value = normalise_number(text)
    return bool(_MOBILE.fullmatch(value)) and value[:3] in OPERATOR_MOBILE_PREFIXES


def is_fixed_line(text: str) -> bool:
    return bool(_FIXED.fullmatch(normalise_number(text)))


def is_broadband_account(text: str) -> bool:
    return bool(_BROADBAND.fullmatch(text.strip().lower()))


def is_contract_no(text: str) -> bool:
    return bool(_CONTRACT.fullmatch(text.strip().upper()))


def classify_search(text: str, today: date | None = None) -> SearchQuery:
    """Recognise a search text: mobile, fixed line, broadband account, contract, ID card, else a name."""
    raw = text or ""
    stripped = raw.strip()
    if not stripped:
        return SearchQuery(raw, SearchKind.INVALID, "", SearchProblem.EMPTY)
    if len(stripped) > 64:
        return SearchQuery(raw, SearchKind.INVALID, stripped[:64], SearchProblem.TOO_LONG)

    if "@" in stripped:
        lower = stripped.lower().replace(" ", "")
        if _BROADBAND.fullmatch(lower):
            return SearchQuery(raw, SearchKind.BROADBAND, lower)
        return SearchQuery(raw, SearchKind.INVALID, lower, SearchProblem.BAD_BROADBAND_ACCOUNT)

    upper = _SEPARATORS.sub("", stripped).upper()
    if upper.startswith("HT") and upper[2:3].isdigit():
        if _CONTRACT.fullmatch(upper):
            return SearchQuery(raw, SearchKind.CONTRACT, upper)
        return SearchQuery(raw, SearchKind.INVALID, upper, SearchProblem.BAD_CONTRACT)

    if _ID_CARD.fullmatch(upper):
        if id_card_checksum(upper[:17]) != upper[17]:
            return SearchQuery(raw, SearchKind.INVALID, upper, SearchProblem.ID_CARD_CHECKSUM)
        born = id_card_birth_date(upper)
        if born is None or not date(1900, 1, 1) <= born <= (today or date.today()):
            return SearchQuery(raw, SearchKind.INVALID, upper, SearchProblem.ID_CARD_BIRTH_DATE)
        return SearchQuery(raw, SearchKind.ID_CARD, upper)

    number = normalise_number(stripped)
    if number.isdigit():
        if _MOBILE.fullmatch(number):
            if number[:3] in OPERATOR_MOBILE_PREFIXES:
                return SearchQuery(raw, SearchKind.MOBILE, number)
            return SearchQuery(raw, SearchKind.INVALID, number, SearchProblem.NOT_OPERATOR_MOBILE)
        if _FIXED.fullmatch(number):
            return SearchQuery(raw, SearchKind.FIXED_LINE, number)
        return SearchQuery(raw, SearchKind.INVALID, number, SearchProblem.UNRECOGNISED_NUMBER)

    if sum(c.isdigit() for c in stripped) >= 5 or not _NAME.fullmatch(stripped):
        return SearchQuery(raw, SearchKind.INVALID, stripped, SearchProblem.UNRECOGNISED_NUMBER)
    return SearchQuery(raw, SearchKind.NAME, " ".join(stripped.split()))
