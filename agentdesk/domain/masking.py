"""Personal data shown masked by default: ID card numbers, addresses and contact phone numbers.

The mask never depends on the length of what it hides (an address always ends in ``****``), so a masked
value tells nothing beyond the kept parts. Revealing is the view's explicit, audited action.
"""

from __future__ import annotations

import re

MASK = "****"
_DIGITS = re.compile(r"\d")
# where the part of an address that locates a district ends; everything after it is masked
_DISTRICT_END = re.compile(r"^.*?(?:(?<!小)区|县|旗|镇|乡|街道)")
_CITY_END = re.compile(r"^.*?(?:市|州|盟)")
_MAX_KEPT = 18  # a "district" found later than this is part of the street address: keep less


def mask_id_card(value: str | None) -> str:
    """``440106199001011234`` -> ``440106********1234`` (region kept, birth date hidden)."""
    if not value:
        return ""
    text = value.strip()
    if len(text) >= 15:
        return text[:6] + "*" * (len(text) - 10) + text[-4:]
    if len(text) > 4:
        return text[:1] + "*" * (len(text) - 3) + text[-2:]
    return "*" * len(text)


def mask_phone(value: str | None) -> str:
    """Mobile ``18912345678`` -> ``189****5678``; fixed ``075512345678`` -> ``0755****5678``."""
    if not value:
        return ""
    text = value.strip()
    digits = "".join(_DIGITS.findall(text))
    if len(digits) < 7:
        return "*" * len(text)
    if digits.startswith("0"):  # fixed line: keep the area code (3 digits for 010/02x, else 4)
        head = 3 if digits[1] in "12" else 4
    else:
        head = 3
    return digits[:head] + MASK + digits[-4:]


def mask_address(value: str | None) -> str:
    """``广东省广州市天河区中山路12号花园3栋1201房`` -> ``广东省广州市天河区****``."""
    if not value:
        return ""
    text = value.strip()
    for pattern in (_DISTRICT_END, _CITY_END):
        match = pattern.match(text)
        if match and match.end() <= _MAX_KEPT and match.end() < len(text):
            return text[: match.end()] + MASK
    keep = max(1, min(6, len(text) // 3))
    return text[:keep] + MASK


def mask_email(value: str | None) -> str:
    """``user123@189.cn`` -> ``us****@189.cn``."""
    if not value:
        return ""
    name, at, domain = value.strip().partition("@")
    if not at:
        return mask_phone(value) if _DIGITS.search(value) else MASK
    return name[:2] + MASK + "@" + domain
