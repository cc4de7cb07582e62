"""Tables of the toolbox (agentdesk.services.toolbox): notes, calendar events and reminder states.

Every row has an ``owner`` (the signed-in agent's user name, '' before sign-in): agents may share
a Windows account, and each sees only their own notes and calendar. Times are UTC in the
storage.timestamps format; an event also keeps the IANA zone it was planned in, so a recurring
event stays at the same wall-clock time across daylight-saving changes.
"""

MIGRATIONS = [
    (
        "toolbox.001_notes",
        """
        CREATE TABLE toolbox_note (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            owner TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',     -- first non-empty line of the body, for the list and search
            body TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX toolbox_note_owner ON toolbox_note (owner, updated_at);
        """,
    ),
    (
        "toolbox.002_calendar",
        """
        CREATE TABLE toolbox_event (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,            -- iCalendar UID, kept through export and import
            owner TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            start_utc TEXT NOT NULL,             -- first occurrence
            duration_min INTEGER NOT NULL DEFAULT 30 CHECK (duration_min >= 0),
            tz TEXT NOT NULL,                    -- IANA zone whose wall clock recurrences follow
            recurrence TEXT NOT NULL DEFAULT 'none'
                CHECK (recurrence IN ('none', 'daily', 'workdays', 'weekly', 'monthly')),
            recur_until TEXT,                    -- UTC; no occurrence starts after it; NULL = no end
            exceptions TEXT NOT NULL DEFAULT '[]',  -- JSON list of local dates (YYYY-MM-DD) skipped
            reminder_min INTEGER CHECK (reminder_min IS NULL OR reminder_min >= 0),  -- lead time
            customer_number TEXT NOT NULL DEFAULT '',
            customer_name TEXT NOT NULL DEFAULT '',
            ticket_id TEXT NOT NULL DEFAULT '',
            done_at TEXT,                        -- a callback marked done
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX toolbox_event_owner_start ON toolbox_event (owner, start_utc);
        CREATE TABLE toolbox_reminder (
            event_id INTEGER NOT NULL REFERENCES toolbox_event (id) ON DELETE CASCADE,
            occurrence_utc TEXT NOT NULL,        -- start of the occurrence the reminder is for
            state TEXT NOT NULL CHECK (state IN ('fired', 'snoozed', 'dismissed')),
            due_utc TEXT NOT NULL,               -- when it fired, or when a snooze ends
            updated_at TEXT NOT NULL,
            PRIMARY KEY (event_id, occurrence_utc)
        );
        CREATE INDEX toolbox_reminder_due ON toolbox_reminder (state, due_utc);
        -- Per-owner bookmarks, e.g. the time up to which reminders were delivered, so the ones
        -- that fell due while the desk was closed can be listed at the next start.
        CREATE TABLE toolbox_state (
            owner TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (owner, key)
        );
        """,
    ),
]
