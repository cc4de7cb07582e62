"""Chinese-capable full-text search over the knowledge cache: tokens, queries and highlights.

Why overlapping bigrams (and not a word segmenter or FTS5's trigram tokenizer): agents search for
two-character words (宽带, 停机, 彩铃) and must find *every* article that contains them. A segmenter
such as jieba cuts 光宽带 or 宽带账号 in ways that hide 宽带 from some articles, and the trigram tokenizer
cannot answer a query shorter than three characters from its index. Here every run of CJK characters is
indexed as its overlapping character pairs plus its last character on its own; a Chinese query becomes
the phrase of its pairs, so "the article contains the query" and "the phrase matches" are the same thing
(recall 1.0 by construction, and the recall test checks it against a substring scan). The terminal
single character also serves one-character queries (as a prefix query) and stops a phrase from running
across punctuation. Latin letters and digits are indexed as words (the last one typed is a prefix).

The tokens are made here, in Python, and handed to SQLite FTS5's ``unicode61`` tokenizer already split
by spaces; FTS5 does the ranking (BM25) and the phrase matching. Pure functions only: no SQL, no Qt.
"""

from __future__ import annotations

import html
import operator
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

# Bumped whenever ``index_tokens`` changes: a cache built with other tokens must be rebuilt, because
# FTS5 removes a document from a contentless index by re-reading the tokens it was indexed with.
TOKENIZER_VERSION = 2  # 2: the catalogue column also holds the article's directory token

_CJK = "\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
_RUN = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+)")
_SPACE = re.compile(r"\s+")
LONG_RUN = 4  # a Chinese run this long also finds articles that contain all of its words, ranked after


class SearchField(Enum):
    """Where a query looks: everything an agent reads, or one field."""

    ALL = "all"  # title, keywords and body
    TITLE = "title"
    KEYWORDS = "keywords"  # keyword-only search
    CATALOGUE = "catalogue"  # the names of the article's directories

    @property
    def columns(self) -> str:
        return {
            SearchField.ALL: "title keywords body",
            SearchField.TITLE: "title",
            SearchField.KEYWORDS: "keywords",
            SearchField.CATALOGUE: "catalogue",
        }[self]


def normalise(text: str) -> str:
    """Full-width to half-width, compatibility forms folded, lower case: what is compared."""
    return unicodedata.normalize("NFKC", text).lower()


def _pairs(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_tokens(text: str) -> str:
    """The space-separated tokens one field is indexed with (see the module docstring)."""
    out: list[str] = []
    for cjk, word in _RUN.findall(normalise(text)):
        if cjk:
            out.extend(map(operator.add, cjk, cjk[1:]))  # the overlapping pairs, made in C
            out.append(cjk[-1])
        else:
            out.append(word)
    return " ".join(out)


def keyword_tokens(keywords: Iterable[str]) -> str:
    """Keywords indexed one by one, so a phrase never runs from one keyword into the next."""
    return " ".join(t for k in keywords if (t := index_tokens(k)))


def directory_token(catalogue_id: str) -> str:
    """One index token that stands for a directory id (hex, so any id is a single safe word): a
    directory filter is then part of the full-text match, with no per-row look-up."""
    return "dir" + catalogue_id.encode().hex()


def catalogue_tokens(path: Iterable[str], catalogue_id: str) -> str:
    """The catalogue column: the directory names (searchable) and the directory's own token."""
    names = keyword_tokens(path)
    return f"{names} {directory_token(catalogue_id)}" if names else directory_token(catalogue_id)


def directory_filter(catalogue_ids: Iterable[str]) -> str:
    """An FTS5 expression true for articles filed in any of ``catalogue_ids``."""
    return "{catalogue} : (" + " OR ".join(directory_token(c) for c in catalogue_ids) + ")"


# -- queries ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CompiledQuery:
    """A query ready for FTS5: ``exact`` finds articles containing every term as typed; ``partial``
    (long Chinese terms only) finds those containing all of a term's words but not the term itself."""

    text: str
    exact: str
    partial: str | None
    terms: tuple[str, ...]  # normalised, for highlighting exact matches
    parts: tuple[str, ...] = ()  # the words of long terms, for highlighting partial matches

    @property
    def empty(self) -> bool:
        return not self.exact


def _phrase(term: str) -> str | None:
    """One whitespace-free term as an FTS5 phrase: pairs of its Chinese runs, its words, a prefix."""
    runs = _RUN.findall(term)
    tokens: list[str] = []
    prefix = False
    for i, (cjk, word) in enumerate(runs):
        last = i == len(runs) - 1
        if cjk:
            if len(cjk) == 1:
                tokens.append(cjk)
                prefix = last  # any pair that starts with it, or the character at a run's end
            else:
                tokens.extend(_pairs(cjk))
                if not last:  # the text's run must end here too, before the next (Latin) run
                    tokens.append(cjk[-1])
        else:
            tokens.append(word)
            prefix = last  # search as you type: "wla" finds WLAN
    if not tokens:
        return None
    return '"' + " ".join(tokens) + '"' + (" *" if prefix else "")


def _words(run: str) -> list[str]:
    """A long Chinese run cut into two-character words (the commonest word length), the last may be 3."""
    words = [run[i : i + 2] for i in range(0, len(run) - len(run) % 2, 2)]
    if len(run) % 2:
        words[-1] += run[-1]
    return words


def compile_query(text: str, search_field: SearchField = SearchField.ALL) -> CompiledQuery:
    """The FTS5 expressions for what the agent typed; whitespace separates terms that must all occur."""
    terms = [t for t in _SPACE.split(normalise(text)) if _RUN.search(t)]
    phrases = [p for t in terms if (p := _phrase(t))]
    if not phrases:
        return CompiledQuery(text, "", None, ())
    cols = "{" + search_field.columns + "}"
    exact = " AND ".join(f"{cols} : {p}" for p in phrases)
    groups: list[str] = []
    parts: list[str] = []
    for term, phrase in zip(terms, phrases, strict=True):
        runs = _RUN.findall(term)
        if len(runs) == 1 and len(runs[0][0]) >= LONG_RUN:  # one long Chinese run: its words, anywhere
            words = _words(runs[0][0])
            parts.extend(words)
            groups.append(" AND ".join(f'{cols} : "{" ".join(_pairs(w))}"' for w in words))
        else:
            groups.append(f"{cols} : {phrase}")
    partial = f"({' AND '.join(groups)}) NOT ({exact})" if parts else None
    highlight_terms = [cjk or word for t in terms for cjk, word in _RUN.findall(t)]
    return CompiledQuery(
        text, exact, partial, tuple(dict.fromkeys(highlight_terms)), tuple(dict.fromkeys(parts))
    )


# -- article text and highlighting --------------------------------------------------------------------
_DROP = re.compile(r"<(script|style|head|title|iframe|object)\b.*?</\1\s*>", re.S | re.I)
_BLOCK = re.compile(
    r"</?(?:p|div|li|br|tr|h[1-6]|ol|ul|table|blockquote|pre|hr)\b(?:\"[^\"]*\"|'[^']*'|[^'\">])*>", re.I
)
_TAG = re.compile(r"<(?:\"[^\"]*\"|'[^']*'|[^'\">])*>|<!--.*?-->", re.S)
_BLANK_LINES = re.compile(r"[ \t\r\f\v]*\n[\s]*")
_INLINE_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")


def html_to_text(fragment: str) -> str:
    """The text an agent reads in an article body: one line per paragraph or list item."""
    text = _DROP.sub("", fragment)
    text = _BLOCK.sub("\n", text)
    text = html.unescape(_TAG.sub("", text))
    text = _INLINE_SPACE.sub(" ", text)
    return _BLANK_LINES.sub("\n", text).strip()


def text_as_html(text: str) -> str:
    """A plain-text body (``bodyFormat`` other than html) as paragraphs of escaped text."""
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())


