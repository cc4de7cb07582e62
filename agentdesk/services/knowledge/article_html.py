"""Article bodies made safe to show: the knowledge editor's HTML through an allow-list sanitiser.

Why nh3 (the Python binding of the Rust ``ammonia`` sanitiser): it parses HTML the way a browser
does (html5ever), so broken or hostile markup cannot slip a tag past a regular expression, it is
maintained and fast (microseconds per article). The desk keeps text structure and emphasis, drops
scripts, event handlers, links and anything that could load a resource (images become a short
note with their description), and keeps only colour and weight from inline styles.
"""

from __future__ import annotations

import html
import re

import nh3

TAGS = {
    "p", "br", "b", "strong", "i", "em", "u", "s", "sub", "sup", "span", "div", "blockquote", "pre", "code",
    "ul", "ol", "li", "table", "thead", "tbody", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
}  # fmt: skip
ATTRIBUTES = {"span": {"style"}, "p": {"style"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
STYLE_PROPERTIES = {"color", "background-color", "font-weight", "font-style", "text-decoration"}
DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math"}

_IMG = re.compile(r"<img\b(?:\"[^\"]*\"|'[^']*'|[^'\">])*>", re.I)
_ALT = re.compile(r"\balt\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)


def _image_note(tag: str, described: str, plain: str) -> str:
    match = _ALT.search(tag)
    alt = html.unescape(match.group(1).strip("\"'")).strip() if match else ""
    note = described.replace("%1", alt) if alt else plain
    return '<span style="color:#777">' + html.escape(note) + "</span>"


def safe_html(
    fragment: str, image_placeholder: str = "[image not shown: %1]", image_plain: str = "[image not shown]"
) -> str:
    """The fragment with only harmless markup left. An image becomes ``image_placeholder`` with its
    description for ``%1`` (or ``image_plain`` without one); the viewer passes translated texts."""
    with_notes = _IMG.sub(lambda m: _image_note(m.group(0), image_placeholder, image_plain), fragment)
    return nh3.clean(
        with_notes,
        tags=TAGS,
        clean_content_tags=DROP_WITH_CONTENT,
        attributes=ATTRIBUTES,
        filter_style_properties=STYLE_PROPERTIES,
        url_schemes=set(),
        strip_comments=True,
        link_rel=None,
    )
