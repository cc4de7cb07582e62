"""Features hand work to each other in the real window: knowledge → note, knowledge/note → ticket."""

from __future__ import annotations

from agentdesk.features import plug_all
from agentdesk.features.wiring import wire
from agentdesk.views.main_window import MainWindow
from tests.support.aio import wait_until


def _window(desk, qtbot) -> MainWindow:
    assert plug_all(desk) == []
    window = MainWindow(desk)
    qtbot.addWidget(window)
    wire(window, desk)
    window.show()
    return window


def test_knowledge_paragraph_goes_into_the_note(signed_in_desk, qtbot, run):
    async def body():
        window = _window(signed_in_desk, qtbot)
        window.docks["knowledge"].widget().send_to_note.emit("宽带报障须先做拨号测试")
        notepad = window.docks["toolbox"].widget().notepad
        await wait_until(lambda: "宽带报障须先做拨号测试" in notepad.editor.toPlainText())

    run(body())


def test_note_becomes_a_ticket_description(signed_in_desk, qtbot, run, scenario):
    number = scenario("healthy")["number"]

    async def body():
        window = _window(signed_in_desk, qtbot)
        match = (await signed_in_desk.customers.find(number))[0]
        workspace = window.open_customer(match)
        await workspace.loaded()
        tickets = window.docks["tickets"].widget()
        window.docks["toolbox"].widget().copy_note_to_ticket.emit("客户来电反映网速慢")
        await wait_until(lambda: tickets.form is not None and tickets.form.isVisible())
        assert "客户来电反映网速慢" in tickets.form.description.toPlainText()
        tickets.form.close()

    run(body())
