"""The CLI's own messages through gettext, so the interface can speak the user's language."""

from __future__ import annotations

import gettext as _gettext
import io
import os
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

DOMAIN = "yongeo"
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_ui_language: str | None = None


def set_language(language: str | None) -> None:
    """Force the interface language (--ui-lang: en, ko, ko_KR.UTF-8, C); None follows the
    environment."""
    global _ui_language
    _ui_language = language or None


def requested_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The languages asked for, best first, as GNU gettext reads them: --ui-lang, else
    LANGUAGE (a colon-separated list), then LC_ALL, LC_MESSAGES, LANG. As in gettext,
    LANGUAGE counts only when the locale is set and is not C or POSIX, so `LC_ALL=C` gives
    English whatever LANGUAGE says. An empty list means English."""
    if _ui_language:
        return _codes([_ui_language])
    env = os.environ if environ is None else environ
    locale = next((env[name] for name in _LOCALE_VARIABLES if env.get(name)), "")
    if not _language_code(locale):
        return []
    listed = env.get("LANGUAGE", "")
    return _codes(listed.split(":") if listed else [locale])


def _codes(values: list[str]) -> list[str]:
    codes = []
    for value in values:
        code = _language_code(value)
        if code is None:  # C or POSIX in a list: English from here on
            break
        if code and code not in codes:
            codes.append(code)
    return codes


def _language_code(value: str) -> str | None:
    """ko_KR.UTF-8, ko-KR and ko give 'ko'; C, C.UTF-8 and POSIX give None; '' gives ''."""
    code = value.strip().split(".")[0].split("@")[0]
    if code in ("C", "POSIX"):
        return None
    return code.replace("-", "_").split("_")[0].lower()


def language() -> str:
    """The language the interface speaks now: a code with a catalog, or 'en'."""
    return _catalog(tuple(requested_languages()))[0]


def _translation() -> _gettext.NullTranslations:
    return _catalog(tuple(requested_languages()))[1]


@lru_cache(maxsize=8)
def _catalog(languages: tuple[str, ...]) -> tuple[str, _gettext.NullTranslations]:
    """The first requested language that has a catalog; English is the source language."""
    locales = resources.files("yongeo") / "locales"
    for code in languages:
        if code == "en":
            break
        folder = locales / code / "LC_MESSAGES"
        compiled = folder / f"{DOMAIN}.mo"
        if compiled.is_file():
            with compiled.open("rb") as handle:
                return code, _gettext.GNUTranslations(handle)
        source = folder / f"{DOMAIN}.po"
        if source.is_file():  # a source checkout: compile in memory
            return code, _compile(source.read_bytes())
    return "en", _gettext.NullTranslations()


def _compile(po_bytes: bytes) -> _gettext.NullTranslations:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(po_bytes))
    buffer = io.BytesIO()
    write_mo(buffer, catalog)  # fuzzy messages are left out, as msgfmt does
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


def _(message: str) -> str:
    return _translation().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """A short message whose sense the context names: pgettext("entry type", "title")."""
    return _translation().pgettext(context, message)


def N_(message: str) -> str:  # the name gettext extractors know
    """Mark a message for extraction where it is defined; translate it with _() where shown."""
    return message
