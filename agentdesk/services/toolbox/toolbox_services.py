"""The toolbox's services in one container, for the desk's composition root and the ToolboxPanel.

services = ToolboxServices.create(desk.database, owner=user.username)
desk.extras["toolbox"] = services           # Desk.aclose() stops the reminder task
desk.toolbox_panel_factory = lambda parent: ToolboxPanel(services, parent)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from agentdesk.services.toolbox.calendar_service import CalendarService
from agentdesk.services.toolbox.clock import Clock, SystemClock
from agentdesk.services.toolbox.notes import NotesService
from agentdesk.services.toolbox.reminders import ReminderScheduler
from agentdesk.storage.database import LocalDatabase

log = logging.getLogger(__name__)

FALLBACK_ZONE = "Asia/Shanghai"


def local_zone_name() -> str:
    """The IANA name of the computer's time zone (Qt knows it on Windows too); Beijing time if unknown."""
    try:
        from PySide6.QtCore import QTimeZone

        name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
        ZoneInfo(name)
        return name
    except Exception:  # no usable name: the operator's zone is the sensible default
        log.warning("could not tell the system time zone; using %s", FALLBACK_ZONE)
        return FALLBACK_ZONE


@dataclass
class ToolboxServices:
    notes: NotesService
    calendar: CalendarService
    reminders: ReminderScheduler

    @property
    def zone(self) -> ZoneInfo:
        return self.calendar.zone

    @classmethod
    def create(
        cls, db: LocalDatabase, owner: str = "", tz: str | None = None, clock: Clock | None = None
    ) -> ToolboxServices:
        clock = clock or SystemClock()
        calendar = CalendarService(db, owner=owner, tz=tz or local_zone_name(), now=clock.now)
        return cls(NotesService(db, owner=owner, now=clock.now), calendar, ReminderScheduler(calendar, clock))

    def start(self) -> None:
        """Start delivering reminders (idempotent); needs the running event loop."""
        self.reminders.start()

    async def aclose(self) -> None:
        await self.reminders.stop()
