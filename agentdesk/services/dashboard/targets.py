"""The team lead's own targets for the dashboard's indicators, kept in the desk's settings.

Declared once, like every setting; stored as JSON so a new indicator simply starts at its default and a
hand-edited value that makes no sense falls back to the default instead of breaking the dashboard.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP

from agentdesk.domain.indicators import BY_KEY, DEFAULT_TARGETS, Target, check_target, targets_from_json
from agentdesk.domain.indicators import targets_to_json as _to_json
from agentdesk.services.settings import Setting, Settings

DASHBOARD_TARGETS: Setting[str] = Setting(
    "dashboard/targets", "", str, QT_TRANSLATE_NOOP("Settings", "Dashboard indicator targets")
)


class TargetStore:
    def __init__(self, settings: Settings | None) -> None:
        self._settings = settings
        self._memory: dict[str, Target] | None = None  # without settings (headless use)

    def load(self) -> dict[str, Target]:
        if self._settings is None:
            return dict(self._memory or DEFAULT_TARGETS)
        return targets_from_json(self._settings.get(DASHBOARD_TARGETS))

    def save(self, targets: Mapping[str, Target]) -> dict[str, Target]:
        """Store the targets (``ValueError`` naming the indicator for one that makes no sense)."""
        merged = dict(DEFAULT_TARGETS)
        for key, target in targets.items():
            merged[key] = check_target(BY_KEY[key], target)
        if self._settings is None:
            self._memory = merged
        else:
            self._settings.set(DASHBOARD_TARGETS, _to_json(merged))
        return merged

    def reset(self) -> dict[str, Target]:
        if self._settings is None:
            self._memory = None
        else:
            self._settings.reset(DASHBOARD_TARGETS)
        return dict(DEFAULT_TARGETS)
