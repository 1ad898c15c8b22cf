"""Which language each side is in, told by its script unless the user says otherwise."""

from __future__ import annotations

import regex

from yongeo.errors import UsageError
from yongeo.i18n import _

LANGS = ("en", "ko")
_HANGUL = regex.compile(r"[\uac00-\ud7a3]")
_LATIN = regex.compile(r"\p{Latin}")
_SAMPLE = 200_000  # characters: enough to tell a script, cheap on a 10 MB file


def detect_lang(text: str) -> str | None:
    """'ko' when Hangul carries the text (Latin names and acronyms are common in Korean),
    'en' when Latin letters do, None when there are neither."""
    sample = text[:_SAMPLE]
    hangul = len(_HANGUL.findall(sample))
    latin = len(_LATIN.findall(sample))
    if not hangul and not latin:
        return None
    # A Hangul syllable holds about three Latin letters' worth of text.
    return "ko" if hangul * 3 >= latin else "en"


def other(lang: str) -> str:
    return "ko" if lang == "en" else "en"


def resolve_direction(source: str, draft: str, source_lang: str | None = None,
                      target_lang: str | None = None) -> tuple[str, str]:
    """(source language, target language), detected per side; the overrides win."""
    if source_lang and target_lang and source_lang == target_lang:
        raise UsageError(_("--source-lang and --target-lang must differ"))
    src = source_lang or detect_lang(source)
    tgt = target_lang or detect_lang(draft)
    if src is None and tgt is None:
        src, tgt = "en", "ko"
    elif src is None:
        src = other(tgt)  # type: ignore[arg-type]
    elif tgt is None:
        tgt = other(src)
    if src == tgt:
        raise UsageError(
            _("source and translation both look English; say which is which with "
              "--source-lang and --target-lang") if src == "en" else
            _("source and translation both look Korean; say which is which with "
              "--source-lang and --target-lang"))
    return src, tgt
