"""Calculator engine: exact decimal arithmetic over a safe grammar, with memory and history.

Agents recompute bills, so every number is a :class:`~decimal.Decimal` (``0.1 + 0.2`` is ``0.3``) and
money is rounded to cents half-up. Expressions are parsed by a lark LALR grammar (no ``eval``); the
grammar's callbacks compute while parsing, so deep expressions never hit Python's recursion limit.

Percent rule (as on a desk calculator), documented in docs/toolbox.md:
- ``a + b%`` is ``a + a*b/100`` and ``a - b%`` is ``a - a*b/100`` (``100+10%`` = 110, ``100-10%`` = 90);
- anywhere else ``b%`` is ``b/100`` (``200*5%`` = 10, ``50%`` = 0.5, ``100/50%`` = 200);
- ``100+(10%)`` is ``100.1``: parentheses make the percent a plain number again.
``%`` is never modulo.
"""

from __future__ import annotations

import decimal
import enum
import functools
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lark import Lark, Token

MAX_EXPRESSION_LENGTH = 500
MAX_NESTING = 60
HISTORY_LIMIT = 50
DISPLAY_PLACES = 10  # decimals on screen; money has 2, and results keep 34 significant digits
CENT = Decimal("0.01")
# 34 significant digits (IEEE decimal128) is far beyond any bill; results are exact up to it.
_CONTEXT = decimal.Context(
    prec=34,
    rounding=ROUND_HALF_UP,
    Emax=999_999,
    Emin=-999_999,
    traps=[decimal.DivisionByZero, decimal.Overflow, decimal.InvalidOperation],
)

_GRAMMAR = r"""
?start: sum
?sum: product
    | sum "+" product      -> add
    | sum "-" product      -> sub
?product: unary
    | product "*" unary    -> mul
    | product "/" unary    -> div
?unary: postfix
    | "-" unary            -> neg
    | "+" unary            -> pos
?postfix: atom
    | postfix "%"          -> percent
?atom: NUMBER              -> number
    | ANS                  -> ans
    | MEM                  -> mem
    | "(" sum ")"          -> group
ANS.2: /ans\b/i
MEM.2: /m\b/i
NUMBER: /\d{1,3}(,\d{3})+(\.\d*)?|\d+(\.\d*)?|\.\d+/
%import common.WS
%ignore WS
"""


class CalcErrorKind(enum.Enum):
    """Why an expression has no value; the widget turns each into a translated sentence."""

    EMPTY = "empty"
    DIVISION_BY_ZERO = "division_by_zero"
    UNBALANCED_PARENTHESES = "unbalanced_parentheses"
    UNKNOWN_CHARACTER = "unknown_character"
    INCOMPLETE = "incomplete"
    MISPLACED = "misplaced"
    TOO_LONG = "too_long"
    TOO_LARGE = "too_large"
    NO_PREVIOUS_RESULT = "no_previous_result"


@dataclass(frozen=True)
class CalcError:
    """A malformed expression: the kind, the 0-based position (if known) and the offending text."""

    kind: CalcErrorKind
    position: int | None = None
    text: str = ""

    def describe(self) -> str:
        """English message for logs and non-Qt callers; the widget translates by ``kind`` instead."""
        where = f" at position {self.position + 1}" if self.position is not None else ""
        return {
            CalcErrorKind.EMPTY: "Type an expression",
            CalcErrorKind.DIVISION_BY_ZERO: "Division by zero",
            CalcErrorKind.UNBALANCED_PARENTHESES: "Unbalanced parentheses",
            CalcErrorKind.UNKNOWN_CHARACTER: f"Unknown character '{self.text}'{where}",
            CalcErrorKind.INCOMPLETE: "The expression is incomplete",
            CalcErrorKind.MISPLACED: f"Unexpected '{self.text}'{where}",
            CalcErrorKind.TOO_LONG: "The expression is too long",
            CalcErrorKind.TOO_LARGE: "The number is too large",
            CalcErrorKind.NO_PREVIOUS_RESULT: "There is no previous result yet",
        }[self.kind]


@dataclass(frozen=True)
class CalcResult:
    """The outcome of one evaluation: a value or an error, never an exception."""

    expression: str
    value: Decimal | None = None
    error: CalcError | None = None

    @property
    def ok(self) -> bool:
        return self.value is not None

    @property
    def money(self) -> str:
        """The value as money (``¥1,234.57``), or an empty string for an error."""
        return format_money(self.value) if self.value is not None else ""

    @property
    def display(self) -> str:
        """The value for the screen: at most ``DISPLAY_PLACES`` decimals (see ``approximate``)."""
        return format_display(self.value)[0] if self.value is not None else ""

    @property
    def approximate(self) -> bool:
        """The screen shows a rounded value (``10/3`` ≈ 3.3333333333); the value itself is exact."""
        return self.value is not None and format_display(self.value)[1]


