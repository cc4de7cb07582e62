"""Search-text recognition and ID-card checks."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.domain.validation import (
    SearchKind,
    SearchProblem,
    classify_search,
    id_card_checksum,
    is_broadband_account,
    is_contract_no,
    is_fixed_line,
    is_operator_mobile,
    is_valid_id_card,
)


def with_check(first17: str) -> str:
    return first17 + id_card_checksum(first17)


VALID_ID = with_check("44010619900101123")


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("18912345678", SearchKind.MOBILE, "18912345678"),
        (" 189 1234 5678 ", SearchKind.MOBILE, "18912345678"),
        ("+86 189-1234-5678", SearchKind.MOBILE, "18912345678"),
        ("8613312345678", SearchKind.MOBILE, "13312345678"),
        ("02038123456", SearchKind.FIXED_LINE, "02038123456"),
        ("020-38123456", SearchKind.FIXED_LINE, "02038123456"),
        ("0755-86123456", SearchKind.FIXED_LINE, "075586123456"),
        ("07542812345", SearchKind.FIXED_LINE, "07542812345"),  # 4-digit area code, 7-digit local number
        ("(010) 6512 3456", SearchKind.FIXED_LINE, "01065123456"),
        ("gz12345678@adsl", SearchKind.BROADBAND, "gz12345678@adsl"),
        ("GZ12345678@ADSL", SearchKind.BROADBAND, "gz12345678@adsl"),
        ("HT4401000123", SearchKind.CONTRACT, "HT4401000123"),
        ("ht4401000123", SearchKind.CONTRACT, "HT4401000123"),
        (VALID_ID, SearchKind.ID_CARD, VALID_ID),
        (VALID_ID.lower(), SearchKind.ID_CARD, VALID_ID),
        ("王伟", SearchKind.NAME, "王伟"),
        ("  欧阳  娜娜 ", SearchKind.NAME, "欧阳 娜娜"),
        ("阿卜杜·热合曼", SearchKind.NAME, "阿卜杜·热合曼"),
        ("广州王伟贸易有限公司", SearchKind.NAME, "广州王伟贸易有限公司"),
        ("Li Wei", SearchKind.NAME, "Li Wei"),
    ],
)
def test_recognised(text, kind, value):
    q = classify_search(text)
    assert (q.kind, q.value, q.problem) == (kind, value, None)
    assert q.valid


@pytest.mark.parametrize(
    "text, problem",
    [
        ("", SearchProblem.EMPTY),
        ("   ", SearchProblem.EMPTY),
        ("13812345678", SearchProblem.NOT_OPERATOR_MOBILE),  # another operator's range
        ("1891234567", SearchProblem.UNRECOGNISED_NUMBER),  # 10 digits
        ("12345", SearchProblem.UNRECOGNISED_NUMBER),
        ("0201234567", SearchProblem.UNRECOGNISED_NUMBER),  # local part starts with 1
        (VALID_ID[:17] + ("0" if VALID_ID[17] != "0" else "1"), SearchProblem.ID_CARD_CHECKSUM),
        (with_check("44010619901301123"), SearchProblem.ID_CARD_BIRTH_DATE),  # month 13
        ("gz1234@adsl", SearchProblem.BAD_BROADBAND_ACCOUNT),
        ("someone@189.cn", SearchProblem.BAD_BROADBAND_ACCOUNT),
        ("HT12", SearchProblem.BAD_CONTRACT),
        ("王伟18912345", SearchProblem.UNRECOGNISED_NUMBER),
        ("x" * 65, SearchProblem.TOO_LONG),
    ],
)
def test_problems(text, problem):
    q = classify_search(text)
    assert q.kind is SearchKind.INVALID and q.problem is problem and not q.valid


def test_predicates():
    assert is_operator_mobile("199 0000 0000") and not is_operator_mobile("13800000000")
    assert is_fixed_line("0769-22123456") and not is_fixed_line("18912345678")
    assert is_broadband_account("sz00000001@adsl") and not is_broadband_account("sz0000001@adsl")
    assert is_contract_no("HT4403000017") and not is_contract_no("HX4403000017")
    assert is_valid_id_card(VALID_ID) and not is_valid_id_card(VALID_ID[:-1] + "Y")
    future = with_check("44010620991231123")
    assert not is_valid_id_card(future, today=date(2026, 11, 26))


def test_known_id_card_checksum():
    assert id_card_checksum("11010519491231002") == "X"  # the GB 11643 example


def test_service_number_kinds():
    assert classify_search("18912345678").is_service_number
    assert classify_search("gz12345678@adsl").is_service_number
    assert not classify_search("HT4401000123").is_service_number
    assert not classify_search("王伟").is_service_number


@given(st.text(max_size=80))
def test_never_raises(text):
    q = classify_search(text)
    assert q.kind in SearchKind and (q.problem is None) == q.valid
