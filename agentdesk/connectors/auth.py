"""Sign-in against the operator's authentication service: password -> bearer token and roles."""

from __future__ import annotations

from typing import Any

from agentdesk.connectors.base import SystemClient
from agentdesk.connectors.errors import Unauthorised
from agentdesk.connectors.parsing import Fields
from agentdesk.domain.session import AgentUser, Session

SYSTEM = "auth"


def parse_user(f: Fields) -> AgentUser:
    return AgentUser(
        username=f.req_str("username"),
        display_name=f.str_or("display_name", f.req_str("username")),
        role=f.req_str("role"),
        team=f.str_or("team"),
        region=f.str_or("region"),
    )


def parse_session(body: Any) -> Session:
    f = Fields(body, SYSTEM, "login")
    roles = f.strs("roles")
    user = parse_user(f.req_obj("user"))
    return Session(
        token=f.req_str("token"),
        expires_at=f.req_dt("expires_at"),
        roles=roles or (user.role,),
        user=user,
    )


PARSERS = {"session": parse_session, "user": lambda body: parse_user(Fields(body, SYSTEM, "me"))}


class AuthConnector:
    """``login`` is one attempt, never retried (a wrong password must not count twice)."""

    def __init__(self, client: SystemClient) -> None:
        self.client = client

    async def login(self, username: str, password: str) -> Session:
        """Raises :class:`Unauthorised` for a wrong user name or password."""
        reply = await self.client.send_once(
            "POST",
            "login",
            json_body={"username": username, "password": password},
            parse=parse_session,
            authorised=False,
        )
        return reply.value

    async def me(self) -> AgentUser:
        """Who the current token belongs to; :class:`Unauthorised` when it has expired."""
        return await self.client.get("me", parse=lambda body: parse_user(Fields(body, SYSTEM, "me")))

    async def logout(self) -> None:
        """Ends the session on the server; an already-expired token is not an error."""
        try:
            await self.client.send_once("POST", "logout", parse=lambda _body: None)
        except Unauthorised:
            pass
