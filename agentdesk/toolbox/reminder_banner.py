"""In-desk reminder banner and the desktop notification for due reminders.

The banner lists every reminder waiting for an answer (snooze 5/10/30 minutes or dismiss) and
stays until answered; missed ones (due while the desk was closed) are marked. The notifier shows a
system-tray message for each newly due reminder, so it is seen while the desk is minimised or
behind another window; where no tray exists (some terminals, offscreen) it asks the taskbar to
flash the desk instead.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from agentdesk.services.toolbox.reminders import SNOOZE_CHOICES, Reminder, ReminderScheduler

log = logging.getLogger(__name__)


def when_text(reminder: Reminder, now: datetime, zone: ZoneInfo) -> str:
    """``10:00 (in 15 min)``, ``10:00 (started 5 min ago)``, dates for other days."""
    start = reminder.occurrence.astimezone(zone)
    local_now = now.astimezone(zone)
    at = f"{start:%H:%M}" if start.date() == local_now.date() else f"{start:%m-%d %H:%M}"
    minutes = int((reminder.occurrence - now).total_seconds() // 60)
    hours = abs(minutes) // 60  # computed here: lupdate reads "//" inside translate() as a comment
    if minutes > 0:
        rel = (
            QCoreApplication.translate("ReminderBanner", "in %n min", None, minutes)
            if minutes < 120
            else QCoreApplication.translate("ReminderBanner", "in %n h", None, hours)
        )
    elif minutes == 0:
        rel = QCoreApplication.translate("ReminderBanner", "now")
    elif -minutes < 120:
        rel = QCoreApplication.translate("ReminderBanner", "started %n min ago", None, -minutes)
    else:
        rel = QCoreApplication.translate("ReminderBanner", "started %n h ago", None, hours)
    return f"{at} ({rel})"


def link_text(reminder: Reminder) -> str:
    event = reminder.event
    parts = [" ".join(p for p in (event.customer_number, event.customer_name) if p), event.ticket_id]
    return " · ".join(p for p in parts if p)


class ReminderRow(QFrame):
    def __init__(self, banner: ReminderBanner, reminder: Reminder) -> None:
        super().__init__(banner)
        self.reminder = reminder
        self.setObjectName("reminderRow")
        self.label = QLabel(self)
        self.label.setObjectName("reminderText")
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.label, 1)
        self.snooze_buttons: dict[int, QPushButton] = {}
        self.setStyleSheet("QPushButton { padding: 2px 6px; min-width: 0; }")  # fits a narrow dock
        for minutes in SNOOZE_CHOICES:
            button = QPushButton(self.tr("%n min", "", minutes), self)
            button.setToolTip(self.tr("Remind me again in %n minute(s)", "", minutes))
            button.clicked.connect(lambda _=False, m=minutes: banner.snooze(self.reminder, m))
            layout.addWidget(button)
            self.snooze_buttons[minutes] = button
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.clicked.connect(lambda: banner.dismiss(self.reminder))
        layout.addWidget(self.dismiss_button)

    def update_text(self, now: datetime, zone: ZoneInfo) -> None:
        reminder = self.reminder
        text = f"<b>{_escape(reminder.event.title)}</b> — {when_text(reminder, now, zone)}"
        link = link_text(reminder)
        if link:
            text += f" · {_escape(link)}"
        if reminder.missed:
            missed = self.tr("missed while the desk was closed")
            text += f" <span style='color:#b00020'>{missed}</span>"
        self.label.setText(text)

    def plain_text(self) -> str:
        return self.label.text()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ReminderBanner(QFrame):
    """A yellow strip of due reminders; hidden when there are none."""

    def __init__(self, scheduler: ReminderScheduler, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet(
            "#reminderBanner { background: #fff8d6; border: 1px solid #e6c200; border-radius: 4px; }"
        )
        self.scheduler = scheduler
        self.zone = zone
        self.rows: list[ReminderRow] = []
        self._tasks: set[asyncio.Task] = set()
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.dismiss_all_button = QPushButton(self.tr("Dismiss all"), self)
        self.dismiss_all_button.clicked.connect(self.dismiss_all)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.dismiss_all_button)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(head)
        layout.addLayout(self.rows_layout)
        scheduler.on_active_changed(self.refresh)
        self._tick = QTimer(self)  # keeps "in 5 min" current
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self._update_texts)
        self._tick.start()
        self.refresh()

    def refresh(self) -> None:
        active = sorted(self.scheduler.active.values(), key=lambda r: (r.occurrence, r.event.id))
        for row in self.rows:
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = [ReminderRow(self, r) for r in active]
        for row in self.rows:
            self.rows_layout.addWidget(row)
        self.title.setText(self.tr("Reminders (%n)", "", len(active)))
        self.dismiss_all_button.setVisible(len(active) > 1)
        self._update_texts()
        self.setVisible(bool(active))

    def _update_texts(self) -> None:
        now = self.scheduler.clock.now()
        for row in self.rows:
            row.update_text(now, self.zone)

    def texts(self) -> list[str]:
        """The reminder lines as shown (rich text), for tests and screenshots."""
        return [row.plain_text() for row in self.rows]

    def _spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def aclose(self) -> None:
        """Wait for snoozes and dismissals still being written."""
        self._tick.stop()
        if self._tasks:
            await asyncio.wait(list(self._tasks))

    def snooze(self, reminder: Reminder, minutes: int) -> None:
        self._spawn(self.scheduler.snooze(reminder, minutes))

    def dismiss(self, reminder: Reminder) -> None:
        self._spawn(self.scheduler.dismiss(reminder))

    def dismiss_all(self) -> None:
        self._spawn(self.scheduler.dismiss_all())


class ReminderNotifier(QObject):
    """Tells the agent about newly due reminders outside the banner: tray message or taskbar flash."""

    activated = Signal()  # the agent clicked the notification: show the desk and the banner

    def __init__(
        self,
        scheduler: ReminderScheduler,
        zone: ZoneInfo,
        tray: QSystemTrayIcon | None = None,
        window: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.zone = zone
        self.scheduler = scheduler
        self.window = window
        self.shown: list[tuple[str, str, str]] = []  # (how, title, text): what the agent was told
        self.tray = tray
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip("AgentDesk")
            self.tray.show()
        if self.tray is not None:
            self.tray.messageClicked.connect(self.activated)
        scheduler.on_fired(self.notify)

    @property
    def uses_tray(self) -> bool:
        return self.tray is not None and QSystemTrayIcon.supportsMessages() and self.tray.isVisible()

    def notify(self, reminders: list[Reminder]) -> None:
        if not reminders:
            return
        now = self.scheduler.clock.now()
        if len(reminders) == 1:
            reminder = reminders[0]
            title = self.tr("Missed reminder") if reminder.missed else self.tr("Reminder")
            text = f"{reminder.event.title}\n{when_text(reminder, now, self.zone)}"
            link = link_text(reminder)
            if link:
                text += f"\n{link}"
        else:
            missed = sum(r.missed for r in reminders)
            title = self.tr("%n reminder(s)", "", len(reminders))
            text = "\n".join(f"{r.event.title} — {when_text(r, now, self.zone)}" for r in reminders[:5])
            if missed:
                text += "\n" + self.tr("%n missed while the desk was closed", "", missed)
        if self.uses_tray:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
            how = "tray"
        else:
            target = self.window.window() if self.window is not None else None
            if target is not None:
                QApplication.alert(target, 0)
            how = "alert"
        self.shown.append((how, title, text))
        log.info("reminder shown by %s: %s", how, title)
