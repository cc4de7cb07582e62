"""Agent sign-in: user name and password give a bearer token and roles.

Every route except /health, /auth/login and the OpenAPI documents needs the token; a team-lead route
refuses an agent token with 403.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from backend_stub.context import StubContext, get_ctx
from backend_stub.db import Database, iso, now_iso, parse_iso, utcnow
from backend_stub.errors import StubError

router = APIRouter(prefix="/auth", tags=["auth"])

_ITERATIONS = 20_000


def hash_password(password: str, salt: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), _ITERATIONS).hex()


def create_user(db: Database, username: str, display_name: str, role: str, team: str, region: str, password: str):
    salt = secrets.token_hex(8)
    db.execute(
        "INSERT OR REPLACE INTO auth_user VALUES (?,?,?,?,?,?,?)",
        (username, display_name, role, team, region, hash_password(password, salt), salt),
    )


class User(BaseModel):
    username: str
    display_name: str
    role: str
    team: str
    region: str

    @property
    def is_team_lead(self) -> bool:
        return self.role == "team_lead"


class LoginRequest(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class LoginResponse(BaseModel):
    token: str
    expires_at: str
    roles: list[str]
    user: User


def _unauthorised(message: str) -> StubError:
    return StubError(401, "unauthorised", message)


@router.post("/login", response_model=LoginResponse)
def login(body: LoginRequest, ctx: StubContext = Depends(get_ctx)) -> LoginResponse:
    row = ctx.db.one("SELECT * FROM auth_user WHERE username=?", (body.username,))
    if not row or not hmac.compare_digest(row["password_hash"], hash_password(body.password, row["salt"])):
        raise _unauthorised("wrong user name or password")
    token = secrets.token_urlsafe(32)
    expires = utcnow() + timedelta(seconds=ctx.config.token_ttl_s)
    ctx.db.execute("INSERT INTO auth_token VALUES (?,?,?,?)", (token, row["username"], now_iso(), iso(expires)))
    user = User(**{k: row[k] for k in User.model_fields})
    roles = ["agent", "team_lead"] if user.is_team_lead else ["agent"]
    return LoginResponse(token=token, expires_at=iso(expires), roles=roles, user=user)


def current_user(request: Request, ctx: StubContext = Depends(get_ctx)) -> User:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise _unauthorised("sign-in required: missing bearer token")
    row = ctx.db.one(
        "SELECT u.*, t.expires_at FROM auth_token t JOIN auth_user u ON u.username=t.username WHERE t.token=?",
        (token.strip(),),
    )
    if not row:
        raise _unauthorised("sign-in required: unknown token")
    if parse_iso(row["expires_at"]) <= utcnow():
        raise _unauthorised("sign-in expired")
    return User(**{k: row[k] for k in User.model_fields})


def require_team_lead(user: User = Depends(current_user)) -> User:
    if not user.is_team_lead:
        raise StubError(403, "forbidden", "this operation is for team leads only")
    return user


@router.get("/me", response_model=User)
def me(user: User = Depends(current_user)) -> User:
    return user


@router.post("/logout", status_code=204)
def logout(request: Request, user: User = Depends(current_user), ctx: StubContext = Depends(get_ctx)) -> None:
    token = request.headers.get("authorization", "").partition(" ")[2].strip()
    ctx.db.execute("DELETE FROM auth_token WHERE token=?", (token,))


def require_admin(request: Request, ctx: StubContext = Depends(get_ctx)) -> None:
    given = request.headers.get("x-admin-token", "")
    if not hmac.compare_digest(given.encode(), ctx.config.admin_token.encode()):
        raise StubError(401, "unauthorised", "admin token required (header X-Admin-Token)")


def expire_tokens_of(db: Database, username: str) -> None:
    """Admin helper: make every token of a user expire now (tests the desk's 401 handling)."""
    db.execute("UPDATE auth_token SET expires_at=? WHERE username=?", (now_iso(), username))
