"""The agent's telephone on the desk: the CTI event stream, the calls of the shift, screen pop and wrap-up.

- ``line.PhoneLine``: one stream for the signed-in agent, reconnected with back-off, says when it is down.
- ``call_desk.CallDesk``: ringing → look-up → pop on answer, timers, answer/hang-up (audited), wrap-up.
- ``history.CallHistory``: the shift's calls in the local database.
- ``phone.build_phone``: the three wired together from the desk's shared parts.
"""

from agentdesk.services.cti.call_desk import ActiveCall, CallDesk, Caller, PhoneState, Pop, WrapUpUnavailable
from agentdesk.services.cti.history import CallHistory
from agentdesk.services.cti.line import CONNECTED, CONNECTING, DISCONNECTED, STOPPED, LineStatus, PhoneLine
from agentdesk.services.cti.phone import Phone, build_phone

__all__ = [
    "CONNECTED",
    "CONNECTING",
    "DISCONNECTED",
    "STOPPED",
    "ActiveCall",
    "CallDesk",
    "CallHistory",
    "Caller",
    "LineStatus",
    "Phone",
    "PhoneLine",
    "PhoneState",
    "Pop",
    "WrapUpUnavailable",
    "build_phone",
]
