"""The customer search box: one field for service number, contract number, ID card or name,
with the recent customers one keystroke away."""

from __future__ import annotations

from PySide6.QtCore import QSize, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class CustomerSearchBox(QLineEdit):
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customer-search")
        self.setPlaceholderText(self.tr("Service number, contract number, ID card or name — Enter to search"))
        self.setAccessibleName(self.tr("Customer search"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(380)
        self._recent = QStringListModel(self)
        completer = QCompleter(self._recent, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._pick_recent)
        self.setCompleter(completer)
        self.returnPressed.connect(self._submit)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """Wide enough to read the whole placeholder: the search shares its row with the call bar."""
        hint = super().sizeHint()
        wanted = self.fontMetrics().horizontalAdvance(self.placeholderText()) + 48  # margins, clear button
        return QSize(max(hint.width(), wanted), hint.height())

    def set_recent(self, entries: list[tuple[str, str]]) -> None:
        """``entries``: (service number, customer name), newest first."""
        self._recent.setStringList([f"{number}  {name}" for number, name in entries])

    def _pick_recent(self, text: str) -> None:
        number = text.split()[0] if text.split() else text
        self.setText(number)
        self._submit()

    def _submit(self) -> None:
        text = self.text().strip()
        if text:
            self.search_requested.emit(text)
