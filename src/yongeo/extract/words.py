"""English word classes the extractor needs: stopwords, generic modifiers and heads, plurals."""

from __future__ import annotations

from functools import lru_cache

from yongeo.text.demonyms import is_demonym
from yongeo.text.english import is_plural_noun, singular_forms, word_classes
from yongeo.text.gazetteer import find_place
from yongeo.text.places import is_cldr_place


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words, pronouns, auxiliaries, frequent verbs and adverbs: they bound noun phrases.
STOPWORDS = _words("""
a an the this that these those such some any each every either neither no not nor none
enough
all both half most more much many few fewer less least several own other another same
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his
himself she her hers herself it its itself they them their theirs themselves one ones
who whom whose which what whatever whoever where when why how whether while whereas
and or but if then else than so yet also too very just only even still already again
about above across after against along amid amidst among amongst around as at before behind
below beneath beside besides between beyond by despite down during except for from in inside
into like near of off on onto out outside over past per regarding since through throughout
till to toward towards under underneath unlike until up upon via with within without
am is are was were be been being have has had having do does did doing done
will would shall should can could may might must ought need dare
say says said tell tells told ask asks asked noted add adds added cite cites
cited agree agrees agreed expect expects expected seem seems seemed become becomes became
make makes made take takes took taken give gives gave given get gets got go goes went gone
come comes came keep keeps kept held put puts let lets see sees saw
seen showed shown know knows knew known think thinks thought want wants wanted
used helped include includes included including remain remained
continue continues continued stand stands marked returned pose poses posed
serve serves served widen widens widened deepen deepens deepened broaden broadens broadened
strengthen strengthens strengthened expand expands expanded pursue pursues pursued
reaffirm reaffirms reaffirmed sustain sustains sustained indicate indicates indicated
require requires required provide provides provided raise raises raised moved
stood cease ceases ceased extend extends extended reshape reshapes reshaped
demonstrate demonstrates demonstrated interpret interprets interpreted recover recovers
recovered die dies died opened addressed join joins joined
receive receives received refine refines refined reviewed
formed focused express expresses expressed signaled
signalled reached meet meets met visited planned
grew rose fell began begun brought bought chose drew drove fought found gave knew led left
lost meant paid ran sent sought spoke spent struck taught threw understood won wrote
here there now then today tomorrow yesterday currently previously recently notably
moreover furthermore however therefore thus hence meanwhile nevertheless nonetheless
instead rather quite really almost nearly perhaps maybe often always never sometimes
usually ever once twice first firstly second secondly third thirdly finally lastly
particularly especially widely largely highly deeply rapidly repeatedly jointly
mutually unusually overly well further back forward away together apart
etc ie eg vs versus via per
""")

# Words that modify a noun without making a term of it: evaluations, degrees, time, quantity.
GENERIC_MODIFIERS = _words("""
significant important major minor key main chief primary principal central strong weak
warm cold candid constructive cordial frank productive fruitful friendly positive
negative exceptional unusual usual normal ordinary special particular specific certain
various several numerous many few multiple additional extra further more most less least
deep deeper deepest broad broader wide wider great greater greatest good better best bad
worse worst large larger largest small smaller big bigger high higher low lower full
clear clearer real true actual possible likely unlikely potential new newer newest old
older recent previous former current present future past early earlier late later
latest last next upcoming ongoing continued continuing growing increasing emerging
rising prolonged long longer short shorter brief rapid quick slow sudden gradual
long-standing longstanding so-called whole entire total overall general basic simple
direct indirect serious critical crucial vital essential notable remarkable substantial
considerable modest meaningful concrete tangible practical-minded renewed stable
unstable steady firm solid sharp severe intense heavy light hard soft open close closer
closest similar different same distinct separate relevant respective appropriate proper
traditional secure comprehensive
necessary sufficient adequate fundamental substantive successful effective
""")

# Heads that are too general to make a term with any modifier.
GENERIC_HEADS = _words("""
way ways thing things fact facts case cases point points part parts area areas aspect
aspects kind kinds sort sorts type types sense lot lots number numbers level levels
amount amounts time times year years day days week weeks month months moment moments
step steps move moves path paths pattern patterns trend trends result results outcome
outcomes matter matters attention view views side sides place places end ends start
item items element elements factor factors feature features detail details example
examples instance instances manner means note notes reason reasons question questions
phase phases stage stages period periods landscape atmosphere foundation foundations
""")

NUMBER_WORDS = _words("""
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions
first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
twentieth hundredth thousandth single double triple
""")

