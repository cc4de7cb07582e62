"""One module per back-office system. Each may define:

- ``router``: a FastAPI APIRouter under the system's prefix (``/crm``, ``/billing``, ...);
- ``provision(db, customers, rng)``: write that system's view of freshly generated customers;
- ``seed(ctx, rng)``: data that does not hang off one customer (articles, tickets, statistics);
- ``FAULTS``: fault scenarios this system owns (see ``backend_stub.scenarios.Fault``).

The order below is the provisioning order.
"""

from importlib import import_module

SYSTEM_MODULES = ["crm", "billing", "usage", "bims", "hlr", "aaa", "ismp", "tickets", "kb", "cti", "events"]


def load_systems() -> list:
    return [import_module(f"backend_stub.systems.{name}") for name in SYSTEM_MODULES]
