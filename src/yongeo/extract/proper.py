"""Names, titles and acronyms in an English sentence: runs of capitalised words and connectors."""

from __future__ import annotations

from collections.abc import Iterator

from yongeo.extract.acronyms import long_form_length
from yongeo.extract.gazetteer import is_place
from yongeo.extract.names import (
    COMPASS,
    CONNECTORS,
    DEGREES,
    GIVEN_NAME_WORDS,
    HONORIFICS,
    LOWERCASE_PLACE_HEADS,
    ROLE_HEADS,
    ROMAN_NUMERAL,
    TITLES,
    head_type,
    is_demonym,
    is_korean_name,
    is_korean_surname,
    looks_japanese,
    title_at,
)
from yongeo.extract.occurrence import (
    HYPHENS,
    Casing,
    Occurrence,
    Sentence,
    is_person,
    key,
    name_case,
    parts,
    singular_last,
    units,
)
from yongeo.extract.phrases import content_word
from yongeo.extract.tokens import Token
from yongeo.extract.words import is_number_word, singular
from yongeo.text.currencies import is_currency_unit
from yongeo.text.normalize import fold_term
from yongeo.text.wordclass import only, readings

# Titles that are ordinary words too: only before a name (or 'head of ...') are they titles.
_NAME_ONLY_TITLES = frozenset({"head", "chair", "speaker", "general", "fellow", "king", "queen",
                               "commander", "admiral", "director", "scholar", "founder",
                               "premier", "president"})
_TITLE_MODIFIERS = frozenset({"former", "then", "acting", "incoming", "outgoing", "late",
                              "current", "new", "incumbent"})
_OF_TITLES = frozenset({"head", "minister", "secretary", "director", "chief", "chair",
                        "chairman", "director general", "ambassador"})
# All-capital words that are no acronym of a name: times, numerals, headline words.
NOT_ACRONYMS = frozenset("AM PM OK TV II III IV VI VII VIII IX XI XII XX ID BREAKING NEWS "
                         "UPDATE".split())
_PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "person", "child", "men", "women"})
_NAMING_VERBS = frozenset({"call", "called", "calls", "name", "named", "names", "dub", "dubbed",
                           "dubs"})
_LOWER_ORG_HEADS = frozenset({"administration", "government", "cabinet"})
# A body's common noun after a name (the Falun Gong movement, the Hamas group).
_BODY_NOUNS = frozenset({"movement", "group", "sect", "party", "militia", "organization",
                         "organisation", "faction", "network"})
_LOWER_EVENT_HEADS = frozenset({"accident", "incident", "disaster", "massacre", "explosion"})
# Common nouns after a single name that make a place of it (the Gungoren neighborhood).
_PLACE_NOUNS = frozenset({"neighborhood", "neighbourhood", "district", "county", "province",
                          "prefecture", "region", "city", "town", "village", "suburb",
                          "borough", "township", "municipality"})
# A capitalised title word before a single name makes a person of it (Crown Prince Abdullah).
_TITLE_LAST_WORDS = frozenset(t.split()[-1] for t in TITLES if "-" not in t) - frozenset(
    {"chair", "head", "general", "fellow", "scholar", "speaker"})
# Before an acronym, words that make a common noun of it (his DVDs, an MRI): no organization.
_COMMON_NOUN_DETERMINERS = frozenset({"a", "an", "his", "her", "its", "their", "our", "your",
                                      "my"})


def skip_fields_of_study(tokens: list[Token], consumed: list[bool]) -> None:
    """'M.A. and Ph.D. in Political Science': a field of study named in a degree is no term."""
    for index, token in enumerate(tokens):
        if token.lower.rstrip(".") in DEGREES or token.lower in DEGREES:
            after = index + 1
            while after < len(tokens) and (tokens[after].lower in DEGREES or tokens[after].lower
                                           in ("and", ",", "&")):
                after += 1
            if after < len(tokens) and tokens[after].lower == "in":
                after += 1
                while after < len(tokens) and tokens[after].capitalised and \
                        tokens[after].kind == "word":
                    consumed[after] = True
                    after += 1


