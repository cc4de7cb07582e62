"""The team lead breaks the quality targets down into the dashboard's indicators: for each one the value
that is on target and the one still watched (amber). Rates are entered in per cent, times in hours."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.indicators import (
    BY_KEY,
    DEFAULT_TARGETS,
    DURATION,
    HIGHER,
    INDICATORS,
    RATE,
    SCORE,
    Target,
)
from agentdesk.views.dashboard import labels


def _factor(unit: str) -> float:
    """Screen value = stored value × factor (per cent for rates, hours for times)."""
    return 100.0 if unit == RATE else 1 / 3600 if unit == DURATION else 1.0


class TargetsDialog(QDialog):
    targets_chosen = Signal(object)  # dict[str, Target]

    def __init__(self, targets: Mapping[str, Target], save, parent: QWidget | None = None) -> None:
        """``save(targets)`` stores them and returns what was stored, or raises ValueError."""
        super().__init__(parent)
        self.setObjectName("dashboard-targets")
        self.setWindowTitle(self.tr("Indicator targets"))
        self._save = save
        self.good: dict[str, QDoubleSpinBox] = {}
        self.acceptable: dict[str, QDoubleSpinBox] = {}
        grid = QGridLayout()
        for col, text in enumerate(
            (self.tr("Indicator"), self.tr("On target"), self.tr("Watch"), self.tr("Unit"))
        ):
            header = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(header, 0, col)
        for row, d in enumerate(INDICATORS, start=1):
            name = QLabel(labels.indicator(d.key), self)
            name.setToolTip(labels.explanation(d.key))
            grid.addWidget(name, row, 0)
            for col, which, store in ((1, "good", self.good), (2, "acceptable", self.acceptable)):
                box = QDoubleSpinBox(self)
                box.setObjectName(f"target-{d.key}-{which}")
                box.setPrefix("≥ " if d.better == HIGHER else "≤ ")
                box.setDecimals(1 if d.unit != SCORE else 2)
                box.setRange(0, 100 if d.unit == RATE else 5 if d.unit == SCORE else 100_000)
                box.setSingleStep(0.5 if d.unit != SCORE else 0.1)
                store[d.key] = box
                grid.addWidget(box, row, col)
            grid.addWidget(QLabel(self._unit_text(d.key), self), row, 3)
        self.error = QLabel(self)
        self.error.setObjectName("targets-error")
        self.error.setStyleSheet("color: #b03a2e;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.defaults_button = QPushButton(self.tr("Defaults"), self)
        buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults_button.clicked.connect(lambda: self.set_targets(DEFAULT_TARGETS))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Green at or better than “On target”, amber up to “Watch”, red beyond."), self)
        )
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.set_targets(targets)

    def _unit_text(self, key: str) -> str:
        d = BY_KEY[key]
        text = {
            RATE: self.tr("%"),
            DURATION: self.tr("hours"),
            SCORE: self.tr("score 1–5"),
        }.get(d.unit, self.tr("tickets") if d.key != "complaints_per_10k" else self.tr("per 10,000"))
        return text + (" " + self.tr("per day") if d.per_day else "")

    def set_targets(self, targets: Mapping[str, Target]) -> None:
        for d in INDICATORS:
            t = targets.get(d.key, d.default_target)
            f = _factor(d.unit)
            self.good[d.key].setValue(t.good * f)
            self.acceptable[d.key].setValue(t.acceptable * f)

    def targets(self) -> dict[str, Target]:
        out = {}
        for d in INDICATORS:
            f = _factor(d.unit)
            out[d.key] = Target(self.good[d.key].value() / f, self.acceptable[d.key].value() / f)
        return out

    def _accept(self) -> None:
        try:
            stored = self._save(self.targets())
        except ValueError as exc:
            key = str(exc).split(":", 1)[0]
            name = labels.indicator(key) if key in BY_KEY else ""
            self.error.setText(
                self.tr(
                    "%1: “On target” must be at least as good as “Watch”, and within the unit's range."
                ).replace("%1", name)
            )
            return
        self.targets_chosen.emit(stored)
        self.accept()
