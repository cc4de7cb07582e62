"""Every way a back-office call can fail, as one typed hierarchy.

Connectors raise nothing else: a view catches :class:`ConnectorError`, picks its translated text by the
stable ``kind`` code and may show the English ``message`` (the back end's own words) as detail.
"""

from __future__ import annotations

from typing import ClassVar

SYSTEM_LABELS = {
    "auth": "Sign-in",
    "crm": "CRM",
    "billing": "Billing",
    "usage": "Usage",
    "bims": "Broadband (BIMS)",
    "hlr": "HLR",
    "aaa": "AAA",
    "ismp": "ISMP",
    "tickets": "Tickets",
    "kb": "Knowledge base",
    "cti": "CTI",
}


def system_label(system: str) -> str:
    """The name an agent knows a system by (English source text)."""
    return SYSTEM_LABELS.get(system, system)


class ConnectorError(Exception):
    """A back-office call failed; ``system`` names the system, ``message`` says why in plain words."""

    kind: ClassVar[str] = "error"
    #: failures of the system itself (count against its health and open its circuit)
    system_fault: ClassVar[bool] = False

    def __init__(
        self,
        system: str,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.system = system
        self.message = message
        self.status = status
        self.code = code
        self.field = field

    def __str__(self) -> str:
        return f"{system_label(self.system)}: {self.message}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(system={self.system!r}, message={self.message!r}, status={self.status!r})"
        )


class SystemUnavailable(ConnectorError):
    """The system cannot be reached or says it cannot serve (refused, 5xx, 503)."""

    kind = "unavailable"
    system_fault = True


class CircuitOpen(SystemUnavailable):
    """The desk stopped calling the system for a while after repeated failures."""

    kind = "circuit_open"

    def __init__(self, system: str, message: str, *, retry_in_s: float = 0.0) -> None:
        super().__init__(system, message)
        self.retry_in_s = retry_in_s


class SystemTimeout(ConnectorError):
    """The system did not answer in time (connect or read time-out, 504)."""

    kind = "timeout"
    system_fault = True


class MalformedResponse(ConnectorError):
    """The system answered something the desk cannot read (bad JSON, a missing or wrong field)."""

    kind = "malformed"
    system_fault = True


class RequestRejected(ConnectorError):
    """The system refused the request (4xx); ``message`` and ``field`` are the back end's."""

    kind = "rejected"


class NotFound(RequestRejected):
    """What was asked for does not exist in that system (404)."""

    kind = "not_found"


class Forbidden(RequestRejected):
    """The signed-in agent may not do this (403), e.g. a team-lead function."""

    kind = "forbidden"


class Unauthorised(ConnectorError):
    """The sign-in is missing or expired (401): the desk goes back to the login dialog."""

    kind = "unauthorised"


ERROR_KINDS: dict[str, type[ConnectorError]] = {
    cls.kind: cls
    for cls in (
        ConnectorError,
        SystemUnavailable,
        CircuitOpen,
        SystemTimeout,
        MalformedResponse,
        RequestRejected,
        NotFound,
        Forbidden,
        Unauthorised,
    )
}