def find_titles(sentence: Sentence, proper: list[bool], consumed: list[bool]
                ) -> Iterator[Occurrence]:
    """Titles and roles (President, research fellow, head of the X Office); their words,
    and a nationality or 'former' before them, are consumed."""
    tokens = sentence.tokens
    words = [t.lower if t.kind == "word" else "\0" for t in tokens]
    index = 0
    while index < len(tokens):
        if consumed[index] or tokens[index].kind != "word":
            index += 1
            continue
        size = title_at(words, index)
        if not size or any(consumed[index:index + size]):
            index += 1
            continue
        end = index + size
        title_words = tokens[index:end]
        phrase = " ".join(t.lower for t in title_words)
        following = tokens[end] if end < len(tokens) else None
        before_name = following is not None and proper[end] and following.kind in (
            "word", "acronym") and not tokens[end - 1].possessive
        capital = all(t.capitalised for t in title_words)
        organization = _of_organization(tokens, end, proper) if phrase in _OF_TITLES else None
        if phrase in _NAME_ONLY_TITLES and not organization and not (capital and before_name):
            index += 1
            continue
        if capital and before_name:
            # CNN Senior Political Researcher Alan Silverleib: capitalised adjectives before a
            # title written before a name are part of it.
            while index > 0 and not consumed[index - 1] and _title_adjective(tokens[index - 1]):
                index -= 1
            title_words = tokens[index:end]
        lemma = " ".join(t.text for t in title_words)
        if organization:
            org_end, org_start = organization
            lemma += " of the " + " ".join(t.text for t in tokens[org_start:org_end])
            # 'of' and 'the' belong to the title; a country's possessive stays a place.
            for position in range(end, org_start):
                if tokens[position].lower in ("of", "the"):
                    consumed[position] = True
        for position in range(index, end):
            consumed[position] = True
        # 'Japanese Prime Minister', 'former President': the modifier is not the title.
        before = index - 1
        while before >= 0 and (tokens[before].lower in _TITLE_MODIFIERS or
                               is_demonym(tokens[before].text)):
            consumed[before] = True
            before -= 1
        lemma = singular_last(lemma)
        yield Occurrence(key(lemma), lemma, units(lemma), "title",
                         "title", sentence.passage.line, sentence.text,
                         reliable=not sentence.headline and index != sentence.initial)
        index = end


def _title_adjective(token: Token) -> bool:
    """Senior, Political, Executive: a capitalised adjective that can lead a title."""
    lower = token.lower
    return (token.kind == "word" and token.capitalised and "ADJ" in readings(lower)
            and lower not in _TITLE_MODIFIERS and not is_demonym(token.text)
            and lower not in COMPASS)


def _of_organization(tokens: list[Token], end: int, proper: list[bool]) -> tuple[int, int] | None:
    """'head of South Korea’s National Security Office': (end, start) of the organisation."""
    if end >= len(tokens) or tokens[end].lower != "of":
        return None
    position = end + 1
    if position < len(tokens) and tokens[position].lower == "the":
        position += 1
    scan = position
    while scan < len(tokens) and proper[scan] and not tokens[scan].possessive:
        scan += 1
    if scan < len(tokens) and proper[scan] and tokens[scan].possessive:
        position = scan + 1  # a country's: South Korea’s National Security Office
    start = position
    while position < len(tokens) and proper[position] and not tokens[position].possessive:
        position += 1
    if position > start and head_type([t.text for t in tokens[start:position]]) == \
            "organization":
        return position, start
    return None


