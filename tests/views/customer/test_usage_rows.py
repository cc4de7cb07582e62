"""Call records kept by column: every record comes back exactly as the connector made it from the back
office's answer, in well under half the memory of the records themselves; the call list shows, sorts and
filters them as before."""

from __future__ import annotations

import gc
import tracemalloc

from PySide6.QtCore import Qt

from agentdesk.services.customer_view import Period, UsageQuery, customer_view_of
from agentdesk.views.customer import wording
from agentdesk.views.customer.call_records_model import CallRecordsModel
from agentdesk.views.customer.usage_rows import UsageRows
from tests.views.customer.test_memory import busy_customer

LIMIT = 1000  # the usage system's largest page


def busy_query(stub_server) -> UsageQuery:
    return UsageQuery(busy_customer(stub_server).number, Period.last_days(30))


def test_records_come_back_as_the_connector_made_them(fast_desk, stub_server, run):
    billing = customer_view_of(fast_desk).billing
    page = run(billing.usage_page(busy_query(stub_server), 0, LIMIT))
    records = list(page.items)
    assert len(records) == LIMIT  # a busy line: a full page
    rows = UsageRows(records[:300])
    rows.extend(records[300:])
    assert len(rows) == LIMIT
    assert [rows.record(i) for i in range(LIMIT)] == records
    assert all(rows.at(i).tzinfo is not None for i in range(0, LIMIT, 97))
    assert {rows.usage_type(i) for i in range(LIMIT)} == {r.usage_type for r in records}


def test_records_by_column_take_under_half_the_memory(fast_desk, stub_server, run):
    billing = customer_view_of(fast_desk).billing
    query = busy_query(stub_server)
    run(billing.usage_page(query, 0, LIMIT))  # first connection, caches: not the records' memory
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        records = list(run(billing.usage_page(query, LIMIT, LIMIT)).items)
        gc.collect()
        as_records = tracemalloc.get_traced_memory()[0] - base
        rows = UsageRows(records)
        del records
        gc.collect()
        as_rows = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    assert len(rows) == LIMIT
    assert as_rows < 0.5 * as_records, (
        f"{as_rows / LIMIT:.0f} B per record by column, {as_records / LIMIT:.0f} B"
    )


def test_the_call_list_shows_sorts_and_filters_its_records(fast_desk, stub_server, run, qapp):
    billing = customer_view_of(fast_desk).billing
    query = busy_query(stub_server)
    page = run(billing.usage_page(query, 0, 400))
    records = list(page.items)
    model = CallRecordsModel(page_size=400)
    model.reset(records, len(records), None)

    def shown(row: int, column: int) -> str:
        return model.data(model.index(row, column))

    first = records[0]
    assert shown(0, 0) == first.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert shown(0, 1) == wording.usage_type(first.usage_type)
    assert shown(0, 5) == first.location and shown(0, 7) == first.description
    assert shown(0, 6) == wording.money(first.amount)
    assert model.data(model.index(0, 3), Qt.ItemDataRole.UserRole) == first

    model.sort(0, Qt.SortOrder.DescendingOrder)
    times = [model.record(i).at for i in range(model.rowCount())]
    assert times == sorted((r.at for r in records), reverse=True)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    types = [model.record(i).usage_type for i in range(model.rowCount())]
    assert types == sorted(r.usage_type for r in records)

    place = first.location
    model.set_text_filter(place)
    assert 0 < model.rowCount() < len(records) or all(r.location == place for r in records)
    assert all(
        place in (model.record(i).location + model.record(i).description) for i in range(model.rowCount())
    )
    model.set_text_filter("")
    assert model.rowCount() == len(records)
