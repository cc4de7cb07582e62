"""Where the desk keeps its per-user files: the local database and the logs.

One directory per Windows user (platformdirs' local, non-roaming app data: a SQLite file must not
travel with a roaming profile), overridden by ``AGENTDESK_DATA_DIR`` for tests and portable set-ups.
Secrets never go here; they live in the keyring (see ``agentdesk.services.secrets``).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "AgentDesk"
APP_AUTHOR = "AgentDesk"
DATA_DIR_ENV = "AGENTDESK_DATA_DIR"


def user_data_dir() -> Path:
    """The user-data directory, created on demand (``AGENTDESK_DATA_DIR`` wins when set)."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """The directory for the desk's log files, inside the user-data directory, created on demand."""
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
