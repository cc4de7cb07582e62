"""HLR / network elements: what the switch really has for a mobile or fixed number.

Modelled on TMF638 Service Inventory (the record) and TMF640 Service Activation (the writes). The HLR
may disagree with CRM (barred after payment, add-on never activated, VPN membership lost); the repair
the front line may run is ``syncFromCrm``: CRM is the truth.

This module holds the routes; the record, its view and the data profile are in ``hlr_model``, the
writes in ``hlr_sync``, provisioning in ``hlr_seed`` and the faults in ``hlr_faults``.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from backend_stub import catalog
from backend_stub.auth import User, current_user
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import loads
from backend_stub.errors import bad_request
from backend_stub.systems.hlr_faults import FAULTS
from backend_stub.systems.hlr_model import anchor, hlr_record, services_view, subscriber_view, vpn_view
from backend_stub.systems.hlr_seed import provision
from backend_stub.systems.hlr_sync import (
    activation,
    crm_subscriber,
    set_service,
    set_state,
    sync_from_crm,
    sync_vpn,
)
from backend_stub.writes import perform_write

# anchor: the fault clock other systems' faults share
__all__ = ["FAULTS", "anchor", "provision", "router"]

router = APIRouter(prefix="/hlr", tags=["hlr"])

HlrState = Literal["active", "barred_arrears", "barred_request", "barred_other"]
NumberPath = Path(..., min_length=3, max_length=64, description="mobile number or fixed line")


# -- reading ---------------------------------------------------------------------------------------
@router.get("/subscriber/{number}")
def get_subscriber(
    number: str = NumberPath, user: User = Depends(current_user), ctx: StubContext = Depends(get_ctx)
) -> dict:
    """Switch state, add-on services, VPN membership and data profile of one number."""
    return subscriber_view(ctx.db, number)


@router.get("/subscriber/{number}/service")
def get_services(
    number: str = NumberPath, user: User = Depends(current_user), ctx: StubContext = Depends(get_ctx)
) -> JSONResponse:
    hlr_record(ctx.db, number)
    items = services_view(ctx.db, number)
    return JSONResponse(items, headers={"X-Total-Count": str(len(items)), "X-Result-Count": str(len(items))})


@router.get("/subscriber/{number}/vpn")
def get_vpn(
    number: str = NumberPath, user: User = Depends(current_user), ctx: StubContext = Depends(get_ctx)
) -> dict:
    hlr_record(ctx.db, number)
    vpn = vpn_view(ctx.db.one("SELECT * FROM hlr_vpn_member WHERE number=?", (number,)))
    return {"number": number, "member": vpn is not None, "vpn": vpn}


@router.get("/subscriber/{number}/dataProfile")
def get_data_profile(
    number: str = NumberPath, user: User = Depends(current_user), ctx: StubContext = Depends(get_ctx)
) -> dict:
    return {"number": number, "dataProfile": loads(hlr_record(ctx.db, number)["data_profile_json"], {})}


# -- writing ---------------------------------------------------------------------------------------
class SetStateRequest(BaseModel):
    state: HlrState
    reason: str | None = Field(None, max_length=200, description="why, in words (kept as the state reason)")


@router.post("/subscriber/{number}/state")
def post_state(
    body: SetStateRequest,
    request: Request,
    number: str = NumberPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Set the switch state, e.g. restore a number CRM says is active ("restore first, find the cause after")."""

    def act() -> dict:
        return activation(ctx.db, number, "setState", set_state(ctx.db, number, body.state, body.reason))

    return perform_write(
        ctx,
        request,
        system="hlr",
        operation="setState",
        number=number,
        username=user.username,
        action=act,
        request_body=body.model_dump(),
    )


def _service_write(
    ctx: StubContext, request: Request, user: User, number: str, code: str, active: bool
) -> JSONResponse:
    if code not in catalog.ADDONS:
        raise bad_request("code", f"unknown add-on service {code!r}; one of {', '.join(catalog.ADDONS)}")
    operation = "activateService" if active else "deactivateService"

    def act() -> dict:
        hlr_record(ctx.db, number)
        return activation(ctx.db, number, operation, set_service(ctx.db, number, code, active))

    return perform_write(
        ctx,
        request,
        system="hlr",
        operation=operation,
        number=number,
        username=user.username,
        action=act,
        request_body={"code": code},
    )


@router.post("/subscriber/{number}/service/{code}/activate")
def activate_service(
    request: Request,
    number: str = NumberPath,
    code: str = Path(..., max_length=32),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    return _service_write(ctx, request, user, number, code, True)


@router.post("/subscriber/{number}/service/{code}/deactivate")
def deactivate_service(
    request: Request,
    number: str = NumberPath,
    code: str = Path(..., max_length=32),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    return _service_write(ctx, request, user, number, code, False)


@router.post("/subscriber/{number}/vpn/sync")
def post_vpn_sync(
    request: Request,
    number: str = NumberPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """VPN group membership and short number from CRM's crm_vpn_member."""

    def act() -> dict:
        crm = crm_subscriber(ctx.db, number)
        hlr_record(ctx.db, number)
        return activation(ctx.db, number, "vpnSync", sync_vpn(ctx.db, number, crm))

    return perform_write(
        ctx, request, system="hlr", operation="vpnSync", number=number, username=user.username, action=act
    )


@router.post("/subscriber/{number}/syncFromCrm")
def post_sync_from_crm(
    request: Request,
    number: str = NumberPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Re-provision the number from CRM; ``changes`` is empty when the HLR already agreed."""

    def act() -> dict:
        return activation(ctx.db, number, "syncFromCrm", sync_from_crm(ctx.db, number))

    return perform_write(
        ctx, request, system="hlr", operation="syncFromCrm", number=number, username=user.username, action=act
    )
