"""Calculator engine against a table of expressions, and random input that must never raise."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.services.toolbox.bill_helper import parse_amount, sum_column
from agentdesk.services.toolbox.calculator import (
    CalcErrorKind,
    Calculator,
    evaluate,
    format_money,
    format_plain,
    round_money,
)

VALUES = [
    ("0.1 + 0.2", "0.3"),
    ("1 + 2 * 3", "7"),
    ("(1 + 2) * 3", "9"),
    ("10 - 4 - 3", "3"),
    ("100 / 4 / 5", "5"),
    ("-3 + 5", "2"),
    ("-(2 + 3) * 2", "-10"),
    ("--4", "4"),
    ("2 * -3", "-6"),
    ("1.10 * 3", "3.3"),
    ("10 / 4", "2.5"),
    ("19.99 * 3", "59.97"),
    ("1,234.50 + 0.50", "1235"),
    ("¥39 + ￥12.5", "51.5"),
    ("（1＋2）×3÷4", "2.25"),
    (".5 + 1.", "1.5"),
    ("  7  ", "7"),
    # percentages: a + b% scales by a; elsewhere b% is b/100
    ("100 + 10%", "110"),
    ("100 - 10%", "90"),
    ("200 * 5%", "10"),
    ("100 / 50%", "200"),
    ("50%", "0.5"),
    ("100 + (10%)", "100.1"),
    ("80 + 10% + 10%", "96.8"),
    ("(50 + 50) * 10% + 1", "11"),
    ("-10% + 100", "99.9"),
    ("1 - 1", "0"),
    ("0 * -5", "0"),
]


@pytest.mark.parametrize(("expression", "expected"), VALUES)
def test_values(expression: str, expected: str) -> None:
    result = evaluate(expression)
    assert result.error is None, result.error
    assert result.display == expected
    assert result.value == Decimal(expected)


ERRORS = [
    ("", CalcErrorKind.EMPTY, None),
    ("   ", CalcErrorKind.EMPTY, None),
    ("1 / 0", CalcErrorKind.DIVISION_BY_ZERO, None),
    ("5 / (2 - 2)", CalcErrorKind.DIVISION_BY_ZERO, None),
    ("1 / 0%", CalcErrorKind.DIVISION_BY_ZERO, None),
    ("(1 + 2", CalcErrorKind.UNBALANCED_PARENTHESES, None),
    ("1 + 2)", CalcErrorKind.UNBALANCED_PARENTHESES, 5),
    (")(", CalcErrorKind.UNBALANCED_PARENTHESES, 0),
    ("1 + ", CalcErrorKind.INCOMPLETE, None),
    ("2 * ", CalcErrorKind.INCOMPLETE, None),
    ("2 ** 3", CalcErrorKind.MISPLACED, 3),
    ("()", CalcErrorKind.MISPLACED, 1),
    ("3 $ 4", CalcErrorKind.UNKNOWN_CHARACTER, 2),
    ("abc", CalcErrorKind.UNKNOWN_CHARACTER, 0),
    ("1,2", CalcErrorKind.UNKNOWN_CHARACTER, 1),
    ("__import__('os')", CalcErrorKind.UNKNOWN_CHARACTER, 0),
    ("1 + 2 = ", CalcErrorKind.UNKNOWN_CHARACTER, 6),
    ("ans + 1", CalcErrorKind.NO_PREVIOUS_RESULT, None),
    ("1" + "+1" * 300, CalcErrorKind.TOO_LONG, None),
    ("(" * 100 + "1" + ")" * 100, CalcErrorKind.TOO_LONG, None),
    ("9" * 200 + "*" + "9" * 200 + "*" + "9" * 90, None, None),
]


@pytest.mark.parametrize(("expression", "kind", "position"), ERRORS)
def test_errors_are_values_not_exceptions(expression: str, kind: CalcErrorKind | None, position) -> None:
    result = evaluate(expression)
    if kind is None:  # a very large but valid product: rounded to 34 digits, not an error
        assert result.ok
        return
    assert not result.ok
    assert result.error.kind is kind
    if position is not None:
        assert result.error.position == position
    assert result.error.describe()


def test_messages_name_the_offending_character() -> None:
    assert evaluate("3 $ 4").error.describe() == "Unknown character '$' at position 3"
    assert evaluate("1 / 0").error.describe() == "Division by zero"
    assert evaluate("(1").error.describe() == "Unbalanced parentheses"


@pytest.mark.parametrize(
    ("value", "money"),
    [
        ("0.3", "¥0.30"),
        ("0.005", "¥0.01"),
        ("0.004", "¥0.00"),
        ("2.675", "¥2.68"),  # binary floats give 2.67 here; exact decimal half-up gives 2.68
        ("1234567.891", "¥1,234,567.89"),
        ("-0.5", "-¥0.50"),
        ("-0.015", "-¥0.02"),
        ("10", "¥10.00"),
    ],
)
def test_money_rounds_half_up_to_cents(value: str, money: str) -> None:
    assert format_money(Decimal(value)) == money


def test_non_terminating_results_are_exact_inside_and_rounded_on_screen() -> None:
    third = evaluate("10 / 3")
    assert third.value == Decimal("3.333333333333333333333333333333333")  # 34 significant digits
    assert third.display == "3.3333333333" and third.approximate
    assert third.money == "¥3.33"
    back = evaluate("1 / 3 * 3")
    assert back.value == Decimal("0.9999999999999999999999999999999999")
    assert back.display == "1" and back.approximate
    assert not evaluate("0.1 + 0.2").approximate
    assert evaluate("1 / 1024").display == "0.0009765625"  # ten decimals shown exactly
    assert evaluate("1 / 2048").approximate


def test_plain_format_has_no_exponent() -> None:
    assert format_plain(Decimal("1E+3")) == "1000"
    assert format_plain(Decimal("1.500")) == "1.5"
    assert format_plain(Decimal("-0")) == "0"
    assert round_money(Decimal("1.005")) == Decimal("1.01")


def test_memory_and_history_are_reusable() -> None:
    calc = Calculator()
    assert calc.evaluate("19.99 * 3").value == Decimal("59.97")
    calc.memory_add(calc.answer)
    assert calc.evaluate("ans - 9.97").value == Decimal("50")
    calc.memory_subtract(Decimal("9.97"))
    assert calc.evaluate("M + 1").value == Decimal("51")
    assert [h.expression for h in calc.history] == ["M + 1", "ans - 9.97", "19.99 * 3"]
    assert calc.evaluate("1 / 0").error is not None  # errors do not enter the history
    assert len(calc.history) == 3
    calc.memory_clear()
    assert not calc.has_memory
    assert calc.evaluate("m").value == 0


def test_history_is_bounded() -> None:
    calc = Calculator()
    for i in range(80):
        calc.evaluate(str(i))
    assert len(calc.history) == 50
    assert calc.history[0].value == 79


ALPHABET = "0123456789+-*/%().,¥ ans M×÷（）x$=\n\t"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_random_expressions_never_raise(text: str) -> None:
    result = evaluate(text, answer=Decimal("1.5"), memory=Decimal("2"))
    assert result.ok != (result.error is not None)
    if result.ok:
        assert result.money.lstrip("-").startswith("¥")
    else:
        assert result.error.describe()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_unicode_never_raises(text: str) -> None:
    result = evaluate(text)
    assert result.ok or result.error.describe()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.decimals(min_value=-(10**6), max_value=10**6, places=2, allow_nan=False), max_size=20))
def test_sum_matches_exact_decimal_sum(values: list[Decimal]) -> None:
    expression = " + ".join(f"({v})" for v in values) or "0"
    assert evaluate(expression).value == sum(values, Decimal(0))


BILL = """月租费 ¥39.00
来电显示 ￥6.00

