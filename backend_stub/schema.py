"""The simulator's SQLite schema: one set of tables per back-office system.

This file is the contract between the system modules: each system writes only its own tables
(prefix = system name) but may read the others, the way a fault check compares CRM with HLR.
Times are ISO-8601 strings in UTC ("2026-11-26T08:00:00Z"), money is integer fen (cents of CNY),
JSON columns hold compact JSON text.
"""

SCHEMA_VERSION = 1

CORE = """
CREATE TABLE IF NOT EXISTS stub_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- auth: agents and team leads, and the tokens they hold
CREATE TABLE IF NOT EXISTS auth_user (
    username TEXT PRIMARY KEY, display_name TEXT NOT NULL, role TEXT NOT NULL,   -- agent | team_lead
    team TEXT NOT NULL, region TEXT NOT NULL, password_hash TEXT NOT NULL, salt TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS auth_token (
    token TEXT PRIMARY KEY, username TEXT NOT NULL, issued_at TEXT NOT NULL, expires_at TEXT NOT NULL);

-- every back-office write, for GET /admin/writes and for the idempotency replay
CREATE TABLE IF NOT EXISTS stub_write (
    id INTEGER PRIMARY KEY AUTOINCREMENT, system TEXT NOT NULL, operation TEXT NOT NULL,
    number TEXT, idempotency_key TEXT, username TEXT, at TEXT NOT NULL,
    request_json TEXT, status_code INTEGER NOT NULL, response_json TEXT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS stub_write_key ON stub_write(system, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS stub_write_number ON stub_write(number);

-- scenarios created through the admin API
CREATE TABLE IF NOT EXISTS stub_scenario (
    number TEXT PRIMARY KEY, fault TEXT NOT NULL, customer_id TEXT NOT NULL, created_at TEXT NOT NULL,
    details_json TEXT NOT NULL DEFAULT '{}');
"""

