"""An ask step: the question in plain words, its choices, and Back/Skip where the flow allows them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.services.pretreatment.runs import BACK, SKIP, AskPrompt


class AskPage(QWidget):
    answered = Signal(str)  # a choice id, BACK or SKIP

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard-ask")
        self.heading = QLabel(self)
        self.question = QLabel(self)
        self.question.setObjectName("wizard-question")
        self.question.setWordWrap(True)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.choices_box = QVBoxLayout()
        self.group = QButtonGroup(self)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setObjectName("wizard-back")
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.skip_button.setObjectName("wizard-skip")
        self.next_button = QPushButton(self.tr("Continue"), self)
        self.next_button.setObjectName("wizard-next")
        self.back_button.clicked.connect(lambda: self.answered.emit(BACK))
        self.skip_button.clicked.connect(lambda: self.answered.emit(SKIP))
        self.next_button.clicked.connect(self._continue)
        self.group.buttonToggled.connect(
            lambda *_: self.next_button.setEnabled(self.group.checkedButton() is not None)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.question)
        layout.addWidget(self.explain)
        layout.addLayout(self.choices_box)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.radios: dict[str, QRadioButton] = {}

    def show_prompt(self, prompt: AskPrompt, lang: str) -> None:
        self.heading.setText(f"<h3>{prompt.title.get(lang)}</h3>")
        self.question.setText(prompt.question.get(lang))
        self.explain.setText(prompt.explain.get(lang) if prompt.explain else "")
        self.explain.setVisible(prompt.explain is not None)
        for radio in self.radios.values():
            self.group.removeButton(radio)
            radio.deleteLater()
        self.radios = {}
        for i, (choice_id, text) in enumerate(prompt.choices, start=1):
            radio = QRadioButton(f"&{i} {text.get(lang)}", self)
            radio.setObjectName(f"wizard-choice-{choice_id}")
            self.group.addButton(radio)
            self.choices_box.addWidget(radio)
            self.radios[choice_id] = radio
        self.back_button.setVisible(prompt.can_back)
        self.skip_button.setVisible(prompt.can_skip)
        self.next_button.setEnabled(False)
        self.next_button.setDefault(True)
        first = next(iter(self.radios.values()), None)
        if first is not None:
            first.setFocus()

    def _continue(self) -> None:
        checked = self.group.checkedButton()
        for choice_id, radio in self.radios.items():
            if radio is checked:
                self.answered.emit(choice_id)
                return
