"""Bill helper: sum a column of amounts pasted from a bill, a spreadsheet or a chat window.

Each line holds one amount, optionally with a label before it (``月租费 ¥39.00``), a currency sign
(``¥``, ``￥``, ``RMB``, ``元``), thousands separators and full-width digits. Accountants' negatives
``(12.50)`` and a trailing minus ``12.50-`` count as negative. Blank lines are ignored; a line with no
amount or more than one number is skipped and reported, never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from agentdesk.services.toolbox.calculator import format_money

_AMOUNT = re.compile(
    r"""^(?P<label>[^\d\-+(.]*?)\s*
        (?P<open>\()?\s*(?P<sign>[-+])?\s*(?:RMB|CNY|¥)?\s*
        (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)
        \s*(?:元|RMB|CNY)?\s*(?P<close>\))?\s*(?P<trail>-)?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class SkippedLine:
    line_number: int
    text: str


@dataclass(frozen=True)
class BillSum:
    """The total of the amounts found, how many there were, and the lines that were not amounts."""

    total: Decimal = Decimal(0)
    amounts: tuple[Decimal, ...] = ()
    skipped: tuple[SkippedLine, ...] = field(default_factory=tuple)

    @property
    def count(self) -> int:
        return len(self.amounts)

    @property
    def money(self) -> str:
        return format_money(self.total)


def parse_amount(line: str) -> Decimal | None:
    """The amount on one line, or ``None`` when the line holds no single clear amount."""
    text = unicodedata.normalize("NFKC", line).replace("￥", "¥").strip()
    match = _AMOUNT.match(text)
    if not match or bool(match["open"]) != bool(match["close"]):
        return None
    try:
        value = Decimal(match["num"].replace(",", ""))
    except InvalidOperation:
        return None
    negative = (match["sign"] == "-") + bool(match["open"]) + bool(match["trail"])
    return -value if negative % 2 else value


def sum_column(text: str) -> BillSum:
    """Sum every amount in ``text``, one per line."""
    amounts: list[Decimal] = []
    skipped: list[SkippedLine] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        amount = parse_amount(line)
        if amount is None:
            skipped.append(SkippedLine(number, line.strip()))
        else:
            amounts.append(amount)
    return BillSum(sum(amounts, Decimal(0)), tuple(amounts), tuple(skipped))
