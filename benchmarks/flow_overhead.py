"""``flow_overhead_ratio``: a headless pretreatment run's time divided by the sum of its back-end round
trips (what the flow engine, the audit trail and the run records add on top of the back office).

Each run is a fresh simulator fault taken through its flow by the engine's ``AutoDriver`` (confirms every
action, takes the first choice), on a desk with its features plugged, with latency L on every system as a
service bus would add. Every HTTP exchange of the desk is timed at its client (request sent to body read);
the floor is the time with at least one exchange in flight (round trips the engine runs side by side count
once, so a ratio below 1 cannot come from concurrency). Earlier runs' reports are flushed before the next
run starts, so only this run's round trips count.
"""

from __future__ import annotations

import argparse
import time

from benchmarks.common import (
    StubInfo,
    close_desk,
    emit,
    new_scenarios,
    note,
    result,
    run_qt,
    set_latency,
    signed_in_desk,
)

TARGET = 1.2
#: simulator fault -> the flow an agent runs for it (as in tests/services/pretreatment/test_faults.py)
RUNS = [
    ("paid_still_barred", "barred-after-payment"),
    ("bb_wrong_password", "broadband-login"),
    ("addon_not_in_hlr", "addon-not-working"),
    ("billing_status_mismatch", "billing-dispute"),
]


class RoundTrips:
    """Every HTTP exchange the desk's system clients make, as (start, end) intervals."""

    def __init__(self, backoffice) -> None:
        self.intervals: list[tuple[float, float]] = []
        for client in backoffice.clients.values():
            http = client._http  # instrumentation of the benchmark only: the desk's own code is untouched
            http.request = self._timed(http.request)

    def _timed(self, request):
        async def timed(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return await request(*args, **kwargs)
            finally:
                self.intervals.append((t0, time.perf_counter()))

        return timed

    def wire_time(self, since: float) -> tuple[float, float, int]:
        """(time with at least one exchange in flight, plain sum of exchanges, count) since ``since``:
        exchanges the engine runs side by side overlap, and overlapping time is counted once."""
        spans = sorted((a, b) for a, b in self.intervals if a >= since)
        union = plain = 0.0
        end = None
        for a, b in spans:
            plain += b - a
            if end is None or a > end:
                union += b - a
                end = b
            elif b > end:
                union += b - end
                end = b
        return union, plain, len(spans)


async def measure(stub: StubInfo, made: list[tuple[dict, str]]) -> tuple[float, float, float, list]:
    from agentdesk.services.pretreatment.runs import AutoDriver

    desk = await signed_in_desk(stub.url)
    if "pretreatment" not in desk.extras:  # not (yet) in FEATURE_MODULES: plug it as the feature does
        from agentdesk.features import pretreatment

        pretreatment.plug(desk)
    service = desk.extras["pretreatment"]
    trips = RoundTrips(desk.backoffice)
    run_s = wire_s = sum_s = 0.0
    seen = []
    try:
        for i, (scenario, flow) in enumerate(made):
            await service.flush_reports()
            t0 = time.perf_counter()
            outcome = await service.run(flow, scenario["number"], AutoDriver())
            elapsed = time.perf_counter() - t0
            if i < len(RUNS):
                continue  # one warm-up round: lazily imported code, first connections, flow loading
            union, plain, count = trips.wire_time(t0)
            run_s, wire_s, sum_s = run_s + elapsed, wire_s + union, sum_s + plain
            seen.append(f"{flow}: {outcome.outcome}, {count} calls, {elapsed * 1000:.0f} ms")
        await service.flush_reports()
    finally:
        await close_desk(desk)
    return run_s * 1000, wire_s * 1000, sum_s * 1000, seen


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--latency-ms", type=int, default=100)
    p.add_argument("--rounds", type=int, default=2, help="rounds of all flows after the warm-up round")
    a = p.parse_args(argv)
    stub = StubInfo.from_env()
    made = [(new_scenarios(stub, fault, 1)[0], flow) for _ in range(a.rounds + 1) for fault, flow in RUNS]
    set_latency(stub, a.latency_ms)
    try:
        run_ms, wire_ms, sum_ms, seen = run_qt(lambda: measure(stub, made))
    finally:
        set_latency(stub, 0)
    note(
        f"flow_overhead: L={a.latency_ms} ms; runs {run_ms:.0f} ms, on the wire {wire_ms:.0f} ms "
        f"(round trips one after another: {sum_ms:.0f} ms); {seen}"
    )
    emit(result("flow_overhead_ratio", run_ms, "ms", wire_ms, TARGET))


if __name__ == "__main__":
    main()
