"""A team lead writes an announcement: title, text, priority, when it starts and when it expires.

The dialog only collects and checks; the panel sends it (``publish_requested``) and reports back
with ``published()`` or ``failed(text)``. Pressing Publish again after a failure retries the same
publication (same idempotency key); changing the text first makes it a new one.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from agentdesk.services.knowledge.announcements import BODY_MAX, TITLE_MAX, AnnouncementDraft
from agentdesk.views.knowledge.announcement_list import priority_text


def _to_utc(edit: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


class AnnouncementEditor(QDialog):
    publish_requested = Signal(object)  # AnnouncementDraft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New announcement"))
        self.setObjectName("kb-announcement-editor")
        self.resize(520, 460)
        self._draft: AnnouncementDraft | None = None

        self.title = QLineEdit(self)
        self.title.setMaxLength(TITLE_MAX)
        self.title.setPlaceholderText(self.tr("What agents see in the list"))
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("The announcement's text"))
        self.priority = QComboBox(self)
        for value in ("normal", "important", "urgent"):
            self.priority.addItem(priority_text(value), value)
        now = QDateTime.currentDateTime()
        self.scheduled = QCheckBox(self.tr("Publish later"), self)
        self.publish_at = QDateTimeEdit(now.addSecs(3600), self)
        self.publish_at.setCalendarPopup(True)
        self.publish_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.publish_at.setEnabled(False)
        self.scheduled.toggled.connect(self.publish_at.setEnabled)
        self.expires = QCheckBox(self.tr("Expires"), self)
        self.expires.setChecked(True)
        self.expire_at = QDateTimeEdit(now.addDays(7), self)
        self.expire_at.setCalendarPopup(True)
        self.expire_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.expires.toggled.connect(self.expire_at.setEnabled)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.body)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.scheduled, self.publish_at)
        form.addRow(self.expires, self.expire_at)
        self.message = QLabel(self)
        self.message.setObjectName("kb-editor-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.publish_button = self.buttons.addButton(
            self.tr("Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.publish_button.setObjectName("kb-publish")
        self.buttons.accepted.connect(self._publish)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for signal in (self.title.textChanged, self.body.textChanged, self.priority.currentIndexChanged):
            signal.connect(self._edited)
        for signal in (
            self.publish_at.dateTimeChanged,
            self.expire_at.dateTimeChanged,
            self.scheduled.toggled,
            self.expires.toggled,
        ):
            signal.connect(self._edited)

    def _edited(self, *_args) -> None:
        self._draft = None  # a different announcement now: a new publication with a new key

    def draft(self) -> AnnouncementDraft:
        """The announcement as filled in (kept, with its key, until the form changes)."""
        if self._draft is None:
            self._draft = AnnouncementDraft(
                title=self.title.text().strip(),
                body=self.body.toPlainText().strip(),
                priority=self.priority.currentData(),
                publish_at=_to_utc(self.publish_at) if self.scheduled.isChecked() else None,
                expire_at=_to_utc(self.expire_at) if self.expires.isChecked() else None,
            )
        return self._draft

    def _publish(self) -> None:
        draft = self.draft()
        problems = draft.problems(datetime.now(UTC))
        texts = {
            "title": self.tr("Give the announcement a title (at most %1 characters).").replace(
                "%1", str(TITLE_MAX)
            ),
            "body": self.tr("Write the announcement's text (at most %1 characters).").replace(
                "%1", str(BODY_MAX)
            ),
            "priority": self.tr("Choose a priority."),
            "expire_at": self.tr("The expiry must be later than the publication time."),
        }
        if problems:
            self.message.setText(" ".join(texts[p] for p in problems))
            return
        self.set_busy(True)
        self.message.setText(self.tr("Publishing…"))
        self.message.setStyleSheet("color: palette(text);")
        self.publish_requested.emit(draft)

    def set_busy(self, busy: bool) -> None:
        self.publish_button.setEnabled(not busy)
        for w in (self.title, self.body, self.priority, self.scheduled, self.expires):
            w.setEnabled(not busy)

    def failed(self, text: str) -> None:
        self.set_busy(False)
        self.message.setStyleSheet("color: #c62828;")
        self.message.setText(text + " " + self.tr("Press Publish to try again."))

    def published(self) -> None:
        self.set_busy(False)
        self.accept()
