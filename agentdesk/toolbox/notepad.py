"""Notepad tool: several plain-text notes with a searchable list, saved automatically while typing.

Autosave: every change restarts a short debounce timer (``AUTOSAVE_MS``); when it fires the text is
written in one durable transaction off the event loop. Switching notes, searching and closing save
at once, so nothing typed is lost when the desk is closed or killed more than a moment later.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agentdesk.services.toolbox.notes import Note, NotesService

log = logging.getLogger(__name__)

AUTOSAVE_MS = 300
SEARCH_MS = 200


class NoteListModel(QAbstractListModel):
    """The notes list: title (or a placeholder) and the local time of the last change."""

    def __init__(self, zone: ZoneInfo, parent=None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.notes: list[Note] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.notes)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.notes):
            return None
        note = self.notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = note.title or self.tr("(empty note)")
            return f"{title}\n{note.updated_at.astimezone(self.zone):%Y-%m-%d %H:%M}"
        if role == Qt.ItemDataRole.ToolTipRole:
            created = note.created_at.astimezone(self.zone)
            updated = note.updated_at.astimezone(self.zone)
            return (
                self.tr("Created %1, changed %2")
                .replace("%1", f"{created:%Y-%m-%d %H:%M}")
                .replace("%2", f"{updated:%Y-%m-%d %H:%M}")
            )
        if role == Qt.ItemDataRole.UserRole:
            return note.id
        return None

    def set_notes(self, notes: list[Note]) -> None:
        self.beginResetModel()
        self.notes = list(notes)
        self.endResetModel()

    def row_of(self, note_id: int | None) -> int:
        return next((i for i, n in enumerate(self.notes) if n.id == note_id), -1)

    def put(self, note: Note) -> None:
        """Update a note in place, or add it on top (a new note)."""
        row = self.row_of(note.id)
        if row < 0:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self.notes.insert(0, note)
            self.endInsertRows()
            return
        self.notes[row] = note
        self.dataChanged.emit(self.index(row), self.index(row))

    def remove(self, note_id: int) -> None:
        row = self.row_of(note_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.notes[row]
            self.endRemoveRows()


class NotepadWidget(QWidget):
    """Notes list with search on the left, the note on the right; saves by itself."""

    copy_to_ticket = Signal(str)  # the note (or the selected part of it), for a ticket description
    saved = Signal(int)  # note id, after its text reached the database

    def __init__(self, notes: NotesService, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notepad")
        self.notes = notes
        self.zone = zone
        self.current_id: int | None = None
        self._customer: tuple[str, str] | None = None
        self._dirty = False
        self._save_lock = asyncio.Lock()
        self._tasks: set[asyncio.Task] = set()

        self.search = QLineEdit(self)
        self.search.setObjectName("noteSearch")
        self.search.setPlaceholderText(self.tr("Search notes"))
        self.search.setClearButtonEnabled(True)
        self.model = NoteListModel(zone, self)
        self.list = QListView(self)
        self.list.setObjectName("noteList")
        self.list.setModel(self.model)
        self.list.setAlternatingRowColors(True)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.new_button = QPushButton(self.tr("New note"), self)
        self.new_button.setToolTip(self.tr("Start a new note (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_note)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_current)

        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText(self.tr("Type your note; it is saved as you type."))
        self.editor.textChanged.connect(self._on_text_changed)
        self.status = QLabel(self)
        self.status.setObjectName("noteStatus")
        self.insert_customer_button = QPushButton(self.tr("Insert customer"), self)
        self.insert_customer_button.setToolTip(self.tr("Insert the current customer's number and name"))
        self.insert_customer_button.setEnabled(False)
        self.insert_customer_button.clicked.connect(lambda: self._insert_customer())
        self.insert_time_button = QPushButton(self.tr("Insert time"), self)
        self.insert_time_button.setToolTip(self.tr("Insert the date and time (Ctrl+;)"))
        self.insert_time_button.clicked.connect(self.insert_time)
        self.ticket_button = QPushButton(self.tr("Copy to ticket"), self)
        self.ticket_button.setToolTip(self.tr("Use this note (or the selected text) as a ticket description"))
        self.ticket_button.clicked.connect(self._copy_to_ticket)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(lambda: self._spawn(self.save_now()))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_MS)
        self._search_timer.timeout.connect(lambda: self._spawn(self.reload()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        for keys, slot in (("Ctrl+N", self.new_note), ("Ctrl+;", self.insert_time)):
            QShortcut(QKeySequence(keys), self, slot).setContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut
            )

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        tools.addWidget(self.insert_customer_button)
        tools.addWidget(self.insert_time_button)
        tools.addWidget(self.ticket_button)
        tools.addStretch(1)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.editor, 1)
        right_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- tasks ------------------------------------------------------------------------------------
    def _spawn(self, coro) -> asyncio.Task:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def aclose(self) -> None:
        """Save what is pending and wait for running work (the desk calls this before closing)."""
        await self.flush()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    # --- loading ----------------------------------------------------------------------------------
    async def reload(self) -> None:
        """Save pending text, then show the notes matching the search; keep the open note selected."""
        await self.flush()
        notes = await self.notes.list(self.search.text())
        keep = self.current_id
        self.list.selectionModel().blockSignals(True)
        self.model.set_notes(notes)
        self.list.selectionModel().blockSignals(False)
        row = self.model.row_of(keep)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        elif notes and keep is None:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(0))
            self.list.selectionModel().blockSignals(False)
            await self.open_note(notes[0].id)
        elif keep is None:
            self._show_saved(None)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        note_id = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        if note_id != self.current_id:
            self._spawn(self.open_note(note_id))

    async def open_note(self, note_id: int | None) -> None:
        await self.flush()
        note = await self.notes.get(note_id) if note_id is not None else None
        self.current_id = note.id if note else None
        self.editor.blockSignals(True)
        self.editor.setPlainText(note.body if note else "")
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # notes grow at the end during a call
        self.editor.blockSignals(False)
        self._dirty = False
        self._show_saved(note)

    # --- editing and saving -----------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self._autosave.start()

    async def flush(self) -> None:
        """Save now if there are unsaved changes."""
        if self._dirty:
            self._autosave.stop()
            await self.save_now()

    async def save_now(self) -> None:
        async with self._save_lock:
            if not self._dirty:
                return
            text = self.editor.toPlainText()
            note_id = self.current_id
            self._dirty = False
            try:
                if note_id is None:
                    if not text.strip():
                        return
                    note = await self.notes.create(text)
                    self.current_id = note.id
                else:
                    note = await self.notes.save(note_id, text)
            except Exception as exc:  # never lose the text: keep it dirty and say so
                log.exception("saving note failed")
                self._dirty = True
                self.status.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
                self._autosave.start()
                return
            if note is None:  # deleted elsewhere meanwhile
                return
            self.model.put(note)
            if self.current_id == note.id and self._current_row() != self.model.row_of(note.id):
                self.list.selectionModel().blockSignals(True)
                self.list.setCurrentIndex(self.model.index(self.model.row_of(note.id)))
                self.list.selectionModel().blockSignals(False)
            self._show_saved(note)
            self.saved.emit(note.id)

    def _current_row(self) -> int:
        return self.list.currentIndex().row() if self.list.currentIndex().isValid() else -1

    def _show_saved(self, note: Note | None) -> None:
        if note is None:
            self.status.setText(self.tr("New note: start typing."))
            return
        self.status.setText(
            self.tr("Saved %1 · created %2")
            .replace("%1", f"{note.updated_at.astimezone(self.zone):%H:%M:%S}")
            .replace("%2", f"{note.created_at.astimezone(self.zone):%Y-%m-%d %H:%M}")
        )

    def new_note(self) -> None:
        self._spawn(self._new_note())

    async def _new_note(self) -> None:
        await self.flush()
        note = await self.notes.create("")
        self.current_id = note.id
        self.model.put(note)
        self.list.selectionModel().blockSignals(True)
        self.list.setCurrentIndex(self.model.index(self.model.row_of(note.id)))
        self.list.selectionModel().blockSignals(False)
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self._dirty = False
        self._show_saved(note)
        self.editor.setFocus()

    def delete_current(self) -> None:
        if self.current_id is not None:
            self._spawn(self._delete(self.current_id))

    async def _delete(self, note_id: int) -> None:
        self._autosave.stop()
        self._dirty = False
        await self.notes.delete(note_id)
        self.model.remove(note_id)
        self.current_id = None
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        else:
            await self.open_note(None)

    # --- inserting --------------------------------------------------------------------------------
    def set_current_customer(self, number: str, name: str) -> None:
        """The customer in view (empty number: none); enables "Insert customer"."""
        self._customer = (number, name) if number else None
        self.insert_customer_button.setEnabled(self._customer is not None)

    def insert_customer(self, number: str, name: str) -> None:
        """Put the customer's number and name into the note at the cursor."""
        self.set_current_customer(number, name)
        self._insert_customer()

    def _insert_customer(self) -> None:
        if self._customer is None:
            return
        number, name = self._customer
        self._insert_text(" ".join(p for p in (number, name) if p))

    def insert_time(self) -> None:
        self._insert_text(f"{datetime.now(UTC).astimezone(self.zone):%Y-%m-%d %H:%M}")

    def insert_text(self, text: str) -> None:
        """Put text from elsewhere in the desk (a knowledge paragraph) into the open note."""
        self._insert_text(text.strip())

    def _insert_text(self, text: str) -> None:
        cursor = self.editor.textCursor()
        before = self.editor.toPlainText()[: cursor.position()]
        if before and not before.endswith((" ", "\n")):
            text = " " + text
        cursor.insertText(text + " ")
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def _copy_to_ticket(self) -> None:
        selected = self.editor.textCursor().selectedText().replace("\u2029", "\n")
        text = selected or self.editor.toPlainText()
        if text.strip():
            self.copy_to_ticket.emit(text)
