"""Calculator tool: keyboard-first exact arithmetic with memory, reusable history and a bill helper."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.services.toolbox.bill_helper import sum_column
from agentdesk.services.toolbox.calculator import (
    CalcError,
    CalcErrorKind,
    CalcResult,
    Calculator,
    format_display,
    format_money,
    format_plain,
)
from agentdesk.views.widgets.scroller import scrolling

_OPERATORS = "+-*/%×÷"
# (label, text inserted into the expression); the keypad mirrors a desk calculator.
_KEYPAD = [
    [("7", "7"), ("8", "8"), ("9", "9"), ("÷", "÷"), ("(", "(")],
    [("4", "4"), ("5", "5"), ("6", "6"), ("×", "×"), (")", ")")],
    [("1", "1"), ("2", "2"), ("3", "3"), ("−", "-"), ("%", "%")],
    [("0", "0"), ("00", "00"), (".", "."), ("+", "+"), ("⌫", None)],
]
_ROLE_VALUE = Qt.ItemDataRole.UserRole


class CalculatorWidget(QWidget):
    """Type an expression and press Enter; results go to a history that can be reused."""

    result_ready = Signal(str)  # the money text of the latest result, for whoever wants to copy it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calculator")
        self.engine = Calculator()
        self._just_evaluated = False
        tabs = QTabWidget(self)
        tabs.setDocumentMode(True)
        tabs.addTab(scrolling(self._build_calculator(), self), self.tr("Calculator"))  # a short toolbox dock
        self.bill_helper = BillHelperWidget(self)
        self.bill_helper.use_total.connect(self._use_bill_total)
        tabs.addTab(self.bill_helper, self.tr("Bill helper"))
        self.tabs = tabs
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tabs)
        self.setFocusProxy(self.expression)

    def _build_calculator(self) -> QWidget:
        page = QWidget(self)
        self.expression = QLineEdit(page)
        self.expression.setObjectName("calcExpression")
        self.expression.setPlaceholderText(self.tr("Type an expression, e.g. 19.99*3 + 10%, then Enter"))
        self.expression.setClearButtonEnabled(True)
        self.expression.returnPressed.connect(self.calculate)
        self.expression.textEdited.connect(self._on_edited)
        self.echo = QLabel(page)
        self.echo.setObjectName("calcEcho")
        self.echo.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.result = QLabel("0", page)
        self.result.setObjectName("calcResult")
        self.result.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.result.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.result.setFont(font)
        self.money = QLabel("¥0.00", page)
        self.money.setObjectName("calcMoney")
        self.money.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.money.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(page)
        self.error.setObjectName("calcError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.memory_label = QLabel(page)
        self.memory_label.setObjectName("calcMemory")

        keypad = QGridLayout()
        keypad.setSpacing(4)
        self.keys: dict[str, QPushButton] = {}
        for r, row in enumerate(_KEYPAD):
            for c, (label, insert) in enumerate(row):
                button = self._key(label, page)
                if insert is None:
                    button.setToolTip(self.tr("Delete the last character (Backspace)"))
                    button.clicked.connect(self.expression.backspace)
                else:
                    button.clicked.connect(lambda _=False, s=insert: self._insert(s))
                keypad.addWidget(button, r, c)
        clear = self._key("C", page)
        clear.setToolTip(self.tr("Clear the expression (Esc)"))
        clear.clicked.connect(self.clear)
        equals = self._key("=", page)
        equals.setToolTip(self.tr("Calculate (Enter)"))
        equals.clicked.connect(self.calculate)
        equals.setDefault(True)
        keypad.addWidget(clear, 4, 0, 1, 2)
        keypad.addWidget(equals, 4, 2, 1, 3)

        memory = QHBoxLayout()
        for label, slot, tip, shortcut in (
            ("MC", self.memory_clear, self.tr("Clear the memory"), "Ctrl+Shift+Del"),
            ("MR", self.memory_recall, self.tr("Insert the memory into the expression"), "Ctrl+R"),
            ("M+", self.memory_add, self.tr("Add the result to the memory"), "Ctrl+M"),
            ("M−", self.memory_subtract, self.tr("Subtract the result from the memory"), "Ctrl+Shift+M"),
        ):
            button = self._key(label, page)
            button.setToolTip(
                f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            button.clicked.connect(slot)
            memory.addWidget(button)
            sc = QShortcut(QKeySequence(shortcut), self, slot)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy = QPushButton(self.tr("Copy ¥"), page)
        copy.setObjectName("calcCopy")
        copy.setToolTip(self.tr("Copy the result as money"))
        copy.clicked.connect(self.copy_money)
        memory.addWidget(copy)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.expression, self.clear).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )

        self.history = QListWidget(page)
        self.history.setObjectName("calcHistory")
        self.history.setToolTip(self.tr("Double-click or press Enter to reuse a result"))
        self.history.itemActivated.connect(self._reuse)
        history_label = QLabel(self.tr("History"), page)

        layout = QVBoxLayout(page)
        layout.addWidget(self.expression)
        layout.addWidget(self.echo)
        layout.addWidget(self.result)
        layout.addWidget(self.money)
        layout.addWidget(self.error)
        layout.addWidget(self.memory_label)
        layout.addLayout(memory)
        layout.addLayout(keypad)
        layout.addWidget(history_label)
        layout.addWidget(self.history, 1)
        return page

    def _key(self, label: str, parent: QWidget) -> QPushButton:
        button = QPushButton(label, parent)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the expression keeps the keyboard
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumWidth(36)
        self.keys[label] = button
        return button

    # --- typing -----------------------------------------------------------------------------------
    def _answer_text(self) -> str:
        """The last result as typed input: its digits, or ``ans`` when the screen shows it rounded."""
        text, rounded = format_display(self.engine.answer)
        return "ans" if rounded else text

    def _insert(self, text: str) -> None:
        if self._just_evaluated and text[0] in _OPERATORS and self.engine.answer is not None:
            self.expression.setText(self._answer_text())
        elif self._just_evaluated:
            self.expression.clear()
        self._just_evaluated = False
        self.expression.insert(text)
        self.expression.setFocus()

    def _on_edited(self, text: str) -> None:
        """After a result, an operator continues from it and anything else starts afresh."""
        if self._just_evaluated and len(text) == 1 and text in _OPERATORS and self.engine.answer is not None:
            self.expression.setText(self._answer_text() + text)
        self._just_evaluated = False

    def calculate(self) -> CalcResult:
        """Evaluate the expression; show the result or a clear error in place of it."""
        result = self.engine.evaluate(self.expression.text())
        if result.error is not None:
            self.error.setText(self.describe_error(result.error))
            return result
        self.error.clear()
        sign = "≈" if result.approximate else "="
        self.echo.setText(f"{result.expression.strip()} {sign}")
        self.result.setText(result.display)
        self.money.setText(result.money)
        item = QListWidgetItem(f"{result.expression.strip()} {sign} {result.display}   ({result.money})")
        item.setData(_ROLE_VALUE, result.display)
        self.history.insertItem(0, item)
        while self.history.count() > len(self.engine.history):
            self.history.takeItem(self.history.count() - 1)
        self.expression.setText(result.display)
        self.expression.selectAll()
        self._just_evaluated = True
        self.result_ready.emit(result.money)
        return result

    def clear(self) -> None:
        self.expression.clear()
        self.error.clear()
        self._just_evaluated = False

    def describe_error(self, error: CalcError) -> str:
        """A translated sentence for an engine error."""
        pos = error.position + 1 if error.position is not None else 0
        kind = error.kind
        if kind is CalcErrorKind.EMPTY:
            return self.tr("Type an expression first.")
        if kind is CalcErrorKind.DIVISION_BY_ZERO:
            return self.tr("Cannot divide by zero.")
        if kind is CalcErrorKind.UNBALANCED_PARENTHESES:
            return self.tr("The parentheses do not match.")
        if kind is CalcErrorKind.UNKNOWN_CHARACTER:
            return (
                self.tr("Unknown character “%1” at position %2.")
                .replace("%1", error.text)
                .replace("%2", str(pos))
            )
        if kind is CalcErrorKind.INCOMPLETE:
            return self.tr("The expression is incomplete.")
        if kind is CalcErrorKind.MISPLACED:
            return (
                self.tr("“%1” is not expected at position %2.")
                .replace("%1", error.text)
                .replace("%2", str(pos))
            )
        if kind is CalcErrorKind.TOO_LONG:
            return self.tr("The expression is too long.")
        if kind is CalcErrorKind.TOO_LARGE:
            return self.tr("The number is too large.")
        return self.tr("There is no previous result yet.")

    # --- memory and history -----------------------------------------------------------------------
    def _current_value(self) -> Decimal | None:
        if not self._just_evaluated and self.expression.text().strip():
            result = self.calculate()
            return result.value
        return self.engine.answer

    def memory_add(self) -> None:
        value = self._current_value()
        if value is not None:
            self.engine.memory_add(value)
        self._show_memory()

    def memory_subtract(self) -> None:
        value = self._current_value()
        if value is not None:
            self.engine.memory_subtract(value)
        self._show_memory()

    def memory_recall(self) -> None:
        text, rounded = format_display(self.engine.memory)
        self._insert("M" if rounded else text)

    def memory_clear(self) -> None:
        self.engine.memory_clear()
        self._show_memory()

    def _show_memory(self) -> None:
        if self.engine.has_memory:
            text, rounded = format_display(self.engine.memory)
            self.memory_label.setText(self.tr("Memory: %1").replace("%1", ("≈ " if rounded else "") + text))
        else:
            self.memory_label.clear()

    def _reuse(self, item: QListWidgetItem) -> None:
        self._insert(str(item.data(_ROLE_VALUE)))

    def copy_money(self) -> None:
        if self.engine.answer is not None:
            QGuiApplication.clipboard().setText(format_money(self.engine.answer))

    def _use_bill_total(self, value: str) -> None:
        self.tabs.setCurrentIndex(0)
        self._just_evaluated = False
        self.expression.setText(value)
        self.expression.setFocus()


class BillHelperWidget(QWidget):
    """Paste a column of amounts; the total updates as you paste or type."""

    use_total = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input = QPlainTextEdit(self)
        self.input.setObjectName("billInput")
        self.input.setPlaceholderText(
            self.tr("Paste amounts here, one per line (¥, commas and labels are fine)")
        )
        self.input.textChanged.connect(self.recompute)
        self.total = QLabel(self)
        self.total.setObjectName("billTotal")
        font = QFont(self.total.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.total.setFont(font)
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skipped = QLabel(self)
        self.skipped.setObjectName("billSkipped")
        self.skipped.setWordWrap(True)
        self.skipped.setStyleSheet("color: #8a5300;")
        use = QPushButton(self.tr("Use total in calculator"), self)
        use.clicked.connect(self._use)
        clear = QPushButton(self.tr("Clear"), self)
        clear.clicked.connect(self.input.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(use)
        buttons.addWidget(clear)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.input, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.skipped)
        layout.addLayout(buttons)
        self._sum = sum_column("")
        self.recompute()

    def recompute(self) -> None:
        self._sum = sum_column(self.input.toPlainText())
        self.total.setText(
            self.tr("Total: %1 (%n amount(s))", "", self._sum.count).replace("%1", self._sum.money)
        )
        if self._sum.skipped:
            lines = ", ".join(str(s.line_number) for s in self._sum.skipped[:10])
            more = "…" if len(self._sum.skipped) > 10 else ""
            self.skipped.setText(
                self.tr(
                    "Skipped %n line(s) without a clear amount: line %1", "", len(self._sum.skipped)
                ).replace("%1", lines + more)
            )
        else:
            self.skipped.clear()

    def _use(self) -> None:
        self.use_total.emit(format_plain(self._sum.total))