CRM = """
CREATE TABLE IF NOT EXISTS crm_customer (
    id TEXT PRIMARY KEY,                 -- C00000001
    name TEXT NOT NULL, customer_type TEXT NOT NULL,   -- individual | organization
    level TEXT NOT NULL,                 -- normal | silver | gold | platinum | diamond
    credit_class TEXT NOT NULL,          -- A | B | C | D
    id_card TEXT NOT NULL, address TEXT NOT NULL, city TEXT NOT NULL, district TEXT NOT NULL,
    contact_phone TEXT NOT NULL, email TEXT, manager TEXT NOT NULL, manager_phone TEXT NOT NULL,
    created_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'active');
CREATE INDEX IF NOT EXISTS crm_customer_name ON crm_customer(name);
CREATE INDEX IF NOT EXISTS crm_customer_id_card ON crm_customer(id_card);

CREATE TABLE IF NOT EXISTS crm_account (          -- contract / billing account
    id TEXT PRIMARY KEY,                 -- A00000001
    contract_no TEXT NOT NULL UNIQUE,    -- HT + 10 digits
    customer_id TEXT NOT NULL, name TEXT NOT NULL, payment_method TEXT NOT NULL,  -- cash | bank | prepaid
    bill_cycle_day INTEGER NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS crm_account_customer ON crm_account(customer_id);

CREATE TABLE IF NOT EXISTS crm_subscriber (       -- one service instance: a number, a line, a broadband account
    id TEXT PRIMARY KEY,                 -- S00000001
    customer_id TEXT NOT NULL, account_id TEXT NOT NULL,
    service_type TEXT NOT NULL,          -- mobile | fixed | broadband
    number TEXT NOT NULL UNIQUE,         -- 11-digit mobile, fixed line with area code, or broadband account
    status TEXT NOT NULL,                -- active | suspended_arrears | suspended_request | terminated
    status_reason TEXT, activated_at TEXT NOT NULL, city TEXT NOT NULL, district TEXT NOT NULL,
    access_point TEXT,                   -- broadband/fixed: OLT/DSLAM port; mobile: base-station area
    wireless_json TEXT NOT NULL DEFAULT '[]');  -- wireless data services in CRM: ["cdma1x","evdo","wlan"]
CREATE INDEX IF NOT EXISTS crm_subscriber_customer ON crm_subscriber(customer_id);
CREATE INDEX IF NOT EXISTS crm_subscriber_account ON crm_subscriber(account_id);

CREATE TABLE IF NOT EXISTS crm_product (          -- sales products (base products and bundles)
    id TEXT PRIMARY KEY, subscriber_id TEXT NOT NULL, customer_id TEXT NOT NULL,
    name TEXT NOT NULL, kind TEXT NOT NULL,            -- base | bundle
    monthly_fee INTEGER NOT NULL, status TEXT NOT NULL, start_at TEXT NOT NULL, end_at TEXT);
CREATE INDEX IF NOT EXISTS crm_product_subscriber ON crm_product(subscriber_id);
CREATE INDEX IF NOT EXISTS crm_product_customer ON crm_product(customer_id);

CREATE TABLE IF NOT EXISTS crm_offer (            -- discounts bound to a sales product
    id TEXT PRIMARY KEY, product_id TEXT NOT NULL, name TEXT NOT NULL,
    discount_type TEXT NOT NULL,                       -- percent | amount | free_minutes | free_data
    discount_value TEXT NOT NULL, attributes_json TEXT NOT NULL DEFAULT '{}',
    valid_from TEXT NOT NULL, valid_to TEXT);
CREATE INDEX IF NOT EXISTS crm_offer_product ON crm_offer(product_id);

CREATE TABLE IF NOT EXISTS crm_addon (            -- add-on products (caller ID, call waiting, data pack, VPN...)
    id TEXT PRIMARY KEY, subscriber_id TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    status TEXT NOT NULL,                              -- active | cancelled
    attributes_json TEXT NOT NULL DEFAULT '{}', start_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS crm_addon_subscriber ON crm_addon(subscriber_id);

CREATE TABLE IF NOT EXISTS crm_vpn_member (       -- mobile VPN group membership as sold
    subscriber_id TEXT PRIMARY KEY, group_id TEXT NOT NULL, group_name TEXT NOT NULL,
    short_number TEXT NOT NULL, status TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS crm_vas (              -- value-added subscriptions as recorded in CRM
    id TEXT PRIMARY KEY, subscriber_id TEXT NOT NULL, sp_code TEXT NOT NULL, sp_name TEXT NOT NULL,
    product_code TEXT NOT NULL, product_name TEXT NOT NULL, monthly_fee INTEGER NOT NULL,
    status TEXT NOT NULL,                              -- active | unsubscribed
    ordered_at TEXT NOT NULL, channel TEXT NOT NULL, unsubscribed_at TEXT);
CREATE INDEX IF NOT EXISTS crm_vas_subscriber ON crm_vas(subscriber_id);

CREATE TABLE IF NOT EXISTS crm_order (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, subscriber_id TEXT,
    order_type TEXT NOT NULL, description TEXT NOT NULL, channel TEXT NOT NULL,
    accepted_at TEXT NOT NULL, accepted_by TEXT NOT NULL, contact_name TEXT NOT NULL,
    contact_phone TEXT NOT NULL, state TEXT NOT NULL,  -- completed | inProgress | held | cancelled
    steps_json TEXT NOT NULL,          -- [{"name":..,"unit":..,"state":"done|current|stuck|pending","at":..,"note":..}]
    fees_json TEXT NOT NULL DEFAULT '[]', offers_json TEXT NOT NULL DEFAULT '[]', completed_at TEXT);
CREATE INDEX IF NOT EXISTS crm_order_customer ON crm_order(customer_id);

CREATE TABLE IF NOT EXISTS crm_marketing_hint (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, product_name TEXT NOT NULL, reason TEXT NOT NULL,
    score INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS crm_marketing_hint_customer ON crm_marketing_hint(customer_id);
"""

