"""Money is integer fen (1/100 yuan) everywhere; these turn it into text an agent reads and back."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation


def format_fen(fen: int, *, symbol: str = "¥", sign: bool = False, grouping: bool = True) -> str:
    """``123456`` -> ``"¥1,234.56"``; ``-500`` -> ``"-¥5.00"``; ``sign=True`` also writes ``+`` for credits."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError("amounts are integer fen")
    prefix = "-" if fen < 0 else ("+" if sign and fen > 0 else "")
    yuan, cents = divmod(abs(fen), 100)
    whole = f"{yuan:,}" if grouping else str(yuan)
    return f"{prefix}{symbol}{whole}.{cents:02d}"


def fen_from_yuan(text: str) -> int:
    """``"12.5"``, ``"¥1,234.56"``, ``"-3"`` -> fen, rounded half-up to the fen; ValueError if not money."""
    cleaned = (
        text.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").replace("元", "")
    )
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not an amount of money: {text!r}") from None
    if not amount.is_finite():
        raise ValueError(f"not an amount of money: {text!r}")
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def yuan(fen: int) -> Decimal:
    """Exact yuan as a Decimal, for sums and charts."""
    return Decimal(fen) / 100
