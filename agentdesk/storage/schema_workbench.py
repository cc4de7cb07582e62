"""Tables of the agent workbench (agentdesk.services.cti): the calls of the agent's shift.

One row per CTI call, updated as its events arrive and when the agent wraps it up, so the shift's call
history (durations, customers, dispositions) survives a restart of the desk in the middle of a shift.
Times are UTC in the storage.timestamps format.
"""

MIGRATIONS = [
    (
        "workbench.001_calls",
        """
        CREATE TABLE workbench_call (
            call_id TEXT PRIMARY KEY,                -- the CTI's call id
            agent TEXT NOT NULL,
            caller TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('ringing', 'answered', 'ended')),
            ringing_at TEXT NOT NULL,
            answered_at TEXT,
            ended_at TEXT,
            end_reason TEXT,
            customer_id TEXT NOT NULL DEFAULT '',    -- the customer the number belongs to, once known
            customer_name TEXT NOT NULL DEFAULT '',
            customer_level TEXT NOT NULL DEFAULT '',
            disposition TEXT NOT NULL DEFAULT '',    -- the wrap-up's choice (ticket desk codes)
            wrapup_id TEXT NOT NULL DEFAULT '',      -- the ticket desk's wrap-up record, when there is one
            wrapup_s INTEGER,                        -- seconds from the end of the call to the wrap-up
            updated_at TEXT NOT NULL
        );
        CREATE INDEX workbench_call_agent_time ON workbench_call (agent, ringing_at);
        """,
    ),
]