MONTHS = _words("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun
""")

# -ing words that are nouns often enough to head a term (press briefing, leaders' meeting).
NOMINAL_ING = _words("""
briefing meeting meetings understanding building buildings training funding spending
hearing hearings ruling rulings warning warnings bombing bombings shipping housing
banking offering offerings gathering gatherings screening wording reasoning landing
landings setting settings standing sentencing dumping whaling fishing peacekeeping
""")

# Plurals that are not the plural of the singular a suffix rule would give.
INVARIANT_PLURALS = _words("""
remains relations ties talks affairs arms goods means news series species headquarters
politics economics statistics ethics logistics physics mathematics tactics
proceedings savings earnings surroundings outskirts premises customs
""")

# Adjective endings: a phrase ending in one of these has no noun head (national, economic).
ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ian",
                     "ese", "ish", "ical")
# Nouns with those endings that do head terms.
NOUNS_LIKE_ADJECTIVES = _words("""
official officials proposal proposals approval renewal withdrawal trial trials capital
potential terminal individual individuals material materials criminal criminals
arrival arrivals rival rivals signal signals principal summit festival festivals
journal journals hospital hospitals ritual rituals referral tribunal tribunals
representative representatives executive executives initiative initiatives objective
objectives alternative alternatives directive directives perspective incentive
incentives motive motives detective archive archives secretary secretaries summary
summaries boundary boundaries anniversary anniversaries dictionary military library
ministry ministries dignitary dignitaries adversary adversaries emissary
beneficiary beneficiaries commentary documentary diary salary territory territories
republic republics logic music clinic topic topics traffic public
academic academics mechanic magic fabric rhetoric diplomat diplomats
civilian civilians politician politicians technician historian guardian
""")


def is_stopword(word: str) -> bool:
    return word.lower() in STOPWORDS


def is_number_word(word: str) -> bool:
    lower = word.lower()
    parts = lower.split("-")
    return lower in NUMBER_WORDS or any(p in NUMBER_WORDS or p.isdigit() for p in parts)


# Participles that end compounds: interest-based, interest-driven, export-oriented.
PARTICIPLES = _words("""
based driven led oriented related centered centred focused linked backed owned run made
sponsored funded affiliated dominated controlled built born known shaped
""")


@lru_cache(maxsize=65536)
def looks_adjective(word: str) -> bool:
    """True for a word that reads as an adjective rather than a noun head (economic)."""
    lower = word.lower()
    if lower in NOUNS_LIKE_ADJECTIVES:
        return False
    if "-" in lower or "–" in lower:
        last = lower.replace("–", "-").rsplit("-", 1)[-1]
        return last in PARTICIPLES or last.endswith("ed")
    return lower.endswith(ADJECTIVE_ENDINGS)


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """The singular of a (possibly possessive) noun; invariant plurals stay as they are, and
    so do the nouns lemminflect knows as their own singular (chaos, lens, atlas, bias) and
    the capitalised names it does not know as plurals (Athens, Wales, Qantas)."""
    lower = word.lower()
    if lower in INVARIANT_PLURALS or lower.endswith(("ss", "us", "is", "ics")):
        return word
    if lower.endswith("s") and not lower.endswith(("'s", "’s")) and _not_a_plural(word, lower):
        return word
    # responses, purposes, sizes: the e belongs to the singular (businesses keeps the rule).
    if lower.endswith(("ses", "zes")) and not lower.endswith(("sses", "zzes")):
        return word[:-1]
    forms = singular_forms(word)
    return forms[-1] if len(forms) > 1 else word


def _not_a_plural(word: str, lower: str) -> bool:
    """Whether a word in -s is no plural: a known place, or a name whose singular reading is
    no common word though the name is (Wales, not wale), a noun that is its own
    lemma and no plural form in lemminflect's tables (chaos, lens), or a capitalised word
    they do not know as a plural noun, unless it is a nationality's plural (Athens,
    Brussels, Qantas; not Elections, Americans)."""
    if word[:1].isupper() and (is_cldr_place(word) or find_place(word) is not None
                               or _rare_singular(lower)):
        return True  # Wales, which the tables also hold as the plural of wale
    if is_plural_noun(lower):
        return False
    if "NOUN" in word_classes(lower):
        return True
    return word[:1].isupper() and not (is_demonym(word) and is_demonym(word[:-1]))


def _rare_singular(lower: str) -> bool:
    """Whether a common English word in -s has no common word for its singular (wales:
    wale is rare), so that it is no plural as written (text.frequency: Zipf 3)."""
    from yongeo.text.frequency import common_words

    common = common_words("en")
    return lower in common and singular_forms(lower)[-1] not in common
