"""Which language each side is in, told by its script unless the user says otherwise."""

from __future__ import annotations

import re

import regex

from yongeo.errors import UsageError
from yongeo.i18n import _

LANGS = ("en", "ko")
# Runs, not letters: one match per word keeps a long text cheap to count (a single text is
# told paragraph by paragraph). The standard library reads a Hangul range faster than regex.
_HANGUL = re.compile(r"[\uac00-\ud7a3]+")
_LATIN = regex.compile(r"\p{Latin}+")
_SAMPLE = 200_000  # characters: enough to tell a script, cheap on a 10 MB file


def detect_lang(text: str) -> str | None:
    """'ko' when Hangul carries the text (Latin names and acronyms are common in Korean),
    'en' when Latin letters do, None when there are neither."""
    sample = text[:_SAMPLE]
    hangul = sum(map(len, _HANGUL.findall(sample)))
    latin = sum(map(len, _LATIN.findall(sample)))
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


# A language code in a file name: ko.po, brief.ko.txt, notes_en.md, ko_KR.po, brief.en-US.txt.
_NAMED = regex.compile(r"(?:^|[._-])(en|ko)(?:[_-][A-Za-z]{2})?\.[^.]+$", regex.IGNORECASE)


def lang_from_name(path: str) -> str | None:
    """The language a file's name says it is in (brief.ko.txt, ko.po), if any."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    match = _NAMED.search(name)
    return match.group(1).lower() if match else None


def lang_from_header(language: str | None) -> str | None:
    """The language of a PO header's `Language` (ko, ko_KR, en-GB), when it is en or ko."""
    code = (language or "").strip().split("_")[0].split("-")[0].lower()
    return code if code in LANGS else None
