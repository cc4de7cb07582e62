"""PII masking and money formatting."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.domain.masking import mask_address, mask_email, mask_id_card, mask_phone
from agentdesk.domain.money import fen_from_yuan, format_fen, yuan


def test_id_card():
    assert mask_id_card("440106199001011234") == "440106********1234"
    assert mask_id_card("44010619900101123X") == "440106********123X"
    assert mask_id_card("") == "" and mask_id_card(None) == ""
    assert mask_id_card("1234") == "****"


def test_phone():
    assert mask_phone("18912345678") == "189****5678"
    assert mask_phone("02038123456") == "020****3456"
    assert mask_phone("075586123456") == "0755****3456"
    assert mask_phone("0754-2812345") == "0754****2345"
    assert mask_phone("12345") == "*****"


@pytest.mark.parametrize(
    "address, masked",
    [
        ("广东省广州市天河区中山路12号花园3栋1201房", "广东省广州市天河区****"),
        ("广东省东莞市莞城街道东莞大道8号大厦2栋301房", "广东省东莞市莞城街道****"),
        ("广东省东莞市长安镇人民路1号", "广东省东莞市长安镇****"),
        ("深圳市南山区科技园", "深圳市南山区****"),
        ("中山路一二三号幸福里花园小区三栋", "中山路一二****"),
    ],
)
def test_address(address, masked):
    assert mask_address(address) == masked


def test_email():
    assert mask_email("user123@189.cn") == "us****@189.cn"


@given(st.text(min_size=1, max_size=60))
def test_masks_never_show_the_whole_value(text):
    for mask in (mask_id_card, mask_phone, mask_address):
        out = mask(text)
        assert "*" in out or text.strip() == "" or out != text


def test_format_fen():
    assert format_fen(123456) == "¥1,234.56"
    assert format_fen(-500) == "-¥5.00"
    assert format_fen(5) == "¥0.05"
    assert format_fen(0) == "¥0.00"
    assert format_fen(1990, sign=True) == "+¥19.90"
    assert format_fen(123456789, grouping=False, symbol="") == "1234567.89"
    with pytest.raises(TypeError):
        format_fen(1.5)  # type: ignore[arg-type]


def test_fen_from_yuan():
    assert fen_from_yuan("12.5") == 1250
    assert fen_from_yuan("¥1,234.56") == 123456
    assert fen_from_yuan("-3") == -300
    assert fen_from_yuan("0.005") == 1  # half-up
    assert fen_from_yuan("30元") == 3000
    with pytest.raises(ValueError):
        fen_from_yuan("abc")
    with pytest.raises(ValueError):
        fen_from_yuan("nan")


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_round_trip(fen):
    assert fen_from_yuan(format_fen(fen)) == fen
    assert yuan(fen) * 100 == fen
