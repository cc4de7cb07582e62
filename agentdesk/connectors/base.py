"""The shared client under every connector: one ``httpx.AsyncClient`` per system, explicit time-outs,
bearer token, retries of idempotent calls (tenacity), a circuit breaker and health reporting.

Every failure leaves this module as a :class:`ConnectorError`. Reads are retried; a write is retried
only because the caller gave it an ``Idempotency-Key`` (the same key on every attempt, so the back end
acts once and replays its first answer).
"""

from __future__ import annotations

import functools
import json
import logging
import ssl
import time
import uuid
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

import httpx
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_exponential, wait_random

from agentdesk import __version__
from agentdesk.connectors.circuit import CircuitBreaker
from agentdesk.connectors.config import SystemEndpoint
from agentdesk.connectors.errors import (
    CircuitOpen,
    ConnectorError,
    Forbidden,
    MalformedResponse,
    NotFound,
    RequestRejected,
    SystemTimeout,
    SystemUnavailable,
    Unauthorised,
    system_label,
)
from agentdesk.connectors.health import HealthMonitor, HealthRegistry

log = logging.getLogger("agentdesk.connectors")

T = TypeVar("T")
TokenProvider = Callable[[], str | None]
UnauthorisedListener = Callable[[Unauthorised], None]

_RETRY_STATUSES = {429, 500, 502, 503, 504}
REPLAY_HEADER = "Idempotency-Replayed"


def new_idempotency_key() -> str:
    """A fresh key for one intended write; keep it and pass the same one when retrying that write."""
    return f"desk-{uuid.uuid4().hex}"


@dataclass(frozen=True)
class Reply(Generic[T]):
    """A parsed answer with what the headers said: the list total and whether a write was replayed."""

    value: T
    total: int | None = None
    replayed: bool = False
    status: int = 200


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, CircuitOpen):
        return False
    if isinstance(exc, SystemTimeout | SystemUnavailable):
        return True
    return False


@functools.cache
def tls_context(verify: bool | str) -> ssl.SSLContext:
    """One TLS context per trust setting (True, a CA bundle, or False), shared by every system's client:
    making one loads the CA bundle (~12 ms), and the desk makes a dozen clients as it starts."""
    return httpx.create_ssl_context(verify=verify, trust_env=False)


def client_tls(endpoint: SystemEndpoint) -> ssl.SSLContext:
    """The TLS context for ``endpoint``'s client: the shared verifying one for https, and for plain http
    (the local simulator, the demo) one that loads no CA bundle, since no TLS is ever spoken there."""
    if urlsplit(endpoint.base_url).scheme.lower() != "https":
        return _plain_http_context()
    return tls_context(endpoint.verify)