BILLING = """
CREATE TABLE IF NOT EXISTS billing_subscriber (   -- status of the subscriber as billing (HB) sees it
    subscriber_id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, account_id TEXT NOT NULL,
    status TEXT NOT NULL,                              -- active | suspended_arrears | suspended_request | terminated
    credit_limit INTEGER NOT NULL, updated_at TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS billing_balance_book (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL, owner_number TEXT,   -- NULL: shared by the account
    book_type TEXT NOT NULL,                           -- cash | gift | deposit | special
    balance INTEGER NOT NULL, valid_from TEXT NOT NULL, valid_to TEXT);
CREATE INDEX IF NOT EXISTS billing_balance_book_account ON billing_balance_book(account_id);

CREATE TABLE IF NOT EXISTS billing_balance_movement (
    id INTEGER PRIMARY KEY AUTOINCREMENT, book_id TEXT NOT NULL, at TEXT NOT NULL,
    direction TEXT NOT NULL,                           -- income | expense
    amount INTEGER NOT NULL, balance_after INTEGER NOT NULL, reason TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS billing_balance_movement_book ON billing_balance_movement(book_id, at);

CREATE TABLE IF NOT EXISTS billing_bill (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL, month TEXT NOT NULL,   -- "2026-10"
    amount_due INTEGER NOT NULL, amount_paid INTEGER NOT NULL, issued_at TEXT NOT NULL,
    due_at TEXT NOT NULL, state TEXT NOT NULL);        -- settled | unpaid | partiallyPaid
CREATE INDEX IF NOT EXISTS billing_bill_account ON billing_bill(account_id, month);

CREATE TABLE IF NOT EXISTS billing_charge (       -- applied billing rates: one line of a bill
    id INTEGER PRIMARY KEY AUTOINCREMENT, bill_id TEXT NOT NULL, account_id TEXT NOT NULL,
    number TEXT NOT NULL, month TEXT NOT NULL,
    item_type TEXT NOT NULL,    -- monthly_fee | local_call | long_distance | roaming | data | sms | vas | addon | other
    charge_type TEXT NOT NULL,  -- recurring | usage | one_time | discount
    description TEXT NOT NULL, amount INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS billing_charge_account ON billing_charge(account_id, month);
CREATE INDEX IF NOT EXISTS billing_charge_number ON billing_charge(number, month);

CREATE TABLE IF NOT EXISTS billing_topup (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL, number TEXT, at TEXT NOT NULL,
    amount INTEGER NOT NULL, channel TEXT NOT NULL);   -- counter | online | card | bank
CREATE INDEX IF NOT EXISTS billing_topup_account ON billing_topup(account_id);

CREATE TABLE IF NOT EXISTS billing_dunning (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL, number TEXT, at TEXT NOT NULL,
    channel TEXT NOT NULL, amount_owed INTEGER NOT NULL, message TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS billing_dunning_account ON billing_dunning(account_id);

CREATE TABLE IF NOT EXISTS billing_suspension_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT, subscriber_id TEXT NOT NULL, number TEXT NOT NULL,
    at TEXT NOT NULL, action TEXT NOT NULL,            -- suspend | resume
    reason TEXT NOT NULL);                             -- arrears | credit_limit | payment | request | other
CREATE INDEX IF NOT EXISTS billing_suspension_log_number ON billing_suspension_log(number, at);
"""

USAGE = """
-- Call detail records are generated on the fly from (seed, number, day); only these extra records
-- (planted by scenarios such as billing_dispute_roaming) are stored.
CREATE TABLE IF NOT EXISTS usage_extra_cdr (
    id TEXT PRIMARY KEY, number TEXT NOT NULL, usage_type TEXT NOT NULL,  -- local | long_distance | roaming | data | sms | vas
    start_at TEXT NOT NULL, duration_s INTEGER NOT NULL, volume_kb INTEGER NOT NULL,
    peer TEXT, location TEXT NOT NULL, amount INTEGER NOT NULL, description TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS usage_extra_cdr_number ON usage_extra_cdr(number, start_at);
"""

BIMS = """
CREATE TABLE IF NOT EXISTS bims_account (
    account TEXT PRIMARY KEY,            -- same as crm_subscriber.number for broadband
    subscriber_id TEXT NOT NULL, status TEXT NOT NULL,   -- active | suspended | terminated
    password_hash TEXT NOT NULL, password_state TEXT NOT NULL,   -- ok | expired | reset_pending
    client_password_hash TEXT NOT NULL,  -- what the customer's modem dials with
    bound_mac TEXT, dialing_mac TEXT,    -- bound in BIMS vs seen in the last dial attempt
    olt TEXT NOT NULL, dslam TEXT, port TEXT NOT NULL, access_type TEXT NOT NULL,  -- ftth | adsl | lan
    port_state TEXT NOT NULL,            -- up | fault | down
    line_attenuation_db REAL NOT NULL, line_snr_db REAL NOT NULL, line_state TEXT NOT NULL,  -- good | poor
    rate_down_kbps INTEGER NOT NULL, rate_up_kbps INTEGER NOT NULL,
    actual_down_kbps INTEGER NOT NULL, actual_up_kbps INTEGER NOT NULL,
    session_limit INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS bims_account_subscriber ON bims_account(subscriber_id);

CREATE TABLE IF NOT EXISTS bims_session (
    id TEXT PRIMARY KEY, account TEXT NOT NULL, started_at TEXT NOT NULL, ip TEXT NOT NULL,
    mac TEXT NOT NULL, nas TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS bims_session_account ON bims_session(account);

CREATE TABLE IF NOT EXISTS bims_access_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, at TEXT NOT NULL,
    result TEXT NOT NULL,                -- success | failure
    radius_code TEXT,                    -- e.g. 691 (wrong password), 678, 691, 718, 769
    message TEXT NOT NULL, mac TEXT, nas TEXT);
CREATE INDEX IF NOT EXISTS bims_access_log_account ON bims_access_log(account, at);
"""

