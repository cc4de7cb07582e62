"""Where to save an export: a file dialog opened with ``open()`` (never ``exec()`` inside the event loop,
see the conventions), Qt's own dialog so it behaves the same on every platform and in tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(
    parent: QWidget,
    title: str,
    name_filter: str,
    suggested: str,
    suffix: str,
    on_chosen: Callable[[str], None],
) -> QFileDialog:
    """Open a save dialog; ``on_chosen(path)`` runs when the team lead picks a file."""
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("dashboard-save-dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder:
        dialog.setDirectory(folder)
    dialog.selectFile(str(Path(folder or ".") / suggested))
    dialog.fileSelected.connect(on_chosen)
    dialog.finished.connect(lambda _code: dialog.deleteLater())
    dialog.open()
    return dialog
