"""CRM (TMF629/637/622): customers and their contracts, subscribers, sales products with offers,
add-ons, VPN membership, CRM's VAS records, orders and marketing hints. Read-only: CRM is the truth
of what was sold, and the other systems' ``syncFromCrm`` copy from it."""

from __future__ import annotations

from typing import Any

from agentdesk.connectors.base import SystemClient
from agentdesk.connectors.common import get_page, seg
from agentdesk.connectors.parsing import Fields, as_list
from agentdesk.domain.common import Page
from agentdesk.domain.customer import (
    AccountRef,
    ContactMedium,
    Contract,
    CrmVpnMembership,
    Customer,
    MarketingHint,
    ProductRef,
    Subscriber,
)
from agentdesk.domain.orders import Order, OrderFee, OrderOffer, OrderStep
from agentdesk.domain.products import AddOn, CrmVasRecord, Offer, SalesProduct, Validity
from agentdesk.domain.validation import SearchKind, SearchQuery

SYSTEM = "crm"
_MEDIUM_VALUE = ("phoneNumber", "emailAddress", "number", "value")


def _contact(f: Fields) -> ContactMedium:
    kind = f.req_str("mediumType")
    ch = f.opt_obj("characteristic")
    value = next((ch.req_str(k) for k in _MEDIUM_VALUE if ch is not None and ch.has(k)), None)
    if value is None:
        raise f.bad("characteristic", "a phone number or e-mail address")
    return ContactMedium(medium_type=kind, value=value, preferred=bool(f.opt_bool("preferred", False)))


def _customer(f: Fields) -> Customer:
    manager = f.opt_obj("manager")
    return Customer(
        id=f.req_str("id"),
        name=f.req_str("name"),
        customer_type=f.str_or("customerType", "individual"),
        status=f.str_or("status", "active"),
        level=f.str_or("level", "normal"),
        credit_class=f.str_or("creditClass"),
        id_card=f.str_or("idCard"),
        address=f.str_or("address"),
        city=f.str_or("city"),
        district=f.str_or("district"),
        contacts=f.each("contactMedium", _contact),
        manager_name=manager.opt_str("name") if manager else None,
        manager_phone=manager.opt_str("phone") if manager else None,
        created_at=f.opt_dt("createdAt"),
        accounts=f.each(
            "account",
            lambda a: AccountRef(
                id=a.req_str("id"),
                contract_no=a.req_str("contractNo"),
                payment_method=a.opt_str("paymentMethod"),
            ),
        ),
    )


def _contract(f: Fields) -> Contract:
    return Contract(
        id=f.req_str("id"),
        contract_no=f.req_str("contractNo"),
        customer_id=f.req_str("customerId"),
        name=f.str_or("name"),
        payment_method=f.str_or("paymentMethod"),
        bill_cycle_day=f.opt_int("billCycleDay", 1) or 1,
        created_at=f.opt_dt("createdAt"),
        numbers=f.strs("numbers"),
    )


def _subscriber(f: Fields) -> Subscriber:
    p = f.opt_obj("product")
    return Subscriber(
        id=f.req_str("id"),
        customer_id=f.req_str("customerId"),
        account_id=f.req_str("accountId"),
        contract_no=f.opt_str("contractNo"),
        service_type=f.req_str("serviceType"),
        number=f.req_str("number"),
        status=f.req_str("status"),
        status_reason=f.opt_str("statusReason"),
        activated_at=f.opt_dt("activatedAt"),
        city=f.str_or("city"),
        district=f.str_or("district"),
        access_point=f.opt_str("accessPoint"),
        wireless_services=f.strs("wirelessServices"),
        product=(
            ProductRef(
                id=p.req_str("id"),
                name=p.req_str("name"),
                is_bundle=bool(p.opt_bool("isBundle", False)),
                monthly_fee=p.req_int("monthlyFee"),
            )
            if p is not None
            else None
        ),  # fmt: skip
    )


def _validity(f: Fields) -> Validity:
    v = f.opt_obj("validFor")
    if v is None:
        return Validity(None)
    return Validity(start=v.opt_dt("startDateTime"), end=v.opt_dt("endDateTime"))


def _offer(f: Fields) -> Offer:
    value = f.raw("discountValue")
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise f.bad("discountValue", "a number or text")
    return Offer(
        id=f.req_str("id"),
        name=f.req_str("name"),
        discount_type=f.req_str("discountType"),
        discount_value=str(value),
        attributes=f.mapping("attributes"),
        valid_for=_validity(f),
    )


