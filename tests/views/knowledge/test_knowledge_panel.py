"""The knowledge dock driven as an agent or a team lead would, over the real simulator."""

from __future__ import annotations

import asyncio
import time
import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from agentdesk.domain.knowledge_search import SearchField
from agentdesk.services.knowledge.models import SearchHit
from tests.services.knowledge.conftest import plain_fields, server_articles
from tests.support.aio import wait_until


def ime_type(widget, text: str) -> None:
    """Chinese arrives from the input method as committed text, not as key presses (QTest's key
    clicks cannot carry it): send what an IME sends when the agent picks a word."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def shown_ids(lst) -> list[str]:
    return [i.id for i in lst.results.items()]


def test_typing_searches_as_you_type_and_the_latest_query_wins(make_panel, qtbot, api, run):
    panel, _host, _desk = make_panel()
    articles = server_articles(api)
    stalls: list[float] = []

    async def type_and_watch():
        last = time.perf_counter()

        async def watch():
            nonlocal last
            while True:
                await asyncio.sleep(0.005)
                now = time.perf_counter()
                stalls.append(now - last)
                last = now

        watcher = asyncio.ensure_future(watch())
        panel.search.setFocus()
        for word in ["宽", "带", "账号", "密码", "重置"]:  # as the IME commits them, faster than the debounce
            ime_type(panel.search, word)
            await asyncio.sleep(0.02)
        await wait_until(lambda: panel.count_label.text() and panel.results.results.rowCount() > 0)
        await asyncio.sleep(0.3)
        watcher.cancel()

    run(type_and_watch())
    hits = panel.results.results.items()
    exact = [h for h in hits if isinstance(h, SearchHit) and h.exact]
    truth = {i for i, a in articles.items() if any("宽带账号密码重置" in f for f in plain_fields(a))}
    assert exact and {h.id for h in exact} <= truth  # the answer to the last text, not to "宽" or "宽带"
    assert panel.count_label.text().startswith(f"{len(truth)} ")
    assert max(stalls) < 0.5  # the window kept breathing while searches ran


def test_opening_a_hit_shows_the_sanitised_article_and_paragraphs_go_to_note_and_ticket(
    make_panel, qtbot, run
):
    panel, _host, _desk = make_panel()
    ime_type(panel.search, "处理步骤")
    run(wait_until(lambda: panel.results.results.rowCount() > 0))
    first = panel.results.results.item(0)
    index = panel.results.results.index(0)
    qtbot.mouseClick(
        panel.results.viewport(), Qt.MouseButton.LeftButton, pos=panel.results.visualRect(index).center()
    )
    run(wait_until(lambda: panel.article.article is not None and panel.article.article.id == first.id))
    assert panel.article.title.text() == first.title.text
    assert "<script" not in panel.article.body.toHtml() and "处理步骤" in panel.article.body.toPlainText()

    body = panel.article.body
    cursor = body.document().find("处理步骤")
    cursor.clearSelection()
    body.setTextCursor(cursor)
    paragraph = cursor.block().text().strip()
    panel.article.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == paragraph
    with qtbot.waitSignal(panel.send_to_note) as note:
        panel.article.note_action.trigger()
    assert note.args[0].startswith(paragraph) and first.id in note.args[0]
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    with qtbot.waitSignal(panel.send_to_ticket) as ticket:
        panel.article.ticket_action.trigger()
    assert ticket.args[0].split("\n")[0] == cursor.selectedText().strip()

    # it is now in the agent's recent list
    panel.tabs.setCurrentWidget(panel.recent)
    run(wait_until(lambda: shown_ids(panel.recent)[:1] == [first.id]))


def test_article_with_a_flow_links_to_it_and_images_are_not_loaded(make_panel, admin, qtbot, run):
    created = admin.post(
        "/admin/kb/article",
        json={
            "catalogueId": "K02-03",
            "title": f"宽带拨号失败处理{uuid.uuid4().hex[:4]}",
            "keywords": ["拨号"],
            "body": '<p>先做拨号测试。</p><p><img src="http://kb.intranet.example/img/9.png" alt="拓扑图"></p>'
            '<p><a href="http://evil.example/">点此</a><script>alert(1)</script></p>',
            "flowId": "broadband-login",
        },
    ).json()
    panel, _host, _desk = make_panel()
    panel.open_article(created["id"])
    run(wait_until(lambda: panel.article.article is not None))
    assert panel.article.flow_link.isVisible()
    text = panel.article.body.toPlainText()
    assert "[image not shown: 拓扑图]" in text and "alert" not in text
    shown = panel.article.body.toHtml()
    assert (
        "intranet" not in shown
        and "evil.example" not in shown
        and "<img" not in shown
        and "href" not in shown
    )
    with qtbot.waitSignal(panel.open_flow) as flow:
        panel.article.flow_link.linkActivated.emit("#flow")
    assert flow.args == ["broadband-login"]


def test_catalogue_browsing_and_directory_filter(make_panel, qtbot, api, run):
    panel, _host, _desk = make_panel()
    articles = server_articles(api)
    panel.tabs.setCurrentWidget(panel.catalogue)
    run(wait_until(lambda: panel.catalogue.names()[:1] == ["资费套餐"]))
    model = panel.catalogue.catalogue
    broadband = model.item(1)
    assert broadband.text().startswith("宽带业务 (")
    panel.catalogue.expand(broadband.index())
    leaf = broadband.child(1)  # 宽带故障处理
    qtbot.mouseClick(
        panel.catalogue.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.catalogue.visualRect(leaf.index()).center(),
    )
    in_leaf = {i for i, a in articles.items() if a["catalogueId"] == "K02-02"}
    run(wait_until(lambda: set(shown_ids(panel.results)) == in_leaf))
    assert panel.tabs.currentWidget() is panel.results and panel.scope_label.text().endswith("宽带故障处理")

    ime_type(panel.search, "密码")
    want = {i for i in in_leaf if any("密码" in f for f in plain_fields(articles[i]))}
    run(wait_until(lambda: set(shown_ids(panel.results)) == want))
    qtbot.mouseClick(panel.scope_clear, Qt.MouseButton.LeftButton)
    everywhere = {i for i, a in articles.items() if any("密码" in f for f in plain_fields(a))}
    run(wait_until(lambda: len(shown_ids(panel.results)) == min(50, len(everywhere))))
    assert not panel.scope_label.isVisible()

    panel.field.setCurrentIndex(panel.field.findData(SearchField.KEYWORDS))
    in_keywords = {i for i, a in articles.items() if any("密码" in k for k in a["keywords"])}
    run(wait_until(lambda: panel.count_label.text().startswith(f"{len(in_keywords)} ")))
    assert set(shown_ids(panel.results)) <= in_keywords and shown_ids(panel.results)


def test_offline_the_panel_says_so_and_search_still_works(make_panel, admin, qtbot, run):
    panel, _host, _desk = make_panel()
    admin.put("/admin/faults/kb", json={"down": True}).raise_for_status()
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    run(wait_until(lambda: panel.status.text().startswith("Offline"), timeout=20))
    assert "last synced" in panel.status.text() and panel.status.toolTip()
    ime_type(panel.search, "漫游")
    run(wait_until(lambda: panel.results.results.rowCount() > 0))
    panel.open_article(panel.results.results.item(0).id)
    run(wait_until(lambda: panel.article.article is not None))


def test_favourite_toggle_keeps_the_article_in_the_favourites_tab(make_panel, qtbot, run):
    panel, _host, _desk = make_panel()
    ime_type(panel.search, "彩铃")
    run(wait_until(lambda: panel.results.results.rowCount() > 1))
    chosen = panel.results.results.item(1).id
    panel.open_article(chosen)
    run(wait_until(lambda: panel.article.article is not None and panel.article.article.id == chosen))
    qtbot.mouseClick(panel.article.favourite, Qt.MouseButton.LeftButton)
    assert panel.article.favourite.text().startswith("★")
    panel.tabs.setCurrentWidget(panel.favourites)
    run(wait_until(lambda: shown_ids(panel.favourites) == [chosen]))
    qtbot.mouseClick(panel.article.favourite, Qt.MouseButton.LeftButton)
    run(wait_until(lambda: shown_ids(panel.favourites) == []))
