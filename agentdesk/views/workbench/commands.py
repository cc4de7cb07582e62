"""What the command palette can do, and how it ranks them against what the agent typed.

Commands come from the window's menus (every QAction, with its shortcut), the features' window actions,
the customer-view tabs, the pretreatment flows, the recent customers and two that take the typed text
itself (find a customer, search the knowledge base). Ranking is fuzzy (rapidfuzz): words in any order,
a part of a word, a typo, or the initials ("nt" for "New ticket") all find the command.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

MIN_SCORE = 72.0


@dataclass(frozen=True)
class Command:
    """One thing the palette can run; ``title`` and ``category`` are already translated."""

    title: str
    category: str
    run: Callable[[], None]
    shortcut: str = ""  # as the agent reads it (native text)
    keywords: str = ""  # more text that should find it (e.g. a number, the English name)
    key: str = ""  # stable id, so the palette can put the last used first

    @property
    def ident(self) -> str:
        return self.key or f"{self.category}/{self.title}"


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def shortcut_text(action: QAction) -> str:
    keys = [k for k in action.shortcuts() if not k.isEmpty()]
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys[:2])


def from_actions(actions: Iterable[QAction], category: str) -> list[Command]:
    out: list[Command] = []
    for action in actions:
        if action.isSeparator() or not action.isVisible() or not plain(action.text()):
            continue
        if action.menu() is not None:
            continue
        name = action.objectName()
        out.append(
            Command(
                title=plain(action.text()),
                category=category,
                run=action.trigger,
                shortcut=shortcut_text(action),
                keywords=action.toolTip() if action.toolTip() != action.text() else "",
                key=f"action:{name}" if name else "",
            )
        )
    return out


def from_menu(menu: QMenu) -> list[Command]:
    """Every enabled action of ``menu`` and its submenus, grouped under the menu's title."""
    out: list[Command] = []
    category = plain(menu.title())
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            out += from_menu(sub)
        elif action.isEnabled():
            out += from_actions([action], category)
    return out


def _initials(text: str) -> str:
    from rapidfuzz import utils

    return "".join(word[0] for word in utils.default_process(text).split() if word)


def _is_subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def _word_subsequence(needle: str, title: str) -> bool:
    """``needle``'s letters in order, starting at the start of a word ("ansr" in "answer the call")."""
    words = title.split()
    for i, word in enumerate(words):
        if word.startswith(needle[0]) and _is_subsequence(needle, "".join(words[i:])):
            return True
    return False


def score(query: str, command: Command) -> float:
    """0–100: how well ``query`` matches the command's title (mostly), category and keywords."""
    from rapidfuzz import fuzz, utils  # when the palette is first used, not at the desk's start

    q = utils.default_process(query)
    if not q:
        return 100.0
    title = utils.default_process(command.title)
    if len(q) <= 2 and q not in title:  # one or two letters: a part of the title or its initials only
        return 96.0 if _initials(command.title).startswith(q.replace(" ", "")) else 0.0
    best = max(
        fuzz.partial_ratio(q, title),
        fuzz.token_set_ratio(q, title),
        fuzz.WRatio(q, f"{title} {utils.default_process(command.keywords)}") * 0.95,
        fuzz.token_set_ratio(q, utils.default_process(f"{command.category} {command.title}")) * 0.9,
    )
    if title.startswith(q):
        best = max(best, 100.0)
    compact = q.replace(" ", "")
    if len(compact) >= 2 and _initials(command.title).startswith(compact):
        best = max(best, 96.0)
    elif len(compact) >= 3 and _word_subsequence(compact, title):
        best = max(best, 80.0)
    return best


def rank(query: str, commands: Iterable[Command], recent: list[str] | None = None) -> list[Command]:
    """The commands that match ``query``, best first; with no query, the last used first."""
    commands = list(commands)
    recent = recent or []
    order = {ident: i for i, ident in enumerate(recent)}
    if not query.strip():
        return sorted(commands, key=lambda c: order.get(c.ident, len(order)))
    scored = [(score(query, c), i, c) for i, c in enumerate(commands)]
    kept = [t for t in scored if t[0] >= MIN_SCORE]
    kept.sort(key=lambda t: (-round(t[0]), order.get(t[2].ident, len(order)), t[1]))
    return [c for _s, _i, c in kept]