class _Percent(Decimal):
    """A value written with ``%``: remembers it was a percentage so ``a + b%`` can scale by ``a``."""


class _DivisionByZero(Exception):
    pass


class _NoPreviousResult(Exception):
    pass


@dataclass(frozen=True)
class _Engine:
    parser: Lark
    evaluator: Any  # the grammar's lark Transformer class, made in _engine
    errors: tuple[type[Exception], ...]  # lark's parse and visit errors


@functools.cache
def _engine() -> _Engine:
    """lark, the grammar's transformer and the LALR tables, made at the first calculation and not when
    the desk starts (importing lark, making the transformer and the tables take ~25 ms)."""
    from lark import Lark, v_args
    from lark.exceptions import UnexpectedInput, VisitError
    from lark.visitors import Transformer_NonRecursive

    @v_args(inline=True)
    class _Evaluate(Transformer_NonRecursive):
        def __init__(self, answer: Decimal | None, memory: Decimal) -> None:
            super().__init__()
            self._answer = answer
            self._memory = memory

        def number(self, tok: Token) -> Decimal:
            return Decimal(str(tok).replace(",", ""))

        def ans(self, _tok: Token) -> Decimal:
            if self._answer is None:
                raise _NoPreviousResult()
            return self._answer

        def mem(self, _tok: Token) -> Decimal:
            return self._memory

        def group(self, value: Decimal) -> Decimal:
            return Decimal(value)

        def percent(self, value: Decimal) -> Decimal:
            return _Percent(_CONTEXT.divide(Decimal(value), 100))

        def neg(self, value: Decimal) -> Decimal:
            out = _CONTEXT.minus(Decimal(value))
            return _Percent(out) if isinstance(value, _Percent) else out

        def pos(self, value: Decimal) -> Decimal:
            out = _CONTEXT.plus(Decimal(value))
            return _Percent(out) if isinstance(value, _Percent) else out

        def add(self, left: Decimal, right: Decimal) -> Decimal:
            right = _CONTEXT.multiply(left, right) if isinstance(right, _Percent) else right
            return _CONTEXT.add(Decimal(left), Decimal(right))

        def sub(self, left: Decimal, right: Decimal) -> Decimal:
            right = _CONTEXT.multiply(left, right) if isinstance(right, _Percent) else right
            return _CONTEXT.subtract(Decimal(left), Decimal(right))

        def mul(self, left: Decimal, right: Decimal) -> Decimal:
            return _CONTEXT.multiply(Decimal(left), Decimal(right))

        def div(self, left: Decimal, right: Decimal) -> Decimal:
            if Decimal(right).is_zero():
                raise _DivisionByZero()
            return _CONTEXT.divide(Decimal(left), Decimal(right))

    parser = Lark(_GRAMMAR, parser="lalr", maybe_placeholders=False)
    return _Engine(parser, _Evaluate, (VisitError, UnexpectedInput))


# Characters agents paste from bills and Chinese input methods, mapped to the grammar's ASCII.
_REPLACEMENTS = str.maketrans({"×": "*", "÷": "/", "−": "-", "–": "-", "¥": " ", "￥": " ", "\u3000": " "})


def normalize_expression(text: str) -> str:
    """Fold full-width characters (NFKC) and calculator symbols into the grammar's ASCII."""
    return unicodedata.normalize("NFKC", text).translate(_REPLACEMENTS)


def _check_parentheses(text: str) -> CalcError | None:
    depth = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
            if depth > MAX_NESTING:
                return CalcError(CalcErrorKind.TOO_LONG, i)
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return CalcError(CalcErrorKind.UNBALANCED_PARENTHESES, i, ")")
    if depth:
        return CalcError(CalcErrorKind.UNBALANCED_PARENTHESES, len(text) - 1, "(")
    return None


