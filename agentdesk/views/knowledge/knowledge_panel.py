"""The knowledge dock: search as you type over the offline copy, the catalogue, favourites, recently
viewed, announcements, and the article reader below; a status line says how fresh the copy is.

Only orchestration lives here: every piece of work is a service call, run as a named task where a
new request cancels the previous one of the same name (latest wins), so typing never waits for an
older search and a stale answer is never shown.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.knowledge_search import SearchField
from agentdesk.services.errors import DeskError
from agentdesk.services.knowledge.models import KnowledgeQuery, SearchResult, SyncStatus
from agentdesk.services.knowledge.service import KnowledgeService
from agentdesk.views.error_text import describe
from agentdesk.views.knowledge.announcement_banner import UrgentBanner
from agentdesk.views.knowledge.announcement_editor import AnnouncementEditor
from agentdesk.views.knowledge.announcement_list import AnnouncementList
from agentdesk.views.knowledge.article_view import ArticleView
from agentdesk.views.knowledge.catalogue_tree import CatalogueTree
from agentdesk.views.knowledge.result_list import ResultList

log = logging.getLogger(__name__)

DEBOUNCE_MS = 120
SEARCH_SHORTCUT = "Ctrl+Shift+K"  # Ctrl+K is the command palette
ANNOUNCEMENTS_SHORTCUT = "Ctrl+Shift+G"  # 公告 (gonggao)


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone()
    today = datetime.now().astimezone().date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%Y-%m-%d %H:%M")


class KnowledgePanel(QWidget):
    send_to_note = Signal(str)  # a paragraph (or selection) with its source, for the notepad
    send_to_ticket = Signal(str)  # the same, for the ticket being written
    open_flow = Signal(str)  # the pretreatment flow an article names

    def __init__(
        self,
        service: KnowledgeService,
        parent: QWidget | None = None,
        *,
        sync_interval_s: float = 600.0,
        signed_in: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("knowledge-panel")
        self.service = service
        self.sync_interval_s = sync_interval_s
        self._signed_in = signed_in
        self._tasks: dict[str, asyncio.Task] = {}
        self._query: KnowledgeQuery | None = None
        self._scope: tuple[str, str] | None = None  # directory filter: (catalogue id, name)
        self._agent_seen = ""
        self._window = None
        self._banner_bar: QToolBar | None = None
        self._banner_action: QAction | None = None
        self.editor: AnnouncementEditor | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("kb-search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the knowledge base (Ctrl+Shift+K)"))
        self.field = QComboBox(self)
        self.field.setObjectName("kb-field")
        for text, value in (
            (self.tr("Everywhere"), SearchField.ALL),
            (self.tr("Title"), SearchField.TITLE),
            (self.tr("Keywords only"), SearchField.KEYWORDS),
            (self.tr("Catalogue"), SearchField.CATALOGUE),
        ):
            self.field.addItem(text, value)
        self.scope_label = QLabel(self)
        self.scope_label.setObjectName("kb-scope")
        self.scope_clear = QToolButton(self)
        self.scope_clear.setText("✕")
        self.scope_clear.setToolTip(self.tr("Search the whole knowledge base again"))
        self.scope_clear.clicked.connect(self.clear_scope)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("kb-count")
        self.status = QLabel(self)
        self.status.setObjectName("kb-status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("kb-progress")
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.sync_button = QToolButton(self)
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.clicked.connect(lambda: self.service.sync.start())

        self.results = ResultList(self)
        self.results.setObjectName("kb-results")
        self.catalogue = CatalogueTree(self)
        self.catalogue.setObjectName("kb-catalogue")
        self.favourites = ResultList(self)
        self.favourites.setObjectName("kb-favourites")
        self.recent = ResultList(self)
        self.recent.setObjectName("kb-recent")
        self.announcements = AnnouncementList(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("kb-tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.results, self.tr("Results"))
        self.tabs.addTab(self.catalogue, self.tr("Catalogue"))
        self.tabs.addTab(self.favourites, self.tr("Favourites"))
        self.tabs.addTab(self.recent, self.tr("Recent"))
        self.tabs.addTab(self.announcements, self.tr("Announcements"))
        self.article = ArticleView(self)
        self.article.setObjectName("kb-article")
        self.banner = UrgentBanner(self)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.field)
        scope = QHBoxLayout()
        scope.addWidget(self.scope_label)
        scope.addWidget(self.scope_clear)
        scope.addStretch(1)
        scope.addWidget(self.count_label)
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.sync_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tabs)
        split.addWidget(self.article)
        split.setSizes([320, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addLayout(scope)
        layout.addLayout(status)
        layout.addWidget(self.progress)
        layout.addWidget(split, 1)
        self._show_scope()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.start_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.start_search)
        self.field.currentIndexChanged.connect(lambda _i: self.start_search())
        self._clock = QTimer(self)  # expiry of announcements and "last synced" age, once a minute
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

        for lst in (self.results, self.favourites, self.recent):
            lst.article_chosen.connect(self.open_article)
        self.results.results.fetch_more_requested.connect(self._fetch_more)
        self.catalogue.directory_chosen.connect(self.set_scope)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.article.send_to_note.connect(self.send_to_note)
        self.article.send_to_ticket.connect(self.send_to_ticket)
        self.article.open_flow.connect(self.open_flow)
        self.article.favourite_toggled.connect(
            lambda i, t, on: self._run("favourite", self._favourite(i, t, on))
        )
        self.announcements.opened.connect(
            lambda i: self._run(f"read-{i}", self.service.announcements.mark_read(i))
        )
        self.announcements.mark_all_read.connect(self._mark_all_read)
        self.announcements.write_requested.connect(self.write_announcement)
        self.banner.read_requested.connect(self.show_announcement)
        self.banner.dismissed.connect(self._banner_dismissed)
        self._unlisten = [
            self.service.sync.add_listener(self._on_sync),
            self.service.announcements.add_listener(
                lambda: self._run("announcements", self.refresh_announcements())
            ),
        ]
        self.destroyed.connect(lambda *_: self._stop_listening())
        self._on_sync(self.service.sync.status)

    # -- tasks: latest wins per name --------------------------------------------------------------
    def _run(self, name: str, coro: Coroutine) -> asyncio.Task:
        previous = self._tasks.get(name)
        if previous is not None and not previous.done():
            previous.cancel()
        task = asyncio.ensure_future(self._guard(name, coro))
        self._tasks[name] = task
        return task

    async def _guard(self, name: str, coro: Coroutine) -> None:
        try:
            await coro
        except asyncio.CancelledError:
            raise
        except DeskError as exc:
            self.status.setText(describe(exc))
        except Exception:  # a bug must not take the window down; it is in the log
            log.exception("knowledge panel task %s failed", name)

    def _stop_listening(self) -> None:
        for remove in self._unlisten:
            remove()
        self._unlisten = []

    async def aclose(self) -> None:
        """Cancel and await this panel's work (the desk calls it on shutdown)."""
        self._stop_listening()
        with contextlib.suppress(RuntimeError):  # the widget may be gone already (window closed)
            self._clock.stop()
        tasks = [t for t in self._tasks.values() if not t.done()]
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # -- window integration -------------------------------------------------------------------------
    def actions_for_window(self) -> list[QAction]:
        find = QAction(self.tr("Search the &knowledge base"), self)
        find.setShortcut(QKeySequence(SEARCH_SHORTCUT))
        find.triggered.connect(self.focus_search)
        news = QAction(self.tr("Knowledge &announcements"), self)
        news.setShortcut(QKeySequence(ANNOUNCEMENTS_SHORTCUT))
        news.triggered.connect(lambda: self.show_announcement(""))
        sync = QAction(self.tr("S&ync knowledge base now"), self)
        sync.triggered.connect(lambda: self.service.sync.start())
        return [find, news, sync]

    def attach(self, window) -> None:
        """Put the urgent-announcement banner across the window and follow sign-ins (the window is
        shown again after a sign-out and a new sign-in)."""
        self._window = window
        bar = QToolBar(self.tr("Urgent announcements"), window)
        bar.setObjectName("toolbar-kb-urgent")
        bar.setMovable(False)
        bar.setFloatable(False)
        self.banner.setParent(bar)
        self._banner_action = bar.addWidget(self.banner)  # a toolbar widget is shown through its action
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.setVisible(False)
        self._banner_bar = bar
        window.installEventFilter(self)
        if window.isVisible():
            self.on_signed_in()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self._window and event.type() == QEvent.Type.Show:
            self.on_signed_in()
        return False

    def on_signed_in(self) -> None:
        """Once per sign-in: local data first, then the sync and announcements from the back end."""
        agent = self.service.agent() if self._signed_in() else ""
        if not agent or agent == self._agent_seen:
            return
        self._agent_seen = agent
        self.announcements.set_can_publish(self.service.is_team_lead())
        self._run("sign-in", self._sign_in())

    async def _sign_in(self) -> None:
        await self.service.sync.load_status()
        await asyncio.gather(self.refresh_catalogue(), self.refresh_announcements(), self.refresh_lists())
        self.service.sync.start()  # at every sign-in; the periodic loop joins it
        self.service.sync.start_periodic(self.sync_interval_s, when=self._signed_in)
        try:
            await self.service.announcements.refresh()
        except DeskError as exc:
            log.info("announcements not refreshed at sign-in: %s", exc)

    def focus_search(self) -> None:
        self._raise_dock()
        self.search.setFocus()
        self.search.selectAll()

    def _raise_dock(self) -> None:
        dock = getattr(self._window, "docks", {}).get("knowledge") if self._window is not None else None
        if dock is not None:
            dock.show()
            dock.raise_()

    # -- search ---------------------------------------------------------------------------------------
    def current_query(self) -> KnowledgeQuery:
        return KnowledgeQuery(
            self.search.text().strip(), self.field.currentData(), self._scope[0] if self._scope else None
        )

    def start_search(self) -> None:
        self._debounce.stop()
        query = self.current_query()
        self._query = query
        if not query.text:
            running = self._tasks.pop("search", None)
            if running is not None:
                running.cancel()
            if query.catalogue_id:
                self._run("search", self._browse(query))
            else:
                self.results.results.clear()
                self.count_label.clear()
            return
        self._run("search", self._search(query))

    async def _search(self, query: KnowledgeQuery) -> None:
        result = await self.service.search(query)
        if query != self._query:  # typed on meanwhile: this answer is stale
            return
        self.results.results.show_result(result)
        self.count_label.setText(self._count_text(result))
        if self.tabs.currentWidget() is not self.results:
            self.tabs.setCurrentWidget(self.results)

    def _fetch_more(self) -> None:
        query = self._query
        if query is None or not query.text:
            return

        async def more() -> None:
            result = await self.service.search(query, offset=self.results.results.rowCount())
            if query == self._query:
                self.results.results.append_result(result)

        self._run("more", more())

    def _count_text(self, result: SearchResult) -> str:
        if result.total_partial is None:
            return self.tr("%1 with the phrase, more with all its words").replace(
                "%1", str(result.total_exact)
            )
        if result.total == 0:
            return self.tr("No article found")
        if result.total_partial:
            return (
                self.tr("%1 with the phrase, %2 with all its words")
                .replace("%1", str(result.total_exact))
                .replace("%2", str(result.total_partial))
            )
        return self.tr("%n article(s)", "", result.total)

    async def _browse(self, query: KnowledgeQuery) -> None:
        assert query.catalogue_id is not None
        articles, total = await self.service.browse(query.catalogue_id)
        if query != self._query:
            return
        self.results.results.show_articles(articles)
        self.count_label.setText(self.tr("%n article(s)", "", total))
        self.tabs.setCurrentWidget(self.results)

    def set_scope(self, catalogue_id: str, name: str) -> None:
        """Search (or browse, with no text) in this directory and its children only."""
        self._scope = (catalogue_id, name)
        self._show_scope()
        self.start_search()

    def clear_scope(self) -> None:
        self._scope = None
        self._show_scope()
        self.start_search()

    def _show_scope(self) -> None:
        self.scope_label.setText(self.tr("In: %1").replace("%1", self._scope[1]) if self._scope else "")
        self.scope_label.setVisible(self._scope is not None)
        self.scope_clear.setVisible(self._scope is not None)

    # -- articles ---------------------------------------------------------------------------------------
    def open_article(self, article_id: str) -> None:
        self._run("article", self._open(article_id))

    async def _open(self, article_id: str) -> None:
        try:
            article = await self.service.article(article_id)
        except DeskError as exc:
            self.article.show_article(None)
            self.article.empty.setText(describe(exc))
            return
        favourite = await self.service.library.is_favourite(article_id)
        self.article.show_article(article, favourite=favourite)
        await self.service.library.record_view(article.id, article.title)
        if self.tabs.currentWidget() is self.recent:
            await self.refresh_lists()

    async def _favourite(self, article_id: str, title: str, on: bool) -> None:
        if on:
            await self.service.library.add_favourite(article_id, title)
        else:
            await self.service.library.remove_favourite(article_id)
        await self.refresh_lists()

    async def refresh_lists(self) -> None:
        self.favourites.results.show_articles(await self.service.library.favourites())
        self.recent.results.show_articles(await self.service.library.recent())

    async def refresh_catalogue(self) -> None:
        self.catalogue.set_nodes(await self.service.catalogue())

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() in (self.favourites, self.recent):
            self._run("lists", self.refresh_lists())

    # -- sync status ------------------------------------------------------------------------------------
    def _on_sync(self, status: SyncStatus) -> None:
        was_syncing = self.progress.isVisible()
        self.status.setText(self._status_text(status))
        self.status.setToolTip(describe(status.error) if status.error is not None else "")
        syncing = status.state == "syncing"
        self.sync_button.setEnabled(not syncing)
        self.progress.setVisible(syncing)
        if syncing and status.progress is not None:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(status.progress * 1000))
        elif syncing:
            self.progress.setRange(0, 0)  # busy until the first page says how much there is
        if was_syncing and not syncing:
            self._run("catalogue", self.refresh_catalogue())
            if self._query is not None and self._query.text:  # show what the sync brought
                self._run("search", self._search(self._query))

    def _status_text(self, s: SyncStatus) -> str:
        last = _when(s.last_synced_at)
        if s.state == "syncing" and s.full_sync:
            if s.remaining is None:
                return self.tr("Downloading the knowledge base for offline use…")
            return (
                self.tr(
                    "Downloading the knowledge base: %1 of %2 articles. You can search what is here already."
                )
                .replace("%1", str(s.done))
                .replace("%2", str(s.done + s.remaining))
            )
        if s.state == "syncing":
            return self.tr("Updating the knowledge base…")
        if s.state in ("offline", "error"):
            if s.article_count == 0:
                return self.tr(
                    "Knowledge base offline and not downloaded yet; it will be when it is reachable."
                )
            if s.state == "offline":
                return self.tr("Offline — searching the local copy (last synced %1).").replace(
                    "%1", last or "—"
                )
            return self.tr("Sync failed — searching the local copy (last synced %1).").replace(
                "%1", last or "—"
            )
        if s.last_synced_at is None:
            return self.tr("%n article(s) offline, not synced yet", "", s.article_count)
        return self.tr("%n article(s) offline · last synced %1", "", s.article_count).replace("%1", last)

    def _tick(self) -> None:
        self._on_sync(self.service.sync.status)
        self._run("announcements", self.refresh_announcements())

    # -- announcements ----------------------------------------------------------------------------------
    async def refresh_announcements(self) -> None:
        ann = self.service.announcements
        entries = await ann.entries(include_scheduled=self.service.is_team_lead())
        self.announcements.set_entries(entries)
        unread = sum(1 for e in entries if not e.read and e.announcement.active)
        index = self.tabs.indexOf(self.announcements)
        title = self.tr("Announcements")
        self.tabs.setTabText(index, f"{title} ({unread})" if unread else title)
        urgent = [e for e in entries if e.urgent and not e.read and e.announcement.active]
        self.banner.show_entries(urgent)
        if self._banner_bar is not None:
            self._banner_action.setVisible(bool(urgent))
            self._banner_bar.setVisible(bool(urgent))

    def _banner_dismissed(self, ids: list[str]) -> None:
        if self._banner_bar is not None:
            self._banner_bar.hide()
        self._run("dismiss", self.service.announcements.mark_read(*ids))

    def show_announcement(self, announcement_id: str) -> None:
        self._raise_dock()
        self.tabs.setCurrentWidget(self.announcements)
        if announcement_id:
            self.announcements.select(announcement_id)

    def _mark_all_read(self) -> None:
        ids = [e.id for e in self.announcements.model.entries() if not e.read]
        self._run("read-all", self.service.announcements.mark_read(*ids))

    def write_announcement(self) -> None:
        """Team leads only: the editor opens without blocking the event loop (``open``, not ``exec``)."""
        if not self.service.is_team_lead():
            return
        editor = AnnouncementEditor(self.window())
        editor.publish_requested.connect(lambda draft: self._run("publish", self._publish(editor, draft)))
        editor.finished.connect(lambda _code: setattr(self, "editor", None))
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()

    async def _publish(self, editor: AnnouncementEditor, draft) -> None:
        try:
            published = await self.service.announcements.publish(draft)
        except DeskError as exc:
            editor.failed(describe(exc))
            return
        editor.published()
        self.status.setText(self.tr("Announcement published: %1").replace("%1", published.title))