def find_runs(tokens: list[Token], proper: list[bool], consumed: list[bool]
              ) -> Iterator[tuple[int, int]]:
    """Maximal runs of proper words, with connectors between them (of, for, and, the)."""
    index = 0
    while index < len(tokens):
        if consumed[index] or not proper[index]:
            index += 1
            continue
        end = index + 1
        while end < len(tokens) and not tokens[end - 1].possessive:
            if proper[end] and not consumed[end]:
                end += 1
                continue
            scan = end
            while scan < len(tokens) and scan - end < 2 and tokens[scan].kind == "word" and \
                    tokens[scan].lower in CONNECTORS and not tokens[scan].capitalised and \
                    not consumed[scan]:
                scan += 1
            if scan > end and scan < len(tokens) and proper[scan] and not consumed[scan]:
                end = scan
                continue
            break
        yield index, end
        index = end


def split_run(tokens: list[Token], start: int, end: int, casing: Casing
              ) -> list[tuple[int, int]]:
    """Split a run where its connectors join two names rather than build one."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    seen_of = False
    position = start
    while position < end:
        word = tokens[position].lower if not tokens[position].capitalised else ""
        if word in ("of", "for", "on"):
            if seen_of:
                pieces.append((piece_start, position))
                piece_start = position + 1
                seen_of = False
            else:
                seen_of = True
        elif word == "and":
            right_end = _next_connector(tokens, position + 1, end)
            if not _and_joins(tokens, piece_start, position, position + 1, right_end, seen_of):
                pieces.append((piece_start, position))
                piece_start = position + 1
                seen_of = False
        elif word == "the" and not (position > start and tokens[position - 1].lower in
                                    ("of", "for", "on")):
            pieces.append((piece_start, position))
            piece_start = position + 1
        position += 1
    pieces.append((piece_start, end))
    trimmed = []
    for first, last in pieces:
        while last > first and tokens[last - 1].lower in CONNECTORS and \
                not tokens[last - 1].capitalised:
            last -= 1
        while first < last and tokens[first].lower in CONNECTORS and \
                not tokens[first].capitalised:
            first += 1
        if last > first:
            trimmed.append((first, last))
    return trimmed


def _next_connector(tokens: list[Token], start: int, end: int) -> int:
    position = start
    while position < end and not (tokens[position].lower in ("of", "for", "and", "on")
                                  and not tokens[position].capitalised):
        position += 1
    return position


def _and_joins(tokens: list[Token], left_start: int, left_end: int, right_start: int,
               right_end: int, seen_of: bool) -> bool:
    left = [t.text for t in tokens[left_start:left_end]]
    right = [t.text for t in tokens[right_start:right_end]]
    if not left or not right:
        return False
    if is_place(" ".join(right)) or is_person(right) or title_at(
            [w.lower() for w in right], 0) or head_type(right[:1]):
        return False
    whole_left = [t.text for t in tokens[left_start:left_end]]
    if head_type(whole_left) and head_type(right):
        return False  # University of Michigan and Waseda University: two names
    if seen_of:  # Institute of Foreign Affairs and National Security
        return True
    # Comprehensive and Progressive Agreement: adjectives before one head.
    whole_right = [t.text for t in tokens[right_start:_run_end(tokens, right_start)]]
    return (len(left) == 1 and not is_place(left[0]) and not head_type(left)
            and head_type(whole_right) in ("organization", "agreement"))


def _run_end(tokens: list[Token], start: int) -> int:
    position = start
    while position < len(tokens) and (tokens[position].capitalised or
                                      tokens[position].lower in ("of", "for", "and", "the")):
        position += 1
    return position


def is_compound(token: Token) -> bool:
    """Korea-Japan, ROK–Japan, Lee–Takaichi: two names joined, a modifier not a name."""
    pieces = [p for p in parts(token.text) if p]
    return len(pieces) >= 2 and all(p[0].isupper() for p in pieces)


def find_name(sentence: Sentence, piece: tuple[int, int], proper: list[bool],
              consumed: list[bool], casing: Casing, modifiers: set[int],
              surnames: list[tuple[Occurrence, str]]) -> Iterator[Occurrence]:
    """The name a run piece is (person, place, organization, agreement, acronym, ...); a
    lone family name is kept aside in `surnames` until the document's people are known."""
    tokens = sentence.tokens
    start, end = piece
    if any(consumed[start:end]):
        return  # taken by an acronym's long form, a title or a head before it
    while start < end and is_demonym(tokens[start].text) and end - start > 1 and \
            not head_type([t.text for t in tokens[start:end]]):
        if is_compound(tokens[start]) or end - start == 2:
            break  # Japanese Diplomacy: a demonym with its noun is the name
        start += 1
    # 'Dallas-based Oncor': the place where it is based is a name of its own.
    while end - start > 1 and tokens[start].lower.endswith("-based"):
        place = tokens[start].text[:-len("-based")]
        yield Occurrence(key(place), place, units(place), "name", "place",
                         sentence.passage.line, sentence.text,
                         reliable=start != sentence.initial)
        consumed[start] = True
        start += 1
    following = tokens[end] if end < len(tokens) else None
    lone = end - start == 1
    first = tokens[start]
    if lone and (is_compound(first) or first.kind == "acronym") and following is not None \
            and content_word(following) and not consumed[end]:
        modifiers.add(start)  # ROK–Japan summit, DNA identification: part of a noun phrase
        if first.kind == "acronym":
            # A reference for the acronym, but no evidence that it is a term of its own.
            short = first.text
            yield Occurrence(short.lower(), short, (short.lower(),), "acronym-modifier",
                             "place" if is_place(short) else "", sentence.passage.line,
                             sentence.text)
        return
    if lone and is_demonym(first.text):
        return
    # CHOI Eunmi, TAKAICHI Sanae: a family name in capitals; CNN Turk keeps its acronym.
    words = [name_case(t.text) if t.kind == "acronym" and end - start > 1 and (
        is_korean_surname(t.text) or looks_japanese(name_case(t.text))) else t.text
        for t in tokens[start:end]]
    split = _place_before_person(words)
    if split:
        # 'in Washington Hong Seok-hyun said': a fronted place run into a person's name.
        reliable = not sentence.headline and start != sentence.initial
        yield from _emit_name(words[:split], "place", sentence, reliable)
        yield from _emit_name(words[split:], "person", sentence, True)
        for position in range(start, end):
            consumed[position] = True
        return
    kind = "name"
    named = _naming_type(tokens, start)
    entry_type = named or (_movement_type(tokens, end) if end - start > 1 else "") or \
        _name_type(words, casing)
    # A lowercase head completes a place, an event or a government: Josei coal mine accident.
    extra = _lowercase_heads(tokens, end, consumed)
    if extra:
        words += [t.text for t in tokens[end:end + extra[0]]]
        entry_type = extra[1]
        end += extra[0]
    for position in range(start, end):
        consumed[position] = True
    reliable = not sentence.headline and start != sentence.initial
    line, text = sentence.passage.line, sentence.text
    acronym = _acronym_after(tokens, end)
    if acronym is not None:
        size = long_form_length([t.text for t in tokens[start:end]], tokens[acronym].text)
        if size:
            consumed[acronym] = True
            long_form = sentence.passage.text[tokens[end - size].start:tokens[end - 1].end]
            if size < end - start:  # the long form is the tail of a longer run
                yield from _emit_name(words[:end - start - size], entry_type, sentence, reliable)
            short = tokens[acronym].text
            yield Occurrence(short.lower(), short, (short.lower(),), "acronym",
                             head_type(long_form.split()) or "organization", line, text,
                             long_form=long_form)
            return
    if lone and first.kind == "acronym" and is_korean_surname(first.text) and \
            len(first.text) > 2:
        entry_type = "surname"  # Dr. CHOI received her M.A.
    elif lone and first.kind == "acronym":
        short = first.text
        yield Occurrence(short.lower(), short, (short.lower(),), "acronym",
                         _acronym_type(tokens, start), line, text)
        return
    if len(words) == 1 and entry_type in _HEADED and \
            head_type(words) == entry_type and sentence.passage.role != "credit":
        # The Group, the Framework: maybe the short form of a longer name in the document.
        name = words[0]
        occurrence = Occurrence(fold_term(name), name, (name.lower(),), kind, entry_type,
                                line, text, reliable=reliable)
        surnames.append((occurrence, name.lower()))
        return
    if lone and (entry_type == "surname" or (entry_type == "" and
                                             sentence.passage.role != "credit")):
        # A family name (Lee) or any single unknown name (McCain, Guler): the short form of
        # a person named in full in the document, or a name of its own (typed later, by its
        # neighbours when they tell).
        name = name_case(words[0])
        entry_type = _context_type(tokens, start, end) or (
            "" if entry_type == "surname" else "?")
        occurrence = Occurrence(fold_term(name), name, (name.lower(),), kind, entry_type,
                                line, text, reliable=reliable)
        surnames.append((occurrence, name.lower()))
        return
    if sentence.passage.role == "credit" and entry_type in ("", "person") and lone:
        entry_type = "organization"  # a news agency or publisher
    if entry_type == "concept" and not named:
        # A field named in capitals (Japanese Diplomacy) is the concept the text writes
        # in lower case elsewhere.
        words = [w.lower() if i and casing.lower[w.lower()] else w for i, w in enumerate(words)]
    yield from _emit_name(words, entry_type, sentence, reliable)


