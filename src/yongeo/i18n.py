"""The CLI's own messages through gettext, so the interface can speak the user's language."""

from __future__ import annotations

import gettext as _gettext
import io
import os
from functools import lru_cache
from importlib import resources

DOMAIN = "yongeo"
_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_ui_language: str | None = None


def set_language(language: str | None) -> None:
    """Force the interface language (--ui-lang); None follows the environment."""
    global _ui_language
    _ui_language = language
    _translation.cache_clear()


def requested_languages(environ: dict[str, str] | None = None) -> list[str]:
    """Languages asked for, as gettext reads them: LANGUAGE, LC_ALL, LC_MESSAGES, LANG."""
    if _ui_language:
        return [_language_code(_ui_language)]
    env = os.environ if environ is None else environ
    for name in _ENVIRONMENT:
        value = env.get(name)
        if value:
            return [_language_code(v) for v in value.split(":") if v]
    return []


def _language_code(value: str) -> str:
    """ko_KR.UTF-8 -> ko; C and POSIX mean no translation."""
    code = value.split(".")[0].split("@")[0]
    return "" if code in ("C", "POSIX") else code.split("_")[0].split("-")[0].lower()


@lru_cache(maxsize=1)
def _translation() -> _gettext.NullTranslations:
    locales = resources.files("yongeo") / "locales"
    for language in requested_languages():
        if not language or language == "en":
            break
        folder = locales / language / "LC_MESSAGES"
        compiled = folder / f"{DOMAIN}.mo"
        if compiled.is_file():
            with compiled.open("rb") as handle:
                return _gettext.GNUTranslations(handle)
        source = folder / f"{DOMAIN}.po"
        if source.is_file():  # a source checkout: compile in memory
            return _compile(source.read_bytes())
    return _gettext.NullTranslations()


def _compile(po_bytes: bytes) -> _gettext.NullTranslations:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(po_bytes))
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


def _(message: str) -> str:
    return _translation().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation().ngettext(singular, plural, n)
