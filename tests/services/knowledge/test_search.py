"""Search over the synced copy of the simulator's articles: recall against a substring scan, fields,
directories, ranking, partial matches of long phrases, highlights."""

from __future__ import annotations

import random
import re

import pytest

from agentdesk.domain.knowledge_search import TOKENIZER_VERSION, SearchField, normalise
from agentdesk.services.knowledge.models import KnowledgeQuery
from tests.services.knowledge.conftest import plain_fields, server_articles

TWO = [
    "宽带",
    "停机",
    "彩铃",
    "漫游",
    "流量",
    "套餐",
    "密码",
    "欠费",
    "复机",
    "账号",
    "短信",
    "话费",
    "客户",
    "提速",
]
THREE = ["光宽带", "停复机", "彩铃包", "拨号失", "副卡最", "无线宽", "套餐变", "注意事"]
FOUR_PLUS = [
    "国际及港澳台漫游",
    "宽带账号密码重置",
    "清除在线记录",
    "缴费后仍无法复机",
    "处理步骤",
    "参考话术",
    "核实机主身份",
    "适用于政企客户和集团成员",
]
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


@pytest.fixture
def synced(knowledge, api, run):
    run(knowledge.sync.sync())
    return knowledge, server_articles(api)


def sampled_queries(articles: dict[str, dict], seed: int = 20261101) -> list[str]:
    """Substrings of 2 to 7 Chinese characters cut at random from the articles themselves."""
    rng = random.Random(seed)
    runs = [r for a in articles.values() for f in plain_fields(a) for r in _CJK_RUN.findall(f)]
    out = []
    for n in (2, 2, 2, 3, 3, 4, 5, 7) * 8:
        run = rng.choice([r for r in runs if len(r) >= n])
        start = rng.randrange(len(run) - n + 1)
        out.append(run[start : start + n])
    return list(dict.fromkeys(out))


def test_recall_against_a_substring_scan_for_2_3_and_4_plus_characters(synced):
    service, articles = synced
    queries = TWO + THREE + FOUR_PLUS + sampled_queries(articles)
    by_length = {2: 0, 3: 0, 4: 0}
    for q in queries:
        truth = {i for i, a in articles.items() if any(q in f for f in plain_fields(a))}
        found = service.index.matching_ids(q)
        missed = truth - found
        assert not missed, f"{q!r}: recall {1 - len(missed) / len(truth):.3f}, missed {sorted(missed)[:5]}"
        assert found == truth, f"{q!r} found articles that do not contain it: {sorted(found - truth)[:5]}"
        by_length[min(len(q), 4)] += bool(truth)
    assert all(n >= 8 for n in by_length.values()), by_length  # each length class really was exercised
    # the raw HTML as the knowledge system stores it gives no article the text scan missed
    for q in FOUR_PLUS:
        raw = {
            i
            for i, a in articles.items()
            if q in a["title"] or q in a["body"] or q in ",".join(a["keywords"])
        }
        assert raw <= service.index.matching_ids(q)


def test_search_result_counts_and_order_are_consistent(synced, run):
    service, articles = synced
    first = run(service.search(KnowledgeQuery("宽带"), limit=20))
    truth = {i for i, a in articles.items() if any("宽带" in f for f in plain_fields(a))}
    assert first.total_exact == len(truth) and len(first.hits) == 20 and first.has_more
    rest = run(service.search(KnowledgeQuery("宽带"), offset=20, limit=1000))
    ids = [h.id for h in first.hits + rest.hits]
    assert len(ids) == len(set(ids)) == len(truth) and set(ids) == truth
    scores = [h.score for h in first.hits + rest.hits]
    assert scores == sorted(scores)  # BM25 as FTS5 gives it: lower is better


def test_title_matches_rank_above_body_only_matches(synced, run):
    service, articles = synced
    hits = run(service.search(KnowledgeQuery("彩铃"), limit=1000)).hits
    in_title = [i for i, h in enumerate(hits) if "彩铃" in articles[h.id]["title"]]
    body_only = [
        i
        for i, h in enumerate(hits)
        if "彩铃" not in articles[h.id]["title"] and not any("彩铃" in k for k in articles[h.id]["keywords"])
    ]
    assert in_title and body_only
    assert sum(in_title) / len(in_title) < sum(body_only) / len(body_only)
    assert hits[0].id in {hits[i].id for i in in_title}


