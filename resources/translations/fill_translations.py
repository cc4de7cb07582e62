"""Apply translations to the desk's .ts files after `make ts`, and list what is still missing.

Why: lupdate adds every new source string as "unfinished"; this fills them without hand-editing XML.

    python resources/translations/fill_translations.py --zh mapping.json   # {context: {source: text}}
    python resources/translations/fill_translations.py --en                # English forms, finished
    python resources/translations/fill_translations.py --missing           # zh_CN entries still open
    python resources/translations/fill_translations.py --reuse             # same source translated elsewhere

A Chinese numerus message gets one form. The English file marks every message finished with its
source text, and gives numerus messages a singular and a plural derived from "(s)" in the source
("%n article(s)" -> "%n article" / "%n articles"); pass --en-mapping for irregular ones
({context: {source: [singular, plural]}}). Run `make ts` afterwards to restore lupdate's layout.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZH = HERE / "agentdesk_zh_CN.ts"
EN = HERE / "agentdesk_en.ts"
_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    """Every (context name, message element) of a parsed .ts file."""
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield name, msg


def is_open(msg: ET.Element) -> bool:
    """True when the message has no usable translation (unfinished, empty or missing forms)."""
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return not forms or any(not (f.text or "").strip() for f in forms)
    return not (tr.text or "").strip()


def _set(msg: ET.Element, forms: list[str]) -> None:
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    tr.attrib.pop("type", None)
    tr.text = None
    for child in list(tr):
        tr.remove(child)
    if msg.get("numerus") == "yes":
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = forms[0]


def english_forms(source: str) -> list[str]:
    """Singular and plural of an English numerus source: "(s)"/"(es)" dropped or kept."""
    singular = re.sub(r"\((e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return [singular, plural]


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(_HEADER + body + "\n", encoding="utf-8")


def fill_zh(mapping: dict[str, dict[str, str]], overwrite: bool = False) -> int:
    """Fill open zh_CN messages (all of them with overwrite) from {context: {source: translation}}."""
    tree = ET.parse(ZH)
    done = 0
    for ctx, msg in messages(tree.getroot()):
        text = mapping.get(ctx, {}).get(msg.findtext("source") or "")
        if text and (overwrite or is_open(msg)):
            _set(msg, [text])
            done += 1
    _write(tree, ZH)
    return done


def reuse_zh() -> list[tuple[str, str, str]]:
    """Fill open zh_CN messages whose exact source is translated in another context (review them:
    the same English word can need other Chinese elsewhere). Returns (context, source, translation)."""
    tree = ET.parse(ZH)
    known: dict[str, str] = {}
    for _ctx, msg in messages(tree.getroot()):
        if not is_open(msg) and msg.get("numerus") != "yes":
            known.setdefault(msg.findtext("source") or "", msg.find("translation").text or "")
    reused = []
    for ctx, msg in messages(tree.getroot()):
        source = msg.findtext("source") or ""
        if is_open(msg) and msg.get("numerus") != "yes" and source in known:
            _set(msg, [known[source]])
            reused.append((ctx, source, known[source]))
    _write(tree, ZH)
    return reused


def fill_en(irregular: dict[str, dict[str, list[str]]] | None = None) -> int:
    """Finish every English message: the source itself, or singular/plural forms for numerus ones."""
    tree = ET.parse(EN)
    done = 0
    for ctx, msg in messages(tree.getroot()):
        source = msg.findtext("source") or ""
        if msg.get("numerus") == "yes":
            forms = (irregular or {}).get(ctx, {}).get(source) or english_forms(source)
        else:
            forms = [source]
        _set(msg, forms)
        done += 1
    _write(tree, EN)
    return done


def missing(path: Path = ZH) -> list[tuple[str, str]]:
    """(context, source) of every message still without a translation."""
    root = ET.parse(path).getroot()
    return [(ctx, msg.findtext("source") or "") for ctx, msg in messages(root) if is_open(msg)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zh", type=Path, help="JSON {context: {source: translation}} for zh_CN")
    parser.add_argument("--overwrite", action="store_true", help="replace finished zh_CN translations too")
    parser.add_argument("--reuse", action="store_true", help="reuse translations of the same source")
    parser.add_argument("--en", action="store_true", help="finish the English file")
    parser.add_argument("--en-mapping", type=Path, help="JSON {context: {source: [singular, plural]}}")
    parser.add_argument("--missing", action="store_true", help="list zh_CN messages still open")
    args = parser.parse_args(argv)
    if args.zh:
        mapping = json.loads(args.zh.read_text(encoding="utf-8"))
        print(f"zh_CN: {fill_zh(mapping, args.overwrite)} message(s) filled")
    if args.reuse:
        for ctx, source, text in reuse_zh():
            print(f"reused\t{ctx}\t{source}\t{text}")
    if args.en:
        irregular = json.loads(args.en_mapping.read_text(encoding="utf-8")) if args.en_mapping else None
        print(f"en: {fill_en(irregular)} message(s) finished")
    if args.missing:
        open_ = missing()
        for ctx, source in open_:
            print(f"{ctx}\t{source}")
        print(f"{len(open_)} zh_CN message(s) without a translation", file=sys.stderr)
        return 1 if open_ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
