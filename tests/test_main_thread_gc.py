"""The desk's collector: Qt objects in garbage cycles are freed on the GUI thread, never in a worker."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject, QTimer

from agentdesk.main_thread_gc import MainThreadCollector, collect_if_due


class Holder:
    """A garbage cycle that owns a Qt object with a running timer (what crashed the run when freed in a
    worker thread)."""

    def __init__(self) -> None:
        self.me = self
        self.owner = QObject()
        self.timer = QTimer(self.owner)
        self.timer.start(10_000)


def test_cycles_made_garbage_are_freed_on_the_gui_thread_not_in_a_worker(qapp):
    before = gc.isenabled()  # the test session itself runs with automatic collection off
    collector = MainThreadCollector().start()
    try:
        assert not gc.isenabled()
        holder = Holder()
        gone = weakref.ref(holder)
        del holder
        freed_in = []

        def allocate() -> None:  # enough allocations to trigger every generation of an automatic collector
            junk = [[i] for i in range(200_000)]
            freed_in.append(gone() is None)
            del junk

        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join()
        assert freed_in == [False]  # the worker never collected it
        assert gone() is not None
        while gone() is not None and collect_if_due() == 0:
            gc.collect()  # counters may sit below the threshold: a full collection on this thread
        assert gone() is None
    finally:
        collector.stop()
    assert gc.isenabled() == before


def test_collect_if_due_collects_only_past_a_threshold():
    gc.collect()
    assert collect_if_due() == 0  # counters were just reset
