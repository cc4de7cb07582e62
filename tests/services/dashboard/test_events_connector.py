"""The events connector (written for the dashboard): its endpoint beside the ticket system, its statistics
read over HTTP, and its parsers fed arbitrary and mutated answers fail only with a ConnectorError."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.connectors import events
from agentdesk.connectors.config import BackendConfig, ConfigError, SystemEndpoint
from agentdesk.connectors.errors import ConnectorError
from tests.connectors.test_parsers_fuzz import json_values, mutated


def test_endpoint_beside_the_ticket_system():
    config = BackendConfig.from_base_url("https://esb.example.cn/api", read_timeout=7)
    ep = events.events_endpoint(config)
    assert ep.name == "events" and ep.base_url == "https://esb.example.cn/api/events" and ep.read_timeout == 7
    odd = BackendConfig(endpoints={"tickets": SystemEndpoint("tickets", "https://tt.example.cn/v2")})
    with pytest.raises(ConfigError):
        events.events_endpoint(odd)


@pytest.fixture(scope="module")
def sample(stub_server, lead_token):
    import httpx

    r = httpx.get(
        f"{stub_server.url}/events/statistics", params={"from": "2026-11-14T00:00:00Z", "to": "2026-11-26T00:00:00Z"},
        headers={"Authorization": f"Bearer {lead_token}"},
    )  # fmt: skip
    r.raise_for_status()
    body = r.json()
    assert body["events"], "the seeded history has events in the last two weeks"
    return body


def test_statistics_parse_the_seeded_events(sample):
    stats = events.PARSERS["statistics"](copy.deepcopy(sample))
    by_id = {a.event.id: a for a in stats.events}
    breached = by_id["EV000002"]
    assert breached.event.sla.state == "breached" and breached.event.sla.met is False
    assert breached.calls_in_window == sum(h.calls for h in breached.calls_per_hour) == 14
    assert stats.totals.linked_calls >= 14


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_parsers_fail_only_with_connector_errors(sample, data):
    name = data.draw(st.sampled_from(sorted(events.PARSERS)))
    if name == "events":
        body = data.draw(st.one_of(json_values, mutated([e for e in copy.deepcopy(sample["events"])])))
    elif name == "event":
        body = data.draw(st.one_of(json_values, mutated(copy.deepcopy(sample["events"][0]))))
    else:
        body = data.draw(st.one_of(json_values, mutated(copy.deepcopy(sample))))
    try:
        events.PARSERS[name](body)
    except ConnectorError:
        pass
