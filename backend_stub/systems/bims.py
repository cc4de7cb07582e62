"""BIMS, the broadband back office: accounts, online sessions, login records, and the front-line repairs.

Modelled on TMF640 Service Activation (password, MAC, session and port operations) and TMF653 Service
Test (dial test, line test). This module holds the routes; the model of the access network and the JSON
views are in ``bims_model``, the operations in ``bims_operations``, provisioning in ``bims_seed`` and the
faults in ``bims_faults``. The RADIUS result codes are in :data:`bims_model.RADIUS_CODES`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from backend_stub.auth import User, current_user, require_admin
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import iso, utcnow
from backend_stub.errors import bad_request
from backend_stub.paging import Page, page_params, slice_list, tmf_list
from backend_stub.systems import bims_operations as ops
from backend_stub.systems.bims_faults import FAULTS
from backend_stub.systems.bims_model import RADIUS_CODES, access_view, account_row, account_view, session_view
from backend_stub.systems.bims_seed import provision
from backend_stub.writes import perform_write

__all__ = ["FAULTS", "on_app", "provision", "router"]

router = APIRouter(prefix="/bims", tags=["bims"])
admin_router = APIRouter(prefix="/admin/bims", tags=["admin"], dependencies=[Depends(require_admin)])
AccountPath = Path(..., min_length=3, max_length=64, description="broadband account, e.g. gz12345678@adsl")


# -- reading ---------------------------------------------------------------------------------------
@router.get("/radiusCode")
def radius_codes(user: User = Depends(current_user)) -> dict:
    """The code table, so the desk can explain an access record in words."""
    return {
        "codes": [
            {"code": c, "reason": v[0], "meaning": v[1], "meaningZh": v[2], "fix": v[3]}
            for c, v in RADIUS_CODES.items()
        ]
    }


@router.get("/account")
def list_accounts(
    subscriber_id: str | None = Query(None, alias="subscriberId", max_length=32),
    status: Literal["active", "suspended", "terminated"] | None = Query(None),
    page: Page = Depends(page_params),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    where, params = "WHERE 1=1", []
    if subscriber_id:
        where, params = where + " AND subscriber_id=?", [*params, subscriber_id]
    if status:
        where, params = where + " AND status=?", [*params, status]
    total = ctx.db.scalar(f"SELECT COUNT(*) FROM bims_account {where}", params)
    rows = ctx.db.query(f"SELECT account FROM bims_account {where} ORDER BY account" + page.sql(), params)
    return tmf_list([account_view(ctx.db, r["account"]) for r in rows], total, page)


@router.get("/account/{account}")
def get_account(
    account: str = AccountPath, user: User = Depends(current_user), ctx: StubContext = Depends(get_ctx)
) -> dict:
    return account_view(ctx.db, account)


@router.get("/account/{account}/session")
def get_sessions(
    account: str = AccountPath,
    page: Page = Depends(page_params),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    account_row(ctx.db, account)
    rows = ctx.db.query("SELECT * FROM bims_session WHERE account=? ORDER BY started_at", (account,))
    return slice_list([session_view(r) for r in rows], page)


@router.get("/account/{account}/accessLog")
def get_access_log(
    account: str = AccountPath,
    since: datetime | None = Query(None, alias="from"),
    until: datetime | None = Query(None, alias="to"),
    result: Literal["success", "failure"] | None = Query(None),
    page: Page = Depends(page_params),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Login records, newest first, each with its RADIUS code explained."""
    account_row(ctx.db, account)
    where, params = "WHERE account=?", [account]
    for op, value, name in ((">=", since, "from"), ("<=", until, "to")):
        if value is not None:
            value = value if value.tzinfo else value.replace(tzinfo=utcnow().tzinfo)
            try:
                where, params = f"{where} AND at{op}?", [*params, iso(value)]
            except (OverflowError, ValueError) as exc:  # e.g. year 1 with a +14:00 offset
                raise bad_request(name, f"{name}: not a usable time") from exc
    if result:
        where, params = where + " AND result=?", [*params, result]
    total = ctx.db.scalar(f"SELECT COUNT(*) FROM bims_access_log {where}", params)
    rows = ctx.db.query(
        f"SELECT * FROM bims_access_log {where} ORDER BY at DESC, id DESC" + page.sql(), params
    )
    return tmf_list([access_view(r) for r in rows], total, page)


# -- operations ------------------------------------------------------------------------------------
def _write(
    ctx: StubContext,
    request: Request,
    user: User,
    account: str,
    operation: str,
    action: Callable[[], dict],
    body: dict | None = None,
) -> JSONResponse:
    return perform_write(
        ctx,
        request,
        system="bims",
        operation=operation,
        number=account,
        username=user.username,
        action=action,
        request_body=body,
    )


@router.post("/account/{account}/resetPassword")
def reset_password(
    request: Request,
    account: str = AccountPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """A new random password, returned once (a replay with the same key returns the same one)."""
    return _write(ctx, request, user, account, "resetPassword", lambda: ops.reset_password(ctx, account))


class ChangePasswordRequest(BaseModel):
    newPassword: str = Field(
        min_length=6,
        max_length=32,
        pattern=r"^[A-Za-z0-9]+$",
        description="6-32 letters and digits, chosen by the customer",
    )


@router.post("/account/{account}/changePassword")
def change_password(
    body: ChangePasswordRequest,
    request: Request,
    account: str = AccountPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    def act() -> dict:
        return ops.change_password(ctx.db, account, body.newPassword)

    return _write(ctx, request, user, account, "changePassword", act, {"newPassword": "(hidden)"})


@router.post("/account/{account}/unbindMac")
def unbind_mac(
    request: Request,
    account: str = AccountPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Forget the bound device; the next successful login binds whichever device dials."""
    return _write(ctx, request, user, account, "unbindMac", lambda: ops.unbind_mac(ctx.db, account))


@router.post("/account/{account}/clearSessions")
def clear_sessions(
    request: Request,
    account: str = AccountPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Kick every online session off the BRAS (stale sessions block new logins at the session limit)."""
    return _write(ctx, request, user, account, "clearSessions", lambda: ops.clear_sessions(ctx.db, account))


@router.post("/account/{account}/restartPort")
def restart_port(
    request: Request,
    account: str = AccountPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Reset the access port: clears a hung port, does nothing for a poor line."""
    return _write(ctx, request, user, account, "restartPort", lambda: ops.restart_port(ctx, account))


@router.post("/account/{account}/dialTest")
def dial_test(
    request: Request,
    account: str = AccountPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """A test login as the customer's modem would make it; logged like any login, changes nothing else
    (except that the first login after an unbind binds the dialling device, as the real system does)."""
    return _write(ctx, request, user, account, "dialTest", lambda: ops.dial_test(ctx, account))


@router.post("/account/{account}/lineTest")
def line_test(
    request: Request,
    account: str = AccountPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Measure the line: attenuation and SNR against the access type's limits, and a verdict."""
    return _write(ctx, request, user, account, "lineTest", lambda: ops.line_test(ctx, account))


@admin_router.post("/{account}/repairLine")
def repair_line(
    request: Request, account: str = AccountPath, ctx: StubContext = Depends(get_ctx)
) -> JSONResponse:
    """The back office's field repair of a poor line (not a front-line operation)."""
    return perform_write(
        ctx,
        request,
        system="bims",
        operation="repairLine",
        number=account,
        username="admin",
        action=lambda: ops.repair_line(ctx, account),
    )


def on_app(app: FastAPI, ctx: StubContext) -> None:
    app.include_router(admin_router)
