"""Plugs the team-lead dashboard into the desk: a dock with today's indicators ("dashboard") and a menu
action (Ctrl+Shift+D) that opens the full dashboard in its own window.

Team leads only: on an agent's desk nothing is registered (and the ticket system refuses the statistics
to agents anyway). pyqtgraph is imported only when the full dashboard is first shown.
"""

from __future__ import annotations


def plug(desk) -> None:
    session = desk.session
    if not session.signed_in or not session.is_team_lead:
        return
    from agentdesk.services.dashboard.factory import build_dashboard_services  # team leads only
    from agentdesk.views.dashboard.opener import DashboardOpener

    services = build_dashboard_services(
        desk.backoffice,
        desk.database,
        lambda: session.user if session.signed_in else None,
        lambda: session.signed_in and session.is_team_lead,
        settings=desk.settings,
    )
    team = session.user.team or None
    opener = DashboardOpener(services.service, team)
    services.opener = opener
    desk.extras["dashboard"] = services
    desk.extras.setdefault("window_actions", []).append(opener.action())

    def make_panel(window):
        from agentdesk.views.dashboard.summary_panel import DashboardSummaryPanel

        return DashboardSummaryPanel(services.service, opener, team, window)

    make_panel.window_part = lambda _window, _panel: []  # built when its dock is first shown
    desk.panels["dashboard"] = make_panel


def dashboard_action(window):
    """A QAction for ``window``'s menus that opens the dashboard, or None on a desk without one."""
    services = window.desk.extras.get("dashboard")
    opener = getattr(services, "opener", None)
    return opener.action(window) if opener is not None else None
