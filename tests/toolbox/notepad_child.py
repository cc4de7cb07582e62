"""Child process for the kill test: opens the notepad, types, reports, then waits to be killed.

python -m tests.toolbox.notepad_child DATA_DIR TEXT
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from agentdesk.services.toolbox.notes import NotesService  # noqa: E402
from agentdesk.storage.database import LocalDatabase  # noqa: E402
from agentdesk.toolbox.notepad import NotepadWidget  # noqa: E402


async def main(data_dir: Path, text: str) -> None:
    db = LocalDatabase(data_dir / "agentdesk.sqlite")
    notepad = NotepadWidget(NotesService(db, owner="demo_agent"), ZoneInfo("Asia/Shanghai"))
    notepad.show()
    await notepad.reload()
    notepad.editor.setFocus()
    QTest.keyClicks(notepad.editor, text)
    print("TYPED", flush=True)
    await asyncio.Event().wait()  # run until killed: no clean shutdown, no final save


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(main(Path(sys.argv[1]), sys.argv[2]))
