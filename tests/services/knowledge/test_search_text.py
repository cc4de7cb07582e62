"""The pure parts of the search: tokens, query compilation, text extraction, highlights, sanitising."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.domain.knowledge_search import (
    SearchField,
    compile_query,
    find_spans,
    highlight,
    html_to_text,
    index_tokens,
    keyword_tokens,
    snippet,
    text_as_html,
)
from agentdesk.services.knowledge.article_html import safe_html


def test_chinese_runs_become_overlapping_pairs_and_their_last_character():
    assert index_tokens("光宽带100M资费说明") == "光宽 宽带 带 100m 资费 费说 说明 明"
    assert index_tokens("（深圳）宽带") == "深圳 圳 宽带 带"  # full-width punctuation separates runs
    assert index_tokens("ＷＬＡＮ热点") == "wlan 热点 点"  # full-width letters fold to ASCII
    assert keyword_tokens(["提速", "宽带"]) == "提速 速 宽带 带"


@pytest.fixture
def fts():
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE f USING fts5(title, keywords, body, catalogue, content='', "
        "tokenize='unicode61 remove_diacritics 0')"
    )
    docs = [
        "光宽带100M资费说明",
        "宽带。带账号",
        "宽带账号密码重置",
        "WLAN 登录异常",
        "账号密码，宽带重置",
        "彩铃",
    ]
    for i, d in enumerate(docs):
        conn.execute(
            "INSERT INTO f (rowid, title, keywords, body, catalogue) VALUES (?, ?, '', '', '')",
            (i, index_tokens(d)),
        )

    def found(q: str, partial: bool = False) -> list[int]:
        c = compile_query(q)
        expr = c.partial if partial else c.exact
        return (
            [r[0] for r in conn.execute("SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid", (expr,))]
            if expr
            else []
        )

    return found


def test_phrases_match_exactly_the_texts_that_contain_them(fts):
    assert fts("宽带") == [0, 1, 2, 4]
    assert fts("宽带账号") == [2]  # not "宽带。带账号": the run ends at the full stop
    assert fts("宽带100M") == [0] and fts("带100") == [0]
    assert fts("宽") == [0, 1, 2, 4] and fts("铃") == [5]  # one character: any pair it starts, or a run's end
    assert fts("wla") == [3]  # the Latin word typed last is a prefix
    assert fts("WLAN登录") == [3]  # a space between Latin and Chinese makes no difference
    assert fts("号密码") == [2, 4]


def test_long_phrase_also_finds_texts_with_all_its_words(fts):
    assert fts("宽带账号密码重置") == [2]
    assert fts("宽带账号密码重置", partial=True) == [4]
    assert compile_query("宽带账号密码重置").parts == ("宽带", "账号", "密码", "重置")
    assert compile_query("宽带 密码").partial is None


def test_field_and_empty_queries():
    assert compile_query("宽带", SearchField.TITLE).exact == '{title} : "宽带"'
    assert compile_query("彩铃", SearchField.KEYWORDS).exact == '{keywords} : "彩铃"'
    assert compile_query("宽带", SearchField.CATALOGUE).exact == '{catalogue} : "宽带"'
    for text in ["", "  ", "？！", '"*"']:
        assert compile_query(text).empty


def test_article_text_keeps_one_line_per_paragraph_and_joins_inline_markup():
    body = (
        "<p><b>【适用范围】</b>适用&amp;于</p><ol><li>核实</li><li>办<b>理</b></li></ol><script>x()</script>"
    )
    assert html_to_text(body) == "【适用范围】适用&于\n核实\n办理"


def test_highlights_and_snippets_mark_every_occurrence():
    h = highlight("宽带账号与宽带密码", ["宽带"])
    assert [t for t, on in h.pieces() if on] == ["宽带", "宽带"]
    assert find_spans("ＷＬＡＮ热点", ["wlan"]) == [(0, 4)]  # found in full-width text, spans on the original
    long_text = "前言" * 100 + "缴费后仍无法复机" + "后记" * 100
    s = snippet(long_text, ["缴费后仍无法复机"], width=40)
    assert s.text.startswith("…") and s.text.endswith("…") and len(s.text) == 42
    assert [t for t, on in s.pieces() if on] == ["缴费后仍无法复机"]
    assert snippet("没有匹配", ["宽带"]).spans == ()


def test_article_bodies_are_sanitised_for_display():
    hostile = (
        '<p onclick="x()"><b>注意</b><span style="color:#c00;background:url(http://evil/x.png)">红字</span>'
        '<script>alert(1)</script><a href="http://evil/">链接</a>'
        '<img src="http://kb.intranet.example/img/1.png" alt="拓扑图"><img src="file:///etc/passwd"></p>'
        "<iframe src='http://evil'></iframe><style>p{}</style>"
    )
    out = safe_html(hostile, "[图片未显示：%1]", "[图片未显示]")
    assert "<script" not in out and "onclick" not in out and "<a" not in out and "http" not in out
    assert "<img" not in out and "iframe" not in out and "url(" not in out and "file:" not in out
    assert '<span style="color:#c00">红字</span>' in out and "<b>注意</b>" in out and "链接" in out
    assert "[图片未显示：拓扑图]" in out and "[图片未显示]" in out


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_typed_text_compiles_to_a_query_fts5_accepts(text):
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE f USING fts5(title, keywords, body, catalogue, content='', columnsize=0, "
        "tokenize='unicode61 remove_diacritics 0')"
    )
    conn.execute(
        "INSERT INTO f (rowid, title, keywords, body, catalogue) VALUES (1, ?, '', ?, '')",
        (index_tokens(text), index_tokens(text)),
    )
    for search_field in SearchField:
        c = compile_query(text, search_field)
        for expr in (c.exact, c.partial):
            if expr:
                conn.execute("SELECT rowid FROM f WHERE f MATCH ?", (expr,)).fetchall()
    c = compile_query(text)
    if not c.empty:  # a text always finds itself
        assert conn.execute("SELECT rowid FROM f WHERE f MATCH ?", (c.exact,)).fetchall() == [(1,)]
    for t, _on in snippet(text, c.terms).pieces() + highlight(text, c.terms).pieces():
        assert isinstance(t, str)


def test_plain_text_bodies_become_escaped_paragraphs():
    assert text_as_html("第一段<b>\n\n第二段") == "<p>第一段&lt;b&gt;</p><p>第二段</p>"
