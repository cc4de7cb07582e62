"""Models of the Balance tab: balance books and their income and expense records."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.billing import BalanceBook, BalanceMovement
from agentdesk.views.customer import wording
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

RED, GREEN = "#c0392b", "#1e7d32"


def _validity(book: BalanceBook) -> str:
    open_ended = QCoreApplication.translate("BalanceModel", "open-ended")
    return f"{_date(book.valid_from)} – {_date(book.valid_to) or open_ended}"


def _date(d) -> str:
    return d.astimezone().strftime("%Y-%m-%d") if d else ""


def books_model(parent=None) -> RecordTableModel:
    columns: list[Column[BalanceBook]] = [
        Column(
            QCoreApplication.translate("BalanceModel", "Balance book"), lambda b: wording.term(b.book_type)
        ),
        Column(
            QCoreApplication.translate("BalanceModel", "Owner"),
            lambda b: (
                QCoreApplication.translate("BalanceModel", "shared by the contract")
                if b.shared
                else (b.owner_number or "")
            ),
        ),
        Column(
            QCoreApplication.translate("BalanceModel", "Balance"),
            lambda b: wording.money(b.balance),
            sort=lambda b: b.balance,
            align_right=True,
            foreground=lambda b: RED if b.balance < 0 else None,
        ),
        Column(
            QCoreApplication.translate("BalanceModel", "Valid"),
            lambda b: _validity(b),
        ),
    ]
    return RecordTableModel(columns, parent)


def movements_model(parent=None) -> RecordTableModel:
    signed = lambda m: m.amount if m.direction == "income" else -m.amount  # noqa: E731
    columns: list[Column[BalanceMovement]] = [
        Column(
            QCoreApplication.translate("BalanceModel", "Time"),
            lambda m: m.at.astimezone().strftime("%Y-%m-%d %H:%M"),
            sort=lambda m: m.at,
        ),
        Column(
            QCoreApplication.translate("BalanceModel", "Book"),
            lambda m: wording.term(m.book_type) if m.book_type else m.book_id,
        ),
        Column(
            QCoreApplication.translate("BalanceModel", "Income / expense"),
            lambda m: wording.term(m.direction),
        ),
        Column(
            QCoreApplication.translate("BalanceModel", "Amount"),
            lambda m: wording.money(signed(m)),
            sort=signed,
            align_right=True,
            foreground=lambda m: GREEN if m.direction == "income" else RED,
        ),
        Column(
            QCoreApplication.translate("BalanceModel", "Balance after"),
            lambda m: wording.money(m.balance_after),
            sort=lambda m: m.balance_after,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("BalanceModel", "Reason"),
            lambda m: m.reason,
            tooltip=lambda m: m.reason,
        ),
    ]
    return RecordTableModel(columns, parent)