def _emit_name(words: list[str], entry_type: str, sentence: Sentence, reliable: bool
               ) -> Iterator[Occurrence]:
    lemma = " ".join(words)
    yield Occurrence(key(lemma), lemma, units(lemma), "name", entry_type,
                     sentence.passage.line, sentence.text, reliable=reliable)


def _name_type(words: list[str], casing: Casing) -> str:
    if is_person(words):
        return "person"
    by_head = head_type(words)
    if by_head:
        return by_head
    if is_place(" ".join(words)):
        return "place"
    if len(words) == 1:
        word = words[0]
        if is_korean_surname(word):
            return "surname"
        if looks_japanese(word):
            return "surname"  # a family name if a person in the document has it
        if only(word.lower(), "ADJ"):
            return "concept"  # the Democratic candidate: an adjective, not a party
        if word.lower().endswith(("ism", "isms")) and len(word) > 5:
            return "concept"  # Communism, Confucianism: a doctrine
        return ""
    if words[0].lower() in COMPASS and len(words) <= 3:
        return "place"  # West Texas, South Jeolla
    if is_demonym(words[0]) or any(HYPHENS.search(w) and w[0].isupper() for w in words):
        return "concept"  # Japanese Diplomacy, Korea-Japan Relations
    if any(len(w) > 1 and w.isalpha() and w.isupper() and not ROMAN_NUMERAL.fullmatch(w)
           for w in words):
        # CNN Turk, NHK World: a broadcaster's or a company's acronym, as a default that
        # any other evidence outweighs (the supercomputer known as ASCI White)
        return ""
    # A person: a first word that can only be a given name (Barack Obama; Condoleezza Rice,
    # even where the text speaks of rice; Heath Ledger), or any word that is no English word
    # (Roman Abramovich, Wang Haitao). A name made only of English words is something else
    # (White House, Dark Knight), and so is one that starts with a place (Berlin Wall).
    if len(words) <= 3 and _given_name(words[0]):
        return "person"
    if _mostly_lower(words[-1], casing):
        return "concept"  # Political Science, a field the text mostly writes in lower case
    if len(words) <= 3 and not is_place(words[0]) and any(
            not readings(w.lower()) for w in words if not ROMAN_NUMERAL.fullmatch(w)):
        return "person"
    return ""


