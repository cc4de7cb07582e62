"""The search result list: a model over the hits of the running search (more are fetched while the
agent scrolls), and a delegate that paints each hit as title, directory path and a highlighted excerpt."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from agentdesk.domain.knowledge_search import Highlighted
from agentdesk.services.knowledge.models import ArticleSummary, SearchHit, SearchResult

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
MARK = "background-color:#ffe58f;color:#000"


def highlighted_html(h: Highlighted) -> str:
    """The text with its matches marked, HTML-escaped (article text never becomes markup)."""
    return "".join(
        f'<span style="{MARK}">{html.escape(t)}</span>' if on else html.escape(t) for t, on in h.pieces()
    )


class ResultModel(QAbstractListModel):
    """Search hits, or plain articles (browsing a directory, favourites, recent) in the same list."""

    fetch_more_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[SearchHit | ArticleSummary] = []
        self._more = False
        self._fetching = False

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title.text if isinstance(item, SearchHit) else item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return " / ".join(item.catalogue_path)
        if role == HIT_ROLE:
            return item
        if role == ID_ROLE:
            return item.id
        return None

    def show_result(self, result: SearchResult) -> None:
        self.beginResetModel()
        self._items = list(result.hits)
        self._more = result.has_more
        self._fetching = False
        self.endResetModel()

    def append_result(self, result: SearchResult) -> None:
        known = {i.id for i in self._items}
        new = [h for h in result.hits if h.id not in known]
        if new:
            self.beginInsertRows(QModelIndex(), len(self._items), len(self._items) + len(new) - 1)
            self._items.extend(new)
            self.endInsertRows()
        self._more = result.has_more and bool(result.hits)
        self._fetching = False

    def show_articles(self, articles: list[ArticleSummary], more: bool = False) -> None:
        self.beginResetModel()
        self._items = list(articles)
        self._more = more
        self._fetching = False
        self.endResetModel()

    def clear(self) -> None:
        self.show_articles([])

    def item(self, row: int) -> SearchHit | ArticleSummary | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def items(self) -> list[SearchHit | ArticleSummary]:
        return list(self._items)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self._fetching = True
            self.fetch_more_requested.emit()


class ResultDelegate(QStyledItemDelegate):
    """Title (matches marked), the directory path in grey, and an excerpt with the matches marked."""

    PADDING = 6

    def _document(self, option: QStyleOptionViewItem, item) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        width = option.rect.width()
        view = self.parent()
        if isinstance(view, QListView):
            width = view.viewport().width()
        doc.setTextWidth(max(50, width - 2 * self.PADDING))
        grey = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
        path = html.escape(" › ".join(item.catalogue_path))
        if isinstance(item, SearchHit):
            title = highlighted_html(item.title)
            excerpt = highlighted_html(item.snippet)
            partial = (
                ""
                if item.exact
                else f' <span style="color:{grey}">{html.escape(self._partial_text())}</span>'
            )
            body = f"<b>{title}</b>{partial}<br><span style='color:{grey}'>{path}</span><br>{excerpt}"
        else:
            title = html.escape(item.title)
            if not item.available:
                title = f"<s>{title}</s> <span style='color:{grey}'>{html.escape(self._gone_text())}</span>"
            body = f"<b>{title}</b><br><span style='color:{grey}'>{path}</span>"
        doc.setHtml(body)
        return doc

    def _partial_text(self) -> str:
        return self.tr("(all words, not as one phrase)")

    def _gone_text(self) -> str:
        return self.tr("(no longer in the knowledge base)")

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        item = index.data(HIT_ROLE)
        if item is None:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, item)
        painter.save()
        painter.translate(option.rect.left() + self.PADDING, option.rect.top() + self.PADDING)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        item = index.data(HIT_ROLE)
        if item is None:
            return super().sizeHint(option, index)
        doc = self._document(option, item)
        return QSize(int(doc.idealWidth()) + 2 * self.PADDING, int(doc.size().height()) + 2 * self.PADDING)


class ResultList(QListView):
    """The list widget: uniform look, word-wrapped hits, activates an article on click or Enter."""

    article_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results = ResultModel(self)
        self.setModel(self.results)
        self.setItemDelegate(ResultDelegate(self))
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(True)
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)

    def _chosen(self, index: QModelIndex) -> None:
        article_id = index.data(ID_ROLE)
        if article_id:
            self.article_chosen.emit(article_id)