def _normalised_with_map(text: str) -> tuple[str, list[int] | None]:
    """``normalise(text)`` with the original index of every normalised character (None when the two
    line up one to one, as they do for nearly all text: then no map is built)."""
    folded = normalise(text)
    if len(folded) == len(text):
        return folded, None
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        n = normalise(ch)
        out.append(n)
        index.extend([i] * len(n))
    return "".join(out), index


def find_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where any of ``terms`` occurs in ``text`` (case and width folded): merged (start, end) spans."""
    needles = sorted({t for t in terms if t}, key=len, reverse=True)
    if not needles or not text:
        return []
    folded, index = _normalised_with_map(text)
    spans: list[tuple[int, int]] = []
    for needle in needles:
        start = folded.find(needle)
        while start >= 0:
            end = start + len(needle)
            spans.append((start, end) if index is None else (index[start], index[end - 1] + 1))
            start = folded.find(needle, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


@dataclass(frozen=True)
class Highlighted:
    """A piece of text with the spans to show highlighted."""

    text: str
    spans: tuple[tuple[int, int], ...] = field(default_factory=tuple)

    def pieces(self) -> list[tuple[str, bool]]:
        """(text, highlighted) pieces in order, for a view to render."""
        out: list[tuple[str, bool]] = []
        pos = 0
        for s, e in self.spans:
            if s > pos:
                out.append((self.text[pos:s], False))
            out.append((self.text[s:e], True))
            pos = e
        if pos < len(self.text):
            out.append((self.text[pos:], False))
        return out


def highlight(text: str, terms: Sequence[str]) -> Highlighted:
    return Highlighted(text, tuple(find_spans(text, terms)))


def snippet(text: str, terms: Sequence[str], width: int = 90) -> Highlighted:
    """A one-line excerpt of ``text`` around the first match (or its start), with the matches marked."""
    flat = text.replace("\n", " ")
    spans = find_spans(flat, terms)
    if not spans:
        cut = flat[:width]
        return Highlighted(cut + ("…" if len(flat) > width else ""))
    first = spans[0][0]
    start = max(0, min(first - width // 3, len(flat) - width))
    end = min(len(flat), start + width)
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(flat) else ""
    shifted = tuple(
        (len(lead) + max(s, start) - start, len(lead) + min(e, end) - start)
        for s, e in spans
        if e > start and s < end
    )
    return Highlighted(lead + flat[start:end] + tail, shifted)