def _place_before_person(words: list[str]) -> int:
    """Where a known place run into a Korean or Japanese personal name ends (Washington |
    Hong Seok-hyun), or 0."""
    for size in range(1, len(words) - 1):
        if is_place(" ".join(words[:size])) and is_person(words[size:]):
            return size
    return 0


def _mostly_lower(word: str, casing: Casing) -> bool:
    """The text writes the word (or its singular) in lower case more often than capitalised
    mid-sentence: the last word of Japanese Diplomacy, not of the White House."""
    forms = {word.lower(), singular(word).lower()}
    return sum(casing.lower[f] for f in forms) > sum(casing.capital[f] for f in forms)


def _given_name(word: str) -> bool:
    """A first word that can only be a given name: no English word, no family name of
    Korea or Japan and no place (Condoleezza, Barack), or a given name that is an English word
    too (Heath, Bill)."""
    lower = word.lower()
    if lower in GIVEN_NAME_WORDS:
        return True
    return (word.isalpha() and not word.isupper() and not readings(lower)
            and not is_korean_surname(word)
            and not looks_japanese(word) and not is_place(word))


def _context_type(tokens: list[Token], start: int, end: int) -> str:
    """A single unknown name's type from its neighbours: a currency after an amount (5.7
    billion Yuan), a place before a known place (Dabancheng, China) or a place noun (the
    Gungoren neighborhood); "" when they say nothing."""
    previous = tokens[start - 1] if start > 0 else None
    if previous is not None and (previous.kind == "number" or is_number_word(previous.lower)) \
            and is_currency_unit(tokens[start].text):
        return "concept"
    if previous is not None and previous.capitalised and not is_korean_surname(
            tokens[start].text) and (previous.lower in HONORIFICS or previous.lower.rstrip(".") + "." in HONORIFICS
            or previous.lower in _TITLE_LAST_WORDS):
        # Crown Prince Abdullah, Professor Galertner; not President Lee alone, who is the
        # person named in full elsewhere or no one the document says.
        return "person"
    if start >= 2 and previous is not None and previous.lower == "of" and \
            tokens[start - 2].lower in _PLACE_NOUNS:
        return "place"  # the city of Nanjing
    following = tokens[end] if end < len(tokens) else None
    if following is None or tokens[start].possessive:
        return ""
    if following.text == "," and end + 1 < len(tokens) and is_place(tokens[end + 1].text) \
            and (end + 2 == len(tokens) or not tokens[end + 2].capitalised):
        return "place"
    after = tokens[end + 1].lower if end + 1 < len(tokens) else ""
    if following.kind == "word" and not following.capitalised and \
            following.lower in _PLACE_NOUNS and after != "of":
        return "place"  # but the Israeli town of Sderot: the town is named after 'of'
    return ""


