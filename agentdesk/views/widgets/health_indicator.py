"""Status-bar indicator of the back-office systems' health: one coloured dot per system."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

# system key -> display name (translated at use)
SYSTEM_NAMES = {
    "crm": QT_TRANSLATE_NOOP("SystemNames", "CRM"),
    "billing": QT_TRANSLATE_NOOP("SystemNames", "Billing"),
    "usage": QT_TRANSLATE_NOOP("SystemNames", "Usage"),
    "bims": QT_TRANSLATE_NOOP("SystemNames", "Broadband"),
    "hlr": QT_TRANSLATE_NOOP("SystemNames", "HLR"),
    "aaa": QT_TRANSLATE_NOOP("SystemNames", "AAA"),
    "ismp": QT_TRANSLATE_NOOP("SystemNames", "VAS"),
    "tickets": QT_TRANSLATE_NOOP("SystemNames", "Tickets"),
    "kb": QT_TRANSLATE_NOOP("SystemNames", "Knowledge"),
    "events": QT_TRANSLATE_NOOP("SystemNames", "Service events"),
    "cti": QT_TRANSLATE_NOOP("SystemNames", "Phone (CTI)"),
    "auth": QT_TRANSLATE_NOOP("SystemNames", "Sign-in"),
}


def system_display_name(system: str) -> str:
    return QCoreApplication.translate("SystemNames", SYSTEM_NAMES.get(system, system))


COLOURS = {"ok": "#2e9d4f", "degraded": "#e0a100", "down": "#d0342c", "unknown": "#9a9a9a"}


@dataclass(frozen=True)
class HealthView:
    """What the indicator shows for one system (a plain value, so tests can feed it directly)."""

    system: str
    level: str  # ok | degraded | down | unknown
    latency_ms: float | None = None
    error_rate: float = 0.0
    circuit: str = "closed"
    message: str = ""


class SystemHealthBar(QWidget):
    def __init__(self, systems: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._labels: dict[str, QLabel] = {}
        self._views: dict[str, HealthView] = {}
        for system in systems:
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setObjectName(f"health-{system}")
            self._labels[system] = label
            layout.addWidget(label)
            self.update_health(HealthView(system, "unknown"))

    def level_of(self, system: str) -> str:
        return self._views[system].level

    def update_health(self, view: HealthView) -> None:
        label = self._labels.get(view.system)
        if label is None:
            return
        self._views[view.system] = view
        name = system_display_name(view.system)
        label.setText(f'<span style="color:{COLOURS.get(view.level, COLOURS["unknown"])}">●</span> {name}')
        state = {
            "ok": self.tr("working"),
            "degraded": self.tr("slow or failing"),
            "down": self.tr("unavailable"),
            "unknown": self.tr("not used yet"),
        }.get(view.level, view.level)
        tip = [f"{name}: {state}"]
        if view.latency_ms is not None:
            tip.append(self.tr("last answer in %1 ms").replace("%1", f"{view.latency_ms:.0f}"))
        if view.error_rate:
            tip.append(self.tr("recent errors: %1%").replace("%1", f"{view.error_rate * 100:.0f}"))
        if view.circuit != "closed":
            tip.append(self.tr("requests paused after repeated failures"))
        if view.message:
            tip.append(view.message)
        label.setToolTip("\n".join(tip))
        label.setAccessibleName(f"{name}: {state}")
