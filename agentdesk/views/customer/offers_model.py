"""Model of the Offers tab: one row per discount, beside the sales product (bundle or base) it belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.products import Offer, SalesProduct, Validity
from agentdesk.views.customer import wording
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

GREY = "#888888"


@dataclass(frozen=True)
class OfferRow:
    product: SalesProduct
    offer: Offer | None  # None: a product without discounts

    @property
    def valid_now(self) -> bool:
        validity = self.offer.valid_for if self.offer else self.product.valid_for
        return validity.covers(datetime.now(UTC))


def offer_rows(products) -> list[OfferRow]:
    ordered = sorted(products, key=lambda p: (not p.is_bundle, p.number or "", p.name))
    return [OfferRow(p, o) for p in ordered for o in (p.offers or (None,))]


def _validity(v: Validity) -> str:
    start = v.start.astimezone().strftime("%Y-%m-%d") if v.start else ""
    end = (
        v.end.astimezone().strftime("%Y-%m-%d")
        if v.end
        else QCoreApplication.translate("OffersModel", "open-ended")
    )
    return f"{start} – {end}"


def _discount(o: Offer | None) -> str:
    if o is None:
        return ""
    value = o.discount_value
    if o.discount_type == "percent":
        return QCoreApplication.translate("OffersModel", "%1% off").replace("%1", str(value))
    if o.discount_type == "amount":
        try:
            return QCoreApplication.translate("OffersModel", "%1 off").replace(
                "%1", wording.money(int(value))
            )
        except ValueError:
            return str(value)
    if o.discount_type == "free_minutes":
        return QCoreApplication.translate("OffersModel", "%1 free minutes").replace("%1", str(value))
    if o.discount_type == "free_data":
        return QCoreApplication.translate("OffersModel", "%1 MB free data").replace("%1", str(value))
    return f"{wording.term(o.discount_type)} {value}"


def offers_model(parent=None) -> RecordTableModel:
    grey = lambda r: None if r.valid_now else GREY  # noqa: E731

    def attributes(r: OfferRow) -> str:
        return ", ".join(f"{k}={v}" for k, v in (r.offer.attributes if r.offer else {}).items())

    columns = [
        Column(
            QCoreApplication.translate("OffersModel", "Sales product"),
            lambda r: r.product.name,
            bold=lambda r: r.product.is_bundle,
            foreground=grey,
        ),
        Column(
            QCoreApplication.translate("OffersModel", "Kind"),
            lambda r: wording.term(r.product.kind),
            foreground=grey,
        ),
        Column(
            QCoreApplication.translate("OffersModel", "Number"),
            lambda r: r.product.number or "",
            foreground=grey,
        ),
        Column(
            QCoreApplication.translate("OffersModel", "Monthly fee"),
            lambda r: wording.money(r.product.monthly_fee),
            sort=lambda r: r.product.monthly_fee,
            align_right=True,
            foreground=grey,
        ),
        Column(
            QCoreApplication.translate("OffersModel", "Offer"),
            lambda r: r.offer.name if r.offer else QCoreApplication.translate("OffersModel", "(no offer)"),
            foreground=grey,
        ),
        Column(
            QCoreApplication.translate("OffersModel", "Discount"),
            lambda r: _discount(r.offer),
            foreground=grey,
        ),
        Column(
            QCoreApplication.translate("OffersModel", "Valid"),
            lambda r: _validity(r.offer.valid_for if r.offer else r.product.valid_for),
            foreground=grey,
        ),
        Column(
            QCoreApplication.translate("OffersModel", "In force"),
            lambda r: (
                QCoreApplication.translate("OffersModel", "yes")
                if r.valid_now
                else QCoreApplication.translate("OffersModel", "expired")
            ),
            foreground=grey,
        ),
        Column(
            QCoreApplication.translate("OffersModel", "Attributes"),
            attributes,
            tooltip=attributes,
            foreground=grey,
        ),
    ]
    return RecordTableModel(columns, parent)