def evaluate(expression: str, answer: Decimal | None = None, memory: Decimal = Decimal(0)) -> CalcResult:
    """Evaluate ``expression`` exactly; ``ans`` is the previous result and ``M`` the memory."""
    text = normalize_expression(expression)
    if not text.strip():
        return CalcResult(expression, error=CalcError(CalcErrorKind.EMPTY))
    if len(text) > MAX_EXPRESSION_LENGTH:
        return CalcResult(expression, error=CalcError(CalcErrorKind.TOO_LONG))
    for i, ch in enumerate(text):
        if not (ch.isascii() and (ch.isalnum() or ch in "+-*/%()., \t\r\n")):
            return CalcResult(expression, error=CalcError(CalcErrorKind.UNKNOWN_CHARACTER, i, ch))
    paren_error = _check_parentheses(text)
    if paren_error:
        return CalcResult(expression, error=paren_error)
    engine = _engine()
    try:
        tree = engine.parser.parse(text)
        value = engine.evaluator(answer, memory).transform(tree)
        value = _CONTEXT.plus(Decimal(value))
    except (*engine.errors, decimal.DecimalException, _DivisionByZero, _NoPreviousResult) as exc:
        return CalcResult(expression, error=_error_from(exc, text))
    if value.is_zero():
        value = Decimal(0)
    return CalcResult(expression, value=value)


def _error_from(exc: Exception, text: str) -> CalcError:
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedToken, VisitError  # loaded

    if isinstance(exc, VisitError):
        exc = exc.orig_exc
    if isinstance(exc, (_DivisionByZero, decimal.DivisionByZero)):
        return CalcError(CalcErrorKind.DIVISION_BY_ZERO)
    if isinstance(exc, _NoPreviousResult):
        return CalcError(CalcErrorKind.NO_PREVIOUS_RESULT)
    if isinstance(exc, decimal.DecimalException):
        return CalcError(CalcErrorKind.TOO_LARGE)
    if isinstance(exc, UnexpectedEOF):
        return CalcError(CalcErrorKind.INCOMPLETE)
    if isinstance(exc, UnexpectedToken):
        if exc.token.type == "$END":
            return CalcError(CalcErrorKind.INCOMPLETE)
        return CalcError(CalcErrorKind.MISPLACED, exc.column - 1 if exc.column > 0 else None, str(exc.token))
    if isinstance(exc, UnexpectedCharacters):
        pos = exc.pos_in_stream
        return CalcError(CalcErrorKind.UNKNOWN_CHARACTER, pos, text[pos : pos + 1])
    return CalcError(CalcErrorKind.MISPLACED)


def round_money(value: Decimal) -> Decimal:
    """Round to cents, half-up (0.005 -> 0.01), the way bills are rounded."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP, context=_CONTEXT)


def format_money(value: Decimal) -> str:
    """``¥1,234.57`` / ``-¥0.50``: rounded to cents half-up, with thousands separators."""
    cents = round_money(value)
    sign = "-" if cents < 0 else ""
    return f"{sign}¥{abs(cents):,.2f}"


def format_plain(value: Decimal) -> str:
    """A result without exponent notation or trailing zeros (``0.3``, ``1200``, ``3.3333…``)."""
    text = format(value.normalize(_CONTEXT), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_display(value: Decimal) -> tuple[str, bool]:
    """(text, rounded): the value with at most ``DISPLAY_PLACES`` decimals, rounded half-up."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -DISPLAY_PLACES:
        return format_plain(value), False
    shown = value.quantize(Decimal(1).scaleb(-DISPLAY_PLACES), rounding=ROUND_HALF_UP, context=_CONTEXT)
    return format_plain(shown), shown != value


@dataclass(frozen=True)
class HistoryEntry:
    expression: str
    value: Decimal


@dataclass
class Calculator:
    """A calculator session: the last answer, the memory register and the history of results."""

    memory: Decimal = Decimal(0)
    history: list[HistoryEntry] = field(default_factory=list)

    @property
    def answer(self) -> Decimal | None:
        return self.history[0].value if self.history else None

    def evaluate(self, expression: str) -> CalcResult:
        """Evaluate and, on success, put the result at the top of the history."""
        result = evaluate(expression, self.answer, self.memory)
        if result.value is not None:
            self.history.insert(0, HistoryEntry(expression.strip(), result.value))
            del self.history[HISTORY_LIMIT:]
        return result

    def memory_add(self, value: Decimal) -> None:
        self.memory = _CONTEXT.add(self.memory, value)

    def memory_subtract(self, value: Decimal) -> None:
        self.memory = _CONTEXT.subtract(self.memory, value)

    def memory_clear(self) -> None:
        self.memory = Decimal(0)

    @property
    def has_memory(self) -> bool:
        return not self.memory.is_zero()
