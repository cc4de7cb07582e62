"""Model of the Offers tab: one row per discount, beside the sales product (bundle or base) it belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.products import Offer, SalesProduct, Validity
from agentdesk.views.customer import wording
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

GREY = "#888888"


def _t(text: str) -> str:
    return QCoreApplication.translate("OffersModel", text)


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
    end = v.end.astimezone().strftime("%Y-%m-%d") if v.end else _t("open-ended")
    return f"{start} – {end}"


def _discount(o: Offer | None) -> str:
    if o is None:
        return ""
    value = o.discount_value
    if o.discount_type == "percent":
        return _t("%1% off").replace("%1", str(value))
    if o.discount_type == "amount":
        try:
            return _t("%1 off").replace("%1", wording.money(int(value)))
        except ValueError:
            return str(value)
    if o.discount_type == "free_minutes":
        return _t("%1 free minutes").replace("%1", str(value))
    if o.discount_type == "free_data":
        return _t("%1 MB free data").replace("%1", str(value))
    return f"{wording.term(o.discount_type)} {value}"


def offers_model(parent=None) -> RecordTableModel:
    grey = lambda r: None if r.valid_now else GREY  # noqa: E731

    def attributes(r: OfferRow) -> str:
        return ", ".join(f"{k}={v}" for k, v in (r.offer.attributes if r.offer else {}).items())

    columns = [
        Column(
            _t("Sales product"), lambda r: r.product.name, bold=lambda r: r.product.is_bundle, foreground=grey
        ),
        Column(_t("Kind"), lambda r: wording.term(r.product.kind), foreground=grey),
        Column(_t("Number"), lambda r: r.product.number or "", foreground=grey),
        Column(
            _t("Monthly fee"),
            lambda r: wording.money(r.product.monthly_fee),
            sort=lambda r: r.product.monthly_fee,
            align_right=True,
            foreground=grey,
        ),
        Column(_t("Offer"), lambda r: r.offer.name if r.offer else _t("(no offer)"), foreground=grey),
        Column(_t("Discount"), lambda r: _discount(r.offer), foreground=grey),
        Column(
            _t("Valid"),
            lambda r: _validity(r.offer.valid_for if r.offer else r.product.valid_for),
            foreground=grey,
        ),
        Column(_t("In force"), lambda r: _t("yes") if r.valid_now else _t("expired"), foreground=grey),
        Column(_t("Attributes"), attributes, tooltip=attributes, foreground=grey),
    ]
    return RecordTableModel(columns, parent)
