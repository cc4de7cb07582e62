"""One open customer: the header, the twelve tabs of the unified customer view, and the outcome line.

All tabs load concurrently the moment the customer (or another of their numbers) is chosen; each shows
its own loading state, result, or error with a retry, so a slow or failing system never blocks the
others. Every load belongs to a generation: choosing another customer or number cancels the loads in
flight and a late answer of an older generation is dropped (the stale-response guard). A tab header
carries a marker when that tab holds a discrepancy.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.services.customer_view import Fetcher, Opening, customer_view_of
from agentdesk.services.errors import DeskError, Unauthorised
from agentdesk.views.customer import wording, write_wording
from agentdesk.views.customer.tab_base import CustomerTab, TabContext
from agentdesk.views.customer.tabs import TAB_CLASSES
from agentdesk.views.error_text import describe
from agentdesk.views.widgets.confirm_dialog import ConfirmDialog, ask

log = logging.getLogger(__name__)

MARKER = " ⚠"
MARKER_COLOUR = QColor("#c0392b")
NOTICE = " ◆"  # a notice on a section that is not a discrepancy, e.g. a known outage of that service
NOTICE_COLOUR = QColor("#b35c00")
BUILD_AFTER_S = 0.03  # the requests of a fresh load are on the wire by then; their answers are not
# customer views (the most recently shown) that keep every tab they made; the others in the background keep
# their results and only the tab in view: each tab shown costs ~1 MB of widgets, a whole view ~12 MB
KEEP_WHOLE = 3
_shown = itertools.count(1)


class CustomerNotLoaded(Exception):
    """The customer (CRM core data and numbers) could not be loaded; ``cause`` says why."""

    def __init__(self, cause: BaseException):
        super().__init__(str(cause))
        self.cause = cause


class CustomerWorkspace(QWidget):
    tabs_loaded = Signal()  # every tab of the current load has a result or an error
    scope_changed = Signal(object)  # the ViewScope now shown

    def __init__(self, desk, match, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.view = customer_view_of(desk)
        self.match = match
        self.customer_id = match.customer_id
        self.scope = None
        self._number = match.number or None
        self._generation = 0
        self._fetch = Fetcher()
        self._fresh_fetchers: list[Fetcher] = []  # rounds of tabs refreshed after a write
        self._load_task: asyncio.Task | None = None
        self._tab_tasks: dict[str, asyncio.Task] = {}
        self._write_tasks: set[asyncio.Task] = set()
        self._load_error: BaseException | None = None
        self._build_soon: asyncio.TimerHandle | None = None
        self._disposed = False
        self.shown_at = 0  # when it was last brought into view (a count, for KEEP_WHOLE)
        self.setObjectName("customer-workspace")

        self.title_label = QLabel(self)
        self.title_label.setObjectName("customer-header")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.title_label.setText(f"<h3>{escape(match.name)}</h3>")
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("customer-facts")
        self.facts_label.setWordWrap(True)  # wraps rather than widening the window on a small screen
        self.status_label = QLabel(self)
        self.status_label.setObjectName("customer-status")
        self.status_label.setWordWrap(True)
        self.number_picker = QComboBox(self)
        self.number_picker.setObjectName("number-picker")
        self.number_picker.setMinimumWidth(320)
        self.number_picker.setAccessibleName(self.tr("Number in view"))
        self.number_picker.activated.connect(self._number_chosen)
        self.menu_button = QToolButton(self)
        self.menu_button.setObjectName("view-menu-button")
        self.menu_button.setText(self.tr("Go to"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.banner = QLabel(self)  # known outages and cutovers (service events) show here
        self.banner.setObjectName("customer-banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("customer-view-tabs")
        self.tabs.setUsesScrollButtons(True)
        self.tab_pages: dict[str, CustomerTab] = {}
        self._findings: dict[str, tuple] = {}  # the discrepancies each tab shows
        self._tab_notes: dict[str, str] = {}  # section -> notice (mark_tab), kept across reloads
        for cls in TAB_CLASSES:
            page = cls(self)
            self.tab_pages[page.key] = page
            self.tabs.addTab(page, page.title())

        self.outcome_label = QLabel(self)
        self.outcome_label.setObjectName("action-outcome")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addWidget(self.facts_label, 1)
        top.addWidget(QLabel(self.tr("Number:"), self))
        top.addWidget(self.number_picker)
        top.addWidget(self.menu_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.outcome_label)
        self._build_actions()

    # -- keyboard ---------------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        """Go-to, next/previous section and refresh, with their shortcuts shown in the menu."""
        menu = QMenu(self)
        keys = [f"Alt+{i}" for i in (1, 2, 3, 4, 5, 6, 7, 8, 9, 0)] + ["Alt+-", "Alt+="]
        self.goto_actions: dict[str, QAction] = {}
        for (key, page), shortcut in zip(self.tab_pages.items(), keys, strict=False):
            action = self._action(
                page.title(), shortcut, lambda _=False, p=page: self.tabs.setCurrentWidget(p)
            )
            menu.addAction(action)
            self.goto_actions[key] = action
        menu.addSeparator()
        self.next_action = self._action(self.tr("Next section"), "Alt+PgDown", lambda: self._step(1))
        self.previous_action = self._action(self.tr("Previous section"), "Alt+PgUp", lambda: self._step(-1))
        self.refresh_tab_action = self._action(
            self.tr("Refresh this section"),
            "Shift+F5",
            lambda: self.reload_tab(self.current_key(), fresh=True),
        )
        self.refresh_action = self._action(self.tr("Refresh the customer"), "Ctrl+Shift+F5", self.load)
        for action in (self.next_action, self.previous_action, self.refresh_tab_action, self.refresh_action):
            menu.addAction(action)
        self.menu_button.setMenu(menu)
        self.view_menu = menu

    def _action(self, text: str, shortcut: str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # hidden workspaces do not match
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _step(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def current_key(self) -> str:
        page = self.tabs.currentWidget()
        return page.key if isinstance(page, CustomerTab) else ""

    def show_tab(self, key: str) -> CustomerTab:
        page = self.tab_pages[key]
        self.tabs.setCurrentWidget(page)
        page.ensure_built()
        return page

    # -- loading ------------------------------------------------------------------------------------------
    def load(self) -> None:
        """(Re)load the customer and every tab; whatever was in flight is cancelled first."""
        if self._disposed:
            return
        self._new_generation()
        for page in self.tab_pages.values():
            page.show_loading()
        self.status_label.setText(self.tr("Loading…"))
        self._load_task = asyncio.ensure_future(self._load(self._generation))

    def switch_customer(self, match) -> None:
        """Show another customer here; nothing of the previous one appears afterwards."""
        self.match = match
        self.customer_id = match.customer_id
        self._number = match.number or None
        self.scope = None
        self.title_label.setText(f"<h3>{escape(match.name)}</h3>")
        self.facts_label.clear()
        self.number_picker.clear()
        for page in self.tab_pages.values():
            page.clear()
        self.load()

    def select_number(self, number: str) -> None:
        """Show another number of the same customer: every tab reloads for it."""
        if self.scope is None or number == self.scope.number:
            return
        self._number = number
        scope = self.scope.with_number(number)
        self._new_generation()
        self._apply_scope(scope)
        self._load_task = asyncio.ensure_future(self._load_tabs(scope, self._generation, self._fetch))

    def _number_chosen(self, index: int) -> None:
        number = self.number_picker.itemData(index)
        if number:
            self.select_number(number)

    def _new_generation(self) -> None:
        self._generation += 1
        if self._build_soon is not None:
            self._build_soon.cancel()
            self._build_soon = None
        for task in [self._load_task, *self._tab_tasks.values()]:
            if task is not None and not task.done():
                task.cancel()
        self._tab_tasks = {}
        self._fetch.close()
        self._fetch = Fetcher()
        for fetcher in self._fresh_fetchers:
            fetcher.close()
        self._fresh_fetchers = []
        self._load_error = None

    async def _load(self, generation: int) -> None:
        fetch = self._fetch
        self._prefetch(Opening(self.customer_id, self._number or ""), fetch)
        # the tab in view makes its widgets while the answers are on their way, not before they are asked
        self._build_soon = asyncio.get_running_loop().call_later(BUILD_AFTER_S, self._build_current)
        try:
            scope = await self.view.scope(self.customer_id, self._number, fetch)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if generation == self._generation:
                self._scope_failed(exc)
            return
        if generation != self._generation:
            return
        self._apply_scope(scope)
        await self._load_tabs(scope, generation, self._fetch)

    def _prefetch(self, opening: Opening, fetch: Fetcher) -> None:
        """Ask at once, side by side with CRM's answer about the customer, everything the tabs will ask
        that the customer id and the number already name: the view then costs one round trip, not one
        for the customer and another for the tabs. A tab whose guess proves wrong simply asks again."""
        self.view.prefetch(opening, fetch)
        for page in self.tab_pages.values():
            try:
                page.prefetch(self.view, opening, fetch)
            except Exception:  # only time is lost: the tab asks for itself when the scope is known
                log.exception("the %s tab could not ask early", page.key)

    def _build_current(self) -> None:
        page = self.tabs.currentWidget()
        if not self._disposed and isinstance(page, CustomerTab) and page.isVisible():
            page.ensure_built()

    def _scope_failed(self, exc: BaseException) -> None:
        self._load_error = exc
        if isinstance(exc, Unauthorised):
            self._ask_sign_in()
        message = (
            describe(exc) if isinstance(exc, DeskError) else self.tr("The customer could not be loaded.")
        )
        if not isinstance(exc, DeskError):
            log.error("loading customer %s failed", self.customer_id, exc_info=exc)
        self.status_label.setText(message)
        for page in self.tab_pages.values():
            page.show_error(message)
        self.tabs_loaded.emit()

    def _apply_scope(self, scope) -> None:
        self.scope = scope
        customer = scope.customer
        self.title_label.setText(f"<h3>{escape(customer.name)}</h3>")
        self.facts_label.setText(
            self.tr("Level: %1 · Credit class: %2 · %3")
            .replace("%1", wording.level(customer.level))
            .replace("%2", customer.credit_class or "—")
            .replace(
                "%3", wording.city(customer.city) + (f" {customer.district}" if customer.district else "")
            )
        )
        self.status_label.clear()
        self.number_picker.blockSignals(True)
        self.number_picker.clear()
        for sub in scope.subscribers:
            label = f"{wording.service_type(sub.service_type)}  {sub.number}  ({wording.state(sub.status)})"
            self.number_picker.addItem(label, sub.number)
        index = self.number_picker.findData(scope.number)
        self.number_picker.setCurrentIndex(max(index, 0))
        self.number_picker.blockSignals(False)
        self.scope_changed.emit(scope)

    async def _load_tabs(self, scope, generation: int, fetch: Fetcher, keys=None) -> None:
        pages = [self.tab_pages[k] for k in keys] if keys else list(self.tab_pages.values())
        started = []
        for page in pages:
            page.show_loading()
            task = asyncio.ensure_future(self._load_tab(page, scope, generation, fetch))
            self._tab_tasks[page.key] = task
            started.append(task)
        await asyncio.gather(*started, return_exceptions=True)
        if generation == self._generation and not keys:
            self.tabs_loaded.emit()

    async def _load_tab(self, page: CustomerTab, scope, generation: int, fetch: Fetcher) -> None:
        try:
            data = await page.fetch(TabContext(self.view, scope, fetch))
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if not self._current(generation, scope):
                return
            if isinstance(exc, Unauthorised):
                self._ask_sign_in()
            if isinstance(exc, DeskError):
                page.show_error(describe(exc))
            else:
                log.error("the %s tab failed", page.key, exc_info=exc)
                page.show_error(
                    self.tr("This section could not be shown (%1).").replace("%1", type(exc).__name__)
                )
            self._set_marker(page, ())
            return
        if not self._current(generation, scope):
            return  # a late answer for a customer or number no longer in view: dropped
        try:
            findings = page.show_data(data)
        except Exception as exc:  # a bug in one tab must not take the others down
            self.presentation_failed(page, exc)
            return
        self._set_marker(page, findings)

    def presentation_failed(self, page: CustomerTab, exc: Exception) -> None:
        """A tab could not show its result (a bug): it says so, and the others go on."""
        log.error("the %s tab could not present its data", page.key, exc_info=exc)
        page.show_error(self.tr("This section could not be shown (%1).").replace("%1", type(exc).__name__))
        self._set_marker(page, ())

    def _current(self, generation: int, scope) -> bool:
        return (
            not self._disposed
            and generation == self._generation
            and self.scope is not None
            and scope.key == self.scope.key
        )

    def reload_tab(self, key: str, fresh: bool = False, fetch: Fetcher | None = None) -> None:
        """Load one tab again (its retry, a new filter); ``fresh`` asks the back office anew (through
        ``fetch`` when several tabs refresh together and share their answers)."""
        if self.scope is None:
            self.load()
            return
        page = self.tab_pages.get(key)
        if page is None:
            return
        old = self._tab_tasks.get(key)
        if old is not None and not old.done():
            old.cancel()
        if fetch is None:
            fetch = self._fetch
            if fresh:
                fetch = Fetcher()
                self._fresh_fetchers.append(fetch)
        page.show_loading()
        task = asyncio.ensure_future(self._load_tab(page, self.scope, self._generation, fetch))
        self._tab_tasks[key] = task

    def refresh_tabs(self, keys) -> None:
        """After a write: the affected tabs ask the back office again (their earlier answers are stale)."""
        fetch = Fetcher()
        self._fresh_fetchers.append(fetch)
        for key in keys:
            if key in self.tab_pages:
                self.reload_tab(key, fetch=fetch)

    async def loaded(self) -> None:
        """Return when the current load finished; raise :class:`CustomerNotLoaded` if the customer could not be."""
        while True:
            task = self._load_task
            if task is not None:
                await asyncio.gather(task, return_exceptions=True)
            pending = [t for t in self._tab_tasks.values() if not t.done()]
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)
            if task is self._load_task and not any(not t.done() for t in self._tab_tasks.values()):
                break
        if self._load_error is not None:
            raise CustomerNotLoaded(self._load_error)
        if self.scope is None:
            raise CustomerNotLoaded(RuntimeError("the load was cancelled"))

    # -- markers ------------------------------------------------------------------------------------------
    def _set_marker(self, page: CustomerTab, findings) -> None:
        index = self.tabs.indexOf(page)
        if index < 0:
            return
        bar = self.tabs.tabBar()
        self._findings[page.key] = tuple(findings)
        note = self._tab_notes.get(page.key)
        title = page.title() + (NOTICE if note else "")
        if findings:
            self.tabs.setTabText(index, title + MARKER)
            bar.setTabTextColor(index, MARKER_COLOUR)
            lines = [wording.explain(f, page.subjects(page.data).get(f.subject)) for f in findings]
            self.tabs.setTabToolTip(index, "\n".join(([note] if note else []) + lines))
        else:
            self.tabs.setTabText(index, title)
            bar.setTabTextColor(index, NOTICE_COLOUR if note else self.palette().windowText().color())
            self.tabs.setTabToolTip(index, note or "")

    def mark_tab(self, section_key: str, text: str | None) -> None:
        """A notice on one section's tab header (e.g. a known outage of that service; ``text`` is its
        tooltip), beside any discrepancy marker and kept when the tab reloads; None removes it."""
        page = self.tab_pages.get(section_key)
        if page is None or self._tab_notes.get(section_key) == (text or None):
            return
        if text:
            self._tab_notes[section_key] = text
        else:
            self._tab_notes.pop(section_key, None)
        self._set_marker(page, self._findings.get(section_key, ()))

    def marked_tabs(self) -> list[str]:
        """Keys of the tabs whose header carries the discrepancy marker."""
        return [
            key
            for key, page in self.tab_pages.items()
            if self.tabs.tabText(self.tabs.indexOf(page)).endswith(MARKER)
        ]

    def tab_text(self, key: str) -> str:
        return self.tabs.tabText(self.tabs.indexOf(self.tab_pages[key]))

    # -- writes -------------------------------------------------------------------------------------------
    def start_write(self, action) -> asyncio.Task:
        """Confirm, run and report one back-office write (see :meth:`run_write`)."""
        task = asyncio.ensure_future(self.run_write(action))
        self._write_tasks.add(task)
        task.add_done_callback(self._write_tasks.discard)
        return task

    def start_write_later(self, make) -> asyncio.Task:
        """Like :meth:`start_write` for an action that needs the agent's input first (``make`` awaits it)."""

        async def go():
            action = await make
            return None if action is None else await self.run_write(action)

        task = asyncio.ensure_future(go())
        self._write_tasks.add(task)
        task.add_done_callback(self._write_tasks.discard)
        return task

    async def run_write(self, action):
        """Ask, send with the action's one key, offer a retry (same key) on failure, show the outcome,
        refresh the tabs the write made stale. Returns the back end's answer, or None."""
        if action.kind not in write_wording.NO_CONFIRMATION:
            title, text, detail = write_wording.confirmation(action)
            dialog = ConfirmDialog(title, text, detail, confirm_text=title, parent=self)
            if not await ask(dialog):
                self._outcome(self.tr("%1: cancelled, nothing was changed.").replace("%1", title), None)
                return None
        action.confirm()
        while True:
            self._outcome(
                self.tr("%1 for %2…")
                .replace("%1", write_wording.title(action.kind))
                .replace("%2", action.number),
                None,
            )
            try:
                result = await action.run()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if isinstance(exc, Unauthorised):
                    self._ask_sign_in()
                message = describe(exc) if isinstance(exc, DeskError) else str(exc)
                if not isinstance(exc, DeskError):
                    log.error("%s failed", action.kind, exc_info=exc)
                self._outcome(message, False)
                retry = ConfirmDialog(
                    self.tr("%1 failed").replace("%1", write_wording.title(action.kind)),
                    escape(message),
                    write_wording.failure_note(),
                    confirm_text=self.tr("Retry"),
                    cancel_text=self.tr("Close"),
                    parent=self,
                )
                if await ask(retry):
                    continue
                return None
            break
        text = write_wording.outcome(action, result)
        if action.audit_error is not None:
            text += " " + self.tr("Warning: the audit trail could not record it (%1).").replace(
                "%1", str(action.audit_error)
            )
        self._outcome(text, True)
        self.refresh_tabs(action.affects)
        return result

    def _outcome(self, text: str, ok: bool | None) -> None:
        colour = {True: "#1e7d32", False: "#b03a2e", None: "#444"}[ok]
        self.outcome_label.setStyleSheet(f"color: {colour};")
        self.outcome_label.setText(text)

    def show_banner(self, html: str | None, colour: str = "#fff4ce") -> None:
        """A notice above the tabs for this customer (e.g. a known outage touching them); None hides it."""
        self.banner.setStyleSheet(
            f"QLabel#customer-banner {{ background: {colour}; padding: 6px; border-radius: 4px; }}"
        )
        self.banner.setText(html or "")
        self.banner.setVisible(bool(html))

    # -- personal data ------------------------------------------------------------------------------------
    async def reveal(self, field: str) -> str | None:
        """The full value of a masked field after the reveal is audited; None if it could not be."""
        if self.scope is None:
            return None
        try:
            return await self.view.reveal_pii(self.scope.customer, field, self.scope.number)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.error("revealing %s failed", field, exc_info=exc)
            self._outcome(
                self.tr("The value stays hidden: the audit trail could not record the reveal."), False
            )
            return None

    # -- lifecycle ----------------------------------------------------------------------------------------
    def _ask_sign_in(self) -> None:
        window = self.window()
        signal = getattr(window, "reauth_required", None)
        if signal is not None:
            signal.emit()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if not event.spontaneous():  # brought into view by the agent, not the window restored
            self.shown_at = next(_shown)
            QTimer.singleShot(0, self, self._release_older_views)

    def _release_older_views(self) -> None:
        parent = self.parentWidget()
        if parent is None or self._disposed:
            return
        others = [w for w in parent.children() if isinstance(w, CustomerWorkspace) and w is not self]
        others.sort(key=lambda w: w.shown_at, reverse=True)
        for workspace in others[KEEP_WHOLE - 1 :]:
            workspace.release_hidden_tabs()

    def release_hidden_tabs(self) -> int:
        """Drop the widgets of every made tab but the one in view (results kept); how many were dropped."""
        current = self.tabs.currentWidget()
        return sum(p.release() for p in self.tab_pages.values() if p is not current and not self._disposed)

    def dispose(self) -> None:
        """Cancel everything in flight; nothing of this customer is shown afterwards."""
        self._disposed = True
        self._new_generation()
        for task in list(self._write_tasks):
            task.cancel()
        for page in self.tab_pages.values():
            page.clear()
