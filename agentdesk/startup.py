"""Start-up and shutdown of one desk session: back end, services, sign-in, window, self-check.

Kept apart from ``app.py`` so the order of things (and what happens on a 401 or a sign-out) is in one
readable place.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from agentdesk.connectors.config import BackendConfig
from agentdesk.demo_backend import DEMO_PASSWORD, DemoBackend
from agentdesk.features.wiring import signed_in_again, wire
from agentdesk.services.desk import Desk, build_desk
from agentdesk.services.errors import DeskError, Unauthorised
from agentdesk.services.settings import Settings
from agentdesk.views.error_text import describe
from agentdesk.views.login_dialog import LoginDialog
from agentdesk.views.main_window import MainWindow

log = logging.getLogger(__name__)

IDLE_TICK_S = 0.005
IDLE_QUIET_S = 0.05


async def wait_until_idle(tick_s: float = IDLE_TICK_S, quiet_s: float = IDLE_QUIET_S) -> float:
    """Wall-clock time at which the event loop became idle: from then on, ``quiet_s`` of short timer
    ticks each came back within 2 ms of their due time (nothing else was running). The bare-window
    floor of ``benchmarks/bare_window.py`` uses the same rule."""
    quiet_since: float | None = None
    quiet_for = 0.0
    while quiet_for < quiet_s:
        wall, t0 = time.time(), time.perf_counter()
        await asyncio.sleep(tick_s)
        elapsed = time.perf_counter() - t0
        if elapsed - tick_s < 0.002:
            quiet_since = wall if quiet_since is None else quiet_since
            quiet_for += elapsed
        else:
            quiet_since, quiet_for = None, 0.0
    return quiet_since if quiet_since is not None else time.time()


class DeskStartup:
    def __init__(self, app: QApplication, args: argparse.Namespace, settings: Settings):
        self.app = app
        self.args = args
        self.settings = settings
        self.demo_backend: DemoBackend | None = None  # the simulator's child process in demo mode
        self.desk: Desk | None = None
        self.window: MainWindow | None = None
        self._reauth_dialog: LoginDialog | None = None
        self._recent_task: asyncio.Future | None = None
        self._replacing_window = False
        self._asking_sign_in = False  # a sign-in dialog is (about to be) shown
        self._quit = asyncio.Event()
        app.aboutToQuit.connect(self._quit.set)
        # the sign-in dialog may be the only window for a moment: closing it must not end the desk
        app.setQuitOnLastWindowClosed(False)

    # -- pieces -------------------------------------------------------------------------------------
    async def backend_address(self) -> str:
        """The base URL of the back end, perhaps not serving yet (``backend_ready``): the demo back end's
        (its child process launched by ``cli`` before Qt was imported, or now), else the configuration's."""
        if self.args.demo and not self.args.backend:
            if self.demo_backend is None:
                self.demo_backend = getattr(self.args, "demo_backend", None) or DemoBackend.for_demo(
                    self.args.demo_customers
                )
            return await self.demo_backend.address()
        return self.args.backend or ""

    async def backend_ready(self) -> None:
        """Wait until the demo back end serves (nothing to wait for otherwise)."""
        if self.demo_backend is not None:
            url = await self.demo_backend.ready()
            log.info("demo back end (pid %s) serving %s", self.demo_backend.pid, url)

    async def start_backend(self) -> str:
        base_url = await self.backend_address()
        await self.backend_ready()
        return base_url

    def backend_config(self, base_url: str) -> BackendConfig:
        from agentdesk.app import backend_config_path

        path = backend_config_path(self.args, self.settings)
        if base_url:
            return BackendConfig.from_base_url(base_url)
        if path:
            return BackendConfig.load(path)
        raise SystemExit("no back end configured: use --demo, --backend URL or --config FILE")

    def build(self, base_url: str) -> Desk:
        config = self.backend_config(base_url)
        url = base_url or config.endpoint("auth").base_url
        self.desk = build_desk(config, self.settings, url)
        self.desk.backoffice.on_unauthorised(lambda _err: self.ask_sign_in_again())
        return self.desk

    def _plug_features(self, desk: Desk) -> None:
        """Features that landed register here; each is optional so the shell starts without them."""
        try:
            from agentdesk.features import plug_all
        except ImportError:
            return
        plug_all(desk)

    def open_window(self) -> MainWindow:
        assert self.desk is not None
        self._plug_features(self.desk)  # after sign-in: features keep per-agent data
        self.window = MainWindow(self.desk)
        self.window.reauth_required.connect(self.ask_sign_in_again)
        self.window.sign_out_requested.connect(lambda: asyncio.ensure_future(self.sign_out()))
        self.window.closed.connect(self._window_closed)
        wire(self.window, self.desk)
        self.window.show()
        self._recent_task = asyncio.ensure_future(self.window.load_recent())
        return self.window

    def _window_closed(self) -> None:
        if not self._replacing_window:  # the agent closed the workbench: the desk quits
            self._quit.set()

    async def _close_window(self, window: MainWindow) -> None:
        """Close a window; its panels finish what they hold (e.g. save a note being typed)."""
        window.close()
        for dock in window.docks.values():
            close = getattr(dock.widget(), "aclose", None)
            if close is not None:
                try:
                    await close()
                except Exception:
                    log.exception("closing a panel failed")

    async def replace_window(self) -> MainWindow:
        """Another agent signed in: the features keep per-agent data (notes and reminders have an owner,
        the dashboard is for team leads), so they are unplugged and plugged again for the new session,
        in a new window (the layout the previous window saved is restored)."""
        from agentdesk.features import unplug_all

        assert self.desk is not None
        old, self.window = self.window, None
        if old is not None:
            self._replacing_window = True
            try:
                await self._close_window(old)
            finally:
                self._replacing_window = False
            old.deleteLater()
        await unplug_all(self.desk)
        log.info("features plugged again for %s", self.desk.session.user.username)
        return self.open_window()

    async def _after_sign_in(self, previous_user: str | None) -> None:
        """The same agent again: the window stays as it was (customers, drafts). Someone else: a new
        window with the features plugged for them."""
        assert self.desk is not None and self.window is not None
        if self.desk.session.user.username != previous_user:
            await self.replace_window()
        else:
            self.window.show_agent()
            self.window.show()

    # -- sign-in ------------------------------------------------------------------------------------
    async def sign_in_with_dialog(self, parent=None) -> bool:
        """Show the sign-in dialog until the agent signs in (True) or cancels (False)."""
        assert self.desk is not None
        session = self.desk.session
        dialog = LoginDialog(session.backend_url, parent)
        dialog.set_remember_available(
            session.can_remember_password,
            QCoreApplication.translate(
                "LoginDialog",
                "This computer has no secure credential store (%1), so the desk will not remember "
                "your password.",
            ).replace("%1", self.desk.credentials.backend_description),
        )
        user = self.args.user or session.remembered_user()
        dialog.set_user(user)
        remembered = await session.remembered_password(user) if user else None
        if remembered:
            dialog.password.setText(remembered)
            dialog.remember.setChecked(True)
        result: asyncio.Future = asyncio.get_running_loop().create_future()

        async def attempt(name: str, password: str, remember: bool) -> None:
            dialog.set_busy(True)
            try:
                await session.sign_in(name, password, remember)
            except Unauthorised:
                dialog.show_error(QCoreApplication.translate("LoginDialog", "Wrong user name or password."))
            except DeskError as exc:
                dialog.show_error(describe(exc))
            else:
                if not result.done():
                    result.set_result(True)
                dialog.accept()
            finally:
                dialog.set_busy(False)

        dialog.sign_in_requested.connect(lambda n, p, r: asyncio.ensure_future(attempt(n, p, r)))
        dialog.finished.connect(
            lambda code: result.done() or result.set_result(code == QDialog.DialogCode.Accepted)
        )
        dialog.open()
        self._reauth_dialog = dialog
        try:
            return await result
        finally:
            self._reauth_dialog = None
            dialog.deleteLater()

    def ask_sign_in_again(self) -> None:
        """A 401: ask for the password again over the open window; tabs and drafts stay as they are
        (unless somebody else signs in: then the window is made again for them). The 401s of other
        requests meanwhile, or while an agent signs out and in, ask nothing more."""
        if self._asking_sign_in or self.window is None:
            return
        self._asking_sign_in = True

        async def again() -> None:
            assert self.desk is not None
            try:
                if await self._session_still_valid():
                    return
                previous = self.desk.session.user.username if self.desk.session.signed_in else None
                ok = await self.sign_in_with_dialog(self.window)
                if ok and self.window is not None:
                    signed_in_again(self.desk)
                    await self._after_sign_in(previous)
                    self.window.statusBar().showMessage(
                        QCoreApplication.translate("MainWindow", "Signed in again; retry what failed."), 8000
                    )
            finally:
                self._asking_sign_in = False

        asyncio.ensure_future(again())

    async def _session_still_valid(self) -> bool:
        """Whether the back end still accepts the current token: a 401 may answer a request sent before
        the last sign-in (e.g. while one agent signed out and the next signed in), which is no reason
        to ask for the password again."""
        assert self.desk is not None
        if not self.desk.session.signed_in:
            return False
        try:
            await self.desk.backoffice.auth.me()
        except Exception:  # refused, or not known: ask
            return False
        return True

    async def sign_out(self) -> None:
        if self.desk is None or self.window is None or self._asking_sign_in:
            return
        self._asking_sign_in = True
        try:
            previous = self.desk.session.user.username if self.desk.session.signed_in else None
            await self.desk.session.sign_out()
            self.window.hide()
            if await self.sign_in_with_dialog():
                await self._after_sign_in(previous)
            else:
                self.app.quit()
        finally:
            self._asking_sign_in = False

    # -- the two ways to run ------------------------------------------------------------------------
    async def run_interactive(self) -> int:
        desk = self.build(await self.backend_address())  # the demo back end boots meanwhile
        await self.backend_ready()
        if self.args.demo:
            await desk.session.sign_in(self.args.demo_as, DEMO_PASSWORD, remember=False)
        elif not await self.sign_in_with_dialog():
            return 1
        self.open_window()
        if getattr(self.args, "exit_when_idle", False):
            print(json.dumps(await self.idle_report()), flush=True)
            return 0
        await self._quit.wait()
        return 0

    async def idle_report(self) -> dict:
        """Hidden ``--exit-when-idle`` (the start-up benchmark): when the shown window first had nothing
        left to do, as wall-clock seconds, so a parent process can time "start to shown and idle"."""
        shown_at = time.time()
        if self._recent_task is not None:
            await asyncio.gather(self._recent_task, return_exceptions=True)
        return {"shown_at": shown_at, "idle_at": await wait_until_idle()}

    async def self_check(self) -> dict:
        """Start everything, load a demo customer, and say what worked and how long each step took."""
        steps: list[dict] = []
        t_all = time.perf_counter()

        async def step(name: str, coro_fn):
            t0 = time.perf_counter()
            try:
                detail = await coro_fn()
                steps.append(
                    {
                        "name": name,
                        "ok": True,
                        "ms": round((time.perf_counter() - t0) * 1000, 1),
                        **({"detail": detail} if detail else {}),
                    }
                )
                return True
            except Exception as exc:  # the report must say what failed, whatever it was
                log.exception("self-check step %s failed", name)
                steps.append(
                    {
                        "name": name,
                        "ok": False,
                        "ms": round((time.perf_counter() - t0) * 1000, 1),
                        "error": f"{type(exc).__name__}: {exc}",
                    }
                )
                return False

        base = {}

        async def backend():
            base["url"] = await self.start_backend()
            return base["url"]

        async def services():
            self.build(base["url"])
            return f"{len(self.desk.database.query('SELECT id FROM schema_migrations'))} migrations"

        async def sign_in():
            s = await self.desk.session.sign_in(self.args.demo_as, DEMO_PASSWORD, remember=False)
            return s.user.username

        async def window():
            w = self.open_window()
            for _ in range(5):
                await asyncio.sleep(0)
            return f"{w.width()}x{w.height()}"

        async def customer():
            number = await asyncio.to_thread(self._demo_number)
            matches = await self.desk.customers.find(number)
            if not matches:
                raise RuntimeError(f"demo customer {number} not found")
            workspace = self.window.open_customer(matches[0])
            await asyncio.wait_for(workspace.loaded(), 30)
            return number

        ok = await step("backend", backend)
        ok = ok and await step("services", services)
        ok = ok and await step("sign_in", sign_in)
        ok = ok and await step("main_window", window)
        ok = ok and await step("customer_view", customer)
        return {
            "ok": ok and all(s["ok"] for s in steps),
            "version": self._version(),
            "steps": steps,
            "total_ms": round((time.perf_counter() - t_all) * 1000, 1),
        }

    def _demo_number(self) -> str:
        """A healthy demo subscriber, read from the demo back end's database (read-only)."""
        if self.demo_backend is None:
            raise RuntimeError("the self-check needs --demo")
        import sqlite3

        con = sqlite3.connect(f"{self.demo_backend.db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute(
                "SELECT number FROM stub_scenario WHERE fault='healthy' ORDER BY created_at LIMIT 1"
            ).fetchone()
            row = row or con.execute("SELECT number FROM crm_subscriber ORDER BY id LIMIT 1").fetchone()
            return row[0]
        finally:
            con.close()

    @staticmethod
    def _version() -> str:
        from agentdesk import __version__

        return __version__

    async def shutdown(self) -> None:
        if self.window is not None:
            await self._close_window(self.window)
        if self.desk is not None:
            await self.desk.aclose()
        if self.demo_backend is not None:
            await asyncio.to_thread(self.demo_backend.stop)
