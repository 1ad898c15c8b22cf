"""A scholarly text's apparatus: the entries of its reference list and the romanized titles
its notes cite.

A reference list cites works as they were published: a Korean translation of an English
article keeps an English work's title as it is, writes a Korean work in Hangul and a Japanese
one in kanji, and an English text romanizes Korean and Japanese titles (McCune–Reischauer's
*Tokto*, Revised Romanization's *Hasima*, Hepburn's *Nikkan kankei*) and inverts authors'
names (*Kim, Seong-jin*). None of it is text a translation renders word for word. Only the
shape is known here (an author, a year after a full stop or in brackets, a quoted title with
its translation in square brackets), never a list of authors, journals or publishers.
"""

from __future__ import annotations

from yongeo.patterns import lazy

# A reference list's entry, on a line of its own: an optional bullet or number, an author
# (a name, names, a body; capitalised or in Hangul or Chinese characters, no sentence's end
# in it), then the year after a full stop (Chicago: Kim, Seong-jin. 2024. "Title.") or in
# brackets (APA: Kim, S. (2024). Title.), then the rest of the line.
_ENTRY = lazy(
    r"(?m)^[ \t]*(?:[-*•][ \t]+|\[\d{1,3}\][ \t]*|\d{1,3}\.[ \t]+)?"
    r"(?P<author>(?=[\p{Lu}\p{Hangul}\p{Han}])[^\n!?]{2,150}?)"
    r"(?:\.[ \t]+\(?(?:1[5-9]|20)\d{2}[a-z]?\)?\.|[ \t]+\((?:1[5-9]|20)\d{2}[a-z]?\)\.)"
    r"(?:[ \t]|$)[^\n]*")
# A title quoted in its own script's romanization, its translation in square brackets after
# it ("Yun Seok-yeol jeongbu-ui ..." [The Yoon government's ...]): the quoted romanization,
# in Latin letters only (a Korean quotation with an editor's note after it is text).
_ROMANIZED_TITLE = lazy(r"[\"“]((?=[A-Za-z])"
                        r"[^\"“”\n\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}]{3,200})"
                        r"[\"”][ \t]*\[[^\[\]\n]{3,200}\]")

# A note that only cites, on a line of its own (Chicago's notes: ¹ Gaimushō, *Gaikō seisho
# 2026* [Diplomatic Bluebook 2026] (Tōkyō: Gaimushō, 2026), ch. 2; ³ 외교부, 「대변인 논평」,
# 2026년 4월 10일.): a note's mark (a superscript number, 1. or 1), [1] or [^1]:), an author
# before a comma, a title right after it (in italics, quotation marks or the title brackets
# of Korean and Japanese), and a year later on the line.
_NOTE_CITATION = lazy(
    r"(?m)^[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,3}[.)]|\[\^?\d{1,3}\]:?)[ \t]*"
    r"(?P<author>(?=[\p{Lu}\p{Hangul}\p{Han}])[^\n,.!?]{2,80}?),[ \t]*"
    r"(?:\*[^*\n]+\*|_[^_\n]+_|[\"“][^\"”\n]+[\"”]|['‘][^'’\n]+['’]|『[^』\n]+』|「[^」\n]+」"
    r"|《[^》\n]+》"
    r"|〈[^〉\n]+〉)[^\n]*?(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)[^\n]*")

# The words in lower case an author's part of an entry may hold (Ministry of Foreign Affairs
# of Japan; Smith and Kim; Kim et al.; van der Berg; eds.): any other is a sentence's.
_AUTHOR_LOWER = frozenset("and of for the et al de del der van von du la le y eds ed".split())
_LATIN_WORD = lazy(r"[A-Za-z][A-Za-z'’\-]*")
_DIGIT = lazy(r"\d")


def _names_authors(part: str) -> bool:
    """Whether an entry's part before its year names authors: its Latin words capitalised
    but for the few a name or a body's name holds (_AUTHOR_LOWER); in Hangul or Chinese
    characters, a name or a body's of three words at most (김지윤, 동북아역사재단, 日本 外務省)
    that ends no sentence (말했다)."""
    words = _LATIN_WORD.findall(part)
    if words:
        return all(word[0].isupper() or word.lower().rstrip(".") in _AUTHOR_LOWER
                   for word in words)
    return len(part.split()) <= 3 and not part.rstrip().endswith("다")


# Words of English a romanized Korean or Japanese title does not hold (its no and to are
# Japanese particles): a quotation holding one is English, a speaker's words.
_ENGLISH_MARKERS = frozenset("the is are was were of and a an in on with for this that we it "
                             "he she they our not".split())


def _romanized(quoted: str) -> bool:
    """Whether a quoted title reads as a romanization, not English: none of its words is one
    of English's commonest (_ENGLISH_MARKERS)."""
    return not any(word.lower() in _ENGLISH_MARKERS for word in _LATIN_WORD.findall(quoted))


def reference_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that cite works rather than say anything: each reference list
    entry, whole, each note that only cites a work (its author, its title, a year), whole,
    and each quoted romanized title that a translation in square brackets follows. A note's
    own words around a citation stay text (¹ See Kim, "..." [...]: the title alone)."""
    if "[" not in text and not _DIGIT.search(text):
        return []  # no year, no bracket: no citation (most texts)
    spans = [match.span() for match in _ENTRY.finditer(text)
             if _names_authors(match.group("author"))]
    spans += [match.span() for match in _NOTE_CITATION.finditer(text)
              if _names_authors(match.group("author"))
              and not any(start <= match.start() < end for start, end in spans)]
    spans.sort()
    spans += [match.span(1) for match in _ROMANIZED_TITLE.finditer(text)
              if not any(start <= match.start() < end for start, end in spans)
              and _romanized(match.group(1))]
    return sorted(spans)
