"""The team-lead dashboard: where the team stands today and over a chosen period, and how it trends.

Indicators with targets and traffic lights on the left, charts (trend per day, complaints by category,
tickets by agent, pretreatment runs, service events) on the right, and below them the tickets or runs
behind whatever was clicked. Loading runs on the event loop (latest wins): the window stays usable, the
last figures stay on screen while new ones come, and the time the data was taken is always shown.
The charts (pyqtgraph) are built the first time the dashboard is shown.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.services.dashboard import (
    DashboardNotAllowed,
    DashboardQuery,
    DashboardService,
    DashboardSnapshot,
    PeriodChoice,
    PeriodError,
    drilldown,
)
from agentdesk.services.dashboard.export import write_csv
from agentdesk.services.dashboard.periods import CUSTOM, LAST_30_DAYS, PERIOD_KINDS, day_bounds
from agentdesk.services.errors import DeskError
from agentdesk.views.dashboard import labels
from agentdesk.views.dashboard.drilldown_panel import DrillDownPanel
from agentdesk.views.dashboard.indicator_model import TODAY, IndicatorTableModel
from agentdesk.views.dashboard.save_dialog import ask_save_path
from agentdesk.views.error_text import describe

log = logging.getLogger(__name__)

AUTO_REFRESH_MS = 5 * 60 * 1000


class DashboardView(QWidget):
    loaded = Signal(object)  # the DashboardSnapshot now shown
    saved = Signal(str)  # path of an export just written

    def __init__(self, service: DashboardService, team: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.service = service
        self.zone = service.now().tzinfo
        self.snapshot: DashboardSnapshot | None = None
        self.pages: dict = {}  # name -> chart page, once built
        self._load_task: asyncio.Task | None = None
        self._drill_task: asyncio.Task | None = None
        self._write_tasks: set[asyncio.Task] = set()
        self._generation = 0
        self._dialog = None
        self._shown_once = False  # the first show loads (and builds the charts)

        self.period = QComboBox(self)
        self.period.setObjectName("period")
        for kind in PERIOD_KINDS:
            self.period.addItem(labels.period(kind), kind)
        self.period.setCurrentIndex(PERIOD_KINDS.index(LAST_30_DAYS))
        today = service.now().date()
        self.first_day = QDateEdit(QDate(today.year, today.month, today.day).addDays(-6), self)
        self.last_day = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit, name in ((self.first_day, "first-day"), (self.last_day, "last-day")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.team = QComboBox(self)
        self.team.setObjectName("team")
        if team:
            self.team.addItem(self.tr("My team (%1)").replace("%1", team), team)
        self.team.addItem(self.tr("All teams"), None)
        self.agent = QComboBox(self)
        self.agent.setObjectName("agent")
        self.agent.addItem(self.tr("All agents"), None)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.setToolTip(self.tr("Fetch the figures again (F5)"))
        self.targets_button = QPushButton(self.tr("Targets…"), self)
        self.targets_button.setObjectName("targets")
        self.export_button = QPushButton(self.tr("Export indicators as CSV…"), self)
        self.export_button.setObjectName("export-indicators")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(80)
        self.busy.setVisible(False)
        self.taken = QLabel(self.tr("Not loaded yet"), self)
        self.taken.setObjectName("data-taken")
        self.message = QLabel(self)
        self.message.setObjectName("dashboard-message")
        self.message.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:"), self))
        bar.addWidget(self.period)
        bar.addWidget(self.first_day)
        bar.addWidget(QLabel("–", self))
        bar.addWidget(self.last_day)
        bar.addWidget(self.team)
        bar.addWidget(self.agent)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.busy)
        bar.addStretch(1)
        bar.addWidget(self.taken)
        bar.addWidget(self.targets_button)
        bar.addWidget(self.export_button)

        self.indicators = IndicatorTableModel(self)
        self.indicator_table = QTableView(self)
        self.indicator_table.setObjectName("indicator-table")
        self.indicator_table.setModel(self.indicators)
        self.indicator_table.verticalHeader().setVisible(False)
        self.indicator_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.indicator_table.setWordWrap(False)
        self.indicator_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.indicator_table.activated.connect(self._indicator_activated)  # double-click or Enter
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("chart-tabs")
        self.drill_panel = DrillDownPanel(self.zone, self)
        self.drill_panel.export_csv_requested.connect(
            lambda: self._export_csv(
                self.drill_panel.file_stem, self.drill_panel.headers, self.drill_panel.rows
            )
        )
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.indicator_table)
        top.addWidget(self.tabs)
        top.setStretchFactor(0, 0)
        top.setStretchFactor(1, 1)
        self._top = top
        self._sized = False
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(self.drill_panel)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(body, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(400)
        self._debounce.timeout.connect(self.refresh)
        self._auto = QTimer(self)
        self._auto.setInterval(AUTO_REFRESH_MS)
        self._auto.timeout.connect(self.refresh)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.first_day.dateChanged.connect(lambda _d: self._custom_dates_changed())
        self.last_day.dateChanged.connect(lambda _d: self._custom_dates_changed())
        self.team.currentIndexChanged.connect(lambda _i: self._filter_changed(agent_too=True))
        self.agent.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.refresh_button.clicked.connect(self.refresh)
        self.targets_button.clicked.connect(self.edit_targets)
        self.export_button.clicked.connect(
            lambda: self._export_csv("indicators", self.indicators.column_titles, self.indicators.rows_text)
        )
        refresh_key = QShortcut(QKeySequence("F5"), self)
        refresh_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.refresh)
        self._period_changed()

    # -- the query ------------------------------------------------------------------------------------------
    def query(self) -> DashboardQuery:
        kind = self.period.currentData()
        choice = PeriodChoice(kind)
        if kind == CUSTOM:
            choice = PeriodChoice(CUSTOM, _date(self.first_day.date()), _date(self.last_day.date()))
        return DashboardQuery(choice, team=self.team.currentData(), agent=self.agent.currentData())

    def set_custom_period(self, first: date, last: date) -> None:
        """Choose days (what the date pickers do), then load once."""
        self.period.blockSignals(True)
        self.period.setCurrentIndex(PERIOD_KINDS.index(CUSTOM))
        self.period.blockSignals(False)
        for edit, day in ((self.first_day, first), (self.last_day, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._period_changed()

    def _period_changed(self, *_args) -> None:
        custom = self.period.currentData() == CUSTOM
        self.first_day.setEnabled(custom)
        self.last_day.setEnabled(custom)
        if self._started():
            self.refresh()

    def _custom_dates_changed(self) -> None:
        if self.period.currentData() == CUSTOM and self._started():
            self._debounce.start()

    def _filter_changed(self, agent_too: bool = False) -> None:
        if agent_too:  # another team: its own agents
            self.agent.blockSignals(True)
            while self.agent.count() > 1:
                self.agent.removeItem(1)
            self.agent.setCurrentIndex(0)
            self.agent.blockSignals(False)
        if self._started():
            self.refresh()

    def _started(self) -> bool:
        return self._shown_once

    # -- loading ------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._ensure_pages()
        if not self.loading:  # shown again (reopened, restored): fresh figures
            self.refresh()
        self._auto.start()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().hideEvent(event)
        self._auto.stop()

    def refresh(self) -> None:
        """Load again; a load still running is cancelled (latest wins)."""
        self._debounce.stop()
        if self._load_task is not None and not self._load_task.done():
            self._load_task.cancel()
        self._generation += 1
        self.busy.setVisible(True)  # at once: the figures on screen are being replaced
        self.taken.setText(self._taken_text(refreshing=True))
        self._load_task = asyncio.ensure_future(self._load(self.query(), self._generation))

    @property
    def loading(self) -> bool:
        return self._load_task is not None and not self._load_task.done()

    async def _load(self, query: DashboardQuery, generation: int) -> None:
        try:
            snapshot = await self.service.load(query)
        except asyncio.CancelledError:
            raise
        except PeriodError as exc:
            self._failed(generation, self.tr("This period cannot be shown: %1").replace("%1", str(exc)))
        except DashboardNotAllowed:
            self._failed(generation, self.tr("The dashboard is for team leads."))
        except DeskError as exc:
            self._failed(generation, describe(exc))
        else:
            if generation == self._generation:
                self.show_snapshot(snapshot)
        finally:
            if generation == self._generation:
                self.busy.setVisible(False)

    def _failed(self, generation: int, text: str) -> None:
        if generation != self._generation:
            return
        self.message.setText(text)
        self.message.setStyleSheet("color: #b03a2e;")
        self.taken.setText(self._taken_text())

    def _taken_text(self, refreshing: bool = False) -> str:
        if self.snapshot is None:
            return self.tr("Loading…") if refreshing else self.tr("No data yet")
        when = labels.local_time(self.snapshot.taken_at, self.zone)
        text = self.tr("Data taken at %1").replace("%1", when)
        return text + " · " + self.tr("refreshing…") if refreshing else text

    def show_snapshot(self, snap: DashboardSnapshot) -> None:
        self.snapshot = snap
        self.message.setText("")
        self.message.setStyleSheet("")
        i = snap.interval
        span = (
            i.first_day.isoformat()
            if i.days == 1
            else f"{i.first_day.isoformat()} – {i.last_day.isoformat()}"
        )
        self.indicators.set_period_title(f"{labels.period(snap.query.period.kind)} ({span})")
        self.indicators.set_rows(snap.rows)
        self.indicator_table.resizeColumnsToContents()
        self._fit_indicator_table()
        self._fill_agents(snap)
        self._ensure_pages()
        self.pages["trend"].show_days(snap.period.by_day)
        self.pages["categories"].show_categories(snap.categories, snap.period.subscriber_base)
        self.pages["agents"].show_agents(snap.agents)
        self.pages["runs"].show_runs(snap.runs, snap.local_runs)
        if "events" in self.pages:
            error = describe(snap.events_error) if snap.events_error is not None else ""
            self.pages["events"].show_events(snap.events, error)
        self.taken.setText(self._taken_text())
        self.loaded.emit(snap)

    def _fit_indicator_table(self) -> None:
        """Give the indicator table the width of its columns once; the charts take the rest."""
        if self._sized:
            return
        self._sized = True
        header = self.indicator_table.horizontalHeader()
        wanted = header.length() + self.indicator_table.frameWidth() * 2 + 4
        total = sum(self._top.sizes()) or self.width()
        self._top.setSizes([wanted, max(total - wanted, 400)])

    def _fill_agents(self, snap: DashboardSnapshot) -> None:
        chosen = self.agent.currentData()
        known = {self.agent.itemData(i) for i in range(self.agent.count())}
        self.agent.blockSignals(True)
        for line in snap.agents:
            if line.agent not in known:
                self.agent.addItem(f"{line.display_name} ({line.agent})", line.agent)
        index = self.agent.findData(chosen)
        self.agent.setCurrentIndex(max(index, 0))
        self.agent.blockSignals(False)

    def _ensure_pages(self) -> None:
        """Build the chart pages (and import pyqtgraph) the first time they are needed."""
        if self.pages:
            return
        from agentdesk.views.dashboard.chart_pages import AgentPage, CategoryPage, FlowPage, TrendPage

        trend, categories, agents, runs = TrendPage(self), CategoryPage(self), AgentPage(self), FlowPage(self)
        trend.day_clicked.connect(self._day_clicked)
        categories.category_clicked.connect(self._category_clicked)
        agents.agent_clicked.connect(self._agent_clicked)
        runs.flow_clicked.connect(self._flow_clicked)
        self.pages = {"trend": trend, "categories": categories, "agents": agents, "runs": runs}
        self.tabs.addTab(trend, self.tr("Trend"))
        self.tabs.addTab(categories, self.tr("Complaints by category"))
        self.tabs.addTab(agents, self.tr("By agent"))
        self.tabs.addTab(runs, self.tr("Pretreatment runs"))
        if self.service.has_events:
            from agentdesk.views.dashboard.events_page import EventsPage

            events = EventsPage(self.zone, self)
            self.pages["events"] = events
            self.tabs.addTab(events, self.tr("Service events"))
        for name, page in self.pages.items():
            page.export_png_requested.connect(lambda p=page: self._export_png(p))
            page.export_csv_requested.connect(lambda p=page: self._export_csv(p.file_stem, p.headers, p.rows))
            page.setObjectName(f"page-{name}")

    # -- drill-down ---------------------------------------------------------------------------------------
    def _indicator_activated(self, index) -> None:
        if self.snapshot is None or not index.isValid():
            return
        key = self.indicators.row(index.row()).key
        today = index.column() == TODAY
        scope = self.snapshot.today_scope() if today else self.snapshot.scope()
        where = labels.period("today") if today else labels.period(self.snapshot.query.period.kind)
        self.drill(drilldown.for_indicator(scope, key), f"{labels.indicator(key)} · {where}", key)

    def _day_clicked(self, day_text: str, series: str) -> None:
        if self.snapshot is None:
            return
        day = date.fromisoformat(day_text)
        since, until = day_bounds(day, self.snapshot.interval, self.service.now())
        drill = drilldown.for_day(self.snapshot.scope(), day, since, until, series)
        self.drill(drill, f"{labels.series(series)} · {day_text}", f"day_{day_text}_{series}")

    def _category_clicked(self, category: str) -> None:
        if self.snapshot is not None:
            drill = drilldown.for_category(self.snapshot.scope(), category)
            self.drill(drill, f"{labels.series('complaint')} · {category}", "category")

    def _agent_clicked(self, agent: str, series: str) -> None:
        if self.snapshot is None:
            return
        name = next((a.display_name for a in self.snapshot.agents if a.agent == agent), agent)
        drill = drilldown.for_agent(self.snapshot.scope(), agent, series)
        self.drill(drill, f"{labels.series(series)} · {name}", f"agent_{agent}_{series}")

    def _flow_clicked(self, flow_id: str, outcome: str) -> None:
        if self.snapshot is not None:
            drill = drilldown.for_flow(
                self.snapshot.scope(), flow_id, None if outcome == "total" else outcome
            )
            self.drill(
                drill, f"{labels.outcome(outcome)} · {labels.flow(flow_id)}", f"runs_{flow_id}_{outcome}"
            )

    def drill(self, drill: drilldown.DrillDown, title: str, stem: str) -> None:
        """List what lies behind a number (a newer click replaces a listing still running)."""
        if self._drill_task is not None and not self._drill_task.done():
            self._drill_task.cancel()
        self._drill_task = asyncio.ensure_future(self._drill(drill, title, stem))

    async def _drill(self, drill: drilldown.DrillDown, title: str, stem: str) -> None:
        self.drill_panel.show_loading(title)
        try:
            result = await self.service.behind(drill)
        except asyncio.CancelledError:
            raise
        except DeskError as exc:
            self.drill_panel.show_error(title, describe(exc))
            return
        self.drill_panel.show_result(title, result, f"list_{stem}")

    # -- exports and targets ------------------------------------------------------------------------------
    def _suggested(self, stem: str, suffix: str) -> str:
        span = ""
        if self.snapshot is not None:
            i = self.snapshot.interval
            span = f"_{i.first_day.isoformat()}_{i.last_day.isoformat()}"
        return f"dashboard_{stem}{span}.{suffix}"

    def _export_csv(self, stem: str, headers, rows) -> None:
        def chosen(path: str) -> None:
            task = asyncio.ensure_future(self._write_csv(path, headers(), rows()))
            self._write_tasks.add(task)
            task.add_done_callback(self._write_tasks.discard)

        self._dialog = ask_save_path(
            self, self.tr("Export table as CSV"), self.tr("CSV files (*.csv)"), self._suggested(stem, "csv"), "csv",
            chosen,
        )  # fmt: skip

    async def _write_csv(self, path: str, headers: list[str], rows: list[list[str]]) -> None:
        try:
            count = await write_csv(path, headers, rows)
        except DeskError as exc:
            self._say(describe(exc), error=True)
            return
        self._say(self.tr("%n row(s) saved to %1", "", count).replace("%1", path))
        self.saved.emit(path)

    def _export_png(self, page) -> None:
        def chosen(path: str) -> None:
            try:
                page.chart.export_png(path)
            except Exception as exc:  # pyqtgraph or the file system: say so, keep the dashboard
                log.exception("chart export failed")
                self._say(self.tr("The chart could not be saved: %1").replace("%1", str(exc)), error=True)
                return
            self._say(self.tr("Chart saved to %1").replace("%1", path))
            self.saved.emit(path)

        self._dialog = ask_save_path(
            self, self.tr("Export chart as PNG"), self.tr("PNG images (*.png)"), self._suggested(page.file_stem, "png"),
            "png", chosen,
        )  # fmt: skip

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b03a2e;" if error else "color: #2b6a3f;")

    def edit_targets(self) -> None:
        from agentdesk.views.dashboard.targets_dialog import TargetsDialog

        dialog = TargetsDialog(self.service.targets.load(), self.service.targets.save, self)
        dialog.targets_chosen.connect(lambda _t: self.refresh())
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        self._dialog = dialog
        dialog.open()

    def dispose(self) -> None:
        """Stop this view's work (the window is closing)."""
        self._auto.stop()
        self._debounce.stop()
        for task in (self._load_task, self._drill_task, *self._write_tasks):
            if task is not None and not task.done():
                task.cancel()


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())