def _product(f: Fields) -> SalesProduct:
    kind = f.opt_str("kind") or ("bundle" if f.opt_bool("isBundle", False) else "base")
    return SalesProduct(
        id=f.req_str("id"),
        name=f.req_str("name"),
        kind=kind,
        status=f.req_str("status"),
        subscriber_id=f.req_str("subscriberId"),
        number=f.opt_str("number"),
        monthly_fee=f.req_int("monthlyFee"),
        valid_for=_validity(f),
        offers=f.each("offer", _offer),
    )


def _addon(f: Fields) -> AddOn:
    return AddOn(
        id=f.req_str("id"),
        code=f.req_str("code"),
        name=f.str_or("name", f.req_str("code")),
        status=f.req_str("status"),
        start_date=f.opt_dt("startDate"),
        monthly_fee=f.opt_int("monthlyFee", 0) or 0,
        attributes=f.mapping("attributes"),
    )


def _vas(f: Fields) -> CrmVasRecord:
    return CrmVasRecord(
        id=f.req_str("id"),
        sp_code=f.req_str("spCode"),
        sp_name=f.str_or("spName"),
        product_code=f.req_str("productCode"),
        product_name=f.str_or("productName", f.req_str("productCode")),
        monthly_fee=f.req_int("monthlyFee"),
        status=f.req_str("status"),
        ordered_at=f.opt_dt("orderedAt"),
        channel=f.str_or("channel"),
        unsubscribed_at=f.opt_dt("unsubscribedAt"),
    )


def _step(f: Fields) -> OrderStep:
    return OrderStep(
        name=f.req_str("name"),
        unit=f.str_or("unit"),
        state=f.req_str("state"),
        at=f.opt_dt("at"),
        note=f.opt_str("note"),
        abnormal=bool(f.opt_bool("abnormal", False)),
    )


def _order(f: Fields) -> Order:
    acceptance = f.opt_obj("acceptance")
    contact = f.opt_obj("contact")
    return Order(
        id=f.req_str("id"),
        customer_id=f.req_str("customerId"),
        subscriber_id=f.opt_str("subscriberId"),
        number=f.opt_str("number"),
        order_type=f.req_str("orderType"),
        order_type_name=f.str_or("orderTypeName"),
        description=f.str_or("description"),
        state=f.req_str("state"),
        order_date=f.opt_dt("orderDate"),
        completion_date=f.opt_dt("completionDate"),
        accepted_at=acceptance.opt_dt("acceptedAt") if acceptance else None,
        accepted_by=acceptance.opt_str("acceptedBy") if acceptance else None,
        channel=acceptance.opt_str("channel") if acceptance else None,
        contact_name=contact.opt_str("name") if contact else None,
        contact_phone=contact.opt_str("phone") if contact else None,
        steps=f.each("steps", _step),
        fees=f.each(
            "fees",
            lambda x: OrderFee(name=x.req_str("name"), amount=x.req_int("amount"), state=x.str_or("state")),
        ),
        offers=f.each("offers", lambda x: OrderOffer(id=x.req_str("id"), name=x.str_or("name"))),
    )


def _hint(f: Fields) -> MarketingHint:
    return MarketingHint(
        id=f.req_str("id"),
        product_name=f.req_str("productName"),
        reason=f.str_or("reason"),
        score=f.opt_int("score", 0) or 0,
    )


def _vpn(f: Fields) -> CrmVpnMembership:
    return CrmVpnMembership(
        subscriber_id=f.req_str("subscriberId"),
        member=f.req_bool("member"),
        group_id=f.opt_str("groupId"),
        group_name=f.opt_str("groupName"),
        short_number=f.opt_str("shortNumber"),
        status=f.opt_str("status"),
    )


def _one(parse, where: str):
    return lambda body: parse(Fields(body, SYSTEM, where))


parse_customer = _one(_customer, "customer")
parse_contract = _one(_contract, "account")
parse_subscriber = _one(_subscriber, "subscriber")
parse_order = _one(_order, "productOrder")
parse_vpn = _one(_vpn, "vpn")


def _list(parse, where: str):
    return lambda body: tuple(parse(f) for f in as_list(body, SYSTEM, where))


PARSERS: dict[str, Any] = {
    "customer": parse_customer,
    "contract": parse_contract,
    "subscriber": parse_subscriber,
    "order": parse_order,
    "vpn": parse_vpn,
    "customers": _list(_customer, "customers"),
    "products": _list(_product, "products"),
    "addons": _list(_addon, "addons"),
    "vas": _list(_vas, "vas"),
    "hints": _list(_hint, "marketingHints"),
    "subscribers": _list(_subscriber, "subscribers"),
    "orders": _list(_order, "orders"),
}

_SEARCH_PARAM = {
    SearchKind.MOBILE: "number",
    SearchKind.FIXED_LINE: "number",
    SearchKind.BROADBAND: "number",
    SearchKind.CONTRACT: "contractNo",
    SearchKind.ID_CARD: "idCard",
    SearchKind.NAME: "name",
}


