"""The known-event banner of a customer view: when an active incident or cutover touches any number of the
customer, the view says so above the tabs (which service, since when, expected end, what to tell the
customer), the tab of each affected service carries a marker, and the agent may count the call against the
event instead of repairing or dispatching. A cutover starting within a day is announced too.

One :class:`EventBanner` per customer view follows its ``scope_changed``: the same scope again means the
agent refreshed, so the events system is asked anew (a closed event disappears); another number or customer
may reuse a look-up a few seconds old. A late answer for a customer no longer in view is dropped.
"""

from __future__ import annotations

import asyncio
import logging
from html import escape

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from agentdesk.domain.events import Affecting, TouchingEvent, number_to_link, sections_touched
from agentdesk.services.errors import DeskError
from agentdesk.views.error_text import describe
from agentdesk.views.events import wording
from agentdesk.views.events.count_call import count_call

log = logging.getLogger(__name__)

ACTIVE_COLOUR = "#fde2e1"
UPCOMING_COLOUR = "#e3f0fb"
FAILED_COLOUR = "#ececec"
LINK_PREFIX = "count:"


class EventBanner(QObject):
    """Keeps one customer view's banner and tab markers in step with the events touching the customer."""

    changed = Signal()  # the banner was redrawn (or hidden) for the customer in view

    def __init__(self, service, workspace: QWidget) -> None:
        super().__init__(workspace)
        self.setObjectName("event-banner")
        self.workspace = workspace
        self._service = service
        self._generation = 0
        self._last_key: tuple[str, str] | None = None
        self._tasks: set[asyncio.Task] = set()
        self._check_task: asyncio.Task | None = None
        self._marked: set[str] = set()
        self.affecting: Affecting | None = None
        self.counted: dict[str, str] = {}  # event id -> the line saying this customer's call is counted
        self.notice = ""  # the last outcome of counting a call
        label = workspace.banner
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(self._on_link)
        workspace.scope_changed.connect(self._on_scope)
        tasks = self._tasks
        workspace.destroyed.connect(lambda *_: _cancel(tasks))
        listener = self._on_linked
        service.add_listener(listener)
        self.destroyed.connect(lambda *_: service.remove_listener(listener))
        if workspace.scope is not None:
            self._on_scope(workspace.scope)

    # -- following the view ---------------------------------------------------------------------------------
    def _on_scope(self, scope) -> None:
        fresh = scope.key == self._last_key  # the same customer and number again: the agent refreshed
        if self._last_key is None or scope.customer_id != self._last_key[0]:
            self.counted.clear()
            self.notice = ""
        self._last_key = scope.key
        self.check(fresh=fresh)

    def check(self, fresh: bool = False) -> asyncio.Task | None:
        """Ask (again) which events touch the customer in view; latest wins."""
        scope = getattr(self.workspace, "scope", None)
        if scope is None or not self._service.available:
            return None
        self._generation += 1
        if self._check_task is not None and not self._check_task.done():
            self._check_task.cancel()
        self._check_task = asyncio.ensure_future(self._check(self._generation, scope, fresh))
        self._keep(self._check_task)
        return self._check_task

    def _keep(self, task: asyncio.Task) -> None:
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _current(self, generation: int, scope) -> bool:
        shown = getattr(self.workspace, "scope", None)
        return generation == self._generation and shown is not None and shown.key == scope.key

    async def _check(self, generation: int, scope, fresh: bool) -> None:
        try:
            affecting = await self._service.affecting_customer(scope.customer_id, fresh=fresh)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if not self._current(generation, scope):
                return
            if not isinstance(exc, DeskError):
                log.error("checking service events for %s failed", scope.customer_id, exc_info=exc)
            reason = describe(exc) if isinstance(exc, DeskError) else type(exc).__name__
            self.affecting = None
            self._mark({})
            self.workspace.show_banner(
                escape(self.tr("Known outages could not be checked: %1").replace("%1", reason)), FAILED_COLOUR
            )
            self.changed.emit()
            return
        if self._current(generation, scope):
            self.show(affecting, scope.number)

    # -- drawing ---------------------------------------------------------------------------------------------
    def show(self, affecting: Affecting, number_in_view: str) -> None:
        self.affecting = affecting
        active, upcoming = affecting.active(), affecting.upcoming()
        parts = [self._active_html(e, number_in_view) for e in active]
        parts += [self._upcoming_html(e) for e in upcoming]
        if self.notice:
            parts.append(f"<i>{escape(self.notice)}</i>")
        colour = ACTIVE_COLOUR if active else UPCOMING_COLOUR
        self.workspace.show_banner("<hr>".join(parts) if (active or upcoming) else None, colour)
        self._mark(sections_touched(active))
        self.changed.emit()

    def _numbers(self, touching: TouchingEvent) -> str:
        return ", ".join(escape(i.number) for i in touching.impact)

    def _active_html(self, touching: TouchingEvent, number_in_view: str) -> str:
        e = touching.event
        head = (
            self.tr("%1: %2 — %3 out on %4")
            .replace("%1", escape(wording.event_type(e.event_type)))
            .replace("%2", f"<b>{escape(e.title)}</b>")
            .replace("%3", escape(wording.services(touching.services())))
            .replace("%4", self._numbers(touching))
        )
        timing = (
            self.tr("Since %1, expected back %2.")
            .replace("%1", escape(wording.when(e.start)))
            .replace("%2", f"<b>{escape(wording.when(e.expected_end))}</b>")
        )
        if e.sla.state == "overdue":
            late = self.tr("Overdue by %1.").replace("%1", wording.minutes(e.sla.overrun_minutes))
            timing += f' <span style="color:#b03a2e"><b>{escape(late)}</b></span>'
        first, second = wording.public_wording(e.wording_zh, e.wording_en)
        say = escape(self.tr("Tell the customer:")) + f" “{escape(first)}”"
        if second and second != first:
            say += f' <span style="color:#666">({escape(second)})</span>'
        advice = escape(self.tr("Known event: no repair and no ticket are needed."))
        if e.id in self.counted:
            count = escape(self.counted[e.id])
        else:
            label = escape(self.tr("Count this call against the event"))
            so_far = escape(self.tr("%n call(s) linked so far", "", e.linked_calls))
            count = f'<a href="{LINK_PREFIX}{escape(e.id)}">{label}</a> · {so_far}'
        return f"⚠ {head}<br>{timing}<br>{say}<br>{advice} {count}"

    def _upcoming_html(self, touching: TouchingEvent) -> str:
        e = touching.event
        head = (
            self.tr("Upcoming %1: %2 — %3 on %4, from %5 to %6.")
            .replace("%1", escape(wording.event_type(e.event_type)))
            .replace("%2", f"<b>{escape(e.title)}</b>")
            .replace("%3", escape(wording.services(touching.services())))
            .replace("%4", self._numbers(touching))
            .replace("%5", escape(wording.when(e.start)))
            .replace("%6", escape(wording.when(e.expected_end)))
        )
        first, _ = wording.public_wording(e.wording_zh, e.wording_en)
        return f"ⓘ {head}<br>{escape(self.tr('Tell the customer:'))} “{escape(first)}”"

    def _mark(self, sections: dict[str, list[str]]) -> None:
        mark = getattr(self.workspace, "mark_tab", None)
        if mark is None:
            return
        for key in self._marked - set(sections):
            mark(key, None)
        for key, lost in sections.items():
            text = self.tr("Known event: %1 out (see the banner above).").replace(
                "%1", wording.services(lost)
            )
            mark(key, text)
        self._marked = set(sections)

    # -- counting the call ------------------------------------------------------------------------------------
    def _on_link(self, href: str) -> None:
        if href.startswith(LINK_PREFIX):
            self.count_call(href[len(LINK_PREFIX) :])

    def count_call(self, event_id: str) -> asyncio.Task | None:
        """Ask the agent, then count the customer's call against ``event_id`` (once, however retried)."""
        touching = self.affecting.event(event_id) if self.affecting else None
        scope = getattr(self.workspace, "scope", None)
        if touching is None or scope is None:
            return None
        impact = number_to_link(touching, scope.number)
        if impact is None:
            return None
        link = self._service.link_call(
            event_id,
            impact.number,
            scope.customer_id,
            event_title=touching.event.title,
            customer_name=scope.customer.name,
            note=self.tr("counted from the customer view"),
        )
        task = asyncio.ensure_future(self._count(link, scope))
        self._keep(task)
        return task

    async def _count(self, link, scope) -> None:
        counted = await count_call(self.workspace, link)
        shown = getattr(self.workspace, "scope", None)
        if shown is None or shown.customer_id != scope.customer_id:
            return
        self.notice = "" if counted.ok else counted.line
        if self.affecting is not None:
            self.show(self.affecting, self.workspace.scope.number)

    def _on_linked(self, complaint) -> None:
        """A call of this customer was counted (here or from the panel): say so instead of offering it."""
        if self._last_key is None or complaint.customer_id != self._last_key[0]:
            return
        touching = self.affecting.event(complaint.event_id) if self.affecting else None
        title = touching.event.title if touching else complaint.event_id
        self.counted[complaint.event_id] = (
            self.tr("This call is counted against %1 (%2 calls from %3 numbers so far).")
            .replace("%1", title)
            .replace("%2", str(complaint.linked_calls if complaint.linked_calls is not None else "?"))
            .replace("%3", str(complaint.linked_numbers if complaint.linked_numbers is not None else "?"))
        )
        if self.affecting is not None and self.workspace.scope is not None:
            self.show(self.affecting, self.workspace.scope.number)


def _cancel(tasks: set[asyncio.Task]) -> None:
    for task in list(tasks):
        task.cancel()


class EventBanners(QObject):
    """Gives every customer view of a window its :class:`EventBanner`."""

    def __init__(self, service, window: QWidget) -> None:
        super().__init__(window)
        self._service = service
        signal = getattr(window, "workspace_opened", None)
        if signal is not None:
            signal.connect(self.add)
        for workspace in getattr(window, "customer_workspaces", lambda: [])():
            self.add(workspace)
        self._window = window

    def add(self, workspace: QWidget) -> EventBanner:
        existing = workspace.findChild(EventBanner)
        return existing if existing is not None else EventBanner(self._service, workspace)

    def banners(self) -> list[EventBanner]:
        workspaces = getattr(self._window, "customer_workspaces", lambda: [])()
        return [b for w in workspaces if (b := w.findChild(EventBanner)) is not None]

    def recheck(self) -> None:
        """The region's events changed: every open customer view asks anew."""
        self._service.forget()
        for banner in self.banners():
            banner.check(fresh=True)
