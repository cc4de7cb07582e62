"""Tables of the audit trail (agentdesk.services.audit): one row per back-office write attempt outcome."""

MIGRATIONS = [
    (
        "audit.001_audit_entry",
        """
        CREATE TABLE audit_entry (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            recorded_at TEXT NOT NULL,          -- UTC, storage.timestamps format
            agent TEXT NOT NULL,                -- user name of the signed-in agent
            customer_id TEXT NOT NULL DEFAULT '',
            service_number TEXT NOT NULL DEFAULT '',
            system TEXT NOT NULL,               -- crm, billing, bims, hlr, aaa, ismp, tickets, ...
            operation TEXT NOT NULL,
            idempotency_key TEXT NOT NULL,
            request_summary TEXT NOT NULL DEFAULT '',  -- PII-masked, secrets removed
            outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'failed')),
            message TEXT NOT NULL DEFAULT ''
        );
        -- The desk retries a write with the same key: one row per key and outcome.
        CREATE UNIQUE INDEX audit_entry_attempt ON audit_entry (idempotency_key, outcome);
        CREATE INDEX audit_entry_recorded ON audit_entry (recorded_at);
        CREATE INDEX audit_entry_customer ON audit_entry (customer_id, recorded_at);
        CREATE INDEX audit_entry_agent ON audit_entry (agent, recorded_at);
        """,
    ),
]
