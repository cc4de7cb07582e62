"""Tables of the ticket desk (agentdesk.services.tickets): the outbox of drafts and the calls' wrap-ups.

The outbox is what makes "nothing is lost" true: a draft is committed durably here BEFORE the ticket
system is called, with the idempotency key it will be sent with on every attempt, so a retry, a replay
after a restart or a second press of the button creates one ticket. Rows are delivered in ``seq``
order (the order the agent submitted them). Times are UTC in the storage.timestamps format.
"""

MIGRATIONS = [
    (
        "tickets.001_outbox",
        """
        CREATE TABLE ticket_outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,   -- delivery order
            draft_id TEXT NOT NULL UNIQUE,           -- one row per draft: submitting it again adds nothing
            idempotency_key TEXT NOT NULL UNIQUE,    -- sent on every attempt of this draft
            owner TEXT NOT NULL,                     -- the agent who submitted it; only they send it
            customer_id TEXT NOT NULL DEFAULT '',
            service_number TEXT NOT NULL DEFAULT '',
            ticket_type TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            draft_json TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sending', 'delivered', 'rejected')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            last_error_kind TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            last_attempt_at TEXT,
            delivered_at TEXT,
            ticket_id TEXT NOT NULL DEFAULT '',
            ticket_system TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX ticket_outbox_waiting ON ticket_outbox (owner, state, seq);
        CREATE INDEX ticket_outbox_customer ON ticket_outbox (customer_id, seq);
        """,
    ),
    (
        "tickets.002_wrapup",
        """
        CREATE TABLE ticket_wrapup (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            wrapup_id TEXT NOT NULL UNIQUE,          -- the desk's id, also the key of what it reports
            agent TEXT NOT NULL,
            customer_id TEXT NOT NULL DEFAULT '',
            service_number TEXT NOT NULL DEFAULT '',
            customer_name TEXT NOT NULL DEFAULT '',
            disposition TEXT NOT NULL
                CHECK (disposition IN ('consulted', 'resolved_front_line', 'customer_action', 'dispatched')),
            note TEXT NOT NULL DEFAULT '',
            run_ids TEXT NOT NULL DEFAULT '[]',      -- JSON list of pretreatment run ids of the call
            ticket_ids TEXT NOT NULL DEFAULT '[]',   -- JSON list of ticket ids linked to the call
            draft_ids TEXT NOT NULL DEFAULT '[]',    -- outbox drafts of the call (their ticket may come later)
            event_id TEXT NOT NULL DEFAULT '',       -- CTI call event, when the call came through CTI
            call_started_at TEXT,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX ticket_wrapup_agent ON ticket_wrapup (agent, recorded_at);
        CREATE INDEX ticket_wrapup_customer ON ticket_wrapup (customer_id, recorded_at);
        """,
    ),
    (
        "tickets.003_catalogue",
        """
        -- The last ticket catalogue (types, categories, due hours) the ticket system published, so the
        -- entry form works offline. One row.
        CREATE TABLE ticket_catalogue (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            catalogue_json TEXT NOT NULL,
            fetched_at TEXT NOT NULL
        );
        """,
    ),
]