class CrmConnector:
    def __init__(self, client: SystemClient) -> None:
        self.client = client

    # -- customers ---------------------------------------------------------------------------------
    async def find_customers(
        self,
        *,
        number: str | None = None,
        contract_no: str | None = None,
        account_id: str | None = None,
        id_card: str | None = None,
        name: str | None = None,
        name_prefix: bool = False,
        offset: int = 0,
        limit: int = 50,
    ) -> Page[Customer]:
        """Criteria combine with AND."""
        params = {
            "number": number, "contractNo": contract_no, "accountId": account_id, "idCard": id_card, "name": name,
            "nameMatch": "prefix" if name_prefix else None, "offset": offset, "limit": limit,
        }  # fmt: skip
        return await get_page(self.client, "customer", params, "customers", _customer)

    async def search(self, query: SearchQuery, *, offset: int = 0, limit: int = 50) -> Page[Customer]:
        """Customers for what the agent typed (see ``domain.validation.classify_search``); names by prefix."""
        param = _SEARCH_PARAM.get(query.kind)
        if param is None:
            raise ValueError(f"cannot search for {query.kind}: {query.problem}")
        params = {param: query.value, "nameMatch": "prefix" if query.kind is SearchKind.NAME else None}
        return await get_page(
            self.client, "customer", {**params, "offset": offset, "limit": limit}, "customers", _customer
        )

    async def customer(self, customer_id: str) -> Customer:
        return await self.client.get(f"customer/{seg(customer_id)}", parse=parse_customer)

    async def subscribers(self, customer_id: str) -> Page[Subscriber]:
        path = f"customer/{seg(customer_id)}/subscriber"
        return await get_page(self.client, path, {"limit": 1000}, "subscribers", _subscriber)

    async def customer_products(self, customer_id: str) -> Page[SalesProduct]:
        path = f"customer/{seg(customer_id)}/product"
        return await get_page(self.client, path, {"limit": 1000}, "products", _product)

    async def orders(
        self, customer_id: str, state: str | None = None, offset: int = 0, limit: int = 100
    ) -> Page[Order]:
        """Newest first; ``state`` one of completed, inProgress, held, cancelled."""
        params = {"state": state, "offset": offset, "limit": limit}
        return await get_page(
            self.client, f"customer/{seg(customer_id)}/productOrder", params, "orders", _order
        )

    async def order(self, order_id: str) -> Order:
        return await self.client.get(f"productOrder/{seg(order_id)}", parse=parse_order)

    async def marketing_hints(self, customer_id: str) -> Page[MarketingHint]:
        path = f"customer/{seg(customer_id)}/marketingHint"
        return await get_page(self.client, path, {}, "marketingHints", _hint)

    async def contract(self, account_id: str) -> Contract:
        return await self.client.get(f"account/{seg(account_id)}", parse=parse_contract)

    # -- subscribers -------------------------------------------------------------------------------
    async def subscriber_by_number(self, number: str) -> Subscriber:
        """:class:`NotFound` when CRM has no such service number."""
        return await self.client.get(f"subscriber/byNumber/{seg(number)}", parse=parse_subscriber)

    async def subscriber(self, subscriber_id: str) -> Subscriber:
        return await self.client.get(f"subscriber/{seg(subscriber_id)}", parse=parse_subscriber)

    async def products(self, subscriber_id: str) -> Page[SalesProduct]:
        """The subscriber's sales products with offers, current first."""
        path = f"subscriber/{seg(subscriber_id)}/product"
        return await get_page(self.client, path, {"limit": 1000}, "products", _product)

    async def addons(self, subscriber_id: str) -> Page[AddOn]:
        path = f"subscriber/{seg(subscriber_id)}/addon"
        return await get_page(self.client, path, {"limit": 1000}, "addons", _addon)

    async def vpn(self, subscriber_id: str) -> CrmVpnMembership:
        return await self.client.get(f"subscriber/{seg(subscriber_id)}/vpn", parse=parse_vpn)

    async def addons_by_number(self, number: str) -> Page[AddOn]:
        """As :meth:`addons`, for a service number: no need to learn the subscriber's id first."""
        path = f"subscriber/byNumber/{seg(number)}/addon"
        return await get_page(self.client, path, {"limit": 1000}, "addons", _addon)

    async def vpn_by_number(self, number: str) -> CrmVpnMembership:
        """As :meth:`vpn`, for a service number."""
        return await self.client.get(f"subscriber/byNumber/{seg(number)}/vpn", parse=parse_vpn)

    async def vas(self, subscriber_id: str) -> Page[CrmVasRecord]:
        path = f"subscriber/{seg(subscriber_id)}/vas"
        return await get_page(self.client, path, {"limit": 1000}, "vas", _vas)