@functools.cache
def _plain_http_context() -> ssl.SSLContext:
    """Never used for a handshake (relative paths on an http base URL, no redirects followed); it still
    requires a certificate and trusts none, so TLS through it would fail closed, never go unchecked."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class SystemClient:
    """Talks to one system. Connectors call :meth:`get`, :meth:`get_page`, :meth:`write` and
    :meth:`stream`."""

    def __init__(
        self,
        endpoint: SystemEndpoint,
        *,
        token_provider: TokenProvider | None = None,
        health: HealthRegistry | None = None,
        on_unauthorised: UnauthorisedListener | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.endpoint = endpoint
        self.system = endpoint.name
        self._token_provider = token_provider or (lambda: None)
        self._on_unauthorised = on_unauthorised
        self.health = health or HealthRegistry()
        self.breaker = CircuitBreaker(endpoint.circuit_failures, endpoint.circuit_cooldown_s, clock)
        self.monitor = HealthMonitor(self.system, self.health, slow_ms=endpoint.slow_ms, clock=clock)
        timeout = httpx.Timeout(
            connect=endpoint.connect_timeout,
            read=endpoint.read_timeout,
            write=endpoint.read_timeout,
            pool=endpoint.connect_timeout,
        )
        self._http = httpx.AsyncClient(
            base_url=endpoint.base_url.rstrip("/") + "/",
            timeout=timeout,
            verify=client_tls(endpoint),
            follow_redirects=False,
            headers={"Accept": "application/json", "User-Agent": f"AgentDesk/{__version__}"},
            trust_env=False,
        )
        self._closed = False

    # -- public calls ------------------------------------------------------------------------------
    async def get(
        self, path: str, params: Mapping[str, Any] | None = None, *, parse: Callable[[Any], T]
    ) -> T:
        """GET and parse; retried with back-off on time-outs and unavailability."""
        reply = await self._call("GET", path, params=params, parse=parse, retry=True)
        return reply.value

    async def get_page(
        self, path: str, params: Mapping[str, Any] | None = None, *, parse: Callable[[Any], T]
    ) -> Reply[T]:
        """GET a TMF list; ``total`` comes from ``X-Total-Count``."""
        return await self._call("GET", path, params=params, parse=parse, retry=True)

    async def write(
        self,
        method: str,
        path: str,
        *,
        idempotency_key: str,
        json_body: Any = None,
        params: Mapping[str, Any] | None = None,
        parse: Callable[[Any], T],
    ) -> Reply[T]:
        """A write (POST/PUT/PATCH/DELETE) carrying the caller's idempotency key; safe to retry with it."""
        if not idempotency_key or not isinstance(idempotency_key, str):
            raise ValueError("a back-office write needs the caller's Idempotency-Key")
        return await self._call(
            method,
            path,
            params=params,
            json_body=json_body,
            parse=parse,
            retry=True,
            idempotency_key=idempotency_key,
        )

    async def send_once(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        parse: Callable[[Any], T],
        authorised: bool = True,
    ) -> Reply[T]:
        """One attempt, never retried: for calls that are neither reads nor keyed writes (sign-in)."""
        return await self._call(
            method, path, json_body=json_body, parse=parse, retry=False, authorised=authorised
        )

    @asynccontextmanager
    async def stream(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        read_timeout: float | None = None,
        authorised: bool = True,
    ) -> AsyncIterator[httpx.Response]:
        """Open a long answer (e.g. server-sent events) on this system's shared client; one attempt.

        On entry the system has answered 2xx and the body is still unread; the caller reads it from the
        yielded response. ``read_timeout`` bounds the silence between two chunks (a stream with heartbeats
        sets a few heartbeats). Failures to open, and transport errors escaping the block, leave as the
        same :class:`ConnectorError` as any other call (a 401 tells the sign-in listeners), and count in
        health and the circuit breaker; reconnecting is the caller's decision.
        """
        self._admit()
        endpoint = self.endpoint
        read = endpoint.read_timeout if read_timeout is None else read_timeout
        timeout = httpx.Timeout(
            connect=endpoint.connect_timeout,
            read=read,
            write=endpoint.read_timeout,
            pool=endpoint.connect_timeout,
        )
        clean = {k: wire_value(v) for k, v in (params or {}).items() if v is not None}
        all_headers = {**self._auth_headers(authorised, None), **(headers or {})}
        started = time.perf_counter()
        opened = False
        try:
            async with self._http.stream(
                method, path.lstrip("/"), params=clean or None, headers=all_headers, timeout=timeout
            ) as response:
                status = response.status_code
                if status >= 400:
                    await response.aread()
                    raise self._status_error(response)
                if 300 <= status < 400:
                    raise MalformedResponse(
                        self.system, f"unexpected redirect ({status}) from {system_label(self.system)}"
                    )
                self._record((time.perf_counter() - started) * 1000, None)
                opened = True
                yield response
        except ConnectorError as exc:
            if not opened:  # the caller's own errors from inside the block are not this system's answer
                self._failed(None, exc)
            raise
        except httpx.HTTPError as exc:  # opening failed, or the open stream broke while being read
            error = self._transport_error(exc, read_timeout=read)
            self._failed(None, error)
            raise error from exc
        except BaseException:
            if not opened:  # cancelled while opening: we learnt nothing about the system
                self.breaker.abandon()
            raise

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            await self._http.aclose()

    @property
    def closed(self) -> bool:
        return self._closed

    # -- machinery ---------------------------------------------------------------------------------
    async def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        parse: Callable[[Any], T],
        retry: bool,
        idempotency_key: str | None = None,
        authorised: bool = True,
    ) -> Reply[T]:
        clean = {k: wire_value(v) for k, v in (params or {}).items() if v is not None}

        async def attempt() -> Reply[T]:
            return await self._attempt(method, path, clean, json_body, parse, idempotency_key, authorised)

        if not retry or self.endpoint.retry_attempts <= 1:
            return await attempt()
        backoff = self.endpoint.retry_backoff_s
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.endpoint.retry_attempts),
            wait=wait_exponential(multiplier=backoff, max=backoff * 8) + wait_random(0, backoff),
            retry=retry_if_exception(_retryable),
            reraise=True,
            before_sleep=lambda state: log.info(
                "%s %s %s: attempt %d failed (%s), retrying",
                self.system,
                method,
                path,
                state.attempt_number,
                state.outcome.exception() if state.outcome else "",
            ),
        )
        return await retrying(attempt)

    async def _attempt(
        self,
        method: str,
        path: str,
        params: dict[str, Any],
        json_body: Any,
        parse: Callable[[Any], T],
        idempotency_key: str | None,
        authorised: bool,
    ) -> Reply[T]:
        self._admit()
        headers = self._auth_headers(authorised, idempotency_key)
        started = time.perf_counter()
        latency: float | None = None
        try:
            try:
                response = await self._http.request(
                    method, path.lstrip("/"), params=params or None, json=json_body, headers=headers
                )
                latency = (time.perf_counter() - started) * 1000
            except httpx.HTTPError as exc:
                raise self._transport_error(exc) from exc
            log.debug("%s %s %s -> %d in %.0f ms", self.system, method, path, response.status_code, latency)
            reply = self._reply(response, parse)
        except ConnectorError as exc:
            self._failed(latency, exc)
            raise
        except BaseException:  # cancelled (or a bug): we learnt nothing about the system
            self.breaker.abandon()
            raise
        self._record(latency, None)
        return reply

    def try_now(self) -> None:
        """A person asked to try this system again now: the next call goes out even if the circuit is open
        (as one trial call)."""
        self.breaker.allow_trial()

    def _admit(self) -> None:
        """Refuse a call on a closed client or an open circuit, without touching the network."""
        if self._closed:
            raise SystemUnavailable(self.system, "the desk is shutting down its connection to this system")
        if not self.breaker.acquire():
            wait = self.breaker.retry_in()
            raise CircuitOpen(
                self.system,
                f"paused after repeated failures; the desk tries again in {wait:.0f} s",
                retry_in_s=wait,
            )

    def _auth_headers(self, authorised: bool, idempotency_key: str | None) -> dict[str, str]:
        headers: dict[str, str] = {}
        if authorised:
            token = self._token_provider()
            if token:
                headers["Authorization"] = f"Bearer {token}"
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        return headers

    def _failed(self, latency: float | None, exc: ConnectorError) -> None:
        """Count a failed call and tell the sign-in listener about a 401."""
        self._record(latency, exc)
        if isinstance(exc, Unauthorised) and self._on_unauthorised is not None:
            try:
                self._on_unauthorised(exc)
            except Exception:
                log.exception("unauthorised listener failed")

    def _record(self, latency: float | None, error: ConnectorError | None) -> None:
        if error is not None and error.system_fault:
            self.breaker.record_failure()
            self.monitor.record(latency, error.kind, error.message, self.breaker.state)
        else:
            self.breaker.record_success()
            self.monitor.record(latency, None, "", self.breaker.state)

    def _transport_error(self, exc: httpx.HTTPError, read_timeout: float | None = None) -> ConnectorError:
        name = system_label(self.system)
        read = self.endpoint.read_timeout if read_timeout is None else read_timeout
        if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
            return SystemTimeout(
                self.system, f"could not connect to {name} within {self.endpoint.connect_timeout:g} s"
            )
        if isinstance(exc, httpx.TimeoutException):
            return SystemTimeout(self.system, f"{name} did not answer within {read:g} s")
        if isinstance(exc, httpx.ConnectError):
            return SystemUnavailable(self.system, f"cannot connect to {name} ({_short(exc)})")
        if isinstance(exc, httpx.DecodingError):
            return MalformedResponse(self.system, f"{name} sent a body that cannot be decoded")
        if isinstance(exc, httpx.TooManyRedirects):
            return MalformedResponse(self.system, f"{name} redirected too often")
        return SystemUnavailable(self.system, f"the connection to {name} failed ({_short(exc)})")

    def _reply(self, response: httpx.Response, parse: Callable[[Any], T]) -> Reply[T]:
        status = response.status_code
        if status >= 400:
            raise self._status_error(response)
        if 300 <= status < 400:
            raise MalformedResponse(
                self.system, f"unexpected redirect ({status}) from {system_label(self.system)}"
            )
        body: Any = None
        if status != 204 and response.content:
            try:
                body = json.loads(response.content)
            except (ValueError, UnicodeDecodeError):
                raise MalformedResponse(
                    self.system,
                    f"{system_label(self.system)} sent an answer that is not valid JSON",
                    status=status,
                ) from None
            except RecursionError:  # json's decoder gives up on arrays/objects nested thousands deep
                raise MalformedResponse(
                    self.system,
                    f"{system_label(self.system)} sent an answer nested too deeply to read",
                    status=status,
                ) from None
        try:
            value = parse(body)
        except ConnectorError:
            raise
        except Exception as exc:  # a parser bug or an answer shaped in a way nobody foresaw
            raise MalformedResponse(
                self.system,
                f"unexpected answer from {system_label(self.system)}: {_short(exc)}",
                status=status,
            ) from exc
        total = _int_header(response.headers.get("X-Total-Count"))
        replayed = response.headers.get(REPLAY_HEADER, "").lower() == "true"
        return Reply(value=value, total=total, replayed=replayed, status=status)

    def _status_error(self, response: httpx.Response) -> ConnectorError:
        status = response.status_code
        message, code, field = _error_body(response)
        name = system_label(self.system)
        kw = {"status": status, "code": code, "field": field}
        if status == 401:
            return Unauthorised(self.system, message or "sign-in required or expired", **kw)
        if status == 403:
            return Forbidden(self.system, message or "not allowed for this sign-in", **kw)
        if status == 404:
            return NotFound(self.system, message or "not found", **kw)
        if status == 408 or status == 504:
            return SystemTimeout(self.system, message or f"{name} timed out", **kw)
        if status == 429:
            return SystemUnavailable(self.system, message or f"{name} is busy, try again shortly", **kw)
        if status < 500:
            return RequestRejected(self.system, message or f"{name} refused the request ({status})", **kw)
        return SystemUnavailable(self.system, message or f"{name} failed ({status})", **kw)


def _error_body(response: httpx.Response) -> tuple[str, str | None, str | None]:
    """The back end's own words from a TMF error body (message/reason, code, field), if any."""
    try:
        body = json.loads(response.content) if response.content else None
    except (ValueError, UnicodeDecodeError, RecursionError):  # no words of its own: the status speaks
        body = None
    if not isinstance(body, dict):
        return "", None, None

    def text(key: str) -> str | None:
        value = body.get(key)
        return value[:500] if isinstance(value, str) and value.strip() else None

    message = text("message") or text("reason") or text("detail") or ""
    return message, text("code"), text("field")


def _int_header(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def wire_value(value: Any) -> Any:
    """A query or JSON value as the back ends take it: booleans, lists, UTC times with Z, dates."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | set | frozenset):
        return ",".join(str(v) for v in value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."