@pytest.mark.parametrize(
    ("search_field", "pick"),
    [
        (SearchField.TITLE, lambda a: [a["title"]]),
        (SearchField.KEYWORDS, lambda a: a["keywords"]),
        (SearchField.CATALOGUE, lambda a: a["cataloguePath"]),
    ],
)
def test_search_by_field_looks_only_in_that_field(synced, search_field, pick):
    service, articles = synced
    for q in ["宽带", "套餐", "密码", "漫游"]:
        truth = {i for i, a in articles.items() if any(q in f for f in pick(a))}
        assert truth, q
        assert service.index.matching_ids(q, search_field) == truth, (q, search_field)


def test_directory_filter_keeps_the_directory_and_its_children(synced, run):
    service, articles = synced
    top = run(service.search(KnowledgeQuery("密码", catalogue_id="K02"), limit=1000))
    leaf = run(service.search(KnowledgeQuery("密码", catalogue_id="K02-02"), limit=1000))
    truth_top = {
        i
        for i, a in articles.items()
        if a["catalogueId"].startswith("K02-") and any("密码" in f for f in plain_fields(a))
    }
    assert {h.id for h in top.hits} == truth_top and top.total == len(truth_top)
    assert {h.id for h in leaf.hits} == {i for i in truth_top if articles[i]["catalogueId"] == "K02-02"}
    browsed, total = run(service.browse("K02-02"))
    assert total == sum(1 for a in articles.values() if a["catalogueId"] == "K02-02") == len(browsed)


def test_long_phrase_lists_articles_containing_it_first_then_those_with_all_its_words(synced, run):
    service, articles = synced
    q = "宽带账号密码重置"
    result = run(service.search(KnowledgeQuery(q), limit=1000))
    exact = [h for h in result.hits if h.exact]
    partial = [h for h in result.hits if not h.exact]
    assert exact and partial and result.hits[: len(exact)] == tuple(exact)
    assert all(any(q in f for f in plain_fields(articles[h.id])) for h in exact)
    for h in partial:
        text = " ".join(plain_fields(articles[h.id]))
        assert q not in text and all(w in text for w in ("宽带", "账号", "密码", "重置"))
    assert result.total_exact == len(exact) and result.total_partial == len(partial)

    # paged as the list scrolls: the partial matches are counted only when the exact ones run out
    first = run(service.search(KnowledgeQuery(q), limit=10))
    assert first.total_partial is None and first.has_more and all(h.exact for h in first.hits)
    seen, offset, page = list(first.hits), 10, first
    while page.has_more:
        page = run(service.search(KnowledgeQuery(q), offset=offset, limit=10))
        seen += page.hits
        offset += 10
    assert [h.id for h in seen] == [h.id for h in result.hits] and page.total_partial == len(partial)


def test_hits_carry_highlighted_title_and_snippet(synced, run):
    service, _ = synced
    hit = run(service.search(KnowledgeQuery("国际及港澳台漫游"))).hits[0]
    marked = [t for t, on in hit.snippet.pieces() + hit.title.pieces() if on]
    assert marked and all(normalise(t) == "国际及港澳台漫游" for t in marked)
    hit = run(service.search(KnowledgeQuery("wlan"))).hits[0]  # Latin letters: any case, as a prefix
    assert any(t.lower() == "wlan" for t, on in hit.snippet.pieces() + hit.title.pieces() if on)


def test_several_terms_must_all_occur_and_odd_input_finds_nothing_without_failing(synced, run):
    service, articles = synced
    both = service.index.matching_ids("宽带 欠费")
    assert both == {
        i for i, a in articles.items() if all(any(w in f for f in plain_fields(a)) for w in ("宽带", "欠费"))
    }
    for odd in [
        "",
        "   ",
        '"',
        "*",
        "NEAR(",
        "AND OR NOT",
        "{title}:",
        "^$%",
        "'; DROP TABLE kb_article; --",
        "\x00",
    ]:
        result = run(service.search(KnowledgeQuery(odd)))  # no FTS5 syntax error reaches the agent
        assert result.total == len(result.hits) or result.has_more
    assert run(service.search(KnowledgeQuery("AND"))).total == 0  # a word, not an operator


def test_a_cache_indexed_by_an_older_tokenizer_is_rebuilt_from_the_stored_articles(synced, run):
    service, articles = synced
    before = service.index.matching_ids("宽带账号")
    service.index.db.execute("UPDATE kb_sync_state SET value = '1' WHERE key = 'tokenizer'", durable=False)
    service.index.db.execute("INSERT INTO kb_fts (kb_fts) VALUES ('delete-all')", durable=False)
    assert service.index.matching_ids("宽带账号") == set()
    assert run(service.sync.load_status()).article_count == len(articles)  # rebuilds before anything else
    assert service.index.matching_ids("宽带账号") == before and before
    assert service.index.state("tokenizer") == str(TOKENIZER_VERSION)
