"""Keyboard shortcuts of the workbench: every action declared once with its default keys, the agent's own
bindings persisted in the settings, and the rules a binding must follow.

Keys are Qt's portable text (``Ctrl+Shift+A``, ``F1``, ``Ctrl+K, Ctrl+S`` for a two-chord sequence); the
view turns what the agent pressed into that text. A binding is refused when the operating system keeps
the keys for itself (Alt+F4, Alt+Tab, the Windows key, ...), when they are the standard editing keys every
text field needs (Ctrl+C, Ctrl+V, ...), or when another action already has them.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agentdesk.services.settings import SHORTCUTS, Settings

log = logging.getLogger(__name__)
CONTEXT = "Shortcuts"

_MODIFIERS = ("Ctrl", "Alt", "Shift", "Meta")
_MODIFIER_ALIASES = {
    "control": "Ctrl",
    "ctrl": "Ctrl",
    "alt": "Alt",
    "shift": "Shift",
    "meta": "Meta",
    "win": "Meta",
}
_KEY_ALIASES = {"pgdown": "PgDown", "pgup": "PgUp", "esc": "Esc", "escape": "Esc", "return": "Return",
                "enter": "Enter", "del": "Del", "delete": "Del", "ins": "Ins", "space": "Space", "tab": "Tab",
                "home": "Home", "end": "End", "backspace": "Backspace"}  # fmt: skip


@dataclass(frozen=True)
class ShortcutSpec:
    """One action that can have keys: ``label`` and ``category`` are English, marked for translation."""

    id: str
    label: str
    default: tuple[str, ...] = ()
    category: str = QT_TRANSLATE_NOOP("Shortcuts", "Workbench")

    def translated_label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)

    def translated_category(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.category)


DESK = QT_TRANSLATE_NOOP("Shortcuts", "Desk")
CUSTOMER = QT_TRANSLATE_NOOP("Shortcuts", "Customer")
VIEW = QT_TRANSLATE_NOOP("Shortcuts", "View")
PHONE = QT_TRANSLATE_NOOP("Shortcuts", "Phone")

DECLARED: tuple[ShortcutSpec, ...] = (
    ShortcutSpec("desk.preferences", QT_TRANSLATE_NOOP("Shortcuts", "Preferences"), ("Ctrl+,",), DESK),
    ShortcutSpec("desk.sign_out", QT_TRANSLATE_NOOP("Shortcuts", "Sign out"), (), DESK),
    ShortcutSpec("desk.quit", QT_TRANSLATE_NOOP("Shortcuts", "Quit"), ("Ctrl+Q",), DESK),
    ShortcutSpec("customer.find", QT_TRANSLATE_NOOP("Shortcuts", "Find customer"), ("Ctrl+F",), CUSTOMER),
    ShortcutSpec("customer.next", QT_TRANSLATE_NOOP("Shortcuts", "Next customer"), ("Ctrl+PgDown",), CUSTOMER),
    ShortcutSpec("customer.previous", QT_TRANSLATE_NOOP("Shortcuts", "Previous customer"), ("Ctrl+PgUp",), CUSTOMER),
    ShortcutSpec("customer.refresh", QT_TRANSLATE_NOOP("Shortcuts", "Refresh customer"), ("F5",), CUSTOMER),
    ShortcutSpec("customer.close", QT_TRANSLATE_NOOP("Shortcuts", "Close customer"), ("Ctrl+W",), CUSTOMER),
    ShortcutSpec("view.palette", QT_TRANSLATE_NOOP("Shortcuts", "Command palette"), ("Ctrl+K",), VIEW),
    ShortcutSpec("view.shortcuts", QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts"), ("F1", "Ctrl+/"), VIEW),
    ShortcutSpec("view.start", QT_TRANSLATE_NOOP("Shortcuts", "Go to the start page"), ("Alt+Home",), VIEW),
    ShortcutSpec("view.larger", QT_TRANSLATE_NOOP("Shortcuts", "Larger text"), ("Ctrl+=", "Ctrl++"), VIEW),
    ShortcutSpec("view.smaller", QT_TRANSLATE_NOOP("Shortcuts", "Smaller text"), ("Ctrl+-",), VIEW),
    ShortcutSpec("view.reset_font", QT_TRANSLATE_NOOP("Shortcuts", "Normal text size"), ("Ctrl+0",), VIEW),
    ShortcutSpec("view.theme", QT_TRANSLATE_NOOP("Shortcuts", "Switch light/dark theme"), (), VIEW),
    ShortcutSpec("view.reset_layout", QT_TRANSLATE_NOOP("Shortcuts", "Reset layout"), (), VIEW),
    ShortcutSpec("phone.answer", QT_TRANSLATE_NOOP("Shortcuts", "Answer the call"), ("Ctrl+Shift+A",), PHONE),
    ShortcutSpec("phone.hangup", QT_TRANSLATE_NOOP("Shortcuts", "Hang up / reject"), ("Ctrl+Shift+H",), PHONE),
    ShortcutSpec("phone.wrap_up", QT_TRANSLATE_NOOP("Shortcuts", "Finish the wrap-up"), ("Ctrl+Shift+U",), PHONE),
    ShortcutSpec("phone.history", QT_TRANSLATE_NOOP("Shortcuts", "Calls of this shift"), ("Ctrl+Shift+Y",), PHONE),
    ShortcutSpec("phone.reconnect", QT_TRANSLATE_NOOP("Shortcuts", "Reconnect the phone line"), (), PHONE),
)  # fmt: skip

#: Keys the operating system (Windows first, also common Linux desktops) keeps for itself.
OS_RESERVED = frozenset(
    {"Alt+F4", "Alt+Tab", "Alt+Shift+Tab", "Alt+Esc", "Alt+Space", "Ctrl+Esc", "Ctrl+Alt+Del", "Ctrl+Shift+Esc",
     "Ctrl+Alt+Tab", "F10", "Print", "Alt+Print", "Ctrl+Alt+T", "Ctrl+Alt+L", "Ctrl+Alt+D"}
)  # fmt: skip
#: Keys every text field needs: binding them would break typing in the search box and the notepad.
EDITING_KEYS = frozenset(
    {"Ctrl+A", "Ctrl+C", "Ctrl+V", "Ctrl+X", "Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z", "Ctrl+Ins", "Shift+Ins",
     "Shift+Del", "Ctrl+Backspace", "Ctrl+Del", "Ctrl+Left", "Ctrl+Right", "Ctrl+Home", "Ctrl+End", "Tab",
     "Shift+Tab", "Return", "Enter", "Esc", "Space", "Backspace", "Del", "Home", "End"}
)  # fmt: skip

#: Why a binding was refused (English, translated by the view with ``CONTEXT``).
RESERVED_BY_SYSTEM = QT_TRANSLATE_NOOP("Shortcuts", "%1 is kept by the operating system.")
RESERVED_FOR_EDITING = QT_TRANSLATE_NOOP("Shortcuts", "%1 is needed for editing text.")
TAKEN = QT_TRANSLATE_NOOP("Shortcuts", "%1 is already used by “%2”.")
NEEDS_MODIFIER = QT_TRANSLATE_NOOP(
    "Shortcuts", "%1 would stop you typing: add Ctrl or Alt, or use a function key."
)


def _chord(text: str) -> str:
    """One chord in canonical form: modifiers in Ctrl, Alt, Shift, Meta order, then the key."""
    text = text.strip()
    if not text:
        return ""
    parts = text.split("+")
    if text.endswith("+") and len(parts) >= 2:  # "Ctrl++": the plus key
        parts = [*parts[:-2], "+"]
    *mods, key = [p.strip() for p in parts]
    found = set()
    for mod in mods:
        canonical = _MODIFIER_ALIASES.get(mod.lower())
        if canonical is None:
            raise ValueError(f"unknown modifier {mod!r} in {text!r}")
        found.add(canonical)
    if not key:
        raise ValueError(f"no key in {text!r}")
    key = _KEY_ALIASES.get(key.lower(), key.upper() if len(key) == 1 else key[:1].upper() + key[1:])
    return "+".join([m for m in _MODIFIERS if m in found] + [key])


def normalise(keys: str) -> str:
    """``"shift+ctrl+a"`` → ``"Ctrl+Shift+A"``; chords of a sequence joined by ``", "``; "" stays ""."""
    return ", ".join(
        c for c in (_chord(part) for part in re.split(r",\s+", keys.strip()) if part.strip()) if c
    )


def _is_function_key(key: str) -> bool:
    return len(key) >= 2 and key[0] == "F" and key[1:].isdigit()


class ShortcutConflict(ValueError):
    """A binding the desk refuses; ``message`` is English source text with %1 (keys) and %2 (action)."""

    def __init__(self, template: str, keys: str, other: ShortcutSpec | None = None) -> None:
        super().__init__(template.replace("%1", keys).replace("%2", other.label if other else ""))
        self.template = template
        self.keys = keys
        self.other = other

    def translated(self) -> str:
        text = QCoreApplication.translate(CONTEXT, self.template).replace("%1", self.keys)
        return text.replace("%2", self.other.translated_label() if self.other else "")


class Shortcuts:
    """The keys of every declared action, with the agent's rebindings (stored as JSON in one setting)."""

    def __init__(self, settings: Settings, specs: Iterable[ShortcutSpec] = DECLARED) -> None:
        self._settings = settings
        self._specs: dict[str, ShortcutSpec] = {}
        for spec in specs:
            self.declare(spec)
        self._overrides = self._load()
        self._listeners: list[Callable[[str], None]] = []

    def _load(self) -> dict[str, tuple[str, ...]]:
        raw = self._settings.get(SHORTCUTS)
        if not raw:
            return {}
        try:
            data = json.loads(raw)
            return {
                str(k): tuple(normalise(str(v)) for v in vs) for k, vs in data.items() if isinstance(vs, list)
            }
        except (ValueError, AttributeError):
            log.warning("stored shortcuts are unreadable; using the defaults")
            return {}

    def _save(self) -> None:
        self._settings.set(SHORTCUTS, json.dumps({k: list(v) for k, v in sorted(self._overrides.items())}))
        self._settings.sync()

    # -- declarations -----------------------------------------------------------------------------------
    def declare(self, spec: ShortcutSpec) -> ShortcutSpec:
        """Add an action (features declare theirs at run time); its default keys are normalised."""
        spec = ShortcutSpec(
            spec.id, spec.label, tuple(normalise(k) for k in spec.default if k), spec.category
        )
        self._specs[spec.id] = spec
        return spec

    def spec(self, action_id: str) -> ShortcutSpec:
        return self._specs[action_id]

    def specs(self) -> list[ShortcutSpec]:
        return list(self._specs.values())

    def add_listener(self, listener: Callable[[str], None]) -> None:
        """``listener(action_id)`` after each change of that action's keys."""
        self._listeners.append(listener)

    # -- keys -------------------------------------------------------------------------------------------
    def keys(self, action_id: str) -> tuple[str, ...]:
        if action_id in self._overrides:
            return self._overrides[action_id]
        return self._specs[action_id].default

    def is_custom(self, action_id: str) -> bool:
        return action_id in self._overrides

    def owner_of(self, keys: str, *, besides: str | None = None) -> ShortcutSpec | None:
        keys = normalise(keys)
        for spec in self._specs.values():
            if spec.id != besides and keys in self.keys(spec.id):
                return spec
        return None

    def check(self, action_id: str, keys: str) -> None:
        """Raise :class:`ShortcutConflict` when ``keys`` may not be bound to ``action_id``."""
        keys = normalise(keys)
        first = keys.split(", ")[0]
        if keys in OS_RESERVED or first in OS_RESERVED or first.startswith("Meta+") or first == "Meta":
            raise ShortcutConflict(RESERVED_BY_SYSTEM, keys)
        if keys in EDITING_KEYS or first in EDITING_KEYS:
            raise ShortcutConflict(RESERVED_FOR_EDITING, keys)
        key = first.split("+")[-1]
        modifiers = first.split("+")[:-1]
        if not (set(modifiers) & {"Ctrl", "Alt"}) and not _is_function_key(key):
            raise ShortcutConflict(NEEDS_MODIFIER, keys)
        other = self.owner_of(keys, besides=action_id)
        if other is not None:
            raise ShortcutConflict(TAKEN, keys, other)

    def rebind(self, action_id: str, keys: Iterable[str]) -> tuple[str, ...]:
        """Give ``action_id`` these keys (empty: no shortcut) and store them; refused keys raise first."""
        if action_id not in self._specs:
            raise KeyError(action_id)
        chosen = tuple(dict.fromkeys(normalise(k) for k in keys if k and k.strip()))
        for k in chosen:
            self.check(action_id, k)
        if chosen == self._specs[action_id].default:
            self._overrides.pop(action_id, None)
        else:
            self._overrides[action_id] = chosen
        self._save()
        self._notify(action_id)
        return chosen

    def reset(self, action_id: str) -> None:
        if self._overrides.pop(action_id, None) is not None:
            self._save()
            self._notify(action_id)

    def reset_all(self) -> None:
        changed = list(self._overrides)
        self._overrides.clear()
        self._save()
        for action_id in changed:
            self._notify(action_id)

    def _notify(self, action_id: str) -> None:
        for listener in list(self._listeners):
            try:
                listener(action_id)
            except Exception:
                log.exception("shortcut listener failed")
