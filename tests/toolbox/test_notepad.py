"""The notepad used as an agent would, and its autosave surviving a killed desk."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent

from agentdesk.services.toolbox.notes import NotesService
from agentdesk.storage.database import LocalDatabase
from agentdesk.toolbox.notepad import AUTOSAVE_MS, NotepadWidget
from tests.support.aio import wait_until

ROOT = Path(__file__).resolve().parents[2]


def make(qtbot, services) -> NotepadWidget:
    widget = NotepadWidget(services.notes, services.zone)
    qtbot.addWidget(widget)
    widget.resize(720, 420)
    widget.show()
    return widget


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person: ASCII as key presses, Enter for a newline, and Chinese as an input
    method commits it (QTest can only press keys of the ASCII range)."""
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", line):
            if run.isascii():
                qtbot.keyClicks(widget, run)
            else:
                event = QInputMethodEvent()
                event.setCommitString(run)
                QCoreApplication.sendEvent(widget, event)


def visible_titles(w: NotepadWidget) -> list[str]:
    return [w.model.index(i).data().split("\n")[0] for i in range(w.model.rowCount())]


def test_typing_is_saved_within_a_second_and_notes_are_searchable(qtbot, run, services) -> None:
    w = make(qtbot, services)

    async def scenario() -> None:
        await w.reload()
        assert visible_titles(w) == [] and w.status.text() == "New note: start typing."
        w.editor.setFocus()
        type_text(qtbot, w.editor, "回访 张三\n宽带周三再联系")
        typed = time.monotonic()
        await wait_until(lambda: w.status.text().startswith("Saved"), timeout=2)
        assert time.monotonic() - typed < 1.0
        [note] = await services.notes.list()
        assert note.body == "回访 张三\n宽带周三再联系"
        assert visible_titles(w) == ["回访 张三"]

        qtbot.mouseClick(w.new_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: w.model.rowCount() == 2 and w.editor.toPlainText() == "")
        qtbot.keyClicks(w.editor, "Shift handover")
        await wait_until(lambda: visible_titles(w) == ["Shift handover", "回访 张三"])

        type_text(qtbot, w.search, "宽带")
        await wait_until(lambda: visible_titles(w) == ["回访 张三"])
        w.list.setCurrentIndex(w.model.index(0))
        await wait_until(lambda: w.editor.toPlainText() == "回访 张三\n宽带周三再联系")
        w.search.clear()
        await wait_until(lambda: w.model.rowCount() == 2)
        assert w.editor.toPlainText() == "回访 张三\n宽带周三再联系"  # the open note stays open

    run(scenario())


def test_insert_customer_time_and_copy_to_ticket(qtbot, run, services) -> None:
    w = make(qtbot, services)
    sent: list[str] = []
    w.copy_to_ticket.connect(sent.append)

    async def scenario() -> None:
        await w.reload()
        assert not w.insert_customer_button.isEnabled()
        w.set_current_customer("13800138000", "张三")
        qtbot.keyClicks(w.editor, "Caller:")
        qtbot.mouseClick(w.insert_customer_button, Qt.MouseButton.LeftButton)
        assert w.editor.toPlainText() == "Caller: 13800138000 张三 "
        w.insert_customer("075512345678", "李四")  # what the window calls with its current customer
        assert w.editor.toPlainText().endswith("13800138000 张三 075512345678 李四 ")
        qtbot.mouseClick(w.insert_time_button, Qt.MouseButton.LeftButton)
        assert w.editor.toPlainText()[-17:-6].startswith("20")  # 'YYYY-MM-DD HH:MM '
        qtbot.mouseClick(w.ticket_button, Qt.MouseButton.LeftButton)
        assert sent == [w.editor.toPlainText()]
        await wait_until(lambda: w.status.text().startswith("Saved"))
        [note] = await services.notes.list()
        assert note.body == w.editor.toPlainText()
        qtbot.mouseClick(w.delete_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: w.model.rowCount() == 0)
        assert await services.notes.list() == []
        assert w.editor.toPlainText() == ""

    run(scenario())


def test_switching_notes_saves_immediately(qtbot, run, services) -> None:
    w = make(qtbot, services)

    async def scenario() -> None:
        first = await services.notes.create("first")
        await services.notes.create("second")
        await w.reload()
        assert w.editor.toPlainText() == "second"
        qtbot.keyClicks(w.editor, " edited")
        w.list.setCurrentIndex(w.model.index(w.model.row_of(first.id)))  # before the debounce ends
        await wait_until(lambda: w.editor.toPlainText() == "first")
        bodies = sorted(n.body for n in await services.notes.list())
        assert bodies == ["first", "second edited"]

    run(scenario())


def test_autosave_survives_the_desk_being_killed(tmp_path) -> None:
    data = tmp_path / "killed"
    data.mkdir()
    text = "Customer 13800138000 says the modem LOS light blinks; call back at 15:00"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AGENTDESK_DATA_DIR": str(data)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.toolbox.notepad_child", str(data), text],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "TYPED", child.stderr.read()
        typed = time.monotonic()
        # watch the database file as another process would, until the autosave landed
        body = None
        while time.monotonic() - typed < 10:
            with sqlite3.connect(f"file:{data / 'agentdesk.sqlite'}?mode=ro", uri=True) as conn:
                row = conn.execute("SELECT body FROM toolbox_note").fetchone()
            conn.close()
            if row and row[0] == text:
                body = row[0]
                break
            time.sleep(0.02)
        saved_after = time.monotonic() - typed
        assert body == text
        assert saved_after < 1.0 + AUTOSAVE_MS / 1000
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    db = LocalDatabase(data / "agentdesk.sqlite")
    try:
        import asyncio

        notes = asyncio.run(NotesService(db, owner="demo_agent").list())
        assert [n.body for n in notes] == [text]
    finally:
        db.close()
