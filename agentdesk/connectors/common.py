"""Pieces every system connector uses: path quoting, write answers (TMF640 style) and pages."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from urllib.parse import quote

from agentdesk.connectors.base import SystemClient
from agentdesk.connectors.parsing import Fields, as_list
from agentdesk.domain.common import Activation, Change, Page

T = TypeVar("T")
A = TypeVar("A", bound=Activation)


def seg(value: str) -> str:
    """One path segment: a broadband account keeps its ``@``, anything else odd is escaped."""
    return quote(str(value), safe="@")


def parse_change(f: Fields) -> Change:
    name = f.opt_str("field") or f.opt_str("kind") or f.opt_str("productCode") or f.opt_str("id")
    if name is None:
        raise f.bad("field", "text")
    return Change(field=name, before=f.raw("from"), after=f.raw("to"), action=f.opt_str("action"))


def activation_fields(f: Fields, subject_key: str) -> dict[str, Any]:
    """The common part of a write answer, as keyword arguments for an :class:`Activation`."""
    return {
        "id": f.req_str("id"),
        "operation": f.req_str("operation"),
        "subject": f.req_str(subject_key),
        "state": f.req_str("state"),
        "changed": f.req_bool("changed"),
        "changes": f.each("changes", parse_change),
        "completed_at": f.opt_dt("completedAt"),
        "idempotency_key": "",
    }


def page_of(
    system: str, where: str, parse: Callable[[Fields], T], offset: int = 0
) -> Callable[[Any], Page[T]]:
    """A parser for a TMF list answer (a JSON array); the total is filled in from ``X-Total-Count``."""

    def parse_list(body: Any) -> Page[T]:
        return Page(items=tuple(parse(f) for f in as_list(body, system, where)), offset=offset)

    return parse_list


async def get_page(
    client: SystemClient,
    path: str,
    params: Mapping[str, Any],
    where: str,
    parse: Callable[[Fields], T],
) -> Page[T]:
    offset = int(params.get("offset") or 0)
    reply = await client.get_page(path, params, parse=page_of(client.system, where, parse, offset))
    return dataclasses.replace(reply.value, total=reply.total)


async def write(
    client: SystemClient,
    path: str,
    *,
    idempotency_key: str,
    parse: Callable[[Any], A],
    json_body: Any = None,
    method: str = "POST",
) -> A:
    """Send a keyed write and stamp the answer with the key and whether the back end replayed it."""
    reply = await client.write(
        method, path, idempotency_key=idempotency_key, json_body=json_body, parse=parse
    )
    return dataclasses.replace(reply.value, idempotency_key=idempotency_key, replayed=reply.replayed)
