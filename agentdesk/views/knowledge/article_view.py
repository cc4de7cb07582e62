"""One article, shown safely: sanitised HTML in a browser that loads nothing and follows no link,
with actions to copy a paragraph (or the selection, or the article) and to send it to a note or a
ticket, a favourite toggle, and a link to the pretreatment flow the article belongs to."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QUrl, Signal
from PySide6.QtGui import QAction, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.services.knowledge.article_html import safe_html
from agentdesk.services.knowledge.models import CachedArticle

FLOW_NAMES = {  # the pretreatment flows an article may name (ids from the knowledge system)
    "billing-dispute": QT_TRANSLATE_NOOP("ArticleView", "Billing dispute"),
    "barred-after-payment": QT_TRANSLATE_NOOP("ArticleView", "Still barred after payment"),
    "broadband-login": QT_TRANSLATE_NOOP("ArticleView", "Broadband cannot log in"),
    "wireless-data": QT_TRANSLATE_NOOP("ArticleView", "Wireless data (1X/EVDO/WLAN) not working"),
    "vas-dispute": QT_TRANSLATE_NOOP("ArticleView", "Value-added service dispute"),
    "addon-not-working": QT_TRANSLATE_NOOP("ArticleView", "Add-on service not working"),
    "mobile-vpn": QT_TRANSLATE_NOOP("ArticleView", "Mobile VPN"),
    "order-not-completed": QT_TRANSLATE_NOOP("ArticleView", "Order not completed"),
}


def flow_name(flow_id: str) -> str:
    text = FLOW_NAMES.get(flow_id)
    return QCoreApplication.translate("ArticleView", text) if text else flow_id


class SafeTextBrowser(QTextBrowser):
    """A text browser that never loads a resource (no images, no files, no network) and never
    navigates: article HTML cannot reach anything outside the desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 (Qt name)
        return None

    def setSource(self, name: QUrl, type=None) -> None:  # noqa: N802, A002 (Qt names)
        return None


class ArticleView(QWidget):
    send_to_note = Signal(str)  # the text, with a line saying which article it came from
    send_to_ticket = Signal(str)
    open_flow = Signal(str)  # a pretreatment flow id
    favourite_toggled = Signal(str, str, bool)  # article id, title, now a favourite

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: CachedArticle | None = None
        self.title = QLabel(self)
        self.title.setObjectName("kb-article-title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.meta = QLabel(self)
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet("color: palette(placeholder-text);")
        self.flow_link = QLabel(self)
        self.flow_link.setObjectName("kb-flow-link")
        self.flow_link.linkActivated.connect(lambda _link: self._start_flow())
        self.flow_link.hide()

        self.favourite = self._button(self.tr("☆ Favourite"), self.tr("Keep this article in your favourites"))
        self.favourite.setCheckable(True)
        self.favourite.toggled.connect(self._favourite_changed)
        self.copy_action = QAction(self.tr("Copy paragraph"), self)
        self.copy_action.setToolTip(self.tr("Copy the selected text, or the paragraph at the cursor"))
        self.copy_action.triggered.connect(lambda: self._copy(self.current_text()))
        self.copy_all_action = QAction(self.tr("Copy article"), self)
        self.copy_all_action.triggered.connect(lambda: self._copy(self.whole_text()))
        self.note_action = QAction(self.tr("To note"), self)
        self.note_action.setToolTip(self.tr("Add the paragraph (or selection) to the notepad"))
        self.note_action.triggered.connect(lambda: self._send(self.send_to_note))
        self.ticket_action = QAction(self.tr("To ticket"), self)
        self.ticket_action.setToolTip(self.tr("Add the paragraph (or selection) to the ticket being written"))
        self.ticket_action.triggered.connect(lambda: self._send(self.send_to_ticket))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.favourite)
        for action in (self.copy_action, self.copy_all_action, self.note_action, self.ticket_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.body = SafeTextBrowser(self)
        self.body.setObjectName("kb-article-body")
        self.body.setContextMenuPolicy(self.body.contextMenuPolicy().CustomContextMenu)
        self.body.customContextMenuRequested.connect(self._context_menu)
        self.empty = QLabel(self.tr("Choose an article to read it here."), self)
        self.empty.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.flow_link)
        layout.addLayout(buttons)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.empty)
        self.show_article(None)

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        return button

    # -- showing --------------------------------------------------------------------------------------
    def show_article(self, article: CachedArticle | None, *, favourite: bool = False) -> None:
        self.article = article
        has = article is not None
        for w in (self.title, self.meta, self.body, self.favourite):
            w.setVisible(has)
        for a in (self.copy_action, self.copy_all_action, self.note_action, self.ticket_action):
            a.setEnabled(has)
        self.empty.setVisible(not has)
        self.flow_link.hide()
        if article is None:
            self.body.clear()
            return
        self.title.setText(article.title)
        meta = " › ".join(article.catalogue_path)
        if article.keywords:
            meta += "   " + self.tr("Keywords: %1").replace("%1", "、".join(article.keywords))
        if article.last_update:
            meta += "   " + self.tr("Updated %1").replace("%1", article.last_update[:10])
        self.meta.setText(meta)
        self.body.setHtml(
            safe_html(article.body_html, self.tr("[image not shown: %1]"), self.tr("[image not shown]"))
        )
        self.body.moveCursor(QTextCursor.MoveOperation.Start)
        if article.flow_id:
            self.flow_link.setText(
                self.tr("Related pretreatment flow: %1 — <a href='#flow'>start it</a>").replace(
                    "%1", flow_name(article.flow_id)
                )
            )
            self.flow_link.show()
        self.favourite.blockSignals(True)
        self.favourite.setChecked(favourite)
        self._favourite_label(favourite)
        self.favourite.blockSignals(False)

    def _favourite_label(self, on: bool) -> None:
        self.favourite.setText(self.tr("★ Favourite") if on else self.tr("☆ Favourite"))

    # -- text to copy or send -------------------------------------------------------------------------
    def current_text(self, cursor: QTextCursor | None = None) -> str:
        """The selection if there is one, else the paragraph at the cursor (or at ``cursor``)."""
        cursor = cursor or self.body.textCursor()
        if cursor.hasSelection():
            return cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n").strip()
        return cursor.block().text().strip()

    def whole_text(self) -> str:
        return self.body.toPlainText().strip()

    def citation(self) -> str:
        if self.article is None:
            return ""
        return (
            self.tr("(Knowledge base: %1, %2)")
            .replace("%1", self.article.title)
            .replace("%2", self.article.id)
        )

    def _copy(self, text: str) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)

    def _send(self, signal, text: str | None = None) -> None:
        text = self.current_text() if text is None else text
        if text and self.article is not None:
            signal.emit(f"{text}\n{self.citation()}")

    def _start_flow(self) -> None:
        if self.article is not None and self.article.flow_id:
            self.open_flow.emit(self.article.flow_id)

    def _favourite_changed(self, on: bool) -> None:
        self._favourite_label(on)
        if self.article is not None:
            self.favourite_toggled.emit(self.article.id, self.article.title, on)

    def _context_menu(self, pos: QPoint) -> None:
        cursor = self.body.textCursor()
        if not cursor.hasSelection():
            cursor = self.body.cursorForPosition(pos)
            self.body.setTextCursor(cursor)
        menu = self.body.createStandardContextMenu(pos)
        menu.addSeparator()
        for action in (self.copy_action, self.note_action, self.ticket_action):
            menu.addAction(action)
        menu.popup(self.body.viewport().mapToGlobal(pos))
