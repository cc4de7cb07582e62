"""The synthetic province: customers, their accounts and subscribers, generated deterministically.

A :class:`CustomerSpec` is the *truth* about one customer (what was sold). Each system module turns
it into its own records in ``provision``; a fault scenario then makes one system disagree.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from backend_stub import catalog
from backend_stub.db import Database, dumps, iso

SEED_EPOCH = datetime(2026, 11, 1, tzinfo=UTC)  # fixed anchor so a seed gives the same data every day


@dataclass
class SubscriberSpec:
    id: str
    customer_id: str
    account_id: str
    service_type: str  # mobile | fixed | broadband
    number: str
    product_code: str
    status: str = "active"
    city: str = "guangzhou"
    district: str = ""
    access_point: str = ""
    activated_at: str = ""
    wireless: list[str] = field(default_factory=list)  # cdma1x | evdo | wlan
    addons: list[str] = field(default_factory=list)  # codes from catalog.ADDONS
    vas: list[int] = field(default_factory=list)  # indexes into catalog.VAS_PRODUCTS
    vpn: dict | None = None  # {"group_id", "group_name", "short_number"}
    broadband: dict | None = None  # {"access_type", "olt", "port", "mac", "rate_down", "rate_up"}
    busy: bool = False  # many CDRs a month


@dataclass
class CustomerSpec:
    id: str
    name: str
    customer_type: str
    level: str
    credit_class: str
    id_card: str
    address: str
    city: str
    district: str
    contact_phone: str
    email: str | None
    manager: str
    manager_phone: str
    created_at: str
    account_id: str
    contract_no: str
    payment_method: str
    subscribers: list[SubscriberSpec] = field(default_factory=list)


def id_card_checksum(first17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    return "10X98765432"[total % 11]


class WorldGen:
    """Makes customers; ids and numbers stay unique across seeding and later scenarios."""

    def __init__(self, db: Database, rng: random.Random):
        self.db = db
        self.rng = rng
        self._used_numbers: set[str] = set()
        self._counter = int(db.meta("world_counter") or 0)

    def _next(self) -> int:
        self._counter += 1
        return self._counter

    def save_counter(self) -> None:
        self.db.set_meta("world_counter", str(self._counter))

    def _unique(self, make) -> str:
        for _ in range(1000):
            n = make()
            if n in self._used_numbers:
                continue
            if self._counter > 0 and self.db.scalar("SELECT 1 FROM crm_subscriber WHERE number=?", (n,)):
                continue
            self._used_numbers.add(n)
            return n
        raise RuntimeError("could not find a free number")

    # -- pieces -------------------------------------------------------------------------------
    def person_name(self) -> str:
        r = self.rng
        return r.choice(catalog.SURNAMES) + "".join(r.choice(catalog.GIVEN_CHARS) for _ in range(r.choice([1, 2, 2])))

    def mobile(self) -> str:
        r = self.rng
        return self._unique(lambda: r.choice(catalog.MOBILE_PREFIXES) + f"{r.randrange(10**8):08d}")

    def fixed_line(self, city: str) -> str:
        area = catalog.CITIES[city][1]
        digits = 8 if len(area) == 3 else 7 if city in ("shantou", "jiangmen") else 8
        return self._unique(lambda: area + str(self.rng.choice([2, 3, 8, 6])) + f"{self.rng.randrange(10 ** (digits - 1)):0{digits - 1}d}")

    def broadband_account(self, city: str) -> str:
        prefix = catalog.CITIES[city][2]
        return self._unique(lambda: f"{prefix}{self.rng.randrange(10**8):08d}@adsl")

    def id_card(self, city: str) -> str:
        r = self.rng
        region = catalog.CITIES[city][3][:4] + f"{r.randrange(1, 20):02d}"
        birth = datetime(1950, 1, 1) + timedelta(days=r.randrange(0, 365 * 55))
        first17 = region + birth.strftime("%Y%m%d") + f"{r.randrange(1000):03d}"
        return first17 + id_card_checksum(first17)

    def mac(self) -> str:
        return ":".join(f"{self.rng.randrange(256):02X}" for _ in range(6))

    def when(self, days_back_max: int, days_back_min: int = 0) -> str:
        delta = timedelta(days=self.rng.uniform(days_back_min, days_back_max))
        return iso(SEED_EPOCH - delta)

    # -- a whole customer -----------------------------------------------------------------------
    def customer(self, *, kinds: list[str] | None = None, level: str | None = None) -> CustomerSpec:
        """One customer. ``kinds`` forces the subscribers' service types (e.g. ["broadband"])."""
        r = self.rng
        n = self._next()
        city = r.choice(list(catalog.CITIES))
        cname, area, _, _, districts = catalog.CITIES[city]
        district = r.choice(districts)
        org = r.random() < 0.06
        name = (cname + r.choice(catalog.SURNAMES) + r.choice(catalog.GIVEN_CHARS) + r.choice(catalog.COMPANY_SUFFIX)) if org else self.person_name()
        address = f"广东省{cname}市{district}{r.choice(catalog.STREETS)}{r.randrange(1, 400)}号{r.choice(catalog.ESTATES)}{r.randrange(1, 30)}栋{r.randrange(101, 3200)}房"
        cust = CustomerSpec(
            id=f"C{n:08d}",
            name=name,
            customer_type="organization" if org else "individual",
            level=level or r.choices(catalog.LEVELS, catalog.LEVEL_WEIGHTS)[0],
            credit_class=r.choices(catalog.CREDIT_CLASSES, catalog.CREDIT_WEIGHTS)[0],
            id_card=self.id_card(city),
            address=address,
            city=city,
            district=district,
            contact_phone="",
            email=f"user{n}@189.cn" if r.random() < 0.3 else None,
            manager=r.choice(catalog.MANAGERS),
            manager_phone="189" + f"{r.randrange(10**8):08d}",
            created_at=self.when(3650, 30),
            account_id=f"A{n:08d}",
            contract_no=f"HT{catalog.CITIES[city][3][:4]}{n:06d}",
            payment_method=r.choices(["prepaid", "cash", "bank"], [50, 30, 20])[0],
        )
        if kinds is None:
            roll = r.random()
            kinds = ["mobile"] if roll < 0.45 else ["mobile", "broadband"] if roll < 0.7 else \
                ["mobile", "broadband", "fixed"] if roll < 0.85 else ["broadband", "fixed"] if roll < 0.93 else ["mobile", "mobile"]
        bundle = "mobile" in kinds and "broadband" in kinds and r.random() < 0.6
        for kind in kinds:
            cust.subscribers.append(self.subscriber(cust, kind, bundle=bundle))
        mobiles = [s.number for s in cust.subscribers if s.service_type == "mobile"]
        cust.contact_phone = mobiles[0] if mobiles else self.mobile()
        return cust

    def subscriber(self, cust: CustomerSpec, kind: str, bundle: bool = False) -> SubscriberSpec:
        r = self.rng
        n = self._next()
        sub = SubscriberSpec(
            id=f"S{n:08d}", customer_id=cust.id, account_id=cust.account_id, service_type=kind,
            number="", product_code="", city=cust.city, district=cust.district,
            activated_at=self.when(3000, 20),
        )
        code = catalog.CITIES[cust.city][2].upper()
        if kind == "mobile":
            sub.number = self.mobile()
            sub.product_code = r.choice(["E169", "E229"]) if bundle else r.choice(["M59", "M99", "M129", "M19"])
            sub.access_point = f"BTS-{code}-{r.randrange(1, 400):03d}"
            sub.wireless = [w for w, p in (("cdma1x", 0.5), ("evdo", 0.35), ("wlan", 0.2)) if r.random() < p]
            sub.addons = r.sample(list(catalog.ADDONS), k=r.randrange(0, 4))
            sub.vas = r.sample(range(len(catalog.VAS_PRODUCTS)), k=r.choices([0, 1, 2], [60, 30, 10])[0])
            if cust.customer_type == "organization" or r.random() < 0.05:
                gid = f"VPN{catalog.CITIES[cust.city][3][:4]}{r.randrange(100):03d}"
                sub.vpn = {"group_id": gid, "group_name": f"{catalog.CITIES[cust.city][0]}集团虚拟网{gid[-3:]}",
                           "short_number": f"6{r.randrange(1000):03d}"}
            sub.busy = r.random() < 0.08
        elif kind == "fixed":
            sub.number = self.fixed_line(cust.city)
            sub.product_code = "F20"
            sub.access_point = f"OLT-{code}-{r.randrange(1, 60):02d}/PON{r.randrange(1, 16)}/{r.randrange(1, 64)}"
            sub.addons = r.sample(["caller_id", "call_waiting", "call_forwarding"], k=r.randrange(0, 2))
        else:
            sub.number = self.broadband_account(cust.city)
            sub.product_code = r.choice(["B100", "B300"])
            olt = f"OLT-{code}-{r.randrange(1, 60):02d}"
            port = f"PON{r.randrange(1, 16)}/{r.randrange(1, 64)}"
            sub.access_point = f"{olt}/{port}"
            access_type = r.choices(["ftth", "adsl", "lan"], [75, 15, 10])[0]
            rate = 102400 if sub.product_code == "B100" else 307200
            if access_type == "adsl":
                rate = 20480
            sub.broadband = {"access_type": access_type, "olt": olt, "port": port, "mac": self.mac(),
                             "rate_down": rate, "rate_up": rate // 4 if access_type != "adsl" else 1024}
            sub.wireless = ["wlan"] if r.random() < 0.15 else []
        return sub


def provision_core(db: Database, customers: list[CustomerSpec]) -> None:
    """The CRM records every other system hangs off: customers, accounts, subscribers."""
    db.insert_many("crm_customer", [
        {"id": c.id, "name": c.name, "customer_type": c.customer_type, "level": c.level,
         "credit_class": c.credit_class, "id_card": c.id_card, "address": c.address, "city": c.city,
         "district": c.district, "contact_phone": c.contact_phone, "email": c.email, "manager": c.manager,
         "manager_phone": c.manager_phone, "created_at": c.created_at, "status": "active"}
        for c in customers
    ])
    db.insert_many("crm_account", [
        {"id": c.account_id, "contract_no": c.contract_no, "customer_id": c.id, "name": c.name,
         "payment_method": c.payment_method, "bill_cycle_day": 1, "created_at": c.created_at}
        for c in customers
    ])
    db.insert_many("crm_subscriber", [
        {"id": s.id, "customer_id": s.customer_id, "account_id": s.account_id, "service_type": s.service_type,
         "number": s.number, "status": s.status, "status_reason": None, "activated_at": s.activated_at,
         "city": s.city, "district": s.district, "access_point": s.access_point, "wireless_json": dumps(s.wireless)}
        for c in customers for s in c.subscribers
    ])
