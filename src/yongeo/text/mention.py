"""Words mentioned rather than used: a name a text quotes as the other side's name for a thing
(Shimane Prefecture's so-called "Takeshima Day", 이른바 '다케시마의 날') is reported by what it
says about that name, not as the writer's choice of word."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from yongeo.patterns import lazy
from yongeo.text.korean import is_particle_chain

# What introduces a name as someone else's: so-called, 이른바, 소위, 일명, a verb of naming
# (Japan calls, known as, known to Koreans as, dubbed, the island I knew as a child as) or
# the noun name (the traditional Korean name Daemado), then a quotation mark or none.
_SO_CALLED = lazy(r"(?i)(?<![\p{L}])(?:so-called|so called|이른바|소위|일명|"
                  r"(?:calls?|called|calling)(?:[ \t]+(?:it|them|him|her|this|these|"
                  r"the[ \t]+\p{Ll}+))?|"
                  r"(?:labels?|labell?ed|labell?ing)(?:[ \t]+(?:it|them|\p{Lu}\p{L}*))?"
                  r"(?:[ \t]+only)?[ \t]+as|"
                  r"known[ \t]+(?:to[ \t]+(?:the[ \t]+)?\p{Lu}\p{L}*[ \t]+)?as"
                  r"|(?:knew|know|learned|learnt)[ \t]+(?:it[ \t]+)?(?:as[ \t]+a[ \t]+"
                  r"child[ \t]+)?as|dubbed|named|names?|refers?[ \t]+to[ \t]+as)[ \t]*"
                  r"[\"'“‘「『《〈]?[ \t]*$"
                  # call it the Sea of Japan (not: what to call the Sea of Japan, the sea named)
                  r"|(?<![\p{L}])(?:calls?|called|calling)[ \t]+(?:it|them)[ \t]+the[ \t]+$"
                  # a people or a name naming it: Japanese call the Sea of Japan, Japan calls
                  # the ... (not: Or call the Ministry, a telephone's call)
                  r"|(?<![\p{L}])(?-i:\p{Lu}\p{Ll}*(?:ese|ans)[ \t]+call"
                  r"|\p{Lu}\p{L}*[ \t]+calls)[ \t]+the[ \t]+$")
# *So-called* alone, no quotation mark after it (이른바 고노 담화): what introduces a thing's
# common name, ours as much as another side's.
_SO_CALLED_BARE = lazy(r"(?i)(?<![\p{L}])(?:so-called|so called|이른바|소위)[ \t]*$")
# Names given after *names* and a comma, the second of two coordinated too (Japan's names for
# the islands and the sea, Takeshima and the Sea of Japan; under their Japanese names,
# Takeshima and Matsushima).
_NAMES_GIVEN = lazy(r"(?i)\bnames\b[^.;:\n]{0,60},[ \t]*(?:(?:the[ \t]+)?\p{Lu}[\p{L}\-]*"
                    r"(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}\-]*)*[ \t]+(?:and|or)[ \t]+)?"
                    r"(?:the[ \t]+)?$")
# A name after another given by a verb of naming, the two coordinated (called Dokdo in Korea
# and Takeshima in Japan; known as the East Sea or the Sea of Japan).
_CALLED_BOTH = lazy(r"(?<![\p{L}])(?:(?:[Cc]alls?|[Cc]alled|[Cc]alling)"
                    r"(?:[ \t]+(?:it|them|him|her|this|these))?|[Kk]nown[ \t]+as|dubbed|named)[ \t]+"
                    r"[\"'“‘]?(?:the[ \t]+)?\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)?[\"'”’]?"
                    r"(?:[ \t]+(?:in|by)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}.-]*)?,?[ \t]+"
                    r"(?:and|or)[ \t]+(?:as[ \t]+)?(?:the[ \t]+)?[\"'“‘]?[ \t]*$")
# A Korean gloss's label for another side's or language's name (독도(일본명 다케시마), 영문명).
_NAME_LABEL = lazy(r"(?<![\uac00-\ud7a3])(?:일본명|일본[ \t]?명칭|일본식[ \t]?(?:명칭|이름)|"
                   r"일본[ \t]?이름|일본어[ \t]?(?:이름|명칭)|일본어명|중국명|영문명|영어명|"
                   r"현지명|옛[ \t]?이름|별칭|한국명|한국[ \t]?이름"
                   r"|(?<![\p{L}])(?i:korean|japanese)(?:[ \t]+name)?[ \t]*:)"
                   r"[ \t:]*[\"'“‘「『]?[ \t]*$")
# A Korean verb of naming after the name (다케시마라고 부르는, 일본해로 불리는), a quotation
# mark or a short gloss in brackets between (다케시마(竹島)라 부르는; lint masks a gloss in
# another script as spaces: text.markup), or none; or an English clause of naming after it
# (Takeshima (竹島), as Japan calls the islets).
# How far the patterns read what follows a word, at most (patterns.lazy): a few words.
_REACH = 160
_CALLED_AFTER = lazy(r"(?:[ \t]*[(（][^()（）\n]{1,20}[)）]|[ \t]{3,})?"
                     r"(?:,?[ \t]+as[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}.\-]*|they|we|many|some)"
                     r"(?:[ \t]+\p{Lu}[\p{L}.\-]*)?[ \t]+call(?:s|ed)?(?![\p{L}])|"
                     r"[\"'”’」』》〉]?(?:(?:이?나|와|과|,)[ \t]*[^\s,.]{1,20}(?:[ \t]+[^\s,.]{1,20})?)?"
                     r"(?:이?라고|이?라|으?로)(?:만|도|는)?[ \t]*(?:부르|불러|불렀|부릅|불리|부른|불린|칭하|칭한|쓰|쓴|써|"
                     r"적|표기))", reach=_REACH)
# A name made the subject of a naming noun (일본해가 국제적으로 확립된 유일한 명칭이라고):
# the name said to be a name.
_NAMED_PREDICATE = lazy(r"[이가][ \t]+[^.,;:!?\n\"'”’]{0,30}?(?:명칭|이름|지명|호칭)(?:이|으로)")
# A Latin word opening a bracket right after a Hangul word, as its reading (동경
# (Donggyeong, the old reading)): the Korean name spelt out, shown as written there.
_READING_OF_HANGUL = lazy(r"[\uac00-\ud7a3][ \t]*[(（][ \t]*$")
# A form struck out in Markdown (서울과 ~~동경~~ 도쿄), a revision's word marked wrong: the
# marks right around it, on its line.
_STRUCK_BEFORE = lazy(r"(?<![\w~])~~(?![\s~])[^~\n]{0,60}$")
_STRUCK_AFTER = lazy(r"[^~\n]{0,60}?(?<![\s~])~~(?![\w~])", reach=_REACH)
# A form marked right or wrong after it, as style notes and answers mark them (다카이치(O) /
# 타카이치(X)).
_MARKED = lazy(r"[ \t]*(?:\([ \t]*[XxOo×✕✗○][ \t]*\)|[×✗✕])", reach=_REACH)
# A former name marked as such: in brackets or after a comma after the present one
# (일본제철(당시 신일철주금), (옛 신일철주금), (formerly Nippon Steel & Sumitomo Metal), Nippon
# Steel, then called Nippon Steel & Sumitomo Metal), a short word between (당시 피고
# 신일철주금, the defendant then; defendant at the time: ...), after the words
# for an old name (옛 사명인 '신일철주금', the old company name), or before the present one in
# brackets (신일철주금(현 일본제철), (now Nippon Steel)); and its gloss in brackets after the
# old name (the old company name 신일철주금 (Nippon Steel & Sumitomo Metal)).
_FORMER_BEFORE = lazy(r"(?:[(（,][^()（）\n]{0,24}?(?<![\p{L}])(?:당시|옛|구|전|formerly|then|once"
                      r"|at[ \t]+the[ \t]+time:)"
                      r"(?:[ \t]+(?:called|named|known[ \t]+as)|[ \t]+[\uac00-\ud7a3]{1,3}(?=[ \t]))?"
                      r"|(?:옛|구|과거|예전)[ \t]*(?:사명|이름|명칭)(?:인|은|은요|:)?"
                      r"|(?i:(?:old|former|previous)[ \t]+(?:company[ \t]+)?name)"
                      r"(?:[ \t]+[^\s()（）]+[ \t]*[(（])?)"
                      r"[ \t]*[\"'“‘]?[ \t]*$")
_FORMER_AFTER = lazy(r"[\"'”’]?[ \t]*[(（][ \t]*(?:현|지금의|now|today['’]s)[ \t]"
                     # ..., the company's name at the time; ..., its former name
                     r"|[\"'”’]?(?:[ \t]*[(（][^()（）\n]{1,30}[)）])?[ \t]*,[ \t]+"
                     r"(?:the[ \t]+(?:company|firm)['’]s|its)[ \t]+(?:(?:former|old|previous)"
                     r"[ \t]+name|name[ \t]+(?:at[ \t]+the[ \t]+time|then))", reach=_REACH)
# A later name after a former one in the same brackets, a name's history told in turn
# (일본제철(당시 신일본제철, 이후 신일철주금), Nippon Steel (then Nippon Steel Corporation,
# later Nippon Steel & Sumitomo Metal)): the later name is a former one too.
_LATER_AFTER_THEN = lazy(r"[(（][^()（）\n]{0,40}?(?<![\p{L}])(?:당시|then)(?![\p{L}])"
                         r"[^()（）\n]{1,40}?[,，][ \t]*(?:이후|그[ \t]*후|later)[ \t]*$")
# A name a body had until a year: after a verb of being in the past (which had been the
# Japan Defense Agency until 2007; 2007년까지 방위청이었던), the name it then bore.
_HAD_BEEN_BEFORE = lazy(r"(?i:(?<![\p{L}])(?:had[ \t]+been|was|were)[ \t]+(?:the[ \t]+)?)$"
                        r"|\d{4}년[ \t]*까지[ \t]+$")
_UNTIL_AFTER = lazy(r"[ \t]+(?i:until|till)[ \t]+(?:the[ \t]+)?\d{4}(?![\p{N}])"
                    r"|(?:이었던|였던|이었으나|였으나|이었다가|였다가)(?![\p{L}])", reach=_REACH)
# A name that a body changed: the old name in a change from it to another (the transition
# from the Japan Defense Agency to the Ministry of Defense), or the subject of a renaming
# (the Agency was upgraded to a ministry; 방위청이 방위성으로 승격되면서).
_CHANGED_FROM_BEFORE = lazy(r"(?i:(?<![\p{L}])(?:transition|change|renaming|upgrade|upgrading"
                            r"|reorgani[sz]ation|elevation|switch|shift)[ \t]+from[ \t]+"
                            r"(?:the[ \t]+)?)$")
# A body's new name said to come from its old one: the Ministry of Defense was upgraded from
# the Japan Defense Agency in 2007; 방위성은 2007년 방위청에서 승격했다.
_RENAMED_FROM_BEFORE = lazy(r"(?i:(?<![\p{L}])(?:upgraded|elevated|renamed|reorgani[sz]ed"
                            r"|restructured|converted)[ \t]+from[ \t]+(?:the[ \t]+)?)$")
_RENAMED_FROM_AFTER = lazy(r"[ \t]*에서[ \t]*(?:승격|개편|개칭|전환)", reach=_REACH)
_CHANGED_TO_AFTER = lazy(r"[ \t]+(?:in[ \t]+\d{4}[ \t]+)?(?i:to|into)[ \t]", reach=_REACH)
_CHANGED_FROM_AFTER = lazy(r"(?i:[ \t]+(?:was|were|had[ \t]+been)[ \t]+(?:renamed|upgraded"
                           r"|elevated|reorgani[sz]ed|restructured)(?![\p{L}])"
                           # a headline's renaming: the Agency upgraded to a ministry
                           r"|[ \t]+(?:renamed|upgraded|elevated|reorgani[sz]ed)[ \t]+(?:to|as"
                           r"|into)[ \t]"
                           r"|[ \t]+(?:becomes|became)[ \t]+the[ \t]+\p{Lu})"
                           # (not across an object's particle, but a name's noun's: 야스쿠니
                           # 신궁은 이 윤리를 국가의 도구로 바꾸어, the name the agent of
                           # another change; 신일철주금은 사명을 일본제철로 바꾸어, renamed)
                           r"|(?:이|가|은|는|에서|,)[ \t](?:(?:사명|이름|명칭|상호|국호|교명)"
                           r"[을를][ \t]|(?![을를][ \t])[^\n.]){0,20}?"
                           r"(?:으로|로)[ \t]*(?:승격|개편|개칭|바뀌|바꾸|변경|전환)"
                           # 외무부는 외교부가 되었고: the old name, the new one becoming it
                           r"|(?:은|는)[ \t]+[^\s.]{1,20}(?:이|가)[ \t]*(?:되었|됐|된)", reach=_REACH)
# The name a body took in a renaming, told with the change (became the Ministry of Foreign
# Affairs and Trade; 외교통상부로 개편): the name of that time, a former name now.
_RENAMED_TO_BEFORE = lazy(r"(?i:(?<![\p{L}])(?:becomes|became|renamed|(?:upgraded|elevated)"
                          r"[ \t]+to|reorgani[sz]ed[ \t]+(?:as|into))[ \t]+(?:the[ \t]+)?)$")
_RENAMED_TO_AFTER = lazy(r"(?:으로|로)[ \t]*(?:승격|개편|개칭|전환|바뀌|변경)"
                         r"|(?:이|가)[ \t]*(?:되었|됐|된|되고|되면서)", reach=_REACH)
# A name said as a word: after a verb of saying, with the clause ending right after it
# (When a character says Takeshima, subtitle it as Dokdo); not a claim reported (Japan says
# Takeshima is its territory).
_SAID_BEFORE = lazy(r"(?i)(?<![\p{L}])(?:says?|said|saying|utters?|uttered|uttering)[ \t]+$")
_CLAUSE_ENDS = lazy(r"[ \t]*(?:[,;:.!?)]|$)")
# A gloss in brackets right after a quoted name: the quotation's, a mention too.
_GLOSSING_QUOTE = lazy(r"[\"'”’][ \t]*[(（][ \t]*$")
# A form marked wrong before it, inside brackets after the right one: '기시다 후미오'(×키시다
# 후미오), 기시다 후미오 (not 키시다 후미오).
_MARKED_BEFORE = lazy(r"[(（][ \t]*(?:[×✗✕]|not[ \t]|rather[ \t]+than[ \t]|instead[ \t]+of[ \t])"
                      r"[ \t]*$")
# A form listed with its variants (쓰시마/츠시마/대마도, 다카이치 vs 타카이치, 타카이치, 다카이찌 →
# 다카이치: listed_with); a slash between variants has no space around it (a schedule's " / "
# parts fields).
_VARIANT_AFTER = lazy(r"(?:/|[ \t]+vs\.?[ \t]+|[ \t]*(?:→|⇒|->)[ \t]*"
                      r"|[.,][ \t]+(?:[Ss]ee|[Ss]ee[ \t]+also)[ \t]+"
                      r"|(?<=[\uac00-\ud7a3])[와과][ \t]+"
                      r"|[ \t]+(?:or|and|또는|혹은|및)[ \t]+(?:the[ \t]+)?)[\p{L}]", reach=_REACH)
# The other wrong forms after a comma, then an arrow to the right one (타카이치, 다카이찌 →).
_LISTED_FORM = r"[^,\s→⇒]{1,16}(?:[ \t][^,\s→⇒]{1,16})?"
_LISTED_THEN_ARROW = lazy(rf",[ \t]*{_LISTED_FORM}(?:,[ \t]*{_LISTED_FORM})*[ \t]*"
                          r"(?:→|⇒|->)[ \t]*")
_VARIANT_BEFORE = lazy(r"[\p{L}](?:/|[ \t]+vs\.?[ \t]+|(?<=[\uac00-\ud7a3])[와과][ \t]+"
                       r"|[ \t]+(?:or|and|또는|혹은|및)[ \t]+(?:the[ \t]+)?)$")
# A Korean noun of naming after a name (일본해 표기에 반대, 다케시마 명칭): the name as a name.
_NAMING_NOUN_AFTER = lazy(r"[ \t]?(?:표기|명칭|지명|호칭)([\uac00-\ud7a3]*)")
# Opening quotation marks and the mark that closes each.
_CLOSING = {'"': '"', "'": "'", "“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉"}
# A quoted name is short; a longer quotation is a statement, whose words are its speaker's
# use (and a translation's error inside it is still an error).
MAX_QUOTED_WORDS = 4
# The most words a quoted name glossed in brackets after it has (_short_quotation_before).
_NAME_QUOTE_WORDS = 8
# How far a quotation mark is looked for around the words (characters).
_REACH = 40


def mentioned(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) of `text` are mentioned as a name, not used: after
    *so-called* (이른바, 소위, 일명) or a verb of naming (the islands Japan calls Takeshima,
    known as), or the second of two names such a verb gives (called Dokdo in Korea and
    Takeshima in Japan), after a Korean gloss's label for another side's name (일본명
    다케시마, 영문명), before a Korean verb of naming or writing (다케시마라고 부르는, 일본해로 불리는,
    Takeshima나 Liancourt Rocks라고 쓴), marked right or wrong (타카이치(X); in brackets after
    the right form, (×키시다 후미오), (not 키시다 후미오)), a former name marked as such
    (일본제철(당시 신일철주금), 신일철주금(현 일본제철), the old company name), the gloss in
    brackets of a quoted name ('Nippon Steel & Sumitomo Metal'(신일철주금)), or inside quotation
    marks around a phrase of at most MAX_QUOTED_WORDS words on one line ("Takeshima Day",
    '다케시마의 날', '다케시마'라고; not a quoted sentence). A quotation mark opens after a
    space or a bracket and closes before one, punctuation or Hangul (a particle), so an
    apostrophe (Japan's) is none."""
    return named_as_name(text, start, end) or quoted(text, start, end)


