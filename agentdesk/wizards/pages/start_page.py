"""The first page: which flow, for which of the customer's numbers. Flows the customer view's
discrepancies call for come first and are marked; flows whose file is broken are listed, greyed, with
the reason; flows that do not apply to the chosen number cannot be picked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.services.pretreatment.model import FlowCatalog


class StartPage(QWidget):
    start_requested = Signal(str, str)  # flow id, number

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard-start")
        self.number = QComboBox(self)
        self.number.setObjectName("wizard-number")
        self.number.setEditable(True)
        self.number.currentIndexChanged.connect(lambda _i: self._refresh_enabled())
        self.number.editTextChanged.connect(lambda _t: self._update_start())
        self.flows = QListWidget(self)
        self.flows.setObjectName("wizard-flows")
        self.flows.currentItemChanged.connect(lambda *_: self._update_start())
        self.flows.itemDoubleClicked.connect(lambda _i: self._start())
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("wizard-start-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel#wizard-start-error { color: #8a1f11; }")
        self.error.hide()
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setObjectName("wizard-start-button")
        self.start_button.clicked.connect(self._start)
        form = QFormLayout()
        form.addRow(self.tr("Number:"), self.number)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Flow:"), self))
        layout.addWidget(self.flows, 1)
        layout.addWidget(self.description)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.lang = "en"
        self._types: dict[str, str] = {}  # number -> service type
        self._flow_types: dict[str, tuple[str, ...]] = {}

    def set_catalog(self, catalog: FlowCatalog, suggested: list[str], lang: str) -> None:
        self.lang = lang
        self.flows.clear()
        order = [f for f in suggested if f in catalog.flows] + [
            f for f in catalog.flows if f not in suggested
        ]
        for flow_id in order:
            flow = catalog.flows[flow_id]
            text = flow.title.get(lang)
            if flow_id in suggested:
                text = self.tr("Suggested: %1").replace("%1", text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, flow_id)
            item.setToolTip(flow.description.get(lang))
            if flow_id in suggested:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.flows.addItem(item)
            self._flow_types[flow_id] = flow.service_types
        for broken in catalog.unavailable:
            item = QListWidgetItem(self.tr("Unavailable: %1").replace("%1", broken.flow_id or broken.file))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setToolTip("\n".join(str(p) for p in broken.problems))
            self.flows.addItem(item)
        self._refresh_enabled()

    def set_numbers(self, numbers: list[tuple[str, str, str]], current: str = "") -> None:
        """``numbers``: (number, service type, status) of the customer."""
        self.number.blockSignals(True)
        self.number.clear()
        self._types = {n: t for n, t, _s in numbers}
        for n, t, s in numbers:
            self.number.addItem(f"{n}", n)
            self.number.setItemData(self.number.count() - 1, f"{t} · {s}", Qt.ItemDataRole.ToolTipRole)
        if current:
            index = self.number.findData(current)
            if index >= 0:
                self.number.setCurrentIndex(index)
            else:
                self.number.setEditText(current)
        self.number.blockSignals(False)
        self._refresh_enabled()

    def select_flow(self, flow_id: str) -> None:
        for row in range(self.flows.count()):
            item = self.flows.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == flow_id and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.flows.setCurrentItem(item)
                return

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def current_number(self) -> str:
        return self.number.currentText().strip()

    def current_flow(self) -> str | None:
        item = self.flows.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _refresh_enabled(self) -> None:
        service_type = self._types.get(self.current_number())
        for row in range(self.flows.count()):
            item = self.flows.item(row)
            flow_id = item.data(Qt.ItemDataRole.UserRole)
            if flow_id is None:
                continue
            applies = service_type is None or service_type in self._flow_types.get(flow_id, ())
            flags = (
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if applies
                else Qt.ItemFlag.NoItemFlags
            )
            item.setFlags(flags)
        current = self.flows.currentItem()
        if current is None or not current.flags() & Qt.ItemFlag.ItemIsEnabled:
            enabled = [self.flows.item(r) for r in range(self.flows.count())]
            first = next((i for i in enabled if i.flags() & Qt.ItemFlag.ItemIsEnabled), None)
            self.flows.setCurrentItem(first)
        self._update_start()

    def _update_start(self) -> None:
        flow_id = self.current_flow()
        self.start_button.setEnabled(bool(flow_id and self.current_number()))
        item = self.flows.currentItem()
        self.description.setText(item.toolTip() if item is not None else "")

    def _start(self) -> None:
        flow_id = self.current_flow()
        if flow_id and self.current_number():
            self.start_requested.emit(flow_id, self.current_number())
