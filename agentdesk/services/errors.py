"""The errors a view may catch. Connector failures pass through services unchanged (views may not import
connectors, so they are re-exported here); a use-case's own failures are ServiceError."""

from __future__ import annotations

from agentdesk.connectors.errors import (  # noqa: F401 (re-exported for views)
    CircuitOpen,
    ConnectorError,
    Forbidden,
    MalformedResponse,
    NotFound,
    RequestRejected,
    SystemTimeout,
    SystemUnavailable,
    Unauthorised,
)


class ServiceError(Exception):
    """A use-case could not be done for a reason of its own, e.g. local storage failed."""

    kind = "service"
    system: str | None = None

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


DeskError = (ConnectorError, ServiceError)