HLR = """
CREATE TABLE IF NOT EXISTS hlr_subscriber (
    number TEXT PRIMARY KEY, subscriber_id TEXT NOT NULL, imsi TEXT NOT NULL,
    state TEXT NOT NULL,                 -- active | barred_arrears | barred_request | barred_other
    state_reason TEXT, updated_at TEXT NOT NULL,
    data_profile_json TEXT NOT NULL DEFAULT '{}');   -- {"cdma1x": {...}, "evdo": {...}} as provisioned in the network
CREATE TABLE IF NOT EXISTS hlr_service (           -- add-on services as activated in the network
    number TEXT NOT NULL, code TEXT NOT NULL, active INTEGER NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (number, code));
CREATE TABLE IF NOT EXISTS hlr_vpn_member (
    number TEXT PRIMARY KEY, group_id TEXT NOT NULL, short_number TEXT NOT NULL, updated_at TEXT NOT NULL);
"""

AAA = """
CREATE TABLE IF NOT EXISTS aaa_account (
    username TEXT NOT NULL, kind TEXT NOT NULL,       -- cdma1x | evdo | wlan
    number TEXT NOT NULL, subscriber_id TEXT NOT NULL,
    state TEXT NOT NULL,                              -- active | disabled | missing
    password_hash TEXT NOT NULL, profile TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (username, kind));
CREATE INDEX IF NOT EXISTS aaa_account_number ON aaa_account(number);
CREATE TABLE IF NOT EXISTS aaa_access_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT, number TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL,
    result TEXT NOT NULL, error_code TEXT, message TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS aaa_access_log_number ON aaa_access_log(number, at);
"""

ISMP = """
CREATE TABLE IF NOT EXISTS ismp_subscription (
    id TEXT PRIMARY KEY, number TEXT NOT NULL, sp_code TEXT NOT NULL, sp_name TEXT NOT NULL,
    product_code TEXT NOT NULL, product_name TEXT NOT NULL, monthly_fee INTEGER NOT NULL,
    state TEXT NOT NULL,                               -- active | unsubscribed
    ordered_at TEXT NOT NULL, channel TEXT NOT NULL, unsubscribed_at TEXT);
CREATE INDEX IF NOT EXISTS ismp_subscription_number ON ismp_subscription(number);
"""