def _movement_type(tokens: list[Token], end: int) -> str:
    """'the banned Falun Gong spiritual movement': a name of two words or more before a
    body's common noun, an adjective or none between, names that body: an organization (a
    single word there is most often an adjective: an Islamic militant group)."""
    if end == 0 or tokens[end - 1].possessive:
        return ""  # Obama's party is no body named Obama
    for size, token in enumerate(tokens[end:end + 2]):
        if token.kind != "word" or token.capitalised or token.possessive:
            return ""
        if token.lower in _BODY_NOUNS:
            return "organization"
        if size or "ADJ" not in readings(token.lower):
            return ""
    return ""


def _naming_type(tokens: list[Token], start: int) -> str:
    """The type of a name given to something: the noun's before 'known as' (the
    supercomputer known as ASCI White: a concept; the group known as ...: an organization),
    a thing's after 'called it' (He called it PGP); "" elsewhere."""
    before = [t.lower for t in tokens[max(0, start - 3):start]]
    if before[-2:] == ["known", "as"] and len(before) == 3:
        noun = tokens[start - 3]
        if noun.kind != "word" or noun.capitalised:
            return ""
        if noun.lower in _PERSON_NOUNS or noun.lower in ROLE_HEADS:
            return "person"
        by_head = head_type([noun.lower])
        if by_head:
            return by_head
        return "concept" if "NOUN" in readings(noun.lower) else ""
    if len(before) >= 2 and before[-2] in _NAMING_VERBS and before[-1] == "it":
        return "concept"
    return ""


