"""The knowledge base's synthetic Chinese articles: a catalogue and a fast template generator.

Each catalogue leaf has its own subjects, facts and steps, so the everyday two-character words
(宽带, 停机, 彩铃, 漫游, 流量, 套餐, 密码, 欠费 ...) appear in many articles but never in all of them,
and longer phrases (宽带账号密码重置, 国际及港澳台漫游, 缴费后仍无法复机 ...) in fewer. Generation is plain
string formatting: 50,000 articles take a couple of seconds.

The catalogue itself is in ``kb_corpus_services`` and ``kb_corpus_rules``.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from backend_stub import catalog
from backend_stub.db import iso
from backend_stub.systems.kb_corpus_rules import RULE_DIRECTORIES
from backend_stub.systems.kb_corpus_services import (
    ADDON_NAMES,
    CITY_NAMES,
    MOBILE_PRODUCTS,
    SERVICE_DIRECTORIES,
    SP_NAMES,
    VAS_NAMES,
    Directory,
    Leaf,
)

__all__ = [
    "CITY_NAMES",
    "DIRECTORIES",
    "Article",
    "Directory",
    "Leaf",
    "catalogue_rows",
    "generate",
    "make_article",
]

DIRECTORIES = SERVICE_DIRECTORIES + RULE_DIRECTORIES


SCOPES = [
    "适用于{city}地区全部客户。",
    "适用于全省个人客户。",
    "适用于政企客户和集团成员。",
    "适用于10000号客服代表。",
    "适用于营业厅和10000号受理渠道。",
]
SCRIPTS = [
    "您好，您反映的问题我已经记录，我这边马上为您处理。",
    "请您稍等，我帮您查询一下具体情况。",
    "非常抱歉给您带来不便，我们会尽快为您解决。",
    "您的问题已经处理完成，请您再试一下。",
    "这个问题需要后台进一步核查，处理结果会在{hours}小时内通知您。",
]
CHANNEL_LINES = ["客户也可通过{channel}办理。", "办理渠道：{channel}、10000号。"]


@dataclass
class Article:
    id: str
    catalogue_id: str
    title: str
    keywords: str
    body: str
    flow_id: str | None
    updated_at: str
    deleted: int
    version: int


def catalogue_rows() -> list[dict]:
    """The catalogue tree as rows: eight top directories, each with three to six leaves."""
    rows = []
    for i, d in enumerate(DIRECTORIES, start=1):
        rows.append({"id": f"K{i:02d}", "parent_id": None, "name": d.name, "position": i})
        for j, leaf in enumerate(d.leaves, start=1):
            rows.append(
                {"id": f"K{i:02d}-{j:02d}", "parent_id": f"K{i:02d}", "name": leaf.name, "position": j}
            )
    return rows


def _slots(rng: random.Random) -> dict:
    return {
        "city": rng.choice(CITY_NAMES),
        "product": rng.choice(MOBILE_PRODUCTS),
        "addon": rng.choice(ADDON_NAMES),
        "vas": rng.choice(VAS_NAMES),
        "sp": rng.choice(SP_NAMES),
        "bb": rng.choice(["光宽带100M", "光宽带300M"]),
        "price": rng.choice([5, 10, 20, 30, 50, 59, 99, 100, 129]),
        "price2": rng.choice([3, 5, 10]),
        "minutes": rng.choice([30, 100, 200, 500]),
        "gb": rng.choice([5, 10, 20, 30]),
        "n": rng.randint(2, 6),
        "pct": rng.choice([80, 90, 100]),
        "pin": rng.choice([6, 8]),
        "days": rng.choice([3, 7, 15, 30]),
        "hours": rng.choice([24, 48, 72]),
        "code": rng.choice(["67", "691", "1231", "633"]),
        "grade": rng.choice("ABCD"),
        "day": rng.randint(1, 10),
        "channel": rng.choice(catalog.CHANNELS),
    }


def make_article(rng: random.Random, index: int, updated: datetime) -> Article:
    """One article; ``index`` makes the id, and its version is ``index + 1``."""
    d_index = rng.randrange(len(DIRECTORIES))
    directory = DIRECTORIES[d_index]
    l_index = rng.randrange(len(directory.leaves))
    leaf = directory.leaves[l_index]
    s = _slots(rng)
    subject = rng.choice(leaf.subjects)
    title = subject + rng.choice(leaf.actions)
    roll = rng.random()
    if roll < 0.2:
        title = f"（{s['city']}）{title}"
    elif roll < 0.3:
        title += f"（{rng.choice([2024, 2025, 2026])}版）"
    keywords = [subject] + rng.sample(leaf.keywords, k=min(len(leaf.keywords), rng.randint(2, 4)))
    facts = rng.sample(leaf.facts, k=min(len(leaf.facts), rng.randint(1, 3)))
    steps = leaf.steps if rng.random() < 0.7 else leaf.steps[: max(2, len(leaf.steps) - 1)]
    parts = [
        f"<p><b>【适用范围】</b>{rng.choice(SCOPES).format(**s)}</p>",
        f"<p><b>【业务说明】</b>{subject}：{''.join(facts).format(**s)}{rng.choice(CHANNEL_LINES).format(**s)}</p>",
        "<p><b>【处理步骤】</b></p><ol>" + "".join(f"<li>{x}</li>" for x in steps) + "</ol>",
    ]
    if directory.notes and rng.random() < 0.8:
        parts.append(
            f'<p><b>【注意事项】</b><span style="color:#c00">{rng.choice(directory.notes)}</span></p>'
        )
    if rng.random() < 0.6:
        parts.append(f"<p><b>【参考话术】</b>“{rng.choice(SCRIPTS).format(**s)}”</p>")
    if rng.random() < 0.02:  # pasted from the KB editor: a picture on the intranet server
        parts.append(f'<p><img src="http://kb.intranet.example/img/{index:06d}.png" alt="{subject}"></p>')
    flow = leaf.flow if leaf.flow and rng.random() < 0.4 else None
    return Article(
        id=f"KA{index + 1:06d}",
        catalogue_id=f"K{d_index + 1:02d}-{l_index + 1:02d}",
        title=title,
        keywords=",".join(dict.fromkeys(keywords)),
        body="".join(parts),
        flow_id=flow,
        updated_at=iso(updated),
        deleted=int(rng.random() < 0.01),
        version=index + 1,
    )


def generate(rng: random.Random, count: int, end: datetime, days: int = 720) -> Iterator[Article]:
    """``count`` articles updated over ``days`` days before ``end``, in version (= time) order."""
    start = end - timedelta(days=days)
    step = (end - start) / max(count, 1)
    for i in range(count):
        yield make_article(rng, i, (start + step * (i + rng.random())).replace(microsecond=0))
