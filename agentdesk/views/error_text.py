"""One translated sentence for every failure an agent may meet, chosen by the error's kind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentdesk.views.widgets.health_indicator import system_display_name


def describe(exc: BaseException) -> str:
    """A sentence an agent can read: what failed, in which system, and the back end's own words."""
    kind = getattr(exc, "kind", "")
    system = getattr(exc, "system", None)
    name = system_display_name(system) if system else QCoreApplication.translate("ErrorText", "The desk")
    templates = {
        "unavailable": QCoreApplication.translate(
            "ErrorText", "%1 is not available right now. Other systems keep working; try again shortly."
        ),
        "circuit_open": QCoreApplication.translate(
            "ErrorText", "%1 failed repeatedly; the desk pauses calls to it for a moment. Try again shortly."
        ),
        "timeout": QCoreApplication.translate(
            "ErrorText", "%1 did not answer in time. Try again; nothing was changed twice."
        ),
        "malformed": QCoreApplication.translate(
            "ErrorText", "%1 sent an answer the desk cannot read. The fault is reported; try again later."
        ),
        "rejected": QCoreApplication.translate("ErrorText", "%1 refused the request: %2"),
        "not_found": QCoreApplication.translate("ErrorText", "%1 has no record of this: %2"),
        "forbidden": QCoreApplication.translate("ErrorText", "You are not allowed to do this in %1."),
        "unauthorised": QCoreApplication.translate(
            "ErrorText", "Your sign-in has expired. Sign in again; your open work is kept."
        ),
        "service": "%2",  # a use-case's own message is already written for the agent
    }
    template = templates.get(kind, QCoreApplication.translate("ErrorText", "%1 failed: %2"))
    detail = getattr(exc, "message", None) or str(exc)
    return template.replace("%1", name).replace("%2", detail)
