"""Strict reading of back-office JSON into domain objects.

Unknown fields are ignored; a missing or wrongly typed required field raises
:class:`MalformedResponse` naming the field, so a parser never fails with a bare ``KeyError`` or
``TypeError``. The mapping from TMF-style camelCase JSON to domain names is written out in each
connector, because the wire shape (``characteristic`` lists, nested references) is not the domain's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from agentdesk.connectors.errors import MalformedResponse

T = TypeVar("T")


class Fields:
    """One JSON object of a system's answer; ``where`` is its path, for the error message."""

    __slots__ = ("data", "system", "where")

    def __init__(self, data: Any, system: str, where: str = "answer") -> None:
        if not isinstance(data, dict):
            raise MalformedResponse(system, f"{where}: expected an object, got {_type(data)}")
        self.data: dict[str, Any] = data
        self.system = system
        self.where = where

    def bad(self, key: str, expected: str) -> MalformedResponse:
        got = "nothing" if key not in self.data else _type(self.data[key])
        return MalformedResponse(
            self.system, f"{self.where}.{key}: expected {expected}, got {got}", field=key
        )

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def raw(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    # -- scalars -----------------------------------------------------------------------------------
    def req_str(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str):
            raise self.bad(key, "text")
        return value

    def opt_str(self, key: str, default: str | None = None) -> str | None:
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.bad(key, "text")
        return value

    def str_or(self, key: str, default: str = "") -> str:
        value = self.opt_str(key)
        return default if value is None else value

    def req_int(self, key: str) -> int:
        value = self.data.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.bad(key, "a whole number")
        return value

    def opt_int(self, key: str, default: int | None = None) -> int | None:
        if self.data.get(key) is None:
            return default
        return self.req_int(key)

    def req_float(self, key: str) -> float:
        value = self.data.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            raise self.bad(key, "a number")
        return float(value)

    def opt_float(self, key: str, default: float | None = None) -> float | None:
        if self.data.get(key) is None:
            return default
        return self.req_float(key)

    def req_bool(self, key: str) -> bool:
        value = self.data.get(key)
        if not isinstance(value, bool):
            raise self.bad(key, "true or false")
        return value

    def opt_bool(self, key: str, default: bool | None = None) -> bool | None:
        if self.data.get(key) is None:
            return default
        return self.req_bool(key)

    def req_dt(self, key: str) -> datetime:
        value = self.data.get(key)
        parsed = parse_datetime(value) if isinstance(value, str) else None
        if parsed is None:
            raise self.bad(key, "a date and time")
        return parsed

    def opt_dt(self, key: str) -> datetime | None:
        if self.data.get(key) in (None, ""):
            return None
        return self.req_dt(key)

    def req_date(self, key: str) -> date:
        value = self.data.get(key)
        if isinstance(value, str):
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                pass
        raise self.bad(key, "a date")

    def opt_date(self, key: str) -> date | None:
        if self.data.get(key) in (None, ""):
            return None
        return self.req_date(key)

    def choice(self, key: str, allowed: tuple[str, ...] | frozenset[str], default: str | None = None) -> str:
        """A status-like text; an unforeseen value is kept (back ends grow new states) but must be text."""
        value = self.opt_str(key, default)
        if value is None:
            raise self.bad(key, "one of " + ", ".join(sorted(allowed)))
        return value

    # -- structure ---------------------------------------------------------------------------------
    def req_obj(self, key: str) -> Fields:
        value = self.data.get(key)
        if not isinstance(value, dict):
            raise self.bad(key, "an object")
        return Fields(value, self.system, f"{self.where}.{key}")

    def opt_obj(self, key: str) -> Fields | None:
        if self.data.get(key) is None:
            return None
        return self.req_obj(key)

    def req_list(self, key: str) -> list[Any]:
        value = self.data.get(key)
        if not isinstance(value, list):
            raise self.bad(key, "a list")
        return value

    def opt_list(self, key: str) -> list[Any]:
        if self.data.get(key) is None:
            return []
        return self.req_list(key)

    def objs(self, key: str, *, required: bool = False) -> list[Fields]:
        items = self.req_list(key) if required else self.opt_list(key)
        return [Fields(item, self.system, f"{self.where}.{key}[{i}]") for i, item in enumerate(items)]

    def each(self, key: str, parse: Callable[[Fields], T], *, required: bool = False) -> tuple[T, ...]:
        return tuple(parse(f) for f in self.objs(key, required=required))

    def strs(self, key: str) -> tuple[str, ...]:
        items = self.opt_list(key)
        if not all(isinstance(i, str) for i in items):
            raise self.bad(key, "a list of texts")
        return tuple(items)

    def mapping(self, key: str) -> dict[str, Any]:
        """A free-form object (attributes, evidence): kept as a plain dict."""
        value = self.data.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.bad(key, "an object")
        return dict(value)

    def int_map(self, key: str) -> dict[str, int]:
        """An object of counts, e.g. ``{"acknowledged": 3, "closed": 9}``."""
        value = self.mapping(key)
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in value.values()):
            raise self.bad(key, "an object of whole numbers")
        return value

    def characteristics(self, key: str = "characteristic") -> dict[str, Any]:
        """A TMF ``characteristic`` list ``[{"name": .., "value": ..}]`` as a dict."""
        out: dict[str, Any] = {}
        for item in self.objs(key):
            out[item.req_str("name")] = item.raw("value")
        return out


def as_list(data: Any, system: str, where: str = "answer") -> Iterator[Fields]:
    """The items of a TMF list answer (a bare JSON array), each as :class:`Fields`."""
    if not isinstance(data, list):
        raise MalformedResponse(system, f"{where}: expected a list, got {_type(data)}")
    for i, item in enumerate(data):
        yield Fields(item, system, f"{where}[{i}]")


def parse_datetime(text: str) -> datetime | None:
    """ISO-8601 with Z or an offset; naive times are taken as UTC. Returns None when unreadable."""
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _type(value: Any) -> str:
    if value is None:
        return "null"
    return {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
    }.get(type(value), type(value).__name__)