# Double quotation marks and corner brackets (of _CLOSING), that a line's quotation is
# written between (an apostrophe would be read as a single mark).
_OPENERS = {mark: _CLOSING[mark] for mark in ('"', "“", "「", "『")}


def in_quotation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside double quotation marks or corner brackets on
    its line, of any length (Heiyo replied: "... around Takeshima, Japanese territorial
    waters."): someone's words, reported as they were said."""
    return quotation_span(text, start, end) is not None


def quotation_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span, marks included, of the quotation on its line that text[start:end] stands in
    (in_quotation's), or None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start]
    for opening, closing in _OPENERS.items():
        if opening == closing:
            if before.count(opening) % 2 and opening in text[end:line_end]:
                return line_start + before.rfind(opening), text.index(closing, end) + 1
        elif before.rfind(opening) > before.rfind(closing) and closing in text[end:line_end]:
            return line_start + before.rfind(opening), text.index(closing, end) + 1
    return None


def named_as_name(text: str, start: int, end: int) -> bool:
    """mentioned, but for quotation marks: the words at [start, end) named as a name by the
    words around them (so-called, a verb of naming, a gloss's label, a right-or-wrong mark
    or Markdown's strikethrough,
    a Korean noun of naming after it: 일본해 표기에 반대; a verb of saying before it with its
    clause ending after it: when a character says Takeshima, ...; a former name, marked as
    such or changed: the transition from the Japan Defense Agency to the Ministry)."""
    if _SO_CALLED.search(text, max(0, start - 40), start) or _CALLED_AFTER.match(text, end):
        return True
    if text[start:end].isascii() and _READING_OF_HANGUL.search(text, max(0, start - 6), start):
        return True  # 동경 (Donggyeong): the Korean name, spelt out as its reading
    if _NAMES_GIVEN.search(text, max(0, start - 120), start):
        return True
    if _MARKED.match(text, end) or _MARKED_BEFORE.search(text, max(0, start - 16), start):
        return True
    if ("~~" in text[max(0, start - 62):start] and _STRUCK_BEFORE.search(
            text, max(0, start - 62), start) and _STRUCK_AFTER.match(text, end)):
        return True  # ~~동경~~: struck out, a word marked wrong
    if named_former(text, start, end):
        return True
    gloss = _GLOSSING_QUOTE.search(text, max(0, start - 4), start)
    if gloss is not None and _short_quotation_before(text, gloss.start()):
        return True  # 'Nippon Steel & Sumitomo Metal'(신일철주금): the quoted name's gloss
    if _SAID_BEFORE.search(text, max(0, start - 12), start) and _CLAUSE_ENDS.match(text, end):
        return True  # When a character says Takeshima, ...: the word said
    naming = _NAMING_NOUN_AFTER.match(text, end)
    if (naming is not None and is_particle_chain(naming.group(1))) or _NAMED_PREDICATE.match(
            text, end):
        return True  # 일본해 표기에 반대; 일본해가 ... 유일한 명칭이라고: the name as a name
    return bool(_NAME_LABEL.search(text, max(0, start - 12), start) or _CALLED_BOTH.search(
        text, max(0, start - 60), start))


def _short_quotation_before(text: str, close: int) -> bool:
    """Whether the quotation mark at `close` ends a quotation on its line that reads as a
    name: no comma or sentence's end in it, at most _NAME_QUOTE_WORDS words ('Nippon Steel &
    Sumitomo Metal'); not a sentence ("existing solution maintained, victims' views
    respected" (Independence Day address): the words' source, no gloss)."""
    mark = text[close]
    openings = [opening for opening, closing in _CLOSING.items() if closing == mark]
    line_start = text.rfind("\n", 0, close) + 1
    opened = max(text.rfind(opening, line_start, close) for opening in openings)
    inner = text[opened + 1:close]
    return (opened >= 0 and len(inner.split()) <= _NAME_QUOTE_WORDS
            and not any(mark in inner for mark in ",;.!?。"))


def called_so_bare(text: str, start: int) -> bool:
    """Whether the words at `start` follow a bare *so-called* (이른바, 소위, so-called: no
    quotation mark after it), which introduces a thing by its common name: a misspelling of
    our own name there is used, not mentioned (이른바 코노 담화 for 고노 담화), where another
    side's name is mentioned (이른바 다케시마)."""
    return _SO_CALLED_BARE.search(text, max(0, start - 12), start) is not None


def named_former(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are a former name, marked as such (일본제철(당시
    신일철주금), the old company name; a later name after it in its brackets: (당시
    신일본제철, 이후 신일철주금)), changed (the transition from the Japan Defense Agency to the
    Ministry), what a body's new name came from (upgraded from the Japan Defense Agency;
    방위청에서 승격했다) or borne until a year (which had been the Japan Defense Agency until
    2007): a name's history, told in either language."""
    if _FORMER_BEFORE.search(text, max(0, start - 40), start) or _FORMER_AFTER.match(text, end):
        return True  # a former name marked as such: 일본제철(당시 신일철주금)
    if _LATER_AFTER_THEN.search(text, max(0, start - 90), start):
        return True  # (당시 신일본제철, 이후 신일철주금): a later name, former too
    if _HAD_BEEN_BEFORE.search(text, max(0, start - 16), start) and _UNTIL_AFTER.match(
            text, end):
        return True  # which had been the Japan Defense Agency until 2007
    return bool((_CHANGED_FROM_BEFORE.search(text, max(0, start - 40), start)
                 and _CHANGED_TO_AFTER.match(text, end)) or _CHANGED_FROM_AFTER.match(text, end)
                or _RENAMED_FROM_BEFORE.search(text, max(0, start - 40), start)
                or _RENAMED_FROM_AFTER.match(text, end))


def renamed(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are a name told with its change, either name of it:
    the old name (named_former) or the name the body took then (Korea's Ministry of Foreign
    Affairs becomes the Ministry of Foreign Affairs and Trade; 외무부, 외교통상부로 개편): both
    the names of that time."""
    return (named_former(text, start, end)
            or _RENAMED_TO_BEFORE.search(text, max(0, start - 24), start) is not None
            or _RENAMED_TO_AFTER.match(text, end) is not None)


def quoted(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) stand inside quotation marks around a phrase of at
    most MAX_QUOTED_WORDS words on one line ("Takeshima Day", '다케시마'라고; not a quoted
    sentence), as mentioned reads them; or are, alone, a Markdown text's italics (call it
    *Daemado*: a word set in italics is a word mentioned, _italic_alone)."""
    if _italic_alone(text, start, end):
        return True
    low = max(text.rfind("\n", 0, start) + 1, start - _REACH)
    for at in range(start - 1, low - 1, -1):
        mark = text[at]
        if mark not in _CLOSING:
            continue
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in _CLOSING):
            return False  # an apostrophe, or a closing mark: not inside a quotation
        close = text.find(_CLOSING[mark], end, end + _REACH)
        # Korean writes a particle onto a closing mark ('다케시마'라고, '다케시마의 날'의).
        if close == -1 or (close + 1 < len(text) and text[close + 1].isascii()
                           and text[close + 1].isalnum()):
            return False
        inner = text[at + 1:close]
        return "\n" not in inner and len(inner.split()) <= MAX_QUOTED_WORDS
    return False


def _italic_alone(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are all a Markdown italic span holds, between single
    asterisks (*Daemado*; not **bold**, nor a longer span the words are part of)."""
    return (0 < start and end < len(text) and text[start - 1] == "*" == text[end]
            and text[start - 2:start - 1] != "*" and text[end + 1:end + 2] != "*")


def listed_with(text: str, start: int, end: int, names: Iterable[str]) -> bool:
    """Whether the words at [start, end) are listed beside one of `names`, their accepted
    forms, by a slash without spaces, *vs*, *or* or *and* (쓰시마/츠시마/대마도, 다카이치 vs
    타카이치, the East Sea or the Sea of Japan, 동해 또는 일본해, 동해와 일본해를 병기: both
    names given), or
    sent to one by an index's cross-reference or an arrow, with other forms listed before
    it (Takeshima. See Dokdo; 다케시마 → 독도; 타카이치, 다카이찌 → 다카이치), or
    set in a cell of a table row whose other cell holds one (| 한반도 | 조선반도 |: a term
    table's columns for the form to use and the form to avoid, _in_table_row_with): the
    variants of one name set side by side, a mention; not a slash between two other words,
    which a UI string writes for *or* (삭제/생성)."""
    if _in_table_row_with(text, start, end, names):
        return True
    after = _VARIANT_AFTER.match(text, end)
    arrow = _LISTED_THEN_ARROW.match(text, end)
    before = _VARIANT_BEFORE.search(text, max(0, start - 12), start)
    for name in names:
        if not name:
            continue
        if after is not None and text.startswith(name, after.end() - 1):
            return True
        if arrow is not None and text.startswith(name, arrow.end()):
            return True
        if before is not None and text[:before.start() + 1].endswith(name):
            return True
    return False


def _in_table_row_with(text: str, start: int, end: int, names: Iterable[str]) -> bool:
    """Whether [start, end) stands in a cell of a Markdown table row (a line that opens with
    a pipe and has two more) another of whose cells is one of `names`, whole (emphasis or
    quotation marks around it aside): a term table's column of the form to use."""
    line_start = text.rfind("\n", 0, start) + 1
    if not text.startswith("|", line_start) and not text[line_start:start].lstrip().startswith(
            "|"):
        return False
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if line.count("|") < 3:
        return False
    cells = line.split("|")
    at, offset = 0, line_start
    for index, cell in enumerate(cells):  # the cell that holds the words
        if offset <= start and end <= offset + len(cell):
            at = index
            break
        offset += len(cell) + 1
    # A cell that is the name, with markup or quotation marks around it (| **쓰시마** |); not
    # a name inside a cell's sentence (| First summit since Takaichi took office |).
    others = {cell.strip(_CELL_MARKS) for index, cell in enumerate(cells) if index != at}
    return any(name and name in others for name in names)


# What may stand around a table cell's words: blanks, emphasis, code and quotation marks.
_CELL_MARKS = " \t*_`'\"“”‘’"


def cited(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are cited as a form: all a quotation holds ("Lee
    Jae Myung", "Wi Seong-rak," with the sentence's comma inside, '츠시마'로) or marked right
    or wrong (타카이치(X)); not words inside a quoted title or sentence (‘텍사르 전기톱
    연쇄살인사건’)."""
    if _MARKED.match(text, end):
        return True
    if start == 0 or end >= len(text):
        return False
    opening = text[start - 1]
    if opening not in _CLOSING:
        return False
    closing = end + 1 if text[end] in ",." and end + 1 < len(text) else end
    return text[closing] == _CLOSING[opening]


# Two quoted wordings set against each other: "mobilized" or "recruited", "A" vs "B",
# '동원'이냐 '모집'이냐, '강제노동'과 '전시 노동' (what joins them: a word for or, vs, and).
_WEIGHED_JOIN = (r"(?:,?[ \t]+(?:or|vs\.?|versus|and|nor|not)[ \t]+"
                 r"|(?:이?냐|이?나|와|과|,)[ \t]*|[ \t]+대신[ \t]+)")
_OPENINGS = "".join(regex.escape(mark) for mark in _CLOSING)
_CLOSINGS_SET = frozenset(_CLOSING.values())
_CLOSINGS = "".join(regex.escape(mark) for mark in sorted(_CLOSINGS_SET))
_WEIGHED_AFTER = lazy(rf"[{_CLOSINGS}]{_WEIGHED_JOIN}[{_OPENINGS}]")
_WEIGHED_BEFORE = lazy(rf"[{_CLOSINGS}]{_WEIGHED_JOIN}[{_OPENINGS}]$")


def weighed(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are a wording weighed against another: cited alone
    in quotation marks (cited) and joined to another quoted wording by *or*, *vs*, *and*
    (Korean 이냐, 나, 와/과, 대신): We argued about words, "forced labor" or "wartime labor";
    '강제노동'이냐 '전시 노동'이냐. A translation renders such words as words, not as the
    glossary's term for what they name."""
    if not cited(text, start, end):
        return False
    closing = end if text[end] in _CLOSINGS_SET else end + 1  # "A," or "B"
    return (_WEIGHED_AFTER.match(text, closing) is not None
            or _WEIGHED_BEFORE.search(text, max(0, start - 20), start) is not None)


def discussed(text: str, start: int, end: int, names: Iterable[str]) -> bool:
    """Whether the words at [start, end) stand in a paragraph that talks about them as a
    form: it mentions them (mentioned) and one of `names`, the accepted forms, as well, as a
    correction or a style note does ('츠시마'로 적은 부분은 '쓰시마'로 바로잡습니다; avoid
    "Takahichi": write "Takaichi"); there, every occurrence of the words is about the form,
    the headline it corrects included ('부산~츠시마 뱃길 승객 30% 늘어')."""
    low = text.rfind("\n\n", 0, start)
    low = 0 if low < 0 else low + 2
    high = text.find("\n\n", end)
    high = len(text) if high < 0 else high
    words = text[start:end]
    if not _mentioned_in(text, low, high, words):
        return False
    return any(name and name != words and _mentioned_in(text, low, high, name)
               for name in names)


def _mentioned_in(text: str, low: int, high: int, words: str) -> bool:
    """Whether `words` are mentioned (mentioned) somewhere in text[low:high]."""
    at = text.find(words, low, high)
    while at >= 0:
        if mentioned(text, at, at + len(words)):
            return True
        at = text.find(words, at + 1, high)
    return False


def glossed(text: str, start: int, end: int, names: Iterable[str]) -> bool:
    """Whether the words at [start, end) of `text` stand with another of `names` beside them
    in brackets, as a text glosses the other side's name with its own or its own with the
    other's: Sea of Japan (East Sea), 동해(일본해), 일본해(동해); or with a short gloss in
    brackets after them that holds one of `names` as a word of its own (다케시마(竹島·일본이
    주장하는 독도의 명칭), Takeshima (the Japanese name for Dokdo)); or after one of them and a
    comma and *or* (Tsushima, or Daemado, as most Koreans know it)."""
    opens_after = text[end:end + 3].lstrip(" \t").startswith(("(", "（"))
    closes_after = text[end:end + 2].lstrip(" \t").startswith((")", "）"))
    if not (opens_after or closes_after):  # most words: no bracket beside them
        return _glossed_by_or(text, start, names)
    bracket = _BRACKET_AFTER.match(text, end) if opens_after else None
    for name in names:
        if not name:
            continue
        # 일본해(동해), 다케시마(竹島·일본이 주장하는 독도의 명칭)
        if bracket is not None and _holds_name(bracket.group(1), name):
            return True
        before = text[max(0, start - len(name) - 4):start].rstrip(" \t")
        if before.endswith(("(", "（")) and before[:-1].rstrip(" ").endswith(name):
            return True
    return False


# The comma and *or* that set a second name after a first (Tsushima, or Daemado, as most
# Koreans know it).
_OR_BEFORE = lazy(r",[ \t]+or[ \t]+$")


def _glossed_by_or(text: str, start: int, names: Iterable[str]) -> bool:
    """Whether the words at `start` follow one of `names` and a comma and *or*, a second
    name of the same thing (Tsushima, or Daemado,)."""
    before = _OR_BEFORE.search(text, max(0, start - 8), start)
    if before is None:
        return False
    head = text[max(0, before.start() - 80):before.start()]
    return any(name and head.endswith(name) for name in names)


# A short bracketed gloss right after a word: its content.
_BRACKET_AFTER = lazy(r"[ \t]?[(（]([^()（）\n]{1,60})[)）]", reach=_REACH)


def _holds_name(gloss: str, name: str) -> bool:
    """Whether a gloss holds `name` as a word of its own: not inside a longer word, a Korean
    particle after it allowed (독도의)."""
    import regex

    from yongeo.text.korean import is_particle_chain

    for match in regex.finditer(r"(?<![\p{L}\p{N}])" + regex.escape(name), gloss):
        rest = regex.match(r"[\p{L}]*", gloss[match.end():]).group()
        if not rest or (not rest.isascii() and is_particle_chain(rest)):
            return True
    return False
