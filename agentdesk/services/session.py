"""Sign-in: who is at the desk, the token every call carries, and what to do when it expires.

The password is only ever handed to the back end and, when the agent asks and the OS has a secure
credential store, to that store; the token lives in memory and in that store. Nothing else keeps either.
"""

from __future__ import annotations

import logging

from agentdesk.connectors.backoffice import BackOffice
from agentdesk.domain.session import AgentUser, Session
from agentdesk.services.secrets import CredentialStore, CredentialStoreError
from agentdesk.services.settings import REMEMBER_ME, REMEMBERED_USER, Settings

log = logging.getLogger(__name__)


class SessionService:
    def __init__(self, backoffice: BackOffice, credentials: CredentialStore, settings: Settings, backend_url: str):
        self.backoffice = backoffice
        self.credentials = credentials
        self.settings = settings
        self.backend_url = backend_url
        self._session: Session | None = None

    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def signed_in(self) -> bool:
        return self._session is not None

    @property
    def user(self) -> AgentUser:
        if self._session is None:
            raise RuntimeError("nobody is signed in")
        return self._session.user

    @property
    def is_team_lead(self) -> bool:
        return bool(self._session and self._session.is_team_lead)

    @property
    def can_remember_password(self) -> bool:
        return self.credentials.secure

    def remembered_user(self) -> str:
        return self.settings.get(REMEMBERED_USER)

    async def remembered_password(self, user: str) -> str | None:
        if not (self.credentials.secure and self.settings.get(REMEMBER_ME) and user):
            return None
        return await self.credentials.aget_password(self.backend_url, user)

    async def sign_in(self, user: str, password: str, remember: bool = False) -> Session:
        """Raises ``Unauthorised`` for a wrong password and other ConnectorErrors when the back end fails."""
        session = await self.backoffice.login(user, password)
        self._session = session
        await self.credentials.asave_token(self.backend_url, user, session.token)
        self.settings.set(REMEMBERED_USER, user)
        if remember and self.credentials.secure:
            try:
                await self.credentials.aremember_password(self.backend_url, user, password)
                self.settings.set(REMEMBER_ME, True)
            except CredentialStoreError:  # locked or failing store: sign-in still works
                self.settings.set(REMEMBER_ME, False)
        elif not remember:
            self.settings.set(REMEMBER_ME, False)
            await self.credentials.aforget_password(self.backend_url, user)
        log.info("signed in as %s (%s)", session.user.username, ",".join(session.roles))
        return session

    async def sign_out(self) -> None:
        user = self._session.user.username if self._session else None
        try:
            await self.backoffice.logout()
        finally:
            self._session = None
            if user:
                await self.credentials.adelete_token(self.backend_url, user)
