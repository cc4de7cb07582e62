"""What every tab of the customer view shares: its own loading/result/error state with a retry, the list
of discrepancies it found, and a way to start back-office writes through the workspace."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from agentdesk.domain.comparisons import Finding
from agentdesk.services.customer_view import Fetcher, ViewScope
from agentdesk.views.customer import wording
from agentdesk.views.widgets.load_state import CONTENT, LoadStateStack


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
    """Subclasses set ``key`` and ``TITLE``, build their widgets into ``self.body``, and implement
    ``fetch`` (async, no widgets touched) and ``present`` (widgets only, no awaiting)."""

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
        self.body = QWidget(self)
        self.findings = FindingsBanner(self.body)
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(6, 6, 6, 6)
        self.layout_.addWidget(self.findings)
        self.stack = LoadStateStack(self.body, self)
        self.stack.retry_requested.connect(lambda: self.workspace.reload_tab(self.key))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def title(self) -> str:
        return self.translated_title()

    # -- to implement --------------------------------------------------------------------------------
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
        self.stack.show_loading()

    def show_error(self, message: str) -> None:
        self.stack.show_error(message)

    def show_data(self, data: Any) -> tuple[Finding, ...]:
        """Present a result; returns the discrepancies for the tab header's marker."""
        self.data = data
        empty = self.empty_text(data)
        if empty:
            self.findings.show_findings(())
            self.stack.show_empty(empty)
            return ()
        self.present(data)
        findings = tuple(data.findings)
        self.findings.show_findings(findings, self.subjects(data))
        self.stack.show_content()
        return findings

    @property
    def state(self) -> str:
        return self.stack.state

    @property
    def showing_result(self) -> bool:
        return self.stack.state == CONTENT

    def clear(self) -> None:
        self.data = None


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
