"""Back-office simulator: every system AgentDesk talks to, over real HTTP, on its own SQLite database.

Start it with ``python -m backend_stub --port 8765`` or in-process with :class:`backend_stub.server.StubServer`.
It is meant for a trusted machine (developer, CI, training room): the admin token and the default host
are conveniences, not security.
"""

from backend_stub.config import StubConfig
from backend_stub.server import StubServer

__all__ = ["StubConfig", "StubServer"]
