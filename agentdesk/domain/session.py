"""Who is signed in: the agent, the roles that decide what the desk shows, and the session token."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

ROLE_AGENT = "agent"
ROLE_TEAM_LEAD = "team_lead"


@dataclass(frozen=True)
class AgentUser:
    username: str
    display_name: str
    role: str  # agent | team_lead
    team: str
    region: str

    @property
    def is_team_lead(self) -> bool:
        return self.role == ROLE_TEAM_LEAD


@dataclass(frozen=True)
class Session:
    """A sign-in. The token is a secret: it never appears in ``repr`` (and so never in a log)."""

    token: str = field(repr=False)
    expires_at: datetime
    roles: tuple[str, ...]
    user: AgentUser

    def has_role(self, role: str) -> bool:
        return role in self.roles

    @property
    def is_team_lead(self) -> bool:
        return ROLE_TEAM_LEAD in self.roles

    def expired(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(UTC)) >= self.expires_at
