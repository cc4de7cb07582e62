"""The wizard's left side: the steps taken so far, each with its mark, and what was found, in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout, QWidget

from agentdesk.services.pretreatment.labels import label
from agentdesk.services.pretreatment.runs import StepRecord, StepView
from agentdesk.wizards.wording import STEP_OUTCOME_MARK


class StepProgress(QWidget):
    """Steps as they are taken: ▶ running, ✓ done, ✗ failed, – declined or skipped; a check shows its
    answer. Below, the findings log: every step's explanation with the facts filled in."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.steps = QListWidget(self)
        self.steps.setObjectName("wizard-steps")
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.findings = QTextBrowser(self)
        self.findings.setObjectName("wizard-findings")
        self.findings.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Steps"), self))
        layout.addWidget(self.steps, 2)
        layout.addWidget(QLabel(self.tr("What was found"), self))
        layout.addWidget(self.findings, 3)
        self._current: QListWidgetItem | None = None
        self._found: list[str] = []

    def started(self, view: StepView) -> None:
        item = QListWidgetItem(f"▶ {view.title.get(self.lang)}")
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setData(Qt.ItemDataRole.UserRole, view.step_id)
        self.steps.addItem(item)
        self.steps.scrollToItem(item)
        self._current = item

    def finished(self, record: StepRecord) -> None:
        item = self._current
        if item is None or item.data(Qt.ItemDataRole.UserRole) != record.step_id:
            return
        mark = STEP_OUTCOME_MARK.get(record.outcome, "✓")
        text = f"{mark} {record.title.get(self.lang)}"
        if record.answer is not None:
            text += f" — {record.answer.get(self.lang)}"
        elif record.kind == "check":
            text += f" — {self._value(record.outcome)}"
        item.setText(text)
        font = QFont(item.font())
        font.setBold(False)
        item.setFont(font)
        if record.found_shown is not None:
            found = record.found_shown.get(self.lang)
            item.setToolTip(found)
            self._found.append(f"<p><b>{record.title.get(self.lang)}</b><br>{_escape(found)}</p>")
            self.findings.setHtml("".join(self._found))
            bar = self.findings.verticalScrollBar()
            bar.setValue(bar.maximum())
        self._current = None

    def _value(self, value: str) -> str:
        if value in ("true", "false"):
            return self.tr("yes") if value == "true" else self.tr("no")
        return label(value, self.lang)

    def ended(self, step_id: str | None) -> None:
        """The run reached its end step: it is done, not running."""
        item = self._current
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == step_id:
            item.setText("■ " + item.text().removeprefix("▶ "))
        self._current = None

    def went_back(self, to_step: str) -> None:
        """The agent went back: drop the steps after the question being asked again."""
        for row in range(self.steps.count() - 1, -1, -1):
            if self.steps.item(row).data(Qt.ItemDataRole.UserRole) == to_step:
                for _ in range(self.steps.count() - row):
                    self.steps.takeItem(row)
                break
        self._current = None

    def step_texts(self) -> list[str]:
        return [self.steps.item(i).text() for i in range(self.steps.count())]

    def findings_text(self) -> str:
        return self.findings.toPlainText()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
