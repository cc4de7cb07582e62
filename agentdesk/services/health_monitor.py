"""Thin Qt adapter: the connectors' health reports become a signal the status bar can connect to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from agentdesk.connectors.health import HealthRegistry
from agentdesk.domain.health import SystemHealth


class HealthMonitor(QObject):
    changed = Signal(object)  # SystemHealth

    def __init__(self, registry: HealthRegistry, parent: QObject | None = None):
        super().__init__(parent)
        self.registry = registry
        self._unsubscribe = registry.subscribe(self._publish)

    def _publish(self, health: SystemHealth) -> None:
        self.changed.emit(health)

    def current(self, system: str) -> SystemHealth:
        return self.registry.get(system)

    def close(self) -> None:
        self._unsubscribe()
