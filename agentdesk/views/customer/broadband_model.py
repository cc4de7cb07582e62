"""Models of the Broadband tab: online sessions and login records (error codes explained in words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.broadband import AccessRecord, OnlineSession
from agentdesk.views.customer import wording
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

RED = "#c0392b"


def _when(d) -> str:
    return d.astimezone().strftime("%Y-%m-%d %H:%M:%S") if d else ""


def sessions_model(parent=None) -> RecordTableModel:
    columns: list[Column[OnlineSession]] = [
        Column(
            QCoreApplication.translate("BroadbandModel", "Online since"),
            lambda s: _when(s.started_at),
            sort=lambda s: s.started_at,
        ),
        Column(QCoreApplication.translate("BroadbandModel", "IP address"), lambda s: s.ip),
        Column(QCoreApplication.translate("BroadbandModel", "MAC"), lambda s: s.mac),
        Column(QCoreApplication.translate("BroadbandModel", "Access server"), lambda s: s.nas),
    ]
    return RecordTableModel(columns, parent)


def access_meaning(r: AccessRecord) -> str:
    if not r.failed:
        return ""
    return wording.meaning(r.meaning or r.reason or r.message, r.meaning_zh)


def access_model(parent=None) -> RecordTableModel:
    red = lambda r: RED if r.failed else None  # noqa: E731
    columns: list[Column[AccessRecord]] = [
        Column(
            QCoreApplication.translate("BroadbandModel", "Time"), lambda r: _when(r.at), sort=lambda r: r.at
        ),
        Column(
            QCoreApplication.translate("BroadbandModel", "Result"),
            lambda r: wording.state(r.result),
            foreground=red,
            bold=lambda r: r.failed,
        ),
        Column(
            QCoreApplication.translate("BroadbandModel", "Code"),
            lambda r: r.radius_code or "",
            foreground=red,
        ),
        Column(
            QCoreApplication.translate("BroadbandModel", "What it means"),
            access_meaning,
            tooltip=lambda r: r.message,
            foreground=red,
        ),
        Column(QCoreApplication.translate("BroadbandModel", "MAC"), lambda r: r.mac or ""),
        Column(QCoreApplication.translate("BroadbandModel", "Access server"), lambda r: r.nas or ""),
    ]
    return RecordTableModel(columns, parent)
