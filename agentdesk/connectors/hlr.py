"""HLR / network elements: a number's switch state, add-on services, VPN and CDMA data profile as the
network has them, and the repairs the front line may run (state, add-on, VPN, sync from CRM)."""

from __future__ import annotations

from typing import Any

from agentdesk.connectors.base import SystemClient
from agentdesk.connectors.common import activation_fields, seg, write
from agentdesk.connectors.parsing import Fields, as_list
from agentdesk.domain.common import Activation
from agentdesk.domain.network import DataProfileEntry, HlrSubscriber, NetworkService, VpnMembership

SYSTEM = "hlr"


def _service(f: Fields) -> NetworkService:
    return NetworkService(
        code=f.req_str("code"), name=f.str_or("name", f.req_str("code")), active=f.req_bool("active"),
        updated_at=f.opt_dt("updatedAt"),
    )  # fmt: skip


def _vpn(f: Fields | None) -> VpnMembership | None:
    if f is None:
        return None
    return VpnMembership(
        group_id=f.req_str("groupId"), short_number=f.req_str("shortNumber"), updated_at=f.opt_dt("updatedAt")
    )


def _data_profile(f: Fields, key: str = "dataProfile") -> tuple[DataProfileEntry, ...]:
    profile = f.opt_obj(key)
    if profile is None:
        return ()
    entries = []
    for kind in sorted(profile.data):
        e = profile.req_obj(kind)
        entries.append(
            DataProfileEntry(
                kind=kind,
                enabled=e.req_bool("enabled"),
                apn=e.opt_str("apn"),
                max_rate_kbps=e.opt_int("maxRateKbps"),
            )
        )
    return tuple(entries)


def _subscriber(f: Fields) -> HlrSubscriber:
    return HlrSubscriber(
        number=f.req_str("number"),
        subscriber_id=f.req_str("subscriberId"),
        imsi=f.opt_str("imsi"),
        service_type=f.opt_str("serviceType"),
        state=f.req_str("state"),
        state_reason=f.opt_str("stateReason"),
        updated_at=f.opt_dt("updatedAt"),
        services=f.each("services", _service),
        vpn=_vpn(f.opt_obj("vpn")),
        data_profile=_data_profile(f),
    )


def parse_subscriber(body: Any) -> HlrSubscriber:
    return _subscriber(Fields(body, SYSTEM, "hlrSubscriber"))


def parse_services(body: Any) -> tuple[NetworkService, ...]:
    return tuple(_service(f) for f in as_list(body, SYSTEM, "services"))


def parse_vpn(body: Any) -> VpnMembership | None:
    f = Fields(body, SYSTEM, "vpn")
    member = f.req_bool("member")
    vpn = _vpn(f.opt_obj("vpn"))
    return vpn if member else None


def parse_data_profile(body: Any) -> tuple[DataProfileEntry, ...]:
    return _data_profile(Fields(body, SYSTEM, "dataProfile"))


def parse_activation(body: Any) -> Activation[HlrSubscriber]:
    f = Fields(body, SYSTEM, "activation")
    return Activation(**activation_fields(f, "number"), after=_subscriber(f.req_obj("subscriber")))


PARSERS = {
    "subscriber": parse_subscriber,
    "services": parse_services,
    "vpn": parse_vpn,
    "data_profile": parse_data_profile,
    "activation": parse_activation,
}


class HlrConnector:
    def __init__(self, client: SystemClient) -> None:
        self.client = client

    async def subscriber(self, number: str) -> HlrSubscriber:
        return await self.client.get(f"subscriber/{seg(number)}", parse=parse_subscriber)

    async def services(self, number: str) -> tuple[NetworkService, ...]:
        return await self.client.get(f"subscriber/{seg(number)}/service", parse=parse_services)

    async def vpn(self, number: str) -> VpnMembership | None:
        return await self.client.get(f"subscriber/{seg(number)}/vpn", parse=parse_vpn)

    async def data_profile(self, number: str) -> tuple[DataProfileEntry, ...]:
        return await self.client.get(f"subscriber/{seg(number)}/dataProfile", parse=parse_data_profile)

    async def set_state(
        self, number: str, state: str, reason: str | None = None, *, idempotency_key: str
    ) -> Activation[HlrSubscriber]:
        """Bar or unbar in the switch (``active`` resumes a number wrongly left barred)."""
        body = {"state": state, "reason": reason}
        return await write(
            self.client, f"subscriber/{seg(number)}/state", idempotency_key=idempotency_key, json_body=body,
            parse=parse_activation,
        )  # fmt: skip

    async def activate_service(
        self, number: str, code: str, *, idempotency_key: str
    ) -> Activation[HlrSubscriber]:
        path = f"subscriber/{seg(number)}/service/{seg(code)}/activate"
        return await write(self.client, path, idempotency_key=idempotency_key, parse=parse_activation)

    async def deactivate_service(
        self, number: str, code: str, *, idempotency_key: str
    ) -> Activation[HlrSubscriber]:
        path = f"subscriber/{seg(number)}/service/{seg(code)}/deactivate"
        return await write(self.client, path, idempotency_key=idempotency_key, parse=parse_activation)

    async def sync_vpn(self, number: str, *, idempotency_key: str) -> Activation[HlrSubscriber]:
        path = f"subscriber/{seg(number)}/vpn/sync"
        return await write(self.client, path, idempotency_key=idempotency_key, parse=parse_activation)

    async def sync_from_crm(self, number: str, *, idempotency_key: str) -> Activation[HlrSubscriber]:
        """The network takes CRM as the truth: state, add-ons, VPN and data profile."""
        path = f"subscriber/{seg(number)}/syncFromCrm"
        return await write(self.client, path, idempotency_key=idempotency_key, parse=parse_activation)