def _acronym_type(tokens: list[Token], start: int) -> str:
    """A lone acronym's type: a place (U.S.), a common noun (his DVDs, an MRI, the thing
    called it PGP) or nothing."""
    named = _naming_type(tokens, start)
    if named:
        return named
    token = tokens[start]
    if is_place(token.text):
        return "place"
    plural = token.text.endswith("s") and token.text[:-1].isupper()
    if plural or (start > 0 and tokens[start - 1].lower in _COMMON_NOUN_DETERMINERS):
        return "concept"
    return ""


def _lowercase_heads(tokens: list[Token], end: int, consumed: list[bool]
                     ) -> tuple[int, str] | None:
    if end == 0 or tokens[end - 1].possessive:
        return None
    words = [t.lower if t.kind == "word" and not t.capitalised else "" for t in tokens[end:]]
    for head in LOWERCASE_PLACE_HEADS:
        if tuple(words[:len(head)]) == head and not any(consumed[end:end + len(head)]):
            size, kind = len(head), "place"
            if len(words) > size and words[size] in _LOWER_EVENT_HEADS:
                size, kind = size + 1, "event"
            return size, kind
    if words and words[0] in _LOWER_ORG_HEADS and not consumed[end]:
        return 1, "organization"
    return None


def _acronym_after(tokens: list[Token], end: int) -> int | None:
    if end + 2 < len(tokens) and tokens[end].text == "(" and tokens[end + 1].kind == "acronym" \
            and tokens[end + 2].text == ")":
        return end + 1
    return None


def resolve_surnames(found: list[Occurrence], surnames: list[tuple[Occurrence, str]]
                     ) -> Iterator[Occurrence]:
    """'Lee agreed', 'Takahichi’s reception': a family name alone is the person named in full;
    'the Group' is the Group of Eight. Each such short form is recorded with the full name."""
    people: dict[str, Occurrence] = {}
    for occurrence in found:
        if occurrence.type == "person" and len(occurrence.words) >= 2:
            for word in _family_names(occurrence.lemma.split()):
                people.setdefault(word.lower(), occurrence)
    # The heads of the document's longer names: 'the Group' after 'the Group of Eight'; a
    # head that two names share says neither.
    named: dict[str, Occurrence] = {}
    shared: set[str] = set()
    for occurrence in found:
        words = occurrence.lemma.split()
        if occurrence.kind == "name" and len(words) >= 2 and occurrence.type in _HEADED:
            head = _head_word(words)
            if named.setdefault(head, occurrence).key != occurrence.key:
                shared.add(head)
    for head in shared:
        del named[head]
    for occurrence, surname in surnames:
        person = people.get(surname)
        full = named.get(surname) if occurrence.type in _HEADED else None
        if full is not None:
            yield Occurrence(full.key, full.lemma, full.words, "mention", full.type,
                             occurrence.line, occurrence.sentence, reliable=False,
                             short_form=occurrence.lemma)
        elif person is not None:
            yield Occurrence(person.key, person.lemma, person.words, "mention", "person",
                             occurrence.line, occurrence.sentence, reliable=False,
                             short_form=occurrence.lemma)
        elif occurrence.type == "?":
            yield occurrence._replace(type="")
        elif occurrence.type:
            yield occurrence  # typed by its neighbours
        elif is_place(occurrence.lemma) or (looks_japanese(occurrence.lemma) and
                                            not is_korean_surname(occurrence.lemma)):
            yield Occurrence(occurrence.key, occurrence.lemma, occurrence.words, "name",
                             "place" if is_place(occurrence.lemma) else "", occurrence.line,
                             occurrence.sentence, reliable=occurrence.reliable)


_HEADED = ("organization", "agreement", "event")


def _head_word(words: list[str]) -> str:
    """The head a name's type comes from (Group of Eight: group; Agreed Framework: framework)."""
    lowered = [w.lower() for w in words]
    for i, word in enumerate(lowered):
        if word in ("of", "for", "on") and i > 0:
            return lowered[i - 1]
    return lowered[-1]


def _family_names(words: list[str]) -> list[str]:
    normal = [name_case(w) for w in words]
    if is_korean_name(normal):
        return [normal[0]]
    return normal  # Japanese names come in either order


