"""TMF-style JSON errors. Malformed input gets a 4xx naming the field, never a 500."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException


class StubError(Exception):
    """An error a back-office system would answer with; raised anywhere in a route."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field


def not_found(what: str, key: str) -> StubError:
    return StubError(404, "notFound", f"{what} {key!r} not found")


def bad_request(field: str, message: str) -> StubError:
    return StubError(400, "invalidValue", message, field)


def error_body(status: int, code: str, message: str, field: str | None = None) -> dict:
    body = {"code": code, "reason": message, "message": message, "status": str(status)}
    if field:
        body["field"] = field
    return body


def install(app: FastAPI) -> None:
    @app.exception_handler(StubError)
    async def _stub_error(_: Request, exc: StubError) -> JSONResponse:
        return JSONResponse(error_body(exc.status, exc.code, exc.message, exc.field), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        loc = [str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path", "header")]
        field = ".".join(loc) or "body"
        message = f"{field}: {first.get('msg', 'invalid value')}"
        return JSONResponse(error_body(400, "invalidValue", message, field), status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {401: "unauthorised", 403: "forbidden", 404: "notFound", 405: "methodNotAllowed"}.get(
            exc.status_code, "error"
        )
        return JSONResponse(
            error_body(exc.status_code, code, str(exc.detail)),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )
