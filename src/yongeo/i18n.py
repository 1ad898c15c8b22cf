"""The CLI's own messages through gettext, so the interface can speak the user's language."""

from __future__ import annotations

import gettext as _gettext
import os
from functools import lru_cache
from importlib import resources

DOMAIN = "yongeo"
_ui_language: str | None = None


def set_language(language: str | None) -> None:
    """Force the interface language (--ui-lang); None follows the environment."""
    global _ui_language
    _ui_language = language
    _translation.cache_clear()


@lru_cache(maxsize=1)
def _translation() -> _gettext.NullTranslations:
    languages = [_ui_language] if _ui_language else None
    localedir = str(resources.files("yongeo") / "locales")
    if not os.path.isdir(localedir):
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, localedir, languages=languages, fallback=True)


def _(message: str) -> str:
    return _translation().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation().ngettext(singular, plural, n)
