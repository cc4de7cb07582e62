"""Python's cyclic garbage collector, run on the GUI thread only.

Why: the collector runs in whichever thread happens to allocate when a threshold is crossed. The desk has
worker threads (``asyncio.to_thread`` for the keyring and the knowledge index; the embedded simulator's
server in tests), so a cycle holding a Qt object (a widget, a QTimer, a model) could be freed in one of
them. Qt cannot stop a timer from another thread: the timer stays registered, fires on freed memory and
the process dies in ``QTimerInfoList::activateTimers`` (caught under gdb in the test suite). With automatic
collection off and this collector on a GUI-thread timer, every Qt object is freed on the thread that owns it.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: how often the GUI thread looks at the collector's counters
INTERVAL_MS = 500


def collect_if_due() -> int:
    """Collect the oldest generation whose threshold is crossed (as the automatic collector would);
    returns the number of unreachable objects found. Call it on the GUI thread."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


class MainThreadCollector(QObject):
    """Turns automatic collection off and collects on a GUI-thread timer instead; ``stop()`` undoes it."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(collect_if_due)

    def start(self) -> MainThreadCollector:
        gc.disable()
        self._timer.start()
        return self

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
