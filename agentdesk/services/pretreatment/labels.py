"""Plain words for the codes systems answer with (``barred_arrears`` -> "barred for arrears" / "欠费停机"),
used by the ``|label`` filter of flow texts. Chinese terms follow the glossary agents use."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # subscriber status (CRM, billing)
    "active": ("active", "正常"),
    "suspended_arrears": ("suspended for arrears", "欠费停机"),
    "suspended_request": ("suspended at the customer's request", "申请停机"),
    "suspended": ("suspended", "停机"),
    "terminated": ("terminated", "已拆机"),
    "none": ("no record", "无记录"),
    # HLR switch state
    "barred_arrears": ("barred for arrears", "欠费停机（网元）"),
    "barred_request": ("barred at the customer's request", "申请停机（网元）"),
    "barred_other": ("barred for another reason", "其他原因停机（网元）"),
    # broadband
    "up": ("up", "正常"),
    "fault": ("hung", "挂死"),
    "down": ("down", "中断"),
    "good": ("good", "良好"),
    "poor": ("poor", "不合格"),
    "success": ("success", "成功"),
    "failure": ("failure", "失败"),
    # bill item types
    "monthly_fee": ("monthly fee", "月租费"),
    "local_call": ("local calls", "本地通话费"),
    "long_distance": ("long distance", "长途费"),
    "roaming": ("roaming", "漫游费"),
    "data": ("data", "上网费"),
    "sms": ("SMS", "短信费"),
    "vas": ("value-added services", "增值业务费"),
    "addon": ("add-ons", "附属产品费"),
    "other": ("other", "其他费用"),
    # wireless kinds
    "cdma1x": ("CDMA 1X", "CDMA 1X"),
    "evdo": ("EVDO", "EVDO"),
    "wlan": ("WLAN", "WLAN"),
    # service events
    "incident": ("incident", "重大故障"),
    "planned_cutover": ("planned cutover", "割接"),
    # ticket types
    "consult": ("consultation", "咨询"),
    "complaint": ("complaint", "投诉"),
    # order states
    "held": ("held", "挂起"),
    "inProgress": ("in progress", "在途"),
    "completed": ("completed", "已竣工"),
    "cancelled": ("cancelled", "已撤单"),
}


def label(code: str, lang: str = "en") -> str:
    """The words for ``code`` in ``lang`` (``zh*`` or English); an unknown code is shown as it is."""
    pair = LABELS.get(code)
    if pair is None:
        return code
    return pair[1] if lang.lower().startswith("zh") else pair[0]