TICKETS = """
CREATE TABLE IF NOT EXISTS tickets_ticket (
    id TEXT PRIMARY KEY,                 -- T10000-00000001 | T112-00000001
    system TEXT NOT NULL,                -- 10000 | 112
    ticket_type TEXT NOT NULL,           -- consult | complaint | fault
    category TEXT NOT NULL, severity TEXT NOT NULL, priority INTEGER NOT NULL,
    status TEXT NOT NULL,                -- acknowledged | inProgress | resolved | closed | cancelled
    customer_id TEXT, number TEXT, description TEXT NOT NULL, contact_phone TEXT,
    callback_at TEXT, created_by TEXT NOT NULL, created_at TEXT NOT NULL, due_at TEXT NOT NULL,
    resolved_at TEXT, escalated INTEGER NOT NULL DEFAULT 0,
    pretreated INTEGER NOT NULL DEFAULT 0,             -- went through a pretreatment flow first
    closed_at_front_line INTEGER NOT NULL DEFAULT 0,   -- closed by the agent, not dispatched
    flow_run_id TEXT, event_id TEXT, satisfaction INTEGER, evidence_json TEXT NOT NULL DEFAULT '{}');
CREATE INDEX IF NOT EXISTS tickets_ticket_customer ON tickets_ticket(customer_id);
CREATE INDEX IF NOT EXISTS tickets_ticket_number ON tickets_ticket(number);
CREATE INDEX IF NOT EXISTS tickets_ticket_created ON tickets_ticket(created_at);
CREATE INDEX IF NOT EXISTS tickets_ticket_creator ON tickets_ticket(created_by);
CREATE TABLE IF NOT EXISTS tickets_note (
    id INTEGER PRIMARY KEY AUTOINCREMENT, ticket_id TEXT NOT NULL, author TEXT NOT NULL,
    at TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS tickets_note_ticket ON tickets_note(ticket_id);
CREATE TABLE IF NOT EXISTS tickets_status_change (
    id INTEGER PRIMARY KEY AUTOINCREMENT, ticket_id TEXT NOT NULL, at TEXT NOT NULL,
    status TEXT NOT NULL, by TEXT NOT NULL, note TEXT);
CREATE INDEX IF NOT EXISTS tickets_status_change_ticket ON tickets_status_change(ticket_id);
CREATE TABLE IF NOT EXISTS tickets_flow_run (      -- pretreatment run records reported by desks
    id TEXT PRIMARY KEY, flow_id TEXT NOT NULL, number TEXT, customer_id TEXT, agent TEXT NOT NULL,
    started_at TEXT NOT NULL, duration_ms INTEGER NOT NULL, outcome TEXT NOT NULL,
    ticket_id TEXT, steps_json TEXT NOT NULL DEFAULT '[]');
CREATE INDEX IF NOT EXISTS tickets_flow_run_started ON tickets_flow_run(started_at);
"""

KB = """
CREATE TABLE IF NOT EXISTS kb_catalogue (
    id TEXT PRIMARY KEY, parent_id TEXT, name TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS kb_article (
    id TEXT PRIMARY KEY, catalogue_id TEXT NOT NULL, title TEXT NOT NULL, keywords TEXT NOT NULL,
    body TEXT NOT NULL, flow_id TEXT, updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL);       -- a global, increasing change number: the feed's cursor
CREATE INDEX IF NOT EXISTS kb_article_version ON kb_article(version);
CREATE TABLE IF NOT EXISTS kb_announcement (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,
    priority TEXT NOT NULL,          -- normal | important | urgent
    publish_at TEXT NOT NULL, expire_at TEXT, author TEXT NOT NULL, created_at TEXT NOT NULL);
"""

EVENTS = """
-- service events: major incidents and planned cutovers, their history and the calls linked to them
CREATE TABLE IF NOT EXISTS events_event (
    id TEXT PRIMARY KEY,                 -- EV000001
    event_type TEXT NOT NULL,            -- incident | planned_cutover
    title TEXT NOT NULL, severity TEXT NOT NULL,        -- critical | major | minor
    status TEXT NOT NULL,                -- planned | active | resolved | cancelled
    scope_json TEXT NOT NULL,            -- {"cities":[],"districts":[],"accessPoints":[],"baseStations":[],"serviceTypes":[]}
    start_at TEXT NOT NULL, expected_end_at TEXT NOT NULL, original_expected_end_at TEXT NOT NULL,
    actual_end_at TEXT, public_zh TEXT NOT NULL, public_en TEXT NOT NULL, internal_note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_event_status ON events_event(status, start_at);
CREATE TABLE IF NOT EXISTS events_update (        -- the event's history: opening, every change, closing
    id INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, at TEXT NOT NULL, by TEXT NOT NULL,
    status TEXT NOT NULL, expected_end_at TEXT NOT NULL, changes_json TEXT NOT NULL DEFAULT '[]', note TEXT);
CREATE INDEX IF NOT EXISTS events_update_event ON events_update(event_id);
CREATE TABLE IF NOT EXISTS events_complaint (     -- a call registered against the event instead of a ticket
    id TEXT PRIMARY KEY, event_id TEXT NOT NULL, number TEXT NOT NULL, subscriber_id TEXT NOT NULL,
    customer_id TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', call_id TEXT, agent TEXT NOT NULL,
    team TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_complaint_event ON events_complaint(event_id, at);
CREATE INDEX IF NOT EXISTS events_complaint_number ON events_complaint(number);
"""

ALL = [CORE, CRM, BILLING, USAGE, BIMS, HLR, AAA, ISMP, TICKETS, KB, EVENTS]
