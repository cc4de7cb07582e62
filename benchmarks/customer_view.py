"""``customer_view_ratio``: every tab of one customer loaded, with the same latency L injected on every
system, divided by one round trip under that latency (the physical floor: nothing can be shown sooner).

The desk is the real one (features plugged, main window shown); each measured customer is fresh, so no
cache helps. The floor is measured in the same run: a bare authenticated GET under latency L.
"""

from __future__ import annotations

import argparse
import asyncio
import time

import httpx

from benchmarks.common import (
    StubInfo,
    close_desk,
    emit,
    match_of,
    median,
    new_scenarios,
    note,
    result,
    run_qt,
    set_latency,
    signed_in_desk,
)

TARGET = 1.3


def round_trip_floor(stub: StubInfo, customer_id: str, samples: int = 7) -> float:
    """Median milliseconds of one authenticated CRM read under the injected latency."""
    token = httpx.post(
        f"{stub.url}/auth/login", json={"username": "demo_agent", "password": "demo"}, timeout=30
    ).json()["token"]
    times = []
    with httpx.Client(base_url=stub.url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as c:
        c.get(f"/crm/customer/{customer_id}").raise_for_status()  # the connection is open afterwards
        for _ in range(samples):
            t0 = time.perf_counter()
            c.get(f"/crm/customer/{customer_id}").raise_for_status()
            times.append((time.perf_counter() - t0) * 1000)
    return median(times)


async def measure(stub: StubInfo, customers: list[dict]) -> list[float]:
    from agentdesk.views.main_window import MainWindow

    desk = await signed_in_desk(stub.url)
    window = MainWindow(desk)
    window.show()
    times = []
    try:
        for i, made in enumerate(customers):
            t0 = time.perf_counter()
            workspace = window.open_customer(match_of(made))
            await workspace.loaded()
            elapsed = (time.perf_counter() - t0) * 1000
            if i > 0:  # the first one warms up connections and lazily imported code
                times.append(elapsed)
            window.close_customer(window.tabs.indexOf(workspace))
            await asyncio.sleep(0.05)
    finally:
        await close_desk(desk, window)
    return times


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--latency-ms", type=int, default=300)
    p.add_argument("--customers", type=int, default=6)
    a = p.parse_args(argv)
    stub = StubInfo.from_env()
    customers = new_scenarios(stub, "healthy", a.customers)
    set_latency(stub, a.latency_ms)
    try:
        floor = round_trip_floor(stub, customers[0]["customer_id"])
        times = run_qt(lambda: measure(stub, customers))
    finally:
        set_latency(stub, 0)
    note(
        f"customer_view: L={a.latency_ms} ms, round trip {floor:.0f} ms, loads {[round(t) for t in times]} ms"
    )
    emit(result("customer_view_ratio", median(times), "ms", floor, TARGET))


if __name__ == "__main__":
    main()
