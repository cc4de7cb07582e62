"""The calculator tool used as an agent would: typing, keypad clicks, memory, history, bill helper."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from agentdesk.toolbox.calculator import CalculatorWidget


def make(qtbot) -> CalculatorWidget:
    widget = CalculatorWidget()
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.expression.setFocus()
    return widget


def type_and_enter(qtbot, widget: CalculatorWidget, text: str) -> None:
    qtbot.keyClicks(widget.expression, text)
    qtbot.keyClick(widget.expression, Qt.Key.Key_Return)


def test_typing_an_expression_shows_exact_result_and_money(qtbot) -> None:
    w = make(qtbot)
    type_and_enter(qtbot, w, "0.1+0.2")
    assert w.result.text() == "0.3"
    assert w.money.text() == "¥0.30"
    assert w.echo.text() == "0.1+0.2 ="
    assert w.error.text() == ""


def test_percent_and_continuing_from_the_result(qtbot) -> None:
    w = make(qtbot)
    type_and_enter(qtbot, w, "100+10%")
    assert w.result.text() == "110"
    # the result stays selected: an operator continues from it
    type_and_enter(qtbot, w, "*3")
    assert w.result.text() == "330"
    # a digit starts a new expression
    type_and_enter(qtbot, w, "2*5%")
    assert w.result.text() == "0.1"
    assert w.money.text() == "¥0.10"


def test_errors_are_shown_in_words(qtbot) -> None:
    w = make(qtbot)
    type_and_enter(qtbot, w, "1/0")
    assert w.error.text() == "Cannot divide by zero."
    w.clear()
    type_and_enter(qtbot, w, "(2+3")
    assert w.error.text() == "The parentheses do not match."
    w.clear()
    type_and_enter(qtbot, w, "2+a")
    assert w.error.text() == "Unknown character “a” at position 3."
    # the previous good result is kept on screen
    assert w.result.text() == "0"
    w.clear()
    type_and_enter(qtbot, w, "7")
    assert w.error.text() == "" and w.result.text() == "7"


def test_keypad_memory_and_history_reuse(qtbot) -> None:
    w = make(qtbot)
    for key in ["1", "9", ".", "9", "9", "×", "3"]:
        qtbot.mouseClick(w.keys[key], Qt.MouseButton.LeftButton)
    assert w.expression.text() == "19.99×3"
    qtbot.mouseClick(w.keys["="], Qt.MouseButton.LeftButton)
    assert w.result.text() == "59.97"
    qtbot.mouseClick(w.keys["M+"], Qt.MouseButton.LeftButton)
    assert w.memory_label.text() == "Memory: 59.97"
    qtbot.mouseClick(w.keys["C"], Qt.MouseButton.LeftButton)
    type_and_enter(qtbot, w, "40.03")
    qtbot.keyClick(w.expression, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # M+ from the keyboard
    assert w.memory_label.text() == "Memory: 100"
    qtbot.mouseClick(w.keys["C"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.keys["MR"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(w.expression, "/4")
    qtbot.keyClick(w.expression, Qt.Key.Key_Return)
    assert w.result.text() == "25"
    assert [w.history.item(i).text() for i in range(w.history.count())] == [
        "100/4 = 25   (¥25.00)",
        "40.03 = 40.03   (¥40.03)",
        "19.99×3 = 59.97   (¥59.97)",
    ]
    # reuse an older result: activating it inserts its value
    w.clear()
    w.history.setCurrentRow(2)
    w.history.itemActivated.emit(w.history.item(2))
    qtbot.keyClicks(w.expression, "+0.03")
    qtbot.keyClick(w.expression, Qt.Key.Key_Return)
    assert w.result.text() == "60"
    qtbot.mouseClick(w.keys["MC"], Qt.MouseButton.LeftButton)
    assert w.memory_label.text() == ""
    qtbot.mouseClick(w.findChild(type(w.keys["C"]), "calcCopy"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "¥60.00"


def test_escape_clears(qtbot) -> None:
    w = make(qtbot)
    w.expression.setFocus()
    qtbot.keyClicks(w.expression, "12+")
    qtbot.keyClick(w.expression, Qt.Key.Key_Escape)
    assert w.expression.text() == ""


def test_bill_helper_sums_pasted_column_and_hands_total_over(qtbot) -> None:
    w = make(qtbot)
    w.tabs.setCurrentIndex(1)
    helper = w.bill_helper
    QGuiApplication.clipboard().setText("月租费 ¥39.00\n\n来电显示 ￥6.00\n1,234.50\n合计见下\n")
    helper.input.setFocus()
    qtbot.keyClick(helper.input, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert helper.total.text() == "Total: ¥1,279.50 (3 amount(s))"
    assert helper.skipped.text() == "Skipped 1 line(s) without a clear amount: line 5"
    use = [b for b in helper.findChildren(type(w.keys["C"])) if b.text() == "Use total in calculator"][0]
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    assert w.tabs.currentIndex() == 0
    assert w.expression.text() == "1279.5"
    qtbot.keyClicks(w.expression, "-9.5")
    qtbot.keyClick(w.expression, Qt.Key.Key_Return)
    assert w.money.text() == "¥1,270.00"


def test_rounded_results_say_so_and_stay_exact_when_reused(qtbot) -> None:
    w = make(qtbot)
    type_and_enter(qtbot, w, "10/3")
    assert (w.echo.text(), w.result.text(), w.money.text()) == ("10/3 ≈", "3.3333333333", "¥3.33")
    type_and_enter(qtbot, w, "*3")  # continues from the exact value, not from the rounded screen
    assert w.history.item(0).text().startswith("ans*3 ≈ 10")
    assert w.engine.answer == Decimal("9.999999999999999999999999999999999")
