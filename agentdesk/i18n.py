"""Translation: the desk follows the system locale unless the agent chose a language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from agentdesk.resources import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []


def resolve_language(choice: str | None) -> str:
    """``system`` (or nothing) follows the OS locale; any Chinese locale gives zh_CN, all else English."""
    if choice in LANGUAGES:
        return choice
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_translators(app: QCoreApplication, choice: str | None) -> str:
    """Load the desk's and Qt's own translations for the chosen language; returns the language used."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = resolve_language(choice)
    own = QTranslator(app)
    qm = resources_dir() / "translations" / f"agentdesk_{lang}.qm"
    if own.load(str(qm)):
        app.installTranslator(own)
        _installed.append(own)
    elif lang != "en":
        log.warning("translation file %s missing; run `make translations`", qm)
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(
            QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(lang))
    return lang


class TranslationContext:
    """A named translation context for texts outside their widget's class (module functions, widgets that
    are subclassed: ``self.tr`` looks a text up under the running subclass's name).

    Subclass it under the context's name and call ``Name.tr("%n call(s)", "", count)``: lupdate files the
    text under ``Name`` and sees its count, which it does not for ``QCoreApplication.translate(ctx, text,
    None, count)`` (extracted without plural forms, or not at all when the count is an expression).
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
