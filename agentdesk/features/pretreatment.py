"""Pretreatment plugs into the desk: the flow service in ``desk.extras["pretreatment"]`` and a dock panel
(``desk.panels["pretreatment"]``) listing the flows, the ones the open customer's discrepancies call for,
and the runs of this customer; its Tools-menu action opens the wizard for the customer in view.

The panel sits behind the toolbox: it is built when its dock is first shown, and meanwhile its window part
(the Tools-menu action, an article's "start this flow") stands in for it and builds it when used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from agentdesk.services.pretreatment.service import PretreatmentService

NAME = "pretreatment"


def plug(desk) -> None:
    session = desk.session

    def agent() -> str | None:
        return session.user.username if session.signed_in else None

    service = PretreatmentService(
        desk.backoffice,
        desk.database,
        agent=agent,
        audit=desk.audit,
        ticket_desk=lambda: _ticket_desk(desk),
    )
    desk.extras[NAME] = service
    service.add_listener(lambda result: _note_in_wrapup(desk, result))

    def panel(window):
        from agentdesk.wizards.panel import PretreatmentPanel

        return PretreatmentPanel(service, window)

    panel.window_part = window_part
    desk.panels[NAME] = panel


def window_part(window, panel) -> list[QAction]:
    """What the window has of pretreatment before the panel is built; ``panel()`` builds it (once)."""
    action = QAction(QCoreApplication.translate("PretreatmentPanel", "&Pretreatment flow…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: panel().open_wizard())
    knowledge = getattr(window, "docks", {}).get("knowledge")
    open_flow = getattr(knowledge.widget(), "open_flow", None) if knowledge is not None else None
    if open_flow is not None:  # an article names its pretreatment flow: start it from there
        open_flow.connect(lambda flow_id: panel().open_wizard(flow_id))
    return [action]


def _note_in_wrapup(desk, result) -> None:
    """The call's wrap-up (ticket desk feature) links every run that reached an end."""
    tickets = desk.extras.get("tickets")
    wrapups = getattr(tickets, "wrapups", None)
    if wrapups is None or not result.ended or not result.customer_id:
        return
    wrapups.note_run(
        result.customer_id, result.run_id, result.flow_id, result.outcome, result.ticket_id, result.number
    )


def _ticket_desk(desk):
    """The ticket desk's dispatch use-case, once the tickets feature is plugged in (it takes the
    dispatch over: outbox, idempotency); until then the flow service sends tickets itself."""
    tickets = desk.extras.get("tickets")
    if tickets is None:
        return None
    return getattr(tickets, "desk", tickets)
