"""What every tab of the customer view shares: its own loading/result/error state with a retry, the list
of discrepancies it found, and a way to start back-office writes through the workspace."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from agentdesk.domain.comparisons import Finding
from agentdesk.services.customer_view import Fetcher, Opening, ViewScope
from agentdesk.views.customer import wording
from agentdesk.views.widgets.load_state import CONTENT, EMPTY, ERROR, LOADING, LoadStateStack
from agentdesk.views.widgets.scroller import scrolling
from agentdesk.views.workbench.keyboard_access import name_icon_buttons, tab_through_tables


@dataclass(frozen=True)
class TabContext:
    """What a tab's ``fetch`` gets: the service, the customer and number in view, the shared fetches."""

    view: Any  # services.customer_view.CustomerView
    scope: ViewScope
    fetch: Fetcher


class FindingsBanner(QLabel):
    """The tab's discrepancies in words, one line each, above its content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "QLabel#findings { background: #fdecea; color: #8a1f11; border: 1px solid #f5c6cb;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.setVisible(False)
        self.lines: list[str] = []

    def show_findings(self, findings: tuple[Finding, ...], subjects: dict[str, str] | None = None) -> None:
        subjects = subjects or {}
        self.lines = [wording.explain(f, subjects.get(f.subject)) for f in findings]
        self.setText("<br>".join(f"⚠ {escape(line)}" for line in self.lines))
        self.setVisible(bool(self.lines))


class CustomerTab(QWidget):
    """Subclasses set ``key`` and ``TITLE``, make their widgets in ``build`` (into ``self.body`` and
    ``self.layout_``), and implement ``fetch`` (async, no widgets touched) and ``present`` (widgets only,
    no awaiting).

    A tab's widgets are made the first time they are needed (the tab is shown, or ``ensure_built``), not
    when the customer is opened: a customer view holds a thousand widgets, and making them all at once
    held up the view's first requests and cost every open customer its memory. A result that arrives
    for a tab not yet made waits in ``data`` and is presented when the tab is first shown; its state,
    discrepancies and header marker are known at once. State a tab's ``fetch`` reads (a period, a
    filter) lives in plain attributes set in ``__init__``, so a tab loads without its widgets.

    For the same reason a tab can drop its widgets again (``release``: a customer view in the background
    keeps its results, not the ~1 MB of widgets and models per tab it has shown); they are made again,
    from those attributes, and the result presented again when the tab is next shown.
    """

    key = ""
    # QT_TRANSLATE_NOOP("<the subclass's name>", "English title"): declared on the class, so preferences
    # and the palette can name a tab without building one; translated at use by ``translated_title``
    TITLE = ""

    @classmethod
    def translated_title(cls) -> str:
        """The tab's title in the agent's language (in the tab class's own translation context)."""
        return QCoreApplication.translate(cls.__name__, cls.TITLE) if cls.TITLE else cls.key

    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.setObjectName(f"tab-{self.key}")
        self.data: Any = None
        self.built = False  # ``build`` has run
        self.framed = False  # the load-state stack around the body exists (made when first shown)
        self._state = LOADING
        self._message = ""  # the text of an error or empty state
        self._findings: tuple[Finding, ...] = ()
        self._waiting = False  # ``data`` waits to be presented until the widgets are made
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)

    def title(self) -> str:
        return self.translated_title()

    # -- made when needed ------------------------------------------------------------------------------
    def _ensure_frame(self) -> None:
        """The load-state stack (loading / content / error with retry / empty), the scroll area and the
        findings banner: made when the tab is first shown, in the state the tab is in by then."""
        if self.framed:
            return
        # what exists before any widget is made is the tab's own state; ``release`` forgets the rest
        self.__dict__.setdefault("_own_names", frozenset(self.__dict__) | {"_own_names"})
        self.framed = True
        self.body = QWidget(self)
        self.findings = FindingsBanner(self.body)
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(6, 6, 6, 6)
        self.layout_.addWidget(self.findings)
        # the content scrolls when the window is smaller than the tab (a 1366x768 screen with docks open)
        # instead of squeezing its tables and forms over each other
        self.stack = LoadStateStack(scrolling(self.body, self, name="tab-scroller"), self)
        self.stack.retry_requested.connect(lambda: self.workspace.reload_tab(self.key))
        self._outer.addWidget(self.stack)
        self.stack.show()  # made while the tab is being shown: a queued show would come a turn late
        self._show_state()
        if self._findings:
            self.findings.show_findings(self._findings, self.subjects(self.data))

    def ensure_built(self) -> None:
        """Make the tab's widgets now (once), and present the result that waited for them."""
        self._ensure_frame()
        if self.built:
            return
        self.built = True
        shown = self.body.isVisible()
        if shown:  # Qt shows a widget made inside a shown one only a turn later: made hidden, shown at once
            self.body.hide()
        self.build()
        tab_through_tables(self.body)  # what the workbench's keyboard pass does for widgets made early
        name_icon_buttons(self.body)
        if self._waiting:
            self._present_waiting()
        if shown:
            self.body.show()
            # and laid out now, as a tab made in advance was: sizes and scroll ranges hold on return
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def __getattr__(self, name: str) -> Any:
        """Only for a name not found: code that reaches for a widget the tab makes later (a flow setting a
        filter, a test reading a table) before the tab was shown gets the tab made, as it always was."""
        if name.startswith("__") or self.__dict__.get("built", True):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        if name in ("stack", "body", "findings", "layout_"):
            self._ensure_frame()
        else:
            self.ensure_built()
        return object.__getattribute__(self, name)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._ensure_frame()
        if self._waiting:
            if self.built:
                self._present_waiting()
            else:
                self.ensure_built()  # which presents what waited
        super().showEvent(event)

    def releasable(self) -> bool:
        """Whether the tab's widgets may be dropped now: made, out of view, and no dialog of it open."""
        return (
            self.framed
            and not self.isVisible()
            and not any(isinstance(c, QDialog) and c.isVisible() for c in self.children())
        )

    def release(self) -> bool:
        """Drop the widgets and models the tab made, keep its result, state and findings; False if it
        cannot now (see ``releasable``). Shown again, the tab is made again and presents its result."""
        if not self.releasable():
            return False
        own = self.__dict__["_own_names"]
        for name in [n for n in self.__dict__ if n not in own]:
            del self.__dict__[name]
        for child in self.children():
            if child is self._outer:
                continue
            if isinstance(child, QWidget):
                self._outer.removeWidget(child)
                child.hide()
            child.deleteLater()
        self.framed = self.built = False
        self._waiting = self._state == CONTENT and self.data is not None
        return True

    def _present_waiting(self) -> None:
        self._waiting = False
        try:
            self.present(self.data)
        except Exception as exc:  # a bug in one tab must not take the others down
            self.workspace.presentation_failed(self, exc)

    def _set_state(self, state: str, message: str = "") -> None:
        self._state, self._message = state, message
        if self.framed:
            self._show_state()

    def _show_state(self) -> None:
        if self._state == ERROR:
            self.stack.show_error(self._message)
        elif self._state == EMPTY:
            self.stack.show_empty(self._message)
        elif self._state == CONTENT:
            self.stack.show_content()
        else:
            self.stack.show_loading()

    # -- to implement --------------------------------------------------------------------------------
    def build(self) -> None:
        """Make the tab's widgets (see the class's docstring for when)."""

    def prefetch(self, view, opening: Opening, fetch: Fetcher) -> None:
        """Start, through ``fetch``, what ``fetch`` will ask, from what is known before CRM has answered
        who the customer is (``opening``); called when a customer is opened. Optional: it only saves time."""

    async def fetch(self, ctx: TabContext) -> Any:
        raise NotImplementedError

    def present(self, data: Any) -> None:
        raise NotImplementedError

    def empty_text(self, data: Any) -> str | None:
        """A sentence when there is nothing to show for this customer (e.g. no broadband)."""
        return None

    def subjects(self, data: Any) -> dict[str, str]:
        """Readable names for finding subjects (an add-on's name for its code, ...)."""
        return {}

    # -- used by the workspace -----------------------------------------------------------------------
    def show_loading(self) -> None:
        self._set_state(LOADING)

    def show_error(self, message: str) -> None:
        self._set_state(ERROR, message)

    def show_data(self, data: Any) -> tuple[Finding, ...]:
        """Present a result (now if the tab is made or in view, else when first shown); returns the
        discrepancies for the tab header's marker."""
        self.data = data
        self._waiting = False
        empty = self.empty_text(data)
        if empty:
            self._show_findings(())
            self._set_state(EMPTY, empty)
            return ()
        if self.built or self.isVisible():
            self.ensure_built()
            self.present(data)
        else:
            self._waiting = True
        findings = tuple(data.findings)
        self._show_findings(findings)
        self._set_state(CONTENT)
        return findings

    def _show_findings(self, findings: tuple[Finding, ...]) -> None:
        self._findings = findings
        if self.framed:
            self.findings.show_findings(findings, self.subjects(self.data) if findings else None)

    @property
    def state(self) -> str:
        return self._state

    @property
    def showing_result(self) -> bool:
        return self._state == CONTENT

    def clear(self) -> None:
        """Forget the customer's data (subclasses also empty their widgets, if made)."""
        self.data = None
        self._waiting = False


def table(
    parent: QWidget, model, object_name: str, *, sortable: bool = True, stretch_last: bool = True
) -> QTableView:
    """A read-only, row-selecting table view over ``model`` as the tabs use it."""
    view = QTableView(parent)
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setStyleSheet("QTableView { selection-background-color: #d6e6f5; selection-color: black; }")
    view.setSortingEnabled(sortable)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setStretchLastSection(stretch_last)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if sortable:
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the back end's order until asked
    return view


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(f"<b>{escape(text)}</b>", parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def fit_columns(view: QTableView) -> None:
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for i in range(header.count()):
        if header.sectionSize(i) > 360:
            header.resizeSection(i, 360)
