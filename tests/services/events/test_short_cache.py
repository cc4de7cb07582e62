"""The short cache in front of "which events touch this customer": answers live a few seconds, and the
ones past that are dropped, not kept one per customer ever asked about."""

from __future__ import annotations

from agentdesk.services.events.cache import ShortCache


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_expired_answers_are_dropped_not_kept_for_every_customer(run):
    clock = Clock()
    cache: ShortCache[str] = ShortCache(5.0, clock)
    asked: list[str] = []

    def fetch(key: str):
        async def go() -> str:
            asked.append(key)
            return f"answer {key}"

        return go

    async def body():
        for i in range(300):  # a day of customers, a few seconds apart
            assert await cache.get(f"C{i}", fetch(f"C{i}")) == f"answer C{i}"
            clock.now += 2.0
        again = await cache.get("C299", fetch("C299"))  # still fresh: not asked again
        clock.now += 10.0
        late = await cache.get("C299", fetch("C299"))  # expired: asked again
        return again, late

    again, late = run(body())
    assert again == late == "answer C299"
    assert asked.count("C299") == 2 and len(asked) == 301
    assert len(cache) <= 3  # the answers still fresh, not 300
