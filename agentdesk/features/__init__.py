"""Features plug into the desk here, so the shell never has to know them one by one.

Each module in ``FEATURE_MODULES`` has ``plug(desk)``: it builds the feature's services from the desk's
shared parts (``desk.backoffice``, ``desk.database``, ``desk.session``, ``desk.audit``), keeps them in
``desk.extras[<name>]`` (anything with ``aclose()`` is closed at shutdown) and registers its panels in
``desk.panels[<dock key>] = factory(window) -> QWidget``. A panel widget may offer
``actions_for_window() -> list[QAction]`` (menu entries with shortcuts) and ``attach(window)`` (connect to
the window's signals, e.g. the current customer). Every panel gets a dock: the window places toolbox,
knowledge and tickets itself; any other key (calls, pretreatment, dashboard, events, ...) gets a dock titled
by the panel's ``windowTitle()``, tabbed with the tickets (calls) or with the toolbox (the others).
A factory with a ``window_part(window, panel) -> list[QAction]`` attribute is deferred: its dock is made at
start (titled by its key) but the panel only when the dock is first shown, or when ``panel()`` (the same as
``window.panel(key)``) is called; the window part gives the menu actions and start-time wiring meanwhile,
and the panel's ``attach`` runs when it is built (its ``actions_for_window`` is not used).
A feature that fails to plug is logged and left out; the desk starts without it.

Features are plugged for one signed-in agent (notes and reminders have an owner, the dashboard is for
team leads): when another agent signs in, ``unplug_all`` closes them and ``plug_all`` plugs them again.
"""

from __future__ import annotations

import importlib
import logging

log = logging.getLogger(__name__)

FEATURE_MODULES: list[str] = [
    "agentdesk.features.toolbox",
    "agentdesk.features.tickets",
    "agentdesk.features.knowledge",
    "agentdesk.features.workbench",
    "agentdesk.features.dashboard",
    "agentdesk.features.pretreatment",
    "agentdesk.features.events",
]


def plug_all(desk) -> list[str]:
    """Plug every feature; returns the names of those that failed."""
    failed = []
    for name in FEATURE_MODULES:
        try:
            importlib.import_module(name).plug(desk)
        except Exception:
            log.exception("feature %s could not be plugged in", name)
            failed.append(name)
    return failed


async def unplug_all(desk) -> None:
    """Close every feature's services and forget its panels (their window is closed first), so that
    ``plug_all`` can plug them again for another agent."""
    extras = list(desk.extras.items())
    desk.extras.clear()
    desk.panels.clear()
    for name, extra in extras:
        close = getattr(extra, "aclose", None)
        if close is not None:
            try:
                await close()
            except Exception:
                log.exception("closing feature %s failed", name)
