"""The window's keyboard and layout: bound shortcuts, the command palette, the shortcut overlay, the
preferences, theme and text size, the customer-view tab layout and the start page.

The main window builds its menus with :meth:`Workbench.bind` (each action under a declared id, its keys
from the agent's settings) and calls :meth:`Workbench.finish` once the features' panels are in: their
actions are adopted (declared with the keys they came with, unless a workbench action already has them),
and the palette and overlay are made.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QTabBar, QWidget

from agentdesk.services.settings import FONT_SIZE, START_PAGE, THEME
from agentdesk.services.shortcuts import Shortcuts, ShortcutSpec
from agentdesk.views.workbench import theme as themes
from agentdesk.views.workbench.command_palette import CommandPalette
from agentdesk.views.workbench.commands import Command, from_actions, from_menu, plain, shortcut_text
from agentdesk.views.workbench.keyboard_access import (
    LeaveTextWithCtrlTab,
    name_icon_button,
    name_icon_buttons,
    tab_through_tables,
)
from agentdesk.views.workbench.shortcut_overlay import ShortcutOverlay
from agentdesk.views.workbench.tab_layout import TabLayout, apply_layout, load_layout, save_layout

log = logging.getLogger(__name__)


class Workbench:
    def __init__(self, window) -> None:
        self.window = window
        self.desk = window.desk
        self.settings = window.desk.settings
        self.shortcuts = Shortcuts(self.settings)
        self.shortcuts.add_listener(self._rebound)
        self.actions: dict[str, QAction] = {}
        self.adopted: list[QAction] = []
        self.tab_layout: TabLayout = load_layout(self.settings)
        self.palette: CommandPalette | None = None
        self.overlay: ShortcutOverlay | None = None
        self.preferences = None
        self._recent_task: asyncio.Task | None = None
        self.apply_look()  # before the window's children are made: they are born with the look

    # -- actions and keys -------------------------------------------------------------------------------
    def bind(self, action_id: str, action: QAction) -> QAction:
        """Give a window action its declared id and the agent's keys for it."""
        action.setObjectName(f"action-{action_id}")
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.actions[action_id] = action
        self._apply_keys(action_id)
        return action

    def action(self, action_id: str, text: str, slot) -> QAction:
        """A new window action bound under ``action_id`` and added to the window."""
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return self.bind(action_id, action)

    def adopt(self, action: QAction, category: str) -> None:
        """A feature's action: declared under its object name (or text) with the keys it came with; keys a
        workbench action already has are taken from it (logged), so no two actions share keys."""
        action_id = f"feature.{action.objectName() or plain(action.text())}"
        own = [
            k.toString(QKeySequence.SequenceFormat.PortableText)
            for k in action.shortcuts()
            if not k.isEmpty()
        ]
        free = []
        for keys in own:
            owner = self.shortcuts.owner_of(keys)
            if owner is not None and owner.id != action_id:
                log.warning("%s keeps %s; %s loses it", owner.id, keys, action_id)
                continue
            free.append(keys)
        self.shortcuts.declare(ShortcutSpec(action_id, plain(action.text()), tuple(free), category))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.actions[action_id] = action
        self.adopted.append(action)
        self._apply_keys(action_id)

    def _apply_keys(self, action_id: str) -> None:
        action = self.actions.get(action_id)
        if action is None:
            return
        try:
            keys = self.shortcuts.keys(action_id)
        except KeyError:
            return
        action.setShortcuts([QKeySequence(k) for k in keys])
        text = shortcut_text(action)
        tip = plain(action.text()) + (f" ({text})" if text else "")
        action.setToolTip(tip)

    def _rebound(self, action_id: str) -> None:
        self._apply_keys(action_id)
        if action_id.startswith("phone.") and hasattr(self.window, "call_bar_hints"):
            self.window.call_bar_hints()

    def keys_text(self, action_id: str) -> str:
        action = self.actions.get(action_id)
        return shortcut_text(action) if action is not None else ""

    # -- finishing ---------------------------------------------------------------------------------------
    def finish(self, feature_menu: QMenu) -> None:
        """After the panels are attached: adopt their actions, make the palette and overlay, show the
        start page (the theme and text size were set before the window's children were made)."""
        for action in feature_menu.actions():
            if not action.isSeparator() and action.menu() is None and action not in self.actions.values():
                self.adopt(action, plain(feature_menu.title()))
        self.palette = CommandPalette(self.commands, self.window)
        self.palette.set_dynamic(self._typed_commands)
        self.overlay = ShortcutOverlay(self.shortcut_groups, self.window)
        self.tidy_for_keyboard()
        self._ctrl_tab = LeaveTextWithCtrlTab(self.window)
        app = QApplication.instance()
        app.focusChanged.connect(self._ctrl_tab.watch)
        self._ctrl_tab.watch(None, app.focusWidget())
        # a customer view added later is tidied on its own: a walk over the whole window each time left a
        # Python wrapper of every table, header and button found held by the window for good
        self.window.workspace_opened.connect(self._tidy_workspace)
        self.show_start_page()

    def _tidy_workspace(self, workspace: QWidget) -> None:
        self.tidy_for_keyboard(workspace)
        tabs = self.window.tabs
        index, bar = tabs.indexOf(workspace), tabs.tabBar()
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            button = bar.tabButton(index, side)  # the new tab's close button, outside the workspace
            if button is not None and not name_icon_button(button):
                log.warning("icon-only button without a name on the tab of %s", workspace.objectName())

    def tidy_for_keyboard(self, root: QWidget | None = None) -> None:
        """Every control reachable by Tab and named for screen readers (run again as views are added)."""
        root = root if root is not None else self.window
        tab_through_tables(root)
        for button in name_icon_buttons(root):
            log.warning(
                "icon-only button without a name: %s in %s", button.objectName(), type(button.parent())
            )

    def apply_look(self) -> None:
        """Text size, palette and focus ring as the agent chose; setting an unchanged one costs nothing."""
        themes.apply_font_size(self.settings.get(FONT_SIZE))
        themes.apply_theme(self.window, self.settings.get(THEME))

    # -- palette ------------------------------------------------------------------------------------------
    def open_palette(self) -> None:
        if self.overlay is not None:
            self.overlay.close_overlay()
        if self.palette is None:
            return
        if self.palette.isVisible():
            self.palette.close_palette()
            return
        self.palette.open_palette()
        if self._recent_task is None or self._recent_task.done():
            self._recent_task = asyncio.ensure_future(self._recent_commands())

    def commands(self) -> list[Command]:
        w = self.window
        out: list[Command] = []
        for menu_action in w.menuBar().actions():
            menu = menu_action.menu()
            if isinstance(menu, QMenu):
                out += from_menu(menu)
        workspace = w.tabs.currentWidget() if w.tabs.currentWidget() in w.customer_workspaces() else None
        if workspace is not None:
            tab_group = QCoreApplication.translate("Workbench", "Customer view")
            for i in range(workspace.tabs.count()):
                if not workspace.tabs.isTabVisible(i):
                    continue
                page = workspace.tabs.widget(i)
                action = workspace.goto_actions.get(getattr(page, "key", ""))
                out.append(
                    Command(
                        QCoreApplication.translate("Workbench", "Open tab: %1").replace("%1", page.title()),
                        tab_group,
                        lambda p=page, ws=workspace: ws.tabs.setCurrentWidget(p),
                        shortcut=shortcut_text(action) if action is not None else "",
                        key=f"tab:{getattr(page, 'key', i)}",
                    )
                )
        out += self._flow_commands()
        for key, dock in w.docks.items():
            out.append(
                Command(
                    QCoreApplication.translate("Workbench", "Show %1").replace("%1", dock.windowTitle()),
                    QCoreApplication.translate("Workbench", "Docks"),
                    lambda d=dock: self.show_dock(d),
                    key=f"dock:{key}",
                )
            )
        return out

    def show_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()
        key = next((k for k, d in self.window.docks.items() if d is dock), None)
        build = getattr(self.window, "panel", None)
        widget = build(key) if build is not None and key is not None else dock.widget()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not widget.hasFocus():
                widget.focusNextChild()

    def _flow_commands(self) -> list[Command]:
        """Pretreatment flows, when the desk has the pretreatment dock (its panel's ``start_flow``)."""
        service = self.desk.extras.get("pretreatment")
        if service is None or "pretreatment" not in self.window.docks:
            return []

        def start(flow_id: str) -> None:  # the panel may not be built yet (its dock was never shown)
            panel = self.window.panel("pretreatment")
            if hasattr(panel, "start_flow"):
                panel.start_flow(flow_id)

        lang = QLocale().name()
        group = QCoreApplication.translate("Workbench", "Pretreatment flow")
        try:
            flows = service.flows_for()
        except Exception:
            log.exception("the flows could not be listed")
            return []
        return [
            Command(
                QCoreApplication.translate("Workbench", "Start flow: %1").replace("%1", f.title.get(lang)),
                group,
                lambda fid=f.id: start(fid),
                keywords=f"{f.title.en} {f.title.zh} {f.category}",
                key=f"flow:{f.id}",
            )
            for f in flows
        ]

    async def _recent_commands(self) -> None:
        try:
            recent = await self.desk.recent.list()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("recent customers could not be read for the palette")
            return
        group = QCoreApplication.translate("Workbench", "Recent customers")
        commands = [
            Command(
                f"{r.name}  {r.number}",
                group,
                lambda n=r.number: self.window.open_number(n),
                keywords=r.number,
                key=f"recent:{r.number}",
            )
            for r in recent
        ]
        if self.palette is not None:
            self.palette.add_commands(commands)

    def _typed_commands(self, text: str) -> list[Command]:
        w = self.window
        out = [
            Command(
                QCoreApplication.translate("Workbench", "Find customer “%1”").replace("%1", text),
                QCoreApplication.translate("Workbench", "Customer"),
                lambda: w.open_number(text),
                shortcut=self.keys_text("customer.find"),
                key="typed:find",
            )
        ]
        knowledge = w.docks.get("knowledge")
        panel = knowledge.widget() if knowledge is not None else None
        if panel is not None and hasattr(panel, "search") and hasattr(panel, "focus_search"):

            def search_kb() -> None:
                panel.focus_search()
                panel.search.setText(text)
                if hasattr(panel, "start_search"):
                    panel.start_search()

            out.append(
                Command(
                    QCoreApplication.translate("Workbench", "Search the knowledge base for “%1”").replace(
                        "%1", text
                    ),
                    QCoreApplication.translate("Workbench", "Knowledge base"),
                    search_kb,
                    key="typed:kb",
                )
            )
        return out

    # -- overlay ------------------------------------------------------------------------------------------
    def toggle_overlay(self) -> None:
        if self.overlay is None:
            return
        if self.overlay.isVisible():
            self.overlay.close_overlay()
        else:
            if self.palette is not None:
                self.palette.close_palette()
            self.overlay.open_overlay()

    def shortcut_groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        w = self.window
        groups: list[tuple[str, list[tuple[str, str]]]] = []
        for menu_action in w.menuBar().actions():
            menu = menu_action.menu()
            if isinstance(menu, QMenu):
                rows = [(c.title, c.shortcut) for c in from_actions(menu.actions(), "") if c.shortcut]
                groups.append((plain(menu.title()), rows))
        workspaces = w.customer_workspaces()
        if workspaces:
            ws = w.tabs.currentWidget() if w.tabs.currentWidget() in workspaces else workspaces[0]
            menu = getattr(ws, "view_menu", None)
            if menu is not None:
                rows = [(c.title, c.shortcut) for c in from_actions(menu.actions(), "") if c.shortcut]
                groups.append((QCoreApplication.translate("Workbench", "Customer view"), rows))
        else:
            groups.append(
                (
                    QCoreApplication.translate("Workbench", "Customer view"),
                    [(QCoreApplication.translate("Workbench", "Go to a tab"), "Alt+1 … Alt+0")],
                )
            )
        groups.append(
            (
                QCoreApplication.translate("Workbench", "Everywhere"),
                [
                    (QCoreApplication.translate("Workbench", "Next control"), "Tab"),
                    (QCoreApplication.translate("Workbench", "Previous control"), "Shift+Tab"),
                    (
                        QCoreApplication.translate("Workbench", "Leave a text area where Tab types a tab"),
                        "Ctrl+Tab",
                    ),
                    (QCoreApplication.translate("Workbench", "Close a dialog or the palette"), "Esc"),
                ],
            )
        )
        return groups

    # -- preferences ----------------------------------------------------------------------------------------
    def open_preferences(self):
        from agentdesk.views.workbench.preferences_dialog import PreferencesDialog

        if self.preferences is not None and self.preferences.isVisible():
            self.preferences.raise_()
            return self.preferences
        self.preferences = PreferencesDialog(self, self.window)
        self.preferences.open()
        return self.preferences

    def apply_preferences(
        self, *, tab_layout: TabLayout, docks: dict[str, bool], start_page: str, font_size: int, theme: str
    ) -> None:
        self.set_tab_layout(tab_layout)
        for key, shown in docks.items():
            dock = self.window.docks.get(key)
            if dock is not None:
                dock.setVisible(shown)
        self.settings.set(START_PAGE, start_page)
        self.settings.set(FONT_SIZE, int(font_size))
        self.settings.set(THEME, theme)
        self.settings.sync()
        self.apply_look()
        self.show_start_page(focus=False)
        self.window.save_layout()

    def set_tab_layout(self, layout: TabLayout) -> None:
        self.tab_layout = layout
        save_layout(self.settings, layout)
        for workspace in self.window.customer_workspaces():
            apply_layout(workspace, layout)

    def workspace_opened(self, workspace) -> None:
        try:
            apply_layout(workspace, self.tab_layout, fresh=True)
        except Exception:  # the customer view still works in its own order
            log.exception("the customer-view tab layout could not be applied")

    def reset_layout(self) -> None:
        """Docks, toolbars and customer-view tabs back as they came (keys and look stay)."""
        self.window.reset_layout()
        self.set_tab_layout(TabLayout())
        self.window.save_layout()

    # -- look ------------------------------------------------------------------------------------------------
    def step_font(self, step: int) -> None:
        size = self.settings.get(FONT_SIZE)
        size = FONT_SIZE.default if step == 0 else max(themes.MIN_POINTS, min(themes.MAX_POINTS, size + step))
        self.settings.set(FONT_SIZE, size)
        self.apply_look()

    def toggle_theme(self) -> None:
        self.settings.set(THEME, themes.LIGHT if self.settings.get(THEME) == themes.DARK else themes.DARK)
        self.apply_look()

    # -- start page ------------------------------------------------------------------------------------------
    def show_start_page(self, focus: bool = True) -> None:
        page = self.window.start_page
        choice = self.settings.get(START_PAGE)
        if hasattr(page, "show_section"):
            page.show_section(choice)
        if focus:
            self.window.tabs.setCurrentWidget(page)
            if choice == "search" or not hasattr(page, "focus_section"):
                self.window.focus_search()
            else:
                page.focus_section()

    def close(self) -> None:
        filter_ = getattr(self, "_ctrl_tab", None)
        if filter_ is not None:
            try:
                QApplication.instance().focusChanged.disconnect(filter_.watch)
            except (RuntimeError, TypeError):  # already gone with the window
                pass
            self._ctrl_tab = None
        if self._recent_task is not None and not self._recent_task.done():
            self._recent_task.cancel()
