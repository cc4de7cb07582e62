"""The wizard's own words (its chrome, not the flows' texts, which come in both languages from the flow
files): outcomes, step kinds, and which language to show a flow's texts in."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

CONTEXT = "FlowWizard"

OUTCOME_TEXT = {
    "resolved": QT_TRANSLATE_NOOP("FlowWizard", "Resolved at the front line"),
    "customer_action": QT_TRANSLATE_NOOP("FlowWizard", "The customer needs to act"),
    "dispatch": QT_TRANSLATE_NOOP("FlowWizard", "Handed to the back office"),
    "aborted": QT_TRANSLATE_NOOP("FlowWizard", "Stopped: a system could not be reached"),
    "cancelled": QT_TRANSLATE_NOOP("FlowWizard", "Cancelled"),
}
OUTCOME_COLOUR = {
    "resolved": "#1e7d32",
    "customer_action": "#b26a00",
    "dispatch": "#1565c0",
    "aborted": "#b71c1c",
    "cancelled": "#616161",
}
STEP_OUTCOME_MARK = {
    "done": "✓",
    "error": "✗",
    "failed": "✗",
    "declined": "–",
    "skipped": "–",
    "held_for_event": "–",  # a dispatch end whose ticket was not sent: a known event explains the fault
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def outcome_text(outcome: str) -> str:
    source = OUTCOME_TEXT.get(outcome)
    return tr(source) if source else outcome


def flow_language() -> str:
    """Flows carry their texts in Chinese and English: show the one the desk speaks."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"
