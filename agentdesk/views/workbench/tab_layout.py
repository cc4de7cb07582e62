"""Which customer-view tabs the agent sees, and in which order: kept per user in the settings and applied
to every customer view the window opens.

The customer view owns its tabs (``CustomerWorkspace.tabs`` and ``tab_pages``); this module only moves
and hides them through the tab bar, so a hidden tab keeps loading (its discrepancy marker still counts)
and comes back as it was when shown again. A tab the desk gained since the agent chose is shown, at the
end; a tab it lost is forgotten.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from agentdesk.services.settings import CUSTOMER_TABS, Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TabLayout:
    """``order``: tab keys first to last; ``hidden``: keys not shown. Empty order: the desk's own order."""

    order: tuple[str, ...] = ()
    hidden: frozenset[str] = field(default_factory=frozenset)

    def arranged(self, known: list[str] | tuple[str, ...]) -> list[str]:
        """The known keys in the agent's order; keys the agent never placed keep their place at the end."""
        placed = [k for k in self.order if k in known]
        return placed + [k for k in known if k not in placed]

    def visible(self, known: list[str] | tuple[str, ...]) -> list[str]:
        shown = [k for k in self.arranged(known) if k not in self.hidden]
        return shown or list(known[:1])  # never a customer view without any tab


def load_layout(settings: Settings) -> TabLayout:
    raw = settings.get(CUSTOMER_TABS)
    if not raw:
        return TabLayout()
    try:
        data = json.loads(raw)
        return TabLayout(
            tuple(str(k) for k in data.get("order", [])), frozenset(str(k) for k in data.get("hidden", []))
        )
    except (ValueError, AttributeError, TypeError):
        log.warning("the stored customer-view tab layout is unreadable; using the default")
        return TabLayout()


def save_layout(settings: Settings, layout: TabLayout) -> None:
    settings.set(CUSTOMER_TABS, json.dumps({"order": list(layout.order), "hidden": sorted(layout.hidden)}))
    settings.sync()


def known_tabs() -> list[tuple[str, str]]:
    """(key, translated title) of every tab of the customer view, in the desk's own order."""
    from agentdesk.views.customer.tabs import TAB_CLASSES

    return [(cls.key, cls.translated_title()) for cls in TAB_CLASSES]


def apply_layout(workspace, layout: TabLayout, *, fresh: bool = False) -> None:
    """Order and show/hide ``workspace``'s tabs; the current tab stays current if it is still shown, and a
    ``fresh`` customer view starts on the agent's first tab."""
    tabs = workspace.tabs
    pages = workspace.tab_pages
    known = list(pages)
    current = tabs.currentWidget()
    bar = tabs.tabBar()
    for position, key in enumerate(layout.arranged(known)):
        index = tabs.indexOf(pages[key])
        if index >= 0 and index != position:
            bar.moveTab(index, position)
    visible = set(layout.visible(known))
    for key, page in pages.items():
        index = tabs.indexOf(page)
        if index >= 0:
            tabs.setTabVisible(index, key in visible)
    if not fresh and current is not None and tabs.isTabVisible(tabs.indexOf(current)):
        tabs.setCurrentWidget(current)
    else:
        first = next(k for k in layout.arranged(known) if k in visible)
        tabs.setCurrentWidget(pages[first])


def shown_tabs(workspace) -> list[str]:
    """The keys of the tabs the agent sees in ``workspace``, left to right."""
    tabs = workspace.tabs
    by_page = {id(page): key for key, page in workspace.tab_pages.items()}
    return [
        by_page[id(tabs.widget(i))]
        for i in range(tabs.count())
        if tabs.isTabVisible(i) and id(tabs.widget(i)) in by_page
    ]
