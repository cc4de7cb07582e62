"""Tables of the recent-customers list (agentdesk.services.recent_customers)."""

MIGRATIONS = [
    (
        "recent_customers.001_recent_customer",
        """
        CREATE TABLE recent_customer (
            agent TEXT NOT NULL,          -- agents may share a Windows account: each sees their own
            customer_id TEXT NOT NULL,
            service_number TEXT NOT NULL, -- the number last used to find this customer
            name TEXT NOT NULL DEFAULT '',
            looked_up_at TEXT NOT NULL,   -- UTC, storage.timestamps format
            seq INTEGER NOT NULL,         -- order of look-ups, immune to clock steps
            PRIMARY KEY (agent, customer_id)
        );
        CREATE INDEX recent_customer_order ON recent_customer (agent, seq);
        """,
    ),
]
