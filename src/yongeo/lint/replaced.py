"""What a missing term's finding stands on: the source hits of its entry (hits_of,
every_hit), the entry's accepted terms, and whether the draft names another person or
place in the missing one's place (replaced), which keeps a missing name's severity."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from yongeo.glossary.model import Entry, EntryType, Status
from yongeo.lint.findings import Finding
from yongeo.lint.units import Piece, Unit
from yongeo.match import Hit
from yongeo.spans import Spans
from yongeo.text.normalize import written_as_word


def accepted_terms(entry: Entry, lang: str) -> list:
    """The entry's terms in `lang` that are not deprecated."""
    return [term for term in entry.terms
            if term.lang == lang and term.status is not Status.DEPRECATED]


def holds_names(inner: Entry, outer: Entry) -> bool:
    """Whether an accepted English name of `outer` holds one of `inner`'s, another name
    (Foreign Ministry in Japanese Foreign Ministry): the same body of another country."""
    own = [term.text.lower() for term in accepted_terms(inner, "en")]
    return any(a != b and a in b for a in own
               for b in (term.text.lower() for term in accepted_terms(outer, "en")))


def hits_of(piece: Piece, finding: Finding) -> list[Hit]:
    """The hits of a source piece that are the finding's entry's."""
    key = (finding.en, finding.ko)
    return [hit for hit in piece.hits if (hit.entry.en, hit.entry.ko) == key]


def every_hit(unit: Unit, finding: Finding, test: Callable[[str, Hit], bool]) -> bool:
    """Whether the unit's source has hits of the finding's entry and `test` (the source's
    working text, a hit) holds for each."""
    hits = hits_of(unit.source, finding)
    return bool(hits) and all(test(unit.source.side.text, hit) for hit in hits)


# The kinds of entry whose term is a name: a person, a place.
NAMES = frozenset({EntryType.PERSON.value, EntryType.PLACE.value})


