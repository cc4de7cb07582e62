"""TMF-style list answers: ``offset``/``limit`` paging, ``fields`` selection, X-Total-Count headers."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Query
from fastapi.responses import JSONResponse

MAX_LIMIT = 1000


@dataclass
class Page:
    offset: int
    limit: int
    fields: list[str] | None

    def sql(self) -> str:
        return f" LIMIT {int(self.limit)} OFFSET {int(self.offset)}"


def page_params(
    offset: int = Query(0, ge=0, le=10_000_000, description="index of the first item"),
    limit: int = Query(100, ge=1, le=MAX_LIMIT, description="items per page"),
    fields: str | None = Query(None, max_length=1000, description="comma-separated attributes to return"),
) -> Page:
    chosen = [f.strip() for f in fields.split(",") if f.strip()] if fields else None
    return Page(offset=offset, limit=limit, fields=chosen)


def select_fields(item: dict, fields: list[str] | None) -> dict:
    if not fields:
        return item
    keep = set(fields) | {"id", "href", "@type"}
    return {k: v for k, v in item.items() if k in keep}


def tmf_list(items: list[dict], total: int, page: Page) -> JSONResponse:
    """Answer one page; ``items`` is already that page (the query applied offset and limit)."""
    body = [select_fields(i, page.fields) for i in items]
    headers = {"X-Total-Count": str(total), "X-Result-Count": str(len(body))}
    return JSONResponse(body, status_code=200, headers=headers)


def slice_list(items: list[dict], page: Page) -> JSONResponse:
    """Page a list that was built in memory."""
    return tmf_list(items[page.offset : page.offset + page.limit], len(items), page)
