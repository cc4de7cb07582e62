"""Models of the Charges tab: charge lines and totals per account-item type. Categories customers most
often dispute (roaming, value-added services, long distance, one-time charges) show their amounts in red."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.billing import Charge
from agentdesk.views.customer import wording
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

DISPUTED_ITEM_TYPES = frozenset({"roaming", "vas", "long_distance", "other"})
DISPUTED_CHARGE_TYPES = frozenset({"one_time"})
RED, GREEN = "#c0392b", "#1e7d32"


def amount_colour(item_type: str, charge_type: str | None, amount: int) -> str | None:
    if amount < 0 or charge_type == "discount":
        return GREEN
    if item_type in DISPUTED_ITEM_TYPES or charge_type in DISPUTED_CHARGE_TYPES:
        return RED
    return None


def charges_model(parent=None) -> RecordTableModel:
    colour = lambda c: amount_colour(c.item_type, c.charge_type, c.amount)  # noqa: E731
    columns = [
        Column(QCoreApplication.translate("ChargesModel", "Month"), lambda c: c.month),
        Column(QCoreApplication.translate("ChargesModel", "Number"), lambda c: c.number),
        Column(
            QCoreApplication.translate("ChargesModel", "Account-item type"),
            lambda c: wording.item_type(c.item_type),
            foreground=colour,
        ),
        Column(
            QCoreApplication.translate("ChargesModel", "Charge type"),
            lambda c: wording.charge_type(c.charge_type),
        ),
        Column(
            QCoreApplication.translate("ChargesModel", "Amount"),
            lambda c: wording.money(c.amount),
            sort=lambda c: c.amount,
            align_right=True,
            foreground=colour,
            bold=lambda c: colour(c) == RED,
        ),
        Column(
            QCoreApplication.translate("ChargesModel", "Description"),
            lambda c: c.description,
            tooltip=lambda c: c.description,
        ),
    ]
    return RecordTableModel(columns, parent)


def totals_model(parent=None) -> RecordTableModel:
    """Rows are (item type, amount) pairs."""
    colour = lambda r: amount_colour(r[0], None, r[1])  # noqa: E731
    columns = [
        Column(
            QCoreApplication.translate("ChargesModel", "Account-item type"),
            lambda r: wording.item_type(r[0]),
            foreground=colour,
        ),
        Column(
            QCoreApplication.translate("ChargesModel", "Total"),
            lambda r: wording.money(r[1]),
            sort=lambda r: r[1],
            align_right=True,
            foreground=colour,
            bold=lambda r: colour(r) == RED,
        ),
    ]
    return RecordTableModel(columns, parent)


def sorted_totals(totals: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(totals.items(), key=lambda kv: -abs(kv[1]))


__all__ = ["Charge", "charges_model", "sorted_totals", "totals_model"]
