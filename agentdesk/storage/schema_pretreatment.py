"""Tables of pretreatment (agentdesk.services.pretreatment): one row per flow run.

A run is stored (durably: the agent saw its outcome) before it is reported to the back end;
``reported_at`` stays NULL until the back end accepted it, so a run reported while the ticket system
was down goes out later. Only runs that reached an end state are reported. Times are UTC in the
storage.timestamps format; no secret (a reset password) is ever written here.
"""

MIGRATIONS = [
    (
        "pretreatment.001_run",
        """
        CREATE TABLE pretreatment_run (
            id TEXT PRIMARY KEY,                     -- the desk's run id, also the back end's
            flow_id TEXT NOT NULL,
            flow_version INTEGER NOT NULL DEFAULT 1,
            agent TEXT NOT NULL,
            customer_id TEXT NOT NULL DEFAULT '',
            service_number TEXT NOT NULL DEFAULT '',
            customer_name TEXT NOT NULL DEFAULT '',
            started_at TEXT NOT NULL,
            ended_at TEXT,
            duration_ms INTEGER NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL
                CHECK (outcome IN ('resolved', 'customer_action', 'dispatch', 'aborted', 'cancelled')),
            end_step TEXT,
            ticket_id TEXT NOT NULL DEFAULT '',
            record_json TEXT NOT NULL,               -- steps, facts (secrets masked), script, writes
            reported_at TEXT,                        -- NULL: not (yet) accepted by the back end
            report_error TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX pretreatment_run_customer ON pretreatment_run (customer_id, started_at);
        CREATE INDEX pretreatment_run_agent ON pretreatment_run (agent, started_at);
        CREATE INDEX pretreatment_run_unreported ON pretreatment_run (reported_at) WHERE reported_at IS NULL;
        """,
    ),
]
