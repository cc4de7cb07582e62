"""The customer view's tab titles are declared on the tab classes, so preferences and the palette name every
tab in the agent's language without building a tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from agentdesk.resources import resources_dir
from agentdesk.views.customer.tabs import TAB_CLASSES
from agentdesk.views.workbench.tab_layout import known_tabs


@pytest.fixture
def chinese(qapp):
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "agentdesk_zh_CN.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_known_tabs_are_titled_in_english_by_default(qapp):
    tabs = known_tabs()
    assert [key for key, _title in tabs] == [cls.key for cls in TAB_CLASSES]
    titles = dict(tabs)
    assert titles["balance"] == "Balance" and titles["calls"] == "Call records"
    assert all(title and title != key for key, title in tabs)  # every tab declares its own title


def test_known_tabs_follow_the_language(chinese):
    titles = dict(known_tabs())
    assert titles["balance"] == "余额"
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in title) for title in titles.values()), titles
