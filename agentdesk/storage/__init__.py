"""Local storage: the desk's SQLite database and its per-feature schema migrations."""

from agentdesk.storage.database import DatabaseClosedError, LocalDatabase, close_all, open_database
from agentdesk.storage.migrations import MigrationError

__all__ = ["DatabaseClosedError", "LocalDatabase", "MigrationError", "close_all", "open_database"]
