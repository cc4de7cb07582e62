"""Models of the Broadband tab: online sessions and login records (error codes explained in words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.broadband import AccessRecord, OnlineSession
from agentdesk.views.customer import wording
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

RED = "#c0392b"


def _t(text: str) -> str:
    return QCoreApplication.translate("BroadbandModel", text)


def _when(d) -> str:
    return d.astimezone().strftime("%Y-%m-%d %H:%M:%S") if d else ""


def sessions_model(parent=None) -> RecordTableModel:
    columns: list[Column[OnlineSession]] = [
        Column(_t("Online since"), lambda s: _when(s.started_at), sort=lambda s: s.started_at),
        Column(_t("IP address"), lambda s: s.ip),
        Column(_t("MAC"), lambda s: s.mac),
        Column(_t("Access server"), lambda s: s.nas),
    ]
    return RecordTableModel(columns, parent)


def access_meaning(r: AccessRecord) -> str:
    if not r.failed:
        return ""
    return wording.meaning(r.meaning or r.reason or r.message, r.meaning_zh)


def access_model(parent=None) -> RecordTableModel:
    red = lambda r: RED if r.failed else None  # noqa: E731
    columns: list[Column[AccessRecord]] = [
        Column(_t("Time"), lambda r: _when(r.at), sort=lambda r: r.at),
        Column(_t("Result"), lambda r: wording.state(r.result), foreground=red, bold=lambda r: r.failed),
        Column(_t("Code"), lambda r: r.radius_code or "", foreground=red),
        Column(_t("What it means"), access_meaning, tooltip=lambda r: r.message, foreground=red),
        Column(_t("MAC"), lambda r: r.mac or ""),
        Column(_t("Access server"), lambda r: r.nas or ""),
    ]
    return RecordTableModel(columns, parent)
