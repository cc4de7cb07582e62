"""Announcements in the desk: the urgent banner on the main window at sign-in, unread markers,
expiry, a team lead publishing from the editor (with a retry after a failure), agents without it."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

from agentdesk.views.main_window import MainWindow
from tests.support.aio import wait_until


def test_urgent_banner_at_sign_in_on_the_main_window(make_desk, qtbot, run):
    desk = make_desk("demo_agent")
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    bar = window.findChild(QToolBar, "toolbar-kb-urgent")
    panel = desk.extras["knowledge"].panels[0]
    run(
        wait_until(
            lambda: bar.isVisible() and panel.banner.text.text().startswith("Urgent announcement:"), 20
        )
    )
    urgent = run(panel.service.announcements.unread_urgent())
    assert urgent and panel.banner.shown_ids() == [e.id for e in urgent]
    assert panel.banner.text.text().endswith(
        urgent[0].announcement.title + (f"  (and {len(urgent) - 1} more)" if len(urgent) > 1 else "")
    )
    tools = {a.text(): a.shortcut().toString() for a in window.tools_menu.actions()}
    assert tools["Search the &knowledge base"] == "Ctrl+Shift+K"
    assert tools["Knowledge &announcements"] == "Ctrl+Shift+G"

    qtbot.mouseClick(panel.banner.read, Qt.MouseButton.LeftButton)  # shows the announcement: read now
    assert panel.tabs.currentWidget() is panel.announcements and window.docks["knowledge"].isVisible()
    run(wait_until(lambda: urgent[0].id not in panel.banner.shown_ids() or not bar.isVisible()))
    assert panel.announcements.view.currentIndex().row() >= 0
    if bar.isVisible():  # more than one: dismissing marks the rest seen
        qtbot.mouseClick(panel.banner.dismiss, Qt.MouseButton.LeftButton)
        run(wait_until(lambda: not bar.isVisible()))
    assert run(panel.service.announcements.unread_urgent()) == []
    window.close()


def test_unread_markers_and_expiry_in_the_list(make_panel, qtbot, run):
    panel, _host, _desk = make_panel("demo_agent")
    panel.tabs.setCurrentWidget(panel.announcements)
    run(wait_until(lambda: panel.announcements.model.rowCount() > 0))
    model = panel.announcements.model
    unread = sum(1 for e in model.entries() if not e.read)
    assert (
        unread and panel.tabs.tabText(panel.tabs.indexOf(panel.announcements)) == f"Announcements ({unread})"
    )
    first = model.index(0)
    assert model.data(first).startswith("● ") and model.data(first, Qt.ItemDataRole.FontRole).bold()
    panel.announcements.view.setCurrentIndex(first)
    run(
        wait_until(
            lambda: panel.tabs.tabText(panel.tabs.indexOf(panel.announcements)) != f"Announcements ({unread})"
        )
    )
    assert "Published" in panel.announcements.text.toPlainText()

    # time passes: what expired leaves the list without asking the knowledge system
    expiring = min(
        (e for e in model.entries() if e.announcement.expire_at), key=lambda e: e.announcement.expire_at
    )
    panel.service.announcements.clock = lambda: expiring.announcement.expire_at + timedelta(minutes=1)
    panel._tick()
    run(wait_until(lambda: expiring.id not in {e.id for e in model.entries()}))


def test_agents_have_no_publish_action(make_panel, run):
    panel, _host, _desk = make_panel("demo_agent")
    run(wait_until(lambda: panel.announcements.model.rowCount() > 0))
    assert not panel.announcements.write.isVisible()
    panel.write_announcement()
    assert panel.editor is None


def test_team_lead_publishes_from_the_editor_and_retries_after_a_failure(make_panel, admin, api, qtbot, run):
    panel, _host, _desk = make_panel("demo_lead")
    panel.tabs.setCurrentWidget(panel.announcements)
    run(wait_until(lambda: panel.announcements.write.isVisible()))
    qtbot.mouseClick(panel.announcements.write, Qt.MouseButton.LeftButton)
    editor = panel.editor
    assert editor is not None and editor.isVisible()

    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)  # empty: refused in the dialog
    assert "title" in editor.message.text() and editor.isVisible()
    title = f"班组例会通知{uuid.uuid4().hex[:4]}"
    editor.title.setText(title)
    editor.body.setPlainText("明天上午9点召开班组例会，请准时参加。")
    editor.priority.setCurrentIndex(editor.priority.findData("important"))

    admin.put("/admin/faults/kb", json={"down": True}).raise_for_status()
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    run(wait_until(lambda: "try again" in editor.message.text(), 20))
    key = editor.draft().idempotency_key
    assert editor.isVisible() and editor.publish_button.isEnabled()

    admin.delete("/admin/faults/kb").raise_for_status()
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)  # the same publication again
    run(wait_until(lambda: panel.editor is None, 20))
    run(wait_until(lambda: any(e.announcement.title == title for e in panel.announcements.model.entries())))
    server = [a for a in api.get("/kb/announcement", params={"limit": 1000}).json() if a["title"] == title]
    assert len(server) == 1 and server[0]["author"] == "demo_lead" and server[0]["priority"] == "important"
    writes = admin.get("/admin/writes", params={"system": "kb"}).json()["writes"]
    assert [w["status_code"] for w in writes if w["idempotency_key"] == key] == [201]
    assert panel.status.text().startswith("Announcement published")
