"""The twelve tabs of the unified customer view, in the order the agent sees them."""

from __future__ import annotations

from agentdesk.views.customer.addons_tab import AddonsTab
from agentdesk.views.customer.balance_tab import BalanceTab
from agentdesk.views.customer.broadband_tab import BroadbandTab
from agentdesk.views.customer.call_records_tab import CallRecordsTab
from agentdesk.views.customer.charges_tab import ChargesTab
from agentdesk.views.customer.customer_tab import CustomerInfoTab
from agentdesk.views.customer.network_tab import NetworkTab
from agentdesk.views.customer.offers_tab import OffersTab
from agentdesk.views.customer.orders_tab import OrdersTab
from agentdesk.views.customer.subscriber_tab import SubscriberTab
from agentdesk.views.customer.suspension_tab import SuspensionTab
from agentdesk.views.customer.vas_tab import VasTab

TAB_CLASSES = (
    CustomerInfoTab,
    SubscriberTab,
    AddonsTab,
    OffersTab,
    ChargesTab,
    BalanceTab,
    OrdersTab,
    SuspensionTab,
    CallRecordsTab,
    VasTab,
    BroadbandTab,
    NetworkTab,
)
