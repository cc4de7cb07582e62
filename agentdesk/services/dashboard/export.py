"""CSV export of whatever table the team lead is looking at.

UTF-8 with a byte-order mark, because the team lead opens it in Excel on a Chinese Windows desktop, which
otherwise reads the file as GBK and garbles every category name. The rows are the texts as shown.
"""

from __future__ import annotations

import asyncio
import csv
import io
import os
from collections.abc import Sequence
from pathlib import Path

from agentdesk.services.errors import ServiceError

ENCODING = "utf-8-sig"


def csv_text(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(list(headers))
    for row in rows:
        writer.writerow(["" if cell is None else str(cell) for cell in row])
    return out.getvalue()


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding=ENCODING, newline="") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)  # a half-written file never takes the name


async def write_csv(path: str | Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> int:
    """Write the table to ``path``; returns the number of data rows. ``ServiceError`` if it cannot."""
    path = Path(path)
    text = csv_text(headers, rows)
    try:
        await asyncio.to_thread(_write, path, text)
    except OSError as exc:
        raise ServiceError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return len(rows)
