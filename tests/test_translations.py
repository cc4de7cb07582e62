"""The committed translations cover the code: a new visible string without Chinese fails here.

lupdate runs over the code into a temporary file, so the check sees exactly what `make ts` would
extract; the committed .ts is then compiled with lrelease and loaded the way the desk loads it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
ZH_TS = TRANSLATIONS / "agentdesk_zh_CN.ts"
EN_TS = TRANSLATIONS / "agentdesk_en.ts"
_PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def _tool(name: str) -> str:
    """The PySide6 tool next to this interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} not found: install PySide6 in the environment that runs the tests")
    return found


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def _forms(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    if tr is None:
        return []
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in tr.findall("numerusform")]
    return [tr.text or ""]


def _finished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    forms = _forms(msg)
    return (
        tr is not None
        and tr.get("type") not in ("unfinished", "vanished", "obsolete")
        and bool(forms)
        and all(f.strip() for f in forms)
    )


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in the code today, as `make ts` runs it."""
    out = tmp_path_factory.mktemp("lupdate") / "extracted.ts"
    sources = sorted(str(p) for p in (ROOT / "agentdesk").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", "-extensions", "py", *sources, "-ts", str(out)],
        check=True,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    found = _messages(out)
    assert len(found) > 500, "lupdate found almost nothing: is it reading the agentdesk package?"
    return found


@pytest.mark.parametrize("ts", [ZH_TS, EN_TS], ids=["zh_CN", "en"])
def test_every_string_in_the_code_is_translated(extracted, ts: Path) -> None:
    committed = _messages(ts)
    missing = [key for key in extracted if key not in committed or not _finished(committed[key])]
    listing = "\n".join(f"  [{ctx}] {source!r}" for ctx, source in sorted(missing))
    assert not missing, (
        f"{len(missing)} string(s) of the code have no finished translation in {ts.name}; run `make ts`, "
        f"translate them (resources/translations/fill_translations.py helps), then `make translations`:\n"
        f"{listing}"
    )


def test_chinese_keeps_the_placeholders_of_its_source() -> None:
    wrong = []
    for (ctx, source), msg in _messages(ZH_TS).items():
        want = sorted(set(_PLACEHOLDER.findall(source)))
        for form in _forms(msg):
            if sorted(set(_PLACEHOLDER.findall(form))) != want:
                wrong.append(f"  [{ctx}] {source!r} -> {form!r}")
    assert not wrong, "translations that lose or add a placeholder:\n" + "\n".join(wrong)


def test_chinese_numerus_has_one_form_and_english_two() -> None:
    for path, count in ((ZH_TS, 1), (EN_TS, 2)):
        numerus = {k: m for k, m in _messages(path).items() if m.get("numerus") == "yes"}
        assert numerus, "no %n message at all: the numerus checks would be empty"
        bad = [f"  [{c}] {s!r}: {_forms(m)}" for (c, s), m in numerus.items() if len(_forms(m)) != count]
        assert not bad, f"{path.name}: numerus messages need {count} form(s):\n" + "\n".join(bad)


def test_english_plurals_read_as_english() -> None:
    msg = _messages(EN_TS)[("KnowledgePanel", "%n article(s)")]
    assert _forms(msg) == ["%n article", "%n articles"]


def test_every_plural_text_is_numerus(extracted) -> None:
    """A "(s)" text must be a %n numerus message, so the English file can say "1 ticket" and "2 tickets"
    ("%1 ticket(s)" filled in with .replace() can only ever say "ticket(s)")."""
    plural = {key: msg for key, msg in extracted.items() if "(s)" in key[1]}
    assert len(plural) > 10, "almost no (s) texts found: is the check reading the extracted messages?"
    wrong = [
        f"  [{ctx}] {source!r} at {_where(msg)}"
        for (ctx, source), msg in sorted(plural.items())
        if msg.get("numerus") != "yes" or "%n" not in source
    ]
    assert not wrong, "plural texts without %n (use self.tr(text, '', count)):\n" + "\n".join(wrong)


@pytest.fixture()
def zh_translator(qapp, tmp_path):
    """The committed zh_CN .ts compiled by lrelease and installed like the desk installs it."""
    qm = tmp_path / "agentdesk_zh_CN.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ZH_TS), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    translator = QTranslator()
    assert translator.load(str(qm)), "the compiled zh_CN .qm does not load"
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_compiled_chinese_translates_known_strings(zh_translator) -> None:
    tr = QCoreApplication.translate
    assert tr("MainWindow", "AgentDesk — service front workbench") == "AgentDesk——服务前置统一工作台"
    assert tr("BalanceTab", "Balance") == "余额"
    assert tr("TicketLabels", "Complaint") == "投诉"
    assert tr("ToolboxPanel", "Calendar") == "行事历"
    assert tr("KnowledgePanel", "%n article(s)", None, 3) == "3 篇文章"
    # a string nobody translated stays English rather than vanishing
    assert tr("MainWindow", "no such source text") == "no such source text"


def _where(msg: ET.Element) -> str:
    loc = msg.find("location")
    if loc is None:
        return "?"
    name = loc.get("filename", "")
    return f"{name[name.find('agentdesk/') :]}:{loc.get('line')}"


def test_every_context_is_a_class_name(extracted) -> None:
    """`obj.tr(...)` outside obj's class is filed by lupdate under "obj", which no class is named at run time."""
    wrong = [
        f"  [{ctx}] {source!r} at {_where(msg)}"
        for (ctx, source), msg in sorted(extracted.items())
        if not re.fullmatch(r"[A-Z][A-Za-z0-9_]*", ctx)
    ]
    assert not wrong, "tr() contexts Qt will never look up (use QCoreApplication.translate):\n" + "\n".join(
        wrong
    )