def replaced(unit: Unit, kind: str, english: str | None) -> bool:
    """Whether the draft piece names a person or place (of `kind`) more often than its source
    does: a glossary entry of that kind, or, for places, a country, city or continent CLDR
    knows (text.places) by any of its names or, in English, adjectives (Iraq -> 이란; Taiwan
    -> 중국 beside the China its source names once; 이라크 -> Iranian); not the country of the
    missing place (`english`), which prose lets its city stand for (the Baghdad government
    -> 이라크 정부), nor a city of the missing country, which stands for it (한국은 -> Seoul
    said), nor the country of a city an English source names as who acts (Seoul hopes ->
    한국 정부는: text.places.countries_by_city), nor, where a country is missing, the capital
    of another country the source names (한국 정부는 환영했다 -> welcomed in Seoul, 일본
    left out); a title counts in its sense only (the
    president of the Liberal Democratic Party is no President: lint.sense); a person a
    Korean source names by surname and title alone (이 대통령: lint.presence.
    by_surname_and_title) is the source's, as the draft's President Lee."""
    from yongeo.lint.presence import by_surname_and_title
    from yongeo.lint.sense import in_sense
    from yongeo.text.places import (
        capital_of,
        countries_by_city,
        country_names,
        country_of_korean,
        korean_place,
        place_key,
    )

    country = country_names(english or "") if kind == EntryType.PLACE.value else frozenset()
    # A missing country's own cities stand for it (한국은 -> Seoul must avoid...).
    own = _missing_country(english) if kind == EntryType.PLACE.value else set()
    # The country of a source city named as who acts stands for the city (Seoul hopes ->
    # 한국 정부는).
    acting = {place_key(name) for name in countries_by_city(
        unit.source.side.text[unit.source.start:unit.source.end])} \
        if kind == EntryType.PLACE.value and unit.source.side.lang == "en" else set()

    # The countries the source names, whose capitals the draft may name for them (한국 정부는
    # -> welcomed in Seoul): no place put in the missing one's.
    named_countries = {place_key(name) for name in _places_in(
        unit.source.side.text[unit.source.start:unit.source.end], unit.source.side.lang)} \
        if kind == EntryType.PLACE.value else set()

    def stands_for_missing(korean: str) -> bool:
        countries = {place_key(name) for name in country_of_korean(korean)}
        if place_key(korean) in acting or (own and not own.isdisjoint(countries)):
            return True
        # Where a country is missing, the capital of another country the source names stands
        # for that country's government (한국 정부는 환영했다 -> welcomed in Seoul).
        return bool(own) and any(korean_place(capital_of(code) or "") == korean
                                 for code in (countries & named_countries) - own)

    source_hits = Counter(hit.entry.id for hit in _named(unit.source, kind))
    # A Korean source's own English (a catalogue heading quoted as it is: “Tok Island
    # (Korea)”), which the English draft copies: its names are the source's.
    source = unit.source.side.text[unit.source.start:unit.source.end]
    copied = unit.source.side.lang == "ko" and unit.draft.side.lang == "en"
    draft_hits = Counter(hit.entry.id for hit in _named(unit.draft, kind)
                         if hit.entry.type == kind
                         and not (copied and written_as_word(source, hit.found))
                         and not country.intersection(t.text for t in hit.entry.terms)
                         and not any(stands_for_missing(t.text) for t in hit.entry.terms
                                     if t.lang == "ko")
                         and (kind != EntryType.TITLE.value
                              or in_sense(unit.draft.side.text, hit)))
    if kind != EntryType.PLACE.value:
        people = {hit.entry.id: hit.entry for hit in _named(unit.draft, kind)}
        # A Korean source may name a Korean person by surname and title alone (이 대통령),
        # which no hit holds: the draft's President Lee is the source's.
        return any(count > source_hits[entry] and not (
            kind == EntryType.PERSON.value and unit.source.side.lang == "ko"
            and by_surname_and_title(source, people[entry].terms))
            for entry, count in draft_hits.items())
    entries = {hit.entry.id: hit.entry for hit in unit.draft.hits}
    mentions = _mentions(source, unit.source.side.lang)
    if any(count > max([source_hits[entry]] + [
            mentions(t.text) for t in entries[entry].terms if t.lang == "ko"])
           for entry, count in draft_hits.items()):
        return True  # the source may name it by an adjective (Japanese -> 일본인)
    glossary = {term.text for hit in unit.draft.hits for term in hit.entry.terms}
    glossary |= country  # a city's country stands for the city
    glossary = {place_key(name) for name in glossary}
    draft = unit.draft.side.text[unit.draft.start:unit.draft.end]
    inside = _places_in_sourced_terms(unit)
    named: dict[str, str] = {}  # one name of each place (한국, 대한민국: one country)
    counts: Counter[str] = Counter()
    # Korean miners names neither Korea more than the source does.
    for place in _places_in(draft, unit.draft.side.lang, shared=False):
        if stands_for_missing(place):
            continue
        if inside[place_key(place)] > 0:
            inside[place_key(place)] -= 1  # the term's (Korean residents in Japan)
            continue
        key = named.setdefault(place_key(place), place)
        counts[key] += 1
    # The places the source names by an entry, counted by country: the matcher finds a name
    # heading a compound (일본산, the Japanese-made), which CLDR's word list does not.
    by_entry: Counter[str] = Counter()
    for hit in unit.source.hits:
        if hit.entry.type == EntryType.PLACE.value:
            by_entry.update({place_key(t.text) for t in hit.entry.terms if t.lang == "ko"})
    if any(count > max(mentions(place), by_entry[place_key(place)])
           for place, count in counts.items()
           if place_key(place) not in glossary):  # glossary names: by entry, above
        return True
    return bool(gazetteer_places_put(unit, english))


def _missing_country(english: str | None) -> set[str]:
    """The names (place keys) of the missing place where it is a country, whose own cities
    stand for it (한국은 -> Seoul must avoid ...); empty for any other place."""
    from yongeo.text.places import country_names, korean_place, place_key

    country = country_names(english or "")
    return {place_key(name) for name in country} if korean_place(english or "") in country \
        else set()


