"""The knowledge catalogue as a tree: directory name and how many articles the offline copy holds."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView, QWidget

from agentdesk.domain.knowledge import CatalogueNode

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class CatalogueTree(QTreeView):
    directory_chosen = Signal(str, str)  # catalogue id, name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = QStandardItemModel(self)
        self.setModel(self.catalogue)
        self.setHeaderHidden(True)
        self.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)

    def set_nodes(self, nodes: list[CatalogueNode]) -> None:
        expanded = {
            self.catalogue.item(r).data(ID_ROLE)
            for r in range(self.catalogue.rowCount())
            if self.isExpanded(self.catalogue.index(r, 0))
        }
        self.catalogue.clear()
        for node in nodes:
            self.catalogue.appendRow(self._item(node))
        for r in range(self.catalogue.rowCount()):
            if self.catalogue.item(r).data(ID_ROLE) in expanded:
                self.expand(self.catalogue.index(r, 0))

    def _item(self, node: CatalogueNode) -> QStandardItem:
        item = QStandardItem(f"{node.name} ({node.article_count})")
        item.setData(node.id, ID_ROLE)
        item.setData(node.name, NAME_ROLE)
        for child in node.children:
            item.appendRow(self._item(child))
        return item

    def names(self) -> list[str]:
        """Top directory names in order (what the agent sees first)."""
        return [self.catalogue.item(r).data(NAME_ROLE) for r in range(self.catalogue.rowCount())]

    def _chosen(self, index) -> None:
        cid = index.data(ID_ROLE)
        if cid:
            self.directory_chosen.emit(cid, index.data(NAME_ROLE))
