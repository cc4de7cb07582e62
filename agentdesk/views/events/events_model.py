"""The service-events panel's table: one row per active or upcoming event of the region, with the calls
already linked to it, so the agent sees at a glance what is down, since when, and how many have rung."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agentdesk.domain.events import EventListing
from agentdesk.views.events import wording
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

ACTIVE_TEXT = "#a93226"
OVERDUE_BACKGROUND = "#fde2e1"
UPCOMING_TEXT = "#1f5f99"

# what a narrow dock shows first comes first: state, title, what is out, when it is back, the calls
HEADERS = (
    QT_TRANSLATE_NOOP("EventsModel", "State"),
    QT_TRANSLATE_NOOP("EventsModel", "Event"),
    QT_TRANSLATE_NOOP("EventsModel", "Services"),
    QT_TRANSLATE_NOOP("EventsModel", "Since / starts"),
    QT_TRANSLATE_NOOP("EventsModel", "Expected end"),
    QT_TRANSLATE_NOOP("EventsModel", "Calls"),
    QT_TRANSLATE_NOOP("EventsModel", "Subscribers"),
    QT_TRANSLATE_NOOP("EventsModel", "Type"),
    QT_TRANSLATE_NOOP("EventsModel", "Area"),
)
STATE, EVENT, SERVICES, START, END, CALLS, SUBSCRIBERS, TYPE, AREA = range(len(HEADERS))


def _state(e: EventListing) -> str:
    text = wording.status(e.event.status)
    if e.event.sla.state == "overdue":
        text += " · " + wording.sla_state("overdue")
    return text


def _calls_tip(e: EventListing) -> str:
    return (
        QCoreApplication.translate("EventsModel", "%1 calls from %2 numbers linked to this event")
        .replace("%1", str(e.event.linked_calls))
        .replace("%2", str(e.event.linked_numbers))
    )


def _columns() -> list[Column[EventListing]]:
    title = [QCoreApplication.translate("EventsModel", h) for h in HEADERS]
    columns = {
        STATE: Column(
            title[STATE],
            _state,
            sort=lambda e: (e.event.status != "active", e.event.start),
            foreground=lambda e: ACTIVE_TEXT if e.event.status == "active" else UPCOMING_TEXT,
            background=lambda e: OVERDUE_BACKGROUND if e.event.sla.state == "overdue" else None,
            bold=lambda e: e.event.status == "active",
        ),
        EVENT: Column(
            title[EVENT],
            lambda e: e.event.title,
            tooltip=lambda e: wording.severity(e.event.severity),
            bold=lambda e: e.event.severity == "critical",
        ),
        SERVICES: Column(title[SERVICES], lambda e: wording.services(e.event.service_types)),
        START: Column(title[START], lambda e: wording.when(e.event.start), sort=lambda e: e.event.start),
        END: Column(
            title[END],
            lambda e: wording.when(e.event.expected_end),
            sort=lambda e: e.event.expected_end,
            foreground=lambda e: ACTIVE_TEXT if e.event.sla.state == "overdue" else None,
        ),
        CALLS: Column(
            title[CALLS],
            lambda e: str(e.event.linked_calls),
            sort=lambda e: e.event.linked_calls,
            tooltip=_calls_tip,
            align_right=True,
        ),
        SUBSCRIBERS: Column(
            title[SUBSCRIBERS],
            lambda e: "—" if e.affected_subscribers is None else str(e.affected_subscribers),
            sort=lambda e: e.affected_subscribers,
            align_right=True,
        ),
        TYPE: Column(title[TYPE], lambda e: wording.event_type(e.event.event_type)),
        AREA: Column(title[AREA], lambda e: wording.area(e.event.affected_cities)),
    }
    return [columns[i] for i in range(len(HEADERS))]


class EventsTableModel(RecordTableModel[EventListing]):
    """Rows are :class:`EventListing`; ``update_calls`` changes one row's counts in place."""

    CALLS_COLUMN = CALLS
    TITLE_COLUMN = EVENT

    def __init__(self, parent=None) -> None:
        super().__init__(_columns(), parent)

    def row_of(self, event_id: str) -> int:
        return next((i for i, e in enumerate(self.records) if e.id == event_id), -1)

    def update_calls(self, event_id: str, linked_calls: int, linked_numbers: int) -> None:
        row = self.row_of(event_id)
        if row < 0:
            return
        self._records[row] = self._records[row].with_calls(linked_calls, linked_numbers)
        index = self.index(row, self.CALLS_COLUMN)
        self.dataChanged.emit(index, index)