def gazetteer_places_put(unit: Unit, english: str | None, country: str | None = None,
                         kind: str | None = None) -> list[tuple[int, int]]:
    """Where the draft piece names a place of the gazetteer (text.gazetteer: Japan's
    prefectures, cities and islands, both Koreas' places) that neither CLDR nor a glossary
    entry names, at the mentions of a place it names more often than its source does, read
    generously (a name heading a longer word, an ordinary word's homograph:
    text.gazetteer.places_named): Hitakatsu Port on Iki for 쓰시마 히타카쓰항, 고베 for
    Osaka; not a place of the missing place's country (`english`), which stands for it;
    with `country`, only places of that country (a CLDR code); with `kind`, only places of
    that kind (text.gazetteer.KINDS)."""
    from yongeo.text.gazetteer import places_named
    from yongeo.text.places import (
        country_names,
        is_cldr_place,
        korean_country_names,
        place_key,
    )

    own = _missing_country(english)
    draft, source = unit.draft, unit.source
    entries = Spans((hit.start, hit.end) for hit in draft.every)
    counts: Counter[str] = Counter()
    spans: dict[str, list[tuple[int, int]]] = {}
    for start, end, place in places_named(draft.side.text[draft.start:draft.end],
                                          draft.side.lang):
        start, end = start + draft.start, end + draft.start
        if (is_cldr_place(place.english[0]) or country_names(place.english[0])
                or entries.meet(start, end)):
            continue  # counted above, as CLDR's place (or capital) or the entry's
        if own and not own.isdisjoint(place_key(name)
                                      for name in korean_country_names(place.country)):
            continue  # 일본은 -> Osaka said: the missing country's own city
        if (country is not None and place.country != country) or (
                kind is not None and place.kind != kind):
            continue
        counts[place.korean] += 1
        spans.setdefault(place.korean, []).append((start, end))
    if not counts:
        return []
    named = Counter(place.korean for _s, _e, place in places_named(
        source.side.text[source.start:source.end], source.side.lang, loose=True))
    return sorted(span for korean, count in counts.items() if count > named[korean]
                  for span in spans[korean])


def _named(piece: Piece, kind: str) -> list[Hit]:
    """The piece's hits, with, for persons, those named inside a longer name of another
    entry (the Lee Jae-myung administration names President Lee: the draft that writes it
    for 윤석열 정부 names another president)."""
    if kind != EntryType.PERSON.value:
        return piece.hits
    inside: list[Hit] = []
    longest = {id(hit) for hit in piece.hits}
    # Longest first: Lee inside Lee Jae-myung inside the administration is one mention.
    for hit in sorted(piece.every, key=lambda h: h.start - h.end):
        if (hit.entry.type == kind and id(hit) not in longest
                and any(other.start <= hit.start and hit.end <= other.end
                        and other.entry is not hit.entry for other in piece.hits)
                and not any(other.start <= hit.start and hit.end <= other.end
                            and other.entry is hit.entry for other in inside)):
            inside.append(hit)
    return piece.hits + inside


def _places_in_sourced_terms(unit: Unit) -> Counter[str]:
    """The places (place keys, counted) inside the draft piece's terms that render another
    entry its source names (not a place's): such a place is the term's, not one put in for
    the missing place (재일동포 -> Korean residents in Japan names no Japan added)."""
    from yongeo.text.places import place_key

    draft = unit.draft
    sourced = {hit.entry.id for hit in unit.source.hits}
    return Counter(place_key(place) for hit in draft.hits
                   if hit.entry.id in sourced and hit.entry.type != EntryType.PLACE.value
                   for place in _places_in(hit.found, draft.side.lang, shared=False))


def _places_in(text: str, lang: str, shared: bool = True) -> list[str]:
    """The Korean names of the CLDR places a text in `lang` names, once per mention; in
    English, with an adjective of several countries (Korean) naming none unless `shared`
    (text.places.english_places_in)."""
    from yongeo.text.places import english_places_in, korean_places_in

    return english_places_in(text, shared) if lang == "en" else korean_places_in(text)


def _mentions(text: str, lang: str):
    """How many times a text in `lang` names a place, asked by its Korean name (by any of
    its names: text.places.place_key)."""
    from yongeo.text.places import place_key, place_mentions

    if lang == "en":
        return lambda korean: place_mentions(text, korean)
    named = Counter(place_key(place) for place in _places_in(text, lang))
    return lambda korean: named[place_key(korean)]


