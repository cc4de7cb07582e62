"""A signed-in desk on the session's simulator with fast retries, for customer-view tests."""

from __future__ import annotations

from agentdesk.connectors.config import BackendConfig
from agentdesk.services.desk import build_desk
from agentdesk.services.settings import Settings


async def signed_in_desk_on(url: str, user: str = "demo_agent", **endpoint_options):
    """Build the desk as the app does (retries fast unless told otherwise) and sign in."""
    options = {"retry_backoff_s": 0.01, **endpoint_options}
    desk = build_desk(BackendConfig.from_base_url(url, **options), Settings(), url)
    await desk.session.sign_in(user, "demo")
    return desk
