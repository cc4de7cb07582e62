"""Plugs the agent's phone into the desk: the CTI stream with screen pop, the call bar and the Phone menu,
wrap-up after each call and the calls of the shift (dock "calls", and the start page if the agent
chooses). The phone services are ``desk.extras["workbench"]`` (closed with the desk).

The rest of the workbench (palette, shortcut overlay, preferences, theme, tab layout) belongs to the
main window itself (``agentdesk.views.workbench``) and needs no plug-in.
"""

from __future__ import annotations

from agentdesk.services.cti import build_phone

NAME = "workbench"


def plug(desk) -> None:
    phone = build_phone(desk)
    desk.extras[NAME] = phone

    def panel(window):
        from agentdesk.views.workbench.call_history import CallHistoryLoader, CallHistoryPanel
        from agentdesk.views.workbench.phone_signals import PhoneSignals
        from agentdesk.views.workbench.phone_ui import PhoneOnWindow

        signals = PhoneSignals(phone, window)
        loader = CallHistoryLoader(phone, signals, window)
        return CallHistoryPanel(loader, lambda win, p: PhoneOnWindow(win, phone, signals, loader, p), window)

    desk.panels["calls"] = panel