_LITERAL_TR = re.compile(
    r"""\b(?P<call>self\.tr|_tr|_t)\(\s*(?P<q>["'])(?P<text>(?:(?!(?P=q)).)+)(?P=q)\s*[,)]"""
)
_CLASS = re.compile(r"^class (\w+)", re.MULTILINE)
_LITERAL_TRANSLATE = re.compile(
    r"""\b(?:translate|QT_TRANSLATE_NOOP)\(\s*"(?P<ctx>\w+)",\s*(?P<q>["'])(?P<text>(?:(?!(?P=q)).)+)(?P=q)\s*[,)]"""
)


def test_every_literal_tr_call_is_extracted(extracted) -> None:
    """A literal passed to self.tr()/_tr()/_t() that lupdate did not extract can never be translated
    (self.tr is looked up under the enclosing class; the module helpers under any context)."""
    pairs = set(extracted)
    sources = {source for _ctx, source in extracted}
    unseen = []
    for path in sorted((ROOT / "agentdesk").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        classes = [(m.start(), m.group(1)) for m in _CLASS.finditer(text)]
        for m in _LITERAL_TR.finditer(text):
            source = m.group("text")
            if m.group("call") == "self.tr":
                owner = [name for start, name in classes if start < m.start()]
                ok = bool(owner) and (owner[-1], source) in pairs
            else:
                ok = source in sources
            if not ok:
                line = text.count("\n", 0, m.start()) + 1
                unseen.append(f"  {path.relative_to(ROOT)}:{line}: {source!r}")
        for m in _LITERAL_TRANSLATE.finditer(text):
            if (m.group("ctx"), m.group("text")) not in pairs:
                line = text.count("\n", 0, m.start()) + 1
                unseen.append(f"  {path.relative_to(ROOT)}:{line}: [{m.group('ctx')}] {m.group('text')!r}")
    assert not unseen, "visible strings lupdate does not extract:\n" + "\n".join(unseen)


def test_a_translation_context_class_gives_lupdate_and_qt_the_count(qapp, tmp_path) -> None:
    """``Name.tr(text, "", count)`` (agentdesk.i18n.TranslationContext) is extracted with plural forms under
    ``Name`` even when the count is an expression, and Qt then picks the English form by the count."""
    source = tmp_path / "counts.py"
    source.write_text(
        "class ShiftCounts(TranslationContext):\n"
        "    pass\n"
        "def label(summary):\n"
        '    return ShiftCounts.tr("%n call(s)", "", len(summary.calls))\n',
        encoding="utf-8",
    )
    ts = tmp_path / "counts.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-extensions", "py", str(source), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    tree = ET.parse(ts)
    tree.getroot().set("language", "en")
    (msg,) = [m for m in tree.getroot().iter("message") if m.findtext("source") == "%n call(s)"]
    assert msg.get("numerus") == "yes", "lupdate did not see the count"
    assert tree.getroot().find("context/name").text == "ShiftCounts"
    translation = msg.find("translation")
    assert translation is not None
    translation.attrib.clear()  # finished
    for form in list(translation):
        translation.remove(form)
    for text in ("%n call", "%n calls"):
        ET.SubElement(translation, "numerusform").text = text
    tree.write(ts, encoding="utf-8")
    qm = tmp_path / "counts.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        from agentdesk.i18n import TranslationContext

        class ShiftCounts(TranslationContext):
            pass

        assert ShiftCounts.tr("%n call(s)", "", 1) == "1 call"
        assert ShiftCounts.tr("%n call(s)", "", 3) == "3 calls"
    finally:
        qapp.removeTranslator(translator)