def replaced_in_title(unit: Unit, finding: Finding) -> bool:
    """Whether the draft piece names another person, more often than its source does, beside
    a title the source gives the missing person (다카이치 사나에 일본 총리 -> Prime Minister
    Ishiba Shigeru; Prime Minister Fumio Kishida -> 아베 신조 총리): that person stands in
    the missing one's place, whatever pronoun the piece has for someone else."""
    missing = hits_of(unit.source, finding)
    if not missing:
        return False
    person = EntryType.PERSON.value
    own = missing[0].entry.id
    titles = _titles_beside(unit.source, {own})
    if not titles:
        return False
    sourced = Counter(hit.entry.id for hit in _named(unit.source, person))
    drafted = Counter(hit.entry.id for hit in _named(unit.draft, person)
                      if hit.entry.type == person)
    others = {entry for entry, count in drafted.items()
              if entry != own and count > sourced[entry]}
    return bool(others) and not titles.isdisjoint(_titles_beside(unit.draft, others))


def _titles_beside(piece: Piece, persons: set[str]) -> set[str]:
    """The titles (entry ids) a piece writes right before or after a hit of one of the
    `persons` (entry ids), with spaces, a comma or one word (a country: 일본 총리) between."""
    text = piece.side.text
    person = EntryType.PERSON.value
    found = set()
    for hit in _named(piece, person):
        if hit.entry.id not in persons:
            continue
        for title in piece.hits:
            if title.entry.type != EntryType.TITLE.value:
                continue
            between = _between(text, hit, title)
            if between is not None and len(between.replace(",", " ").split()) <= 1 and not any(
                    mark in between for mark in ".;:!?()\n"):
                found.add(title.entry.id)
    return found


def _between(text: str, one: Hit, other: Hit) -> str | None:
    """The text between two hits, in either order; None where they overlap."""
    if other.start >= one.end:
        return text[one.end:other.start]
    return text[other.end:one.start] if other.end <= one.start else None


def title_holders(source: Piece, finding: Finding) -> set[str]:
    """The persons of the glossary (entry ids) a source piece gives the missing title to:
    written right after it (Prime Minister Gordon Brown) or right before it (위성락
    국가안보실장; Wi Sung-lac, head of ...), with only spaces or a comma between."""
    return holders_of(source, hits_of(source, finding))


def holders_of(source: Piece, hits: list[Hit]) -> set[str]:
    """The persons of the glossary (entry ids) a source piece gives the title of `hits` to,
    as title_holders reads them."""
    text = source.side.text
    holders = set()
    for hit in hits:
        for other in source.hits:
            if other.entry.type != EntryType.PERSON.value:
                continue
            between = _between(text, hit, other)
            if between is not None and not between.replace(",", "").strip():
                holders.add(other.entry.id)
    return holders


def capitals_put(unit: Unit, english: str) -> list[Hit]:
    """The draft piece's hits of capitals of other countries than the capital `english`
    (text.places.capital_country), places of the glossary, that the draft names more times
    than its source does, the source's count taken from its text too (서울사무소, 서울특별시,
    which the matcher leaves as longer words): a capital put where `english` stood for its
    government (For Seoul -> 도쿄로서는). None for a place that is no capital."""
    from yongeo.text.places import capital_country, place_mentions

    own = capital_country(english)
    if not own:
        return []
    source, draft = unit.source, unit.draft
    text = source.side.text[source.start:source.end]
    named = Counter(hit.entry.id for hit in source.every)
    drafted = Counter(hit.entry.id for hit in draft.hits)
    out = []
    for hit in draft.hits:
        other = hit.entry
        if other.type != EntryType.PLACE.value or other.en == english or not other.ko:
            continue
        theirs = capital_country(other.en or "")
        if not theirs or not own.isdisjoint(theirs):
            continue
        written = text.count(other.ko) if source.side.lang == "ko" else place_mentions(
            text, other.ko)
        if drafted[other.id] > max(named[other.id], written):
            out.append(hit)
    return out

