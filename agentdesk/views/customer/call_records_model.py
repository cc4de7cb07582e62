"""Lazy table model of call detail records: thousands of rows a month scroll smoothly because only the
pages the agent scrolls to are fetched (Qt's ``canFetchMore``/``fetchMore``), a page at a time.

Sorting needs every row: the first sort fetches the remaining pages, then sorts in memory. A text filter
(number, place, description) narrows the loaded rows and keeps narrowing as more pages arrive. The records
are kept by column (:class:`UsageRows`, under half the memory of one dataclass per record) and the rows
shown as an array of their indexes.
"""

from __future__ import annotations

import asyncio
import logging
from array import array
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from agentdesk.domain.usage import UsageRecord
from agentdesk.views.customer import wording
from agentdesk.views.customer.usage_rows import UsageRows

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
PageFetcher = Callable[[int, int], Awaitable]  # (offset, limit) -> Page[UsageRecord]
RED = "#c0392b"


def duration_text(seconds: int) -> str:
    if seconds <= 0:
        return ""
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def volume_text(kb: int) -> str:
    if kb <= 0:
        return ""
    return f"{kb / 1024:.1f} MB" if kb >= 1024 else f"{kb} KB"


def _local_time(rows: UsageRows, i: int) -> str:
    return datetime.fromtimestamp(rows.at_us[i] // 1_000_000).strftime("%Y-%m-%d %H:%M:%S")


# (title, the text of record i, the sort key of every record): records are kept by column (UsageRows)
COLUMNS: tuple[
    tuple[Callable[[], str], Callable[[UsageRows, int], str], Callable[[UsageRows], Sequence]], ...
] = (
    (
        lambda: QCoreApplication.translate("CallRecordsModel", "Time"),
        _local_time,
        lambda rows: rows.at_us,
    ),
    (
        lambda: QCoreApplication.translate("CallRecordsModel", "Type"),
        lambda rows, i: wording.usage_type(rows.usage_type(i)),
        lambda rows: rows.words_of(rows.kind),
    ),
    (
        lambda: QCoreApplication.translate("CallRecordsModel", "Other party"),
        lambda rows, i: rows.peer[i] or "",
        lambda rows: [p or "" for p in rows.peer],
    ),
    (
        lambda: QCoreApplication.translate("CallRecordsModel", "Duration"),
        lambda rows, i: duration_text(rows.duration_s[i]),
        lambda rows: rows.duration_s,
    ),
    (
        lambda: QCoreApplication.translate("CallRecordsModel", "Volume"),
        lambda rows, i: volume_text(rows.volume_kb[i]),
        lambda rows: rows.volume_kb,
    ),
    (
        lambda: QCoreApplication.translate("CallRecordsModel", "Place"),
        lambda rows, i: rows.location(i),
        lambda rows: rows.words_of(rows.place),
    ),
    (
        lambda: QCoreApplication.translate("CallRecordsModel", "Amount"),
        lambda rows, i: wording.money(rows.amount[i]),
        lambda rows: rows.amount,
    ),
    (
        lambda: QCoreApplication.translate("CallRecordsModel", "Description"),
        lambda rows, i: rows.description[i],
        lambda rows: rows.description,
    ),
)
RIGHT_ALIGNED = {3, 4, 6}
# the roles ``data`` answers, as plain ints: a view asks every cell for a dozen roles (sizing columns asks
# 200 rows x 8 columns at once), and an enum comparison per role per cell was most of that time
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ANSWERED = frozenset((_DISPLAY, _USER, _ALIGNMENT, _FOREGROUND, _TOOLTIP))
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_ROAMING_BRUSH = QBrush(QColor(RED))


class CallRecordsModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    fetch_failed = Signal(object)  # the exception

    def __init__(self, page_size: int = 200, parent=None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._all = UsageRows()
        self._rows = array("q")  # indexes into _all that pass the text filter, in display order
        self._total = 0
        self._fetch_page: PageFetcher | None = None
        self._task: asyncio.Task | None = None
        self._generation = 0
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.error: BaseException | None = None

    # -- content ------------------------------------------------------------------------------------------
    def reset(self, first_page: Iterable[UsageRecord], total: int, fetch_page: PageFetcher | None) -> None:
        """Start over with a new query's first page; pages of an older query are dropped."""
        self._cancel()
        self._generation += 1
        self.beginResetModel()
        self._all = UsageRows(first_page)
        self._total = max(total, len(self._all))
        self._fetch_page = fetch_page
        self._sort = None
        self._rows = self._visible(range(len(self._all)))
        self.error = None
        self.endResetModel()

    def set_text_filter(self, text: str) -> None:
        self._filter = text.strip().lower()
        self.beginResetModel()
        self._rows = self._visible(range(len(self._all)))
        self._apply_sort()
        self.endResetModel()

    def _visible(self, indexes: range) -> array:
        if not self._filter:
            return array("q", indexes)
        f, rows = self._filter, self._all
        peer, description = rows.peer, rows.description
        return array(
            "q",
            (
                i
                for i in indexes
                if f in (peer[i] or "").lower()
                or f in rows.location(i).lower()
                or f in description[i].lower()
                or f in wording.usage_type(rows.usage_type(i)).lower()
            ),
        )

    @property
    def total(self) -> int:
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._all)

    @property
    def fully_loaded(self) -> bool:
        return len(self._all) >= self._total

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def record(self, row: int) -> UsageRecord:
        return self._all.record(self._rows[row])

    # -- lazy fetching ----------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 (Qt name)
        return (
            not parent.isValid()
            and self._fetch_page is not None
            and not self.fully_loaded
            and self.error is None
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent) and not self.busy:
            self._start(self._fetch_pages(all_pages=False))

    def fetch_all(self) -> asyncio.Task | None:
        """Fetch every remaining page (sorting and totals over all rows need them)."""
        if self.fully_loaded or self._fetch_page is None:
            return None
        self._cancel()
        return self._start(self._fetch_pages(all_pages=True))

    def retry(self) -> None:
        self.error = None
        self.fetchMore()

    def _start(self, coro) -> asyncio.Task:
        self._task = asyncio.ensure_future(coro)
        self.loading_changed.emit(True)
        self._task.add_done_callback(self._finished)
        return self._task

    def _finished(self, task: asyncio.Task) -> None:
        if task is self._task:
            self.loading_changed.emit(False)

    async def _fetch_pages(self, all_pages: bool) -> None:
        generation = self._generation
        while not self.fully_loaded:
            try:
                page = await self._fetch_page(len(self._all), self.page_size)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if generation == self._generation:
                    self.error = exc
                    self.fetch_failed.emit(exc)
                return
            if generation != self._generation:
                return  # the agent asked for another period or type meanwhile
            self._append(page.items, page.total)
            if not page.items or not all_pages:
                break
        if all_pages and self._sort is not None and generation == self._generation:
            self.layoutAboutToBeChanged.emit()
            self._apply_sort()
            self.layoutChanged.emit()

    def _append(self, records: Sequence[UsageRecord], total: int | None) -> None:
        start = len(self._all)
        self._all.extend(records)
        if total is not None:
            self._total = max(total, len(self._all))
        if not records:
            self._total = len(self._all)
        new_rows = self._visible(range(start, len(self._all)))
        if not new_rows:
            return
        if self._sort is not None and self.fully_loaded:
            self.layoutAboutToBeChanged.emit()
            self._rows.extend(new_rows)
            self._apply_sort()
            self.layoutChanged.emit()
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new_rows) - 1)
        self._rows.extend(new_rows)
        self.endInsertRows()

    def _cancel(self) -> None:
        """Stop a fetch in flight. Its end is told now, not when the cancelled task finishes a turn later
        (by then a closed customer's model may be deleted, or a new fetch be running)."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.remove_done_callback(self._finished)
            task.cancel()
            self.loading_changed.emit(False)

    def dispose(self) -> None:
        self._generation += 1
        self._cancel()

    # -- sorting ------------------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        if not self.fully_loaded:
            self.fetch_all()  # sorts when the last page is in
            return
        self.layoutAboutToBeChanged.emit()
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        # one key per record, read by a sort that calls no Python per comparison: ~20,000 rows in a few
        # milliseconds of the event loop
        keys = COLUMNS[column][2](self._all)
        self._rows = array(
            "q", sorted(self._rows, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        )

    # -- Qt -------------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]()
        return None

    def data(self, index: Index, role: int = _DISPLAY):
        role = int(role)
        if role not in _ANSWERED or not index.isValid():
            return None
        rows, i = self._all, self._rows[index.row()]
        if role == _DISPLAY:
            return COLUMNS[index.column()][1](rows, i)
        if role == _USER:
            return rows.record(i)
        if role == _ALIGNMENT:
            return _RIGHT if index.column() in RIGHT_ALIGNED else None
        if role == _FOREGROUND:
            return _ROAMING_BRUSH if rows.usage_type(i) == "roaming" else None
        return rows.description[i] if index.column() == 7 else None  # the tooltip of a long description
