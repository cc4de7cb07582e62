"""Preferences (Ctrl+,): the agent's keys, and the workbench — customer-view tabs (order, shown or not),
docks, start page, text size and theme. Everything is kept per user and applied at once on OK or Apply.

Made for the keyboard: arrows pick, Tab moves on, the key field records the next keys pressed, Alt+Up and
Alt+Down move a tab in the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.services.settings import FONT_SIZE, START_PAGE, THEME
from agentdesk.services.shortcuts import ShortcutConflict, Shortcuts
from agentdesk.views.workbench.tab_layout import TabLayout, known_tabs

KeyRole = Qt.ItemDataRole.UserRole + 1


class ShortcutsPage(QWidget):
    """Every action with its keys; choose one, press the new keys, Assign."""

    def __init__(self, shortcuts: Shortcuts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shortcuts = shortcuts
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("shortcut-table")
        self.table.setAccessibleName(self.tr("Actions and their keys"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Group"), self.tr("Keys")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.key_edit = QKeySequenceEdit(self)
        self.key_edit.setObjectName("shortcut-keys")
        self.key_edit.setAccessibleName(self.tr("New keys"))
        self.key_edit.setMaximumSequenceLength(1)
        self.assign_button = QPushButton(self.tr("&Assign"), self)
        self.assign_button.setObjectName("shortcut-assign")
        self.clear_button = QPushButton(self.tr("&No key"), self)
        self.clear_button.setObjectName("shortcut-clear")
        self.reset_button = QPushButton(self.tr("&Default"), self)
        self.reset_button.setObjectName("shortcut-reset")
        self.reset_all_button = QPushButton(self.tr("All defaults"), self)
        self.reset_all_button.setObjectName("shortcut-reset-all")
        self.problem = QLabel(self)
        self.problem.setObjectName("shortcut-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("New keys:"), self))
        row.addWidget(self.key_edit, 1)
        for b in (self.assign_button, self.clear_button, self.reset_button, self.reset_all_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.assign_button.clicked.connect(self.assign)
        self.clear_button.clicked.connect(lambda: self._rebind([]))
        self.reset_button.clicked.connect(self.reset)
        self.reset_all_button.clicked.connect(self.reset_all)
        self.table.currentCellChanged.connect(lambda *_: (self.problem.clear(), self.key_edit.clear()))
        self.fill()

    def fill(self) -> None:
        current = self.current_id()
        specs = sorted(self.shortcuts.specs(), key=lambda s: (s.translated_category(), s.translated_label()))
        self.table.setRowCount(len(specs))
        for row, spec in enumerate(specs):
            keys = ", ".join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                for k in self.shortcuts.keys(spec.id)
            )
            for col, text in enumerate((spec.translated_label(), spec.translated_category(), keys)):
                item = QTableWidgetItem(text)
                item.setData(KeyRole, spec.id)
                if col == 2 and self.shortcuts.is_custom(spec.id):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        self.select(current or (specs[0].id if specs else ""))

    def select(self, action_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(KeyRole) == action_id:
                self.table.setCurrentCell(row, 0)
                return

    def current_id(self) -> str:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(KeyRole) if item is not None else ""

    def keys_shown(self, action_id: str) -> str:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(KeyRole) == action_id:
                return self.table.item(row, 2).text()
        return ""

    def assign(self) -> None:
        seq = self.key_edit.keySequence()
        if seq.isEmpty():
            self.problem.setText(self.tr("Press the new keys in the key field first."))
            return
        self._rebind([seq.toString(QKeySequence.SequenceFormat.PortableText)])

    def _rebind(self, keys: list[str]) -> None:
        action_id = self.current_id()
        if not action_id:
            return
        try:
            self.shortcuts.rebind(action_id, keys)
        except ShortcutConflict as conflict:
            self.problem.setText(conflict.translated())
            return
        self.problem.clear()
        self.key_edit.clear()
        self.fill()

    def reset(self) -> None:
        action_id = self.current_id()
        if action_id:
            self.shortcuts.reset(action_id)
            self.fill()

    def reset_all(self) -> None:
        self.shortcuts.reset_all()
        self.fill()


class WorkbenchPage(QWidget):
    """Customer-view tabs, docks, start page, text size, theme (applied by the dialog on OK/Apply)."""

    def __init__(self, settings, layout: TabLayout, docks: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tabs_box = QGroupBox(
            self.tr("Customer view tabs (ticked ones are shown; Alt+Up/Alt+Down move)"), self
        )
        self.tab_list = QListWidget(tabs_box)
        self.tab_list.setObjectName("tab-order")
        self.tab_list.setAccessibleName(self.tr("Customer view tabs"))
        titles = dict(known_tabs())
        for key in layout.arranged(list(titles)):
            item = QListWidgetItem(titles[key])
            item.setData(KeyRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if key in layout.hidden else Qt.CheckState.Checked)
            self.tab_list.addItem(item)
        self.tab_list.setCurrentRow(0)
        self.up_button = QPushButton(self.tr("Move &up"), tabs_box)
        self.up_button.setObjectName("tab-up")
        self.down_button = QPushButton(self.tr("Move do&wn"), tabs_box)
        self.down_button.setObjectName("tab-down")
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        QShortcut(QKeySequence("Alt+Up"), self.tab_list, activated=lambda: self.move(-1))
        QShortcut(QKeySequence("Alt+Down"), self.tab_list, activated=lambda: self.move(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        tabs_row = QHBoxLayout(tabs_box)
        tabs_row.addWidget(self.tab_list, 1)
        tabs_row.addLayout(buttons)

        docks_box = QGroupBox(self.tr("Docks shown"), self)
        docks_layout = QVBoxLayout(docks_box)
        self.dock_checks: dict[str, QCheckBox] = {}
        for key, dock in docks.items():
            check = QCheckBox(dock.windowTitle(), docks_box)
            check.setObjectName(f"dock-shown-{key}")
            check.setChecked(not dock.isHidden())
            docks_layout.addWidget(check)
            self.dock_checks[key] = check

        self.start_page = QComboBox(self)
        self.start_page.setObjectName("start-page-choice")
        for value, text in START_PAGE.translated_choices().items():
            self.start_page.addItem(text, value)
        self.start_page.setCurrentIndex(max(0, self.start_page.findData(settings.get(START_PAGE))))
        self.font_size = QSpinBox(self)
        self.font_size.setObjectName("font-size")
        self.font_size.setRange(FONT_SIZE.minimum or 8, FONT_SIZE.maximum or 24)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(settings.get(FONT_SIZE))
        self.theme = QComboBox(self)
        self.theme.setObjectName("theme-choice")
        for value, text in THEME.translated_choices().items():
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get(THEME))))
        self.reset_layout_button = QPushButton(self.tr("&Reset layout"), self)
        self.reset_layout_button.setObjectName("reset-layout")
        self.reset_layout_button.setToolTip(self.tr("All docks and customer-view tabs back as they came"))

        form = QFormLayout()
        form.addRow(START_PAGE.translated_label() + ":", self.start_page)
        form.addRow(FONT_SIZE.translated_label() + ":", self.font_size)
        form.addRow(THEME.translated_label() + ":", self.theme)
        lower = QHBoxLayout()
        lower.addWidget(docks_box)
        lower.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs_box, 1)
        layout.addLayout(lower)
        layout.addWidget(self.reset_layout_button, 0, Qt.AlignmentFlag.AlignLeft)

    def move(self, step: int) -> None:
        row = self.tab_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.tab_list.count():
            return
        item = self.tab_list.takeItem(row)
        self.tab_list.insertItem(target, item)
        self.tab_list.setCurrentRow(target)

    def tab_layout(self) -> TabLayout:
        items = [self.tab_list.item(i) for i in range(self.tab_list.count())]
        return TabLayout(
            tuple(i.data(KeyRole) for i in items),
            frozenset(i.data(KeyRole) for i in items if i.checkState() != Qt.CheckState.Checked),
        )

    def set_tab_layout(self, layout: TabLayout) -> None:
        titles = dict(known_tabs())
        self.tab_list.clear()
        for key in layout.arranged(list(titles)):
            item = QListWidgetItem(titles[key])
            item.setData(KeyRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if key in layout.hidden else Qt.CheckState.Checked)
            self.tab_list.addItem(item)
        self.tab_list.setCurrentRow(0)


class PreferencesDialog(QDialog):
    """``workbench``: the window's Workbench (applies and stores the choices)."""

    applied = Signal()

    def __init__(self, workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences-dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.resize(720, 560)
        self.workbench = workbench
        self.pages = QTabWidget(self)
        self.pages.setObjectName("preferences-pages")
        self.workbench_page = WorkbenchPage(
            workbench.settings, workbench.tab_layout, workbench.window.docks, self.pages
        )
        self.shortcuts_page = ShortcutsPage(workbench.shortcuts, self.pages)
        self.pages.addTab(self.workbench_page, self.tr("&Workbench"))
        self.pages.addTab(self.shortcuts_page, self.tr("&Keyboard"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.workbench_page.reset_layout_button.clicked.connect(self._reset_layout)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)

    def apply(self) -> None:
        page = self.workbench_page
        self.workbench.apply_preferences(
            tab_layout=page.tab_layout(),
            docks={key: check.isChecked() for key, check in page.dock_checks.items()},
            start_page=page.start_page.currentData(),
            font_size=page.font_size.value(),
            theme=page.theme.currentData(),
        )
        self.applied.emit()

    def _ok(self) -> None:
        self.apply()
        self.accept()

    def _reset_layout(self) -> None:
        self.workbench.reset_layout()
        self.workbench_page.set_tab_layout(self.workbench.tab_layout)
        for key, check in self.workbench_page.dock_checks.items():
            check.setChecked(not self.workbench.window.docks[key].isHidden())
