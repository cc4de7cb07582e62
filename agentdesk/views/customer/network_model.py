"""Models of the Network tab: CRM against the network, aspect by aspect (switch state, VPN, each wireless
data service in AAA and the HLR data profile), the services the HLR has, and AAA's access records."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.comparisons import Finding
from agentdesk.domain.network import NetworkService, WirelessAccessRecord
from agentdesk.views.customer import wording
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

MISMATCH_BG, RED, GREEN = "#fdecea", "#c0392b", "#1e7d32"


@dataclass(frozen=True)
class ComparisonRow:
    """One aspect: what CRM says, what the network has, whether it works, and the finding if they differ."""

    aspect: str
    crm: str
    network: str
    works: bool | None
    findings: tuple[Finding, ...] = ()
    kind: str | None = None  # the wireless kind of the row, for a sync of that kind only


def comparison_model(parent=None) -> RecordTableModel:
    bg = lambda r: MISMATCH_BG if r.findings else None  # noqa: E731

    def works(r: ComparisonRow) -> str:
        return (
            ""
            if r.works is None
            else (
                QCoreApplication.translate("NetworkModel", "works")
                if r.works
                else QCoreApplication.translate("NetworkModel", "does not work")
            )
        )

    def explain(r: ComparisonRow) -> str:
        return " ".join(wording.explain(f) for f in r.findings)

    columns: list[Column[ComparisonRow]] = [
        Column(
            QCoreApplication.translate("NetworkModel", "Aspect"),
            lambda r: r.aspect,
            background=bg,
            bold=lambda r: bool(r.findings),
        ),
        Column(QCoreApplication.translate("NetworkModel", "CRM (sold)"), lambda r: r.crm, background=bg),
        Column(
            QCoreApplication.translate("NetworkModel", "Network (the truth)"),
            lambda r: r.network,
            background=bg,
            foreground=lambda r: RED if r.findings else None,
        ),
        Column(
            QCoreApplication.translate("NetworkModel", "In the network"),
            works,
            background=bg,
            foreground=lambda r: None if r.works is None else (GREEN if r.works else RED),
        ),
        Column(
            QCoreApplication.translate("NetworkModel", "Explanation"), explain, tooltip=explain, background=bg
        ),
    ]
    return RecordTableModel(columns, parent)


def services_model(parent=None) -> RecordTableModel:
    columns: list[Column[NetworkService]] = [
        Column(QCoreApplication.translate("NetworkModel", "Service in the HLR"), lambda s: s.name),
        Column(QCoreApplication.translate("NetworkModel", "Code"), lambda s: s.code),
        Column(
            QCoreApplication.translate("NetworkModel", "State"),
            lambda s: wording.state("active" if s.active else "inactive"),
            foreground=lambda s: None if s.active else RED,
        ),
    ]
    return RecordTableModel(columns, parent)


def aaa_log_model(parent=None) -> RecordTableModel:
    red = lambda r: RED if r.result != "success" else None  # noqa: E731
    columns: list[Column[WirelessAccessRecord]] = [
        Column(
            QCoreApplication.translate("NetworkModel", "Time"),
            lambda r: r.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            sort=lambda r: r.at,
        ),
        Column(QCoreApplication.translate("NetworkModel", "Service"), lambda r: wording.wireless(r.kind)),
        Column(
            QCoreApplication.translate("NetworkModel", "Result"),
            lambda r: wording.state(r.result),
            foreground=red,
        ),
        Column(
            QCoreApplication.translate("NetworkModel", "Code"), lambda r: r.error_code or "", foreground=red
        ),
        Column(
            QCoreApplication.translate("NetworkModel", "What it means"),
            lambda r: wording.meaning(r.meaning, r.meaning_zh) if r.error_code else "",
            tooltip=lambda r: r.hint or r.message,
        ),
    ]
    return RecordTableModel(columns, parent)