流量包	¥1,234.50
(12.50)
调账 5.00-
合计见下
2026-10 ¥39
ＲＭＢ　１０．００
"""


def test_bill_helper_sums_a_pasted_column() -> None:
    result = sum_column(BILL)
    assert result.total == Decimal("1272.00")  # 39 + 6 + 1234.50 - 12.50 - 5 + 10
    assert result.count == 6
    assert result.money == "¥1,272.00"
    assert [(s.line_number, s.text) for s in result.skipped] == [(7, "合计见下"), (8, "2026-10 ¥39")]


@pytest.mark.parametrize(
    ("line", "amount"),
    [
        ("¥0.10", "0.10"),
        ("39元", "39"),
        ("-3", "-3"),
        ("+5", "5"),
        ("(5", None),
        ("12.5.3", None),
        ("", None),
    ],
)
def test_bill_helper_lines(line: str, amount: str | None) -> None:
    assert parse_amount(line) == (Decimal(amount) if amount else None)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_bill_helper_never_raises(text: str) -> None:
    result = sum_column(text)
    assert result.count + len(result.skipped) <= len(text.splitlines())


def test_lark_is_loaded_at_the_first_calculation_not_with_the_calculator():
    """The desk builds the calculator at start; lark and the grammar's tables wait for a calculation."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from agentdesk.services.toolbox.calculator import evaluate\n"
        "assert 'lark' not in sys.modules\n"
        "print(evaluate('100+10%').value, evaluate('1+').error.kind.name)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["110.0", "INCOMPLETE"]
