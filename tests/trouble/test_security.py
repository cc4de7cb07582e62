"""Security of a whole desk session: secrets stay in the keyring, personal data is masked in the log,
team-lead routes stay closed to agents (in the simulator and in the desk), and TLS is checked for real.

The session runs against its own simulator whose users have a distinctive password, so finding it (or a
token, or a broadband password the session set or received) anywhere on disk is unambiguous.
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
import trustme

from agentdesk.connectors.backoffice import BackOffice
from agentdesk.connectors.base import SystemClient
from agentdesk.connectors.config import BackendConfig, SystemEndpoint
from agentdesk.connectors.errors import ConnectorError
from agentdesk.services.errors import Unauthorised
from agentdesk.views.error_text import describe
from agentdesk.views.main_window import MainWindow
from backend_stub import StubConfig, StubServer
from backend_stub.auth import require_team_lead
from tests.support.aio import wait_until
from tests.trouble.conftest import shut_down, whole_desk

PASSWORD = "Zq7-Geheim-密码-5521"
NEW_BB_PASSWORD = "BbSecret77413q"
ADMIN = "trouble-admin-token"


@pytest.fixture(scope="module")
def secret_stub(tmp_path_factory):
    """A small simulator of its own whose seeded users sign in with ``PASSWORD``."""
    db = tmp_path_factory.mktemp("secret-stub") / "backend.sqlite"
    server = StubServer(
        StubConfig(db_path=db, customers=40, kb_articles=40, admin_token=ADMIN, demo_password=PASSWORD)
    )
    server.start()
    yield server
    server.stop()


def _admin(stub) -> httpx.Client:
    return httpx.Client(base_url=stub.url, headers={"X-Admin-Token": ADMIN}, timeout=30)


def _scenario(stub, fault: str) -> dict:
    with _admin(stub) as admin:
        r = admin.post("/admin/scenarios", json={"fault": fault})
        r.raise_for_status()
        return r.json()


def _files_under(*roots: Path) -> list[Path]:
    return [p for root in roots for p in sorted(root.rglob("*")) if p.is_file()]


def _found_in(secret: str, files: list[Path]) -> list[str]:
    """Files holding ``secret`` as UTF-8 or UTF-16 (the registry's encoding on Windows)."""
    forms = [secret.encode("utf-8"), secret.encode("utf-16-le")]
    return [str(p) for p in files if any(form in p.read_bytes() for form in forms)]


async def _open(window: MainWindow, text: str):
    """Search as the agent does (search box, Enter) and wait for the customer's tabs."""
    before = len(window.customer_workspaces())
    window.search.setText(text)
    window.search.search_requested.emit(text)
    await wait_until(lambda: len(window.customer_workspaces()) > before, timeout=20)
    workspace = window.customer_workspaces()[-1]
    await wait_until(lambda: workspace.scope is not None or workspace.status_label.text())  # load started
    await workspace.loaded()
    return workspace


def test_password_and_tokens_never_reach_logs_database_or_settings(
    secret_stub, run, qtbot, user_data_dir, settings_home, memory_keyring, desk_log
):
    bb = _scenario(secret_stub, "bb_wrong_password")
    mobile = _scenario(secret_stub, "healthy")
    later = _scenario(secret_stub, "healthy")
    secrets: dict[str, str] = {"password": PASSWORD, "changed broadband password": NEW_BB_PASSWORD}

    async def session() -> None:
        desk = await whole_desk(secret_stub.url, password=PASSWORD)
        await desk.session.sign_out()
        with pytest.raises(Unauthorised):
            await desk.session.sign_in("demo_agent", "wrong-" + PASSWORD)
        await desk.session.sign_in("demo_agent", PASSWORD, remember=True)
        secrets["first token"] = desk.backoffice.session.token
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.show()
        try:
            workspace = await _open(window, mobile["number"])
            assert await workspace.reveal("id_card")
            workspace = await _open(window, bb["number"])
            view, scope = workspace.view, workspace.scope
            reset = view.actions.reset_password(scope, bb["number"])
            reset.confirm()
            answer = await reset.run()
            assert answer.new_password, "a reset answers the new password for the customer's modem"
            secrets["reset broadband password"] = answer.new_password
            change = view.actions.change_password(scope, bb["number"], NEW_BB_PASSWORD)
            change.confirm()
            await change.run()
            # the sign-in expires: the desk asks again and signs in with a new token
            with _admin(secret_stub) as admin:
                admin.post("/admin/tokens/expire", json={"username": "demo_agent"}).raise_for_status()
            asked = []
            window.reauth_required.connect(lambda: asked.append(True))
            desk.backoffice.on_unauthorised(lambda _e: window.reauth_required.emit())
            window.refresh_current()
            await wait_until(lambda: asked, timeout=20)
            await desk.session.sign_in("demo_agent", PASSWORD, remember=True)
            secrets["second token"] = desk.backoffice.session.token
            await _open(window, later["number"])
        finally:
            await shut_down(desk, window)

    run(session())
    stored = set(memory_keyring.store.values())
    assert PASSWORD in stored and secrets["second token"] in stored, "the keyring is where they belong"
    files = _files_under(user_data_dir, settings_home)
    settings_files = [p for p in files if p.is_relative_to(settings_home)]
    assert any(b"demo_agent" in p.read_bytes() for p in settings_files), "the scan must see QSettings"
    assert any(p.name.startswith("agentdesk.sqlite") for p in files), "the scan must see the database"
    assert desk_log.text(), "the scan must see the log"
    leaks = {name: _found_in(value, files) for name, value in secrets.items()}
    assert leaks == {name: [] for name in secrets}, leaks
    assert "wrong-" + PASSWORD not in desk_log.text()


def test_personal_data_is_masked_in_the_log(secret_stub, run, qtbot, desk_log):
    made = _scenario(secret_stub, "healthy")

    async def session() -> dict:
        desk = await whole_desk(secret_stub.url, password=PASSWORD)
        customer = await desk.backoffice.crm.customer(made["customer_id"])
        numbers = {s.number for s in (await desk.backoffice.crm.subscribers(customer.id)).items}
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.show()
        try:
            workspace = await _open(window, customer.id_card)  # the agent searches by ID card number
            for field in ("id_card", "address", "contact_phone"):
                await workspace.reveal(field)
            if customer.contact_phone:
                window.start_search(customer.contact_phone)
                await asyncio.sleep(0.5)
        finally:
            await shut_down(desk, window)
        pii = {"id card": customer.id_card, "address": customer.address}
        if customer.contact_phone not in numbers:  # a service number is a look-up key, shown in clear
            pii["contact"] = customer.contact_phone
        return pii

    pii = run(session())
    text = desk_log.text()
    assert "signed in as demo_agent" in text, "the scan must see the log"
    leaked = {name: value for name, value in pii.items() if value and value in text}
    assert leaked == {}, f"personal data in clear in the log: {sorted(leaked)}"


# -- team-lead routes ------------------------------------------------------------------------------------
def _needs_team_lead(dependant) -> bool:
    return any(d.call is require_team_lead or _needs_team_lead(d) for d in dependant.dependencies)


def _api_routes(routes) -> list:
    """Every APIRoute, also inside included routers (FastAPI keeps those apart in newer versions)."""
    found = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        found += _api_routes(inner.routes) if inner is not None else [route]
    return found


def _team_lead_routes(app) -> list[tuple[str, str]]:
    routes = []
    for route in _api_routes(app.routes):
        dependant = getattr(route, "dependant", None)
        if dependant is not None and _needs_team_lead(dependant):
            path = route.path
            for name in route.param_convertors:
                path = path.replace("{" + name + "}", "X1")
            routes += [(method, path) for method in sorted(route.methods - {"HEAD", "OPTIONS"})]
    return routes


def test_an_agent_token_cannot_reach_team_lead_routes(stub_server, api, lead_api):
    routes = _team_lead_routes(stub_server.app)
    assert len(routes) >= 3, routes  # tickets statistics, knowledge publishing, service-event SLA at least
    for method, path in routes:
        as_agent = api.request(method, path, json={})
        assert as_agent.status_code == 403, (method, path, as_agent.status_code, as_agent.text[:200])
        body = as_agent.json()
        assert body.get("message") or body.get("reason"), body
        as_lead = lead_api.request(method, path, json={})
        assert as_lead.status_code != 403, (method, path, "a team lead is let through")


def test_the_desk_hides_team_lead_actions_from_agents(stub_server, run, qtbot):
    async def window_of(user: str) -> tuple[bool, set[str], object, MainWindow]:
        desk = await whole_desk(stub_server.url, user=user)
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.show()
        knowledge = window.docks["knowledge"].widget()
        await wait_until(lambda: hasattr(knowledge, "announcements"))
        window.docks["knowledge"].raise_()
        knowledge.tabs.setCurrentWidget(knowledge.announcements)
        await asyncio.sleep(0.2)
        return knowledge.announcements.write.isVisible(), set(window.docks), desk, window

    async def both() -> tuple:
        agent_sees, agent_panels, desk, window = await window_of("demo_agent")
        await shut_down(desk, window)
        lead_sees, lead_panels, desk, window = await window_of("demo_lead")
        await shut_down(desk, window)
        return agent_sees, agent_panels, lead_sees, lead_panels

    agent_sees, agent_panels, lead_sees, lead_panels = run(both())
    assert lead_sees, "a team lead can write an announcement"
    assert not agent_sees, "an agent never sees the announcement editor's button"
    assert "dashboard" in lead_panels, "a team lead has the team dashboard"
    assert "dashboard" not in agent_panels, "an agent's window has no team dashboard"
    assert agent_panels <= lead_panels


# -- TLS ------------------------------------------------------------------------------------------------
class _Json(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server name)
        body = json.dumps({"ok": True}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        return None


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    """A real HTTPS server on localhost with a certificate of a CA nobody trusts by default."""
    ca = trustme.CA()
    cert = ca.issue_cert("localhost", "127.0.0.1")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Json)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    ca_file = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    yield f"https://localhost:{server.server_address[1]}", ca_file
    server.shutdown()
    server.server_close()


def _client(url: str, **options) -> SystemClient:
    return SystemClient(SystemEndpoint(name="crm", base_url=url, retry_attempts=1, **options))


def test_an_untrusted_certificate_is_refused_with_a_readable_message(tls_server, run):
    url, ca_file = tls_server

    async def call(client: SystemClient):
        try:
            return await client.get("ping", parse=lambda body: body)
        finally:
            await client.aclose()

    with pytest.raises(ConnectorError) as refused:
        run(call(_client(url)))
    assert "certificate" in str(refused.value).lower() or "ssl" in str(refused.value).lower()
    assert describe(refused.value), "the agent gets a message"
    assert run(call(_client(url, ca_bundle=str(ca_file)))) == {"ok": True}, "the company CA is trusted"


def test_turning_verification_off_works_only_loudly(tls_server, run, caplog):
    url, _ca = tls_server
    caplog.set_level(logging.ERROR, logger="agentdesk")
    client = _client(url, insecure_skip_tls_verify=True)
    loud = [r for r in caplog.records if "VERIFICATION IS OFF" in r.getMessage()]
    assert loud and loud[0].levelno == logging.ERROR

    async def call():
        try:
            return await client.get("ping", parse=lambda body: body)
        finally:
            await client.aclose()

    assert run(call()) == {"ok": True}


def test_remote_back_ends_are_verified_by_default(run):
    office = BackOffice(BackendConfig.from_base_url("https://esb.example.cn/api"))
    try:
        for name, client in office.clients.items():
            assert client.endpoint.verify is True, name
            pool = client._http._transport._pool  # the SSL context httpx will really use
            assert pool._ssl_context.verify_mode == ssl.CERT_REQUIRED, name
            assert pool._ssl_context.check_hostname, name
    finally:
        run(office.aclose())
    with pytest.raises(ValueError, match="plain http"):
        BackendConfig.from_base_url("http://esb.example.cn/api")
