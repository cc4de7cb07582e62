"""The circuit breaker on its own, with a hand-moved clock."""

from __future__ import annotations

from agentdesk.connectors.circuit import CircuitBreaker
from tests.connectors.conftest import FakeClock


def test_opens_after_consecutive_failures_only():
    clock = FakeClock()
    breaker = CircuitBreaker(failures=3, cooldown_s=10, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    breaker.record_success()  # not consecutive any more
    breaker.record_failure()
    breaker.record_failure()
    assert breaker.state == "closed" and breaker.acquire()
    breaker.record_failure()
    assert breaker.state == "open" and not breaker.acquire()
    assert breaker.retry_in() == 10
    clock.advance(4)
    assert breaker.retry_in() == 6 and not breaker.acquire()


def test_half_open_lets_one_trial_through():
    clock = FakeClock()
    breaker = CircuitBreaker(failures=1, cooldown_s=5, clock=clock)
    breaker.record_failure()
    clock.advance(5)
    assert breaker.state == "half_open"
    assert breaker.acquire()  # the trial
    assert not breaker.acquire()  # everyone else waits for it
    breaker.abandon()  # the trial was cancelled: the next caller may try
    assert breaker.acquire()
    breaker.record_failure()
    assert breaker.state == "open"
    clock.advance(5)
    assert breaker.acquire()
    breaker.record_success()
    assert breaker.state == "closed" and breaker.acquire() and breaker.acquire()


def test_a_person_asking_to_try_now_gets_one_trial_before_the_cool_down():
    clock = FakeClock()
    breaker = CircuitBreaker(failures=1, cooldown_s=30, clock=clock)
    breaker.record_failure()
    assert not breaker.acquire()
    breaker.allow_trial()
    assert breaker.acquire() and not breaker.acquire()  # one trial, the others still wait
    breaker.record_failure()  # it failed: paused again for a whole cool-down
    assert breaker.state == "open" and breaker.retry_in() == 30
    breaker.allow_trial()
    assert breaker.acquire()
    breaker.record_success()
    assert breaker.state == "closed"
