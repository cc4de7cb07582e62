"""Back-office writes: recorded for the admin API and replayed for a repeated Idempotency-Key.

Every route that changes data goes through :func:`perform_write`, so "the same key never acts twice"
holds for every system in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

from backend_stub.context import StubContext
from backend_stub.db import dumps, loads, now_iso

REPLAY_HEADER = "Idempotency-Replayed"


def idempotency_key(request: Request) -> str | None:
    key = request.headers.get("idempotency-key")
    return key.strip()[:200] if key and key.strip() else None


def perform_write(
    ctx: StubContext,
    request: Request,
    *,
    system: str,
    operation: str,
    number: str | None,
    username: str | None,
    action: Callable[[], Any],
    request_body: Any = None,
    status_code: int = 200,
) -> JSONResponse:
    """Run ``action`` once per idempotency key, in one transaction, and record it.

    ``action`` returns the JSON-able response body or raises ``StubError`` (errors are not recorded,
    so a corrected retry with the same key can still act).
    """
    key = idempotency_key(request)
    with ctx.db.tx() as conn:
        if key:
            row = conn.execute(
                "SELECT status_code, response_json FROM stub_write WHERE system=? AND idempotency_key=?",
                (system, key),
            ).fetchone()
            if row:
                return JSONResponse(loads(row[1]), status_code=row[0], headers={REPLAY_HEADER: "true"})
        body = action()
        conn.execute(
            "INSERT INTO stub_write(system, operation, number, idempotency_key, username, at, request_json,"
            " status_code, response_json) VALUES (?,?,?,?,?,?,?,?,?)",
            (system, operation, number, key, username, now_iso(), dumps(request_body), status_code, dumps(body)),
        )
    return JSONResponse(body, status_code=status_code, headers={REPLAY_HEADER: "false"})
