"""The grammar and entity cue tables, one typed dataclass per TOML file, each read once per process.

A field is a key of its file (checked on load, see :func:`pipeline.lexicon.files.read_table`); what the rules derive from the
words (a regular expression, a set sorted longest first) is a cached property next to them: words and forms never drift apart.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.lexicon.endings import EndingTables
from pipeline.lexicon.files import alternation, read_table
from pipeline.lexicon.hangul import hangul_syllables

LONG_SUFFIX = 2  # syllables: 도청, 경찰서; not 청, 대
AUXILIARY_PARTICLE = "JX"  # kiwipiepy's tag of 은/는, 도, 까지, 만


@dataclass(frozen=True)
class Endings:
    """Word endings looked up by length: a word's longest ending in a few set look-ups, not a test per ending (hundreds of them)."""

    forms: frozenset[str]
    longest: int

    @classmethod
    def of(cls, *groups: Iterable[str]) -> Endings:
        forms = frozenset(form for group in groups for form in group)
        return cls(forms, max(map(len, forms), default=0))

    def longest_in(self, word: str) -> str:
        """The longest of these endings ``word`` has, or ``""``."""
        return next((word[-size:] for size in range(min(len(word), self.longest), 0, -1) if word[-size:] in self.forms), "")


@dataclass(frozen=True)
class Tags:
    """kiwipiepy (Sejong) tag sets, named by what the rules use them for."""

    number: frozenset[str]
    counter: frozenset[str]
    name: frozenset[str]
    list_word: frozenset[str]
    subject: frozenset[str]
    actor: frozenset[str]
    title_phrase: frozenset[str]
    missed_name: frozenset[str]
    nominal: frozenset[str]
    clause_end: frozenset[str]
    word_boundary: frozenset[str]
    adverb: frozenset[str]
    copula: frozenset[str]
    ending: frozenset[str]
    predicate: frozenset[str]
    item_end_prefixes: tuple[str, ...]
    noun_word_prefixes: tuple[str, ...]

    @functools.cached_property
    def predicate_or_ending(self) -> frozenset[str]:
        """What an ending joins in one surface token (했다 = 하+었+다; 하겠다 = 하+겠+다)."""
        return self.predicate | self.ending


@dataclass(frozen=True)
class Grammar(EndingTables):
    particles: tuple[str, ...]
    topic_particles: frozenset[str]
    subject_auxiliaries: frozenset[str]
    stacking_particles: frozenset[str]
    copula: tuple[str, ...]
    partner_particles: frozenset[str]
    place_particles: frozenset[str]
    destination_particles: frozenset[str]
    not_destination_words: tuple[str, ...]
    conjunctive_particles: frozenset[str]
    conjunctive_adverbs: frozenset[str]
    clause_nouns: frozenset[str]
    progress_nouns: frozenset[str]
    predicate_nouns: frozenset[str]
    list_joints: frozenset[str]
    ellipses: tuple[str, ...]
    passive_verbs: frozenset[str]
    glued_determiner_readings: dict[str, tuple[str, ...]]
    glued_symbol_readings: dict[str, str]
    endless_copula_readings: dict[str, str]
    governments_also_readings: dict[str, str]
    tags: Tags

    @functools.cached_property
    def adverb_joint(self) -> re.Pattern[str]:
        """``교통 및 주거``: a conjunctive adverb between two nouns, as its own word."""
        return re.compile(f" {alternation(self.conjunctive_adverbs)} ")

    @functools.cached_property
    def word_particle(self) -> re.Pattern[str]:
        """A particle ending a word: ``시장은`` -> ``은``."""
        return re.compile(alternation(self.particles) + "$")

    @functools.cached_property
    def particle_or_copula(self) -> re.Pattern[str]:
        """A particle or the copula ending a word: ``사항이다`` -> ``이다``."""
        return re.compile(alternation(self.particles + self.copula) + "$")

    def marks_subject(self, tag: str, form: str) -> bool:
        """Whether a particle marks a subject or topic: 이/가, 께서, or one of the auxiliaries 은/는/도;
        not the other auxiliaries (``가평까지``, ``시만``)."""
        return tag in self.tags.subject and (tag != AUXILIARY_PARTICLE or form in self.subject_auxiliaries)

    def without_particle(self, word: str) -> str:
        """``시장은`` -> ``시장``; a word that is only a particle stays as it is."""
        return _without(self.word_particle, word)


@dataclass(frozen=True)
class EntityCues(EndingTables):
    misread_name_endings: tuple[str, ...]
    landform_endings: tuple[str, ...]
    date_leads: frozenset[str]
    date_day: str
    future_date_leads: tuple[str, ...]
    approximators: frozenset[str]
    quantity_leads: tuple[str, ...]
    unit_leads: dict[str, tuple[str, ...]]
    court_instance: str
    building_words: tuple[str, ...]
    quantity_suffixes: tuple[str, ...]
    time_approximators: tuple[str, ...]
    time_particles: tuple[str, ...]
    hour_unit: str
    foreign_ministries: frozenset[str]
    acting_particles: tuple[str, ...]
    acronym_body_endings: tuple[str, ...]
    foreign_city_ending: str
    date_part_words: frozenset[str]
    not_school_endings: tuple[str, ...]
    glued_units: tuple[str, ...]
    rate_units: tuple[str, ...]
    institution_suffixes: tuple[str, ...]
    organisation_endings: tuple[str, ...]
    organisation_words: frozenset[str]
    university_ending: str
    party_ending: str
    head_suffix: str
    deputy_prefix: str
    university_units: frozenset[str]
    university_unit_endings: tuple[str, ...]
    role_noun_endings: tuple[str, ...]
    not_names: frozenset[str]
    generic_authorities: frozenset[str]
    generic_authority_endings: tuple[str, ...]
    administrative_units: tuple[str, ...]
    government_short_forms: tuple[str, ...]
    body_people_words: frozenset[str]
    townships: tuple[str, ...]
    resident_nouns: tuple[str, ...]
    local_people_nouns: frozenset[str]
    address_units: tuple[str, ...]
    unit_heads: tuple[str, ...]
    election_nouns: frozenset[str]
    request_contents: tuple[str, ...]
    asking_auxiliary: str
    vietnamese_family_names: frozenset[str]
    japanese_family_names: frozenset[str]
    places_in_townships: tuple[str, ...]
    facility_endings: tuple[str, ...]
    common_word_short_forms: frozenset[str]
    place_area_words: tuple[str, ...]
    place_only_area_words: frozenset[str]
    event_nouns: frozenset[str]
    name_final_particles: frozenset[str]
    short_place_particle: str
    going_words: tuple[str, ...]
    foreign_region_endings: tuple[str, ...]
    venue_of_events: tuple[str, ...]
    street_nouns: frozenset[str]
    place_word_endings: tuple[str, ...]
    market_word: str
    city_unit: str
    type_suffixes: tuple[str, ...]
    village_ending: str
    quarter_endings: tuple[str, ...]
    self_evident_place_endings: tuple[str, ...]
    crossing_endings: tuple[str, ...]
    crossing_kind_words: tuple[str, ...]
    counted_city_followers: tuple[str, ...]
    clock_units: tuple[str, ...]
    place_like_tails: tuple[str, ...]
    name_free_place_endings: tuple[str, ...]
    rare_name_place_endings: tuple[str, ...]
    person_markers_after: tuple[str, ...]
    place_context_words: frozenset[str]
    company_endings: tuple[str, ...]
    club_endings: tuple[str, ...]
    own_name_endings: tuple[str, ...]
    percent_point_tails: tuple[str, ...]
    paired_place_endings: tuple[str, ...]
    branch_endings: tuple[str, ...]
    sentence_connectives: frozenset[str]
    sentence_time_words: frozenset[str]
    unit_words: frozenset[str]
    committee_kinds: tuple[str, ...]
    unit_endings: tuple[str, ...]
    court_division_kinds: tuple[str, ...]
    court_division_ending: str
    region_nouns: tuple[str, ...]
    direction_words: tuple[str, ...]
    short_form_markers: tuple[str, ...]
    foreign_name_leads: tuple[str, ...]
    constituency_endings: tuple[str, ...]
    body_kind_nouns: tuple[str, ...]
    quoted_body_endings: tuple[str, ...]
    glued_institution_nouns: frozenset[str]
    institution_kind_words: tuple[str, ...]
    meeting_ordinal: str
    ordinal_prefix: str
    kind_copula: str
    kind_made_of: tuple[str, ...]
    journal_nouns: frozenset[str]
    venue_words: frozenset[str]
    seat_notes: frozenset[str]
    home_nouns: tuple[str, ...]
    station_ending: str
    company_kind_nouns: tuple[str, ...]
    generic_company_kinds: tuple[str, ...]
    company_marks: tuple[str, ...]
    company_mark_words: tuple[str, ...]
    company_legal_forms: tuple[str, ...]
    journal_issue_words: frozenset[str]
    place_suffixes: tuple[str, ...]
    province_suffix: str
    anonymised_marker: str
    anonymised_suffixes: tuple[str, ...]
    person_suffix: str
    rate_particles: tuple[str, ...]
    rate_changes: tuple[str, ...]
    title_modifiers: tuple[str, ...]
    rate_closers: tuple[str, ...]
    rate_joints: tuple[str, ...]
    rate_nouns: tuple[str, ...]
    government_acts: frozenset[str]
    government_requests: frozenset[str]
    government_request_particles: frozenset[str]
    age_unit: str
    government_affiliation_words: frozenset[str]
    membership_words: tuple[str, ...]
    name_derivative_suffixes: tuple[str, ...]
    government_area_words: frozenset[str]
    credit_marks: tuple[str, ...]
    government_place_particles: frozenset[str]
    place_object_verbs: tuple[str, ...]
    body_short_forms: dict[str, str]
    glued_short_forms: dict[str, str]
    university_endings: tuple[str, str]
    decimal_date_units: tuple[str, ...]
    university_institution_tails: tuple[str, ...]
    university_prefixes: tuple[str, ...]
    abbreviated_endings: dict[str, str]
    concept_initials: frozenset[str]
    government_body_endings: tuple[str, ...]
    serving_office_endings: tuple[str, ...]
    state_body_endings: tuple[str, ...]
    state_body_prefixes: tuple[str, ...]
    government_hall: str
    duration_tails: tuple[str, ...]
    week_units: tuple[str, ...]
    years: re.Pattern[str]
    fraction_joint: str
    former_markers: tuple[str, ...]
    place_list_marks: frozenset[str]
    storm_words: tuple[str, ...]
    school_short_forms: tuple[str, ...]
    school_title_forms: tuple[str, ...]
    school_full_forms: dict[str, str]
    school_kind_stems: frozenset[str]
    school_context_words: tuple[str, ...]
    school_forms_names_end_in: tuple[str, ...]
    school_grade: str
    school_kinds: frozenset[str]
    heavenly_stems: str
    earthly_branches: str
    school_titles: frozenset[str]
    name_joints: frozenset[str]
    transliteration_syllables: tuple[str, ...]
    country_abbreviations: frozenset[str]
    language_suffix: str

    def names_a_state_body(self, name: str) -> bool:
        """A state's own body (``상무부``, ``항공우주국``, ``국립보건원``), which a country printed before it names with it."""
        return name.endswith(self.state_body_endings) or name.startswith(self.state_body_prefixes)

    def names_a_unit(self, word: str) -> bool:
        """A body's branch or unit as a word of its own (``강원지사``, ``전자공학과``, ``구조대``)."""
        if word in self.venue_words:
            return False  # 프레스센터: a room of the body's building
        endings = self._unit_and_branch_endings
        return word in self.unit_words or word.endswith(endings) and any(word.endswith(e) and len(word) > len(e) for e in endings) \
            or bool(self.court_division.fullmatch(word))

    @functools.cached_property
    def _unit_and_branch_endings(self) -> tuple[str, ...]:
        return (*self.branch_endings, *self.unit_endings)

    @functools.cached_property
    def court_division(self) -> re.Pattern[str]:
        """``형사2부``, ``민사항소1부``, ``제2형사부``: a court's numbered division."""
        return re.compile(rf"(?:{self.ordinal_prefix}\d+)?(?:{alternation(self.court_division_kinds)})\d*{self.court_division_ending}")

    def names_a_body_part(self, word: str) -> bool:
        """A word that names a body or its unit (``충남지역본부``, ``스포츠과학과``): a list's item goes on in it."""
        return bool(self.organisation.search(word)) or self.names_a_unit(word)

    @functools.cached_property
    def transliteration(self) -> re.Pattern[str]:
        """A Hangul syllable only a transliterated name holds: ``클`` of 마이클, ``드`` of 도널드."""
        syllables = [syllable for entry in self.transliteration_syllables for syllable in hangul_syllables(*entry.split())]
        return re.compile(f"[{''.join(syllables)}]")

    @functools.cached_property
    def place_endings(self) -> Endings:
        """What ends a place's name: a place suffix or a landform (``공원``, ``신항``, ``읍``, ``강``)."""
        return Endings.of(self.place_suffixes, self.landform_endings)

    @functools.cached_property
    def body_endings(self) -> Endings:
        """What ends a body's name: an organisation's or an institution's ending."""
        return Endings.of(self.organisation_endings, self.institution_suffixes)

    @functools.cached_property
    def long_institution_suffixes(self) -> tuple[str, ...]:
        """Institution endings of two syllables or more (도청, 경찰서): one syllable, 청 or 대, ends names too."""
        return tuple(s for s in self.institution_suffixes if len(s) >= LONG_SUFFIX)

    @functools.cached_property
    def institution(self) -> re.Pattern[str]:
        """A proper noun of two or more syllables and an institution's ending: ``조선대``, ``광주시청``."""
        return re.compile(f"(?:[가-힣]{{2,}}{alternation(self.institution_suffixes)})$")

    @functools.cached_property
    def organisation(self) -> re.Pattern[str]:
        return re.compile(alternation(self.organisation_endings) + "$")

    @functools.cached_property
    def sexagenary_year(self) -> re.Pattern[str]:
        return re.compile(f"[{self.heavenly_stems}][{self.earthly_branches}]년")

    @functools.cached_property
    def administrative_unit(self) -> re.Pattern[str]:
        return re.compile(f"[가-힣]{{2,}}{alternation(self.administrative_units)}$")

    @functools.cached_property
    def place(self) -> re.Pattern[str]:
        return re.compile(f"[가-힣]{{2,}}{alternation(self.place_suffixes)}$")

    @functools.cached_property
    def suffixed_surname(self) -> re.Pattern[str]:
        """``편씨는``, ``석군은``: one syllable (group ``surname``), 씨, 군 or 양 (group ``suffix``), a particle or none: one word."""
        suffixes, particle = alternation(self.anonymised_suffixes), alternation(grammar().particles)
        return re.compile(rf"(?<![가-힣\w])(?P<surname>[가-힣])(?P<suffix>{suffixes}){particle}?(?![가-힣])")

    @functools.cached_property
    def aged_name(self) -> re.Pattern[str]:
        """``석해온(67)씨``, ``한도윤(45·농민)씨는``, ``한도윤(54) 후보``, ``도해온(26)이``, ``도바람(71)씨다``: a word of three or
        four syllables (group 1) before an age, then 씨, a particle, the copula or a word of its own."""
        suffixes, particle = alternation(self.anonymised_suffixes), alternation((*grammar().particles, *grammar().copula))
        return re.compile(rf"(?<![가-힣A-Za-z0-9])([가-힣]{{3,4}})(?=\(\d{{1,3}}{self.age_unit}?(?:[·,][^)\n]{{1,15}})?\)(?: |{suffixes}{particle}?(?![가-힣])|{particle}(?![가-힣])))")

    @functools.cached_property
    def honoured_age(self) -> re.Pattern[str]:
        """An age in parentheses and 씨, 군 or 양 right after it, maybe with a particle or the copula (``(12)양``,
        ``(45·농민)씨는``, ``(71)씨다``)."""
        suffixes, particle = alternation(self.anonymised_suffixes), alternation((*grammar().particles, *grammar().copula))
        return re.compile(rf"\(\d{{1,3}}{self.age_unit}?(?:[·,][^)\n]{{1,15}})?\)(?:{suffixes}){particle}?(?![가-힣])")

    @functools.cached_property
    def anonymised(self) -> re.Pattern[str]:
        """``정모(40)씨``, ``A씨``, ``B(3)군``: group 1 is the surname, group 2 the letter."""
        marker, suffixes = re.escape(self.anonymised_marker), alternation(self.anonymised_suffixes)
        particle = alternation(grammar().particles)  # 씨는, 군이: a particle, not another word (씨앗, 군대)
        return re.compile(
            rf"(?<![가-힣A-Za-z])(?:([가-힣]){marker}|([A-Z]))(?=(?:\([^)\n]{{1,20}}\))? ?{suffixes}{particle}?(?![가-힣]))"
        )


@functools.lru_cache(maxsize=65536)
def _without(ending: re.Pattern[str], word: str) -> str:
    """The word without what ``ending`` matches at its end; words recur, so each is cut once."""
    return ending.sub("", word)


@functools.cache
def grammar() -> Grammar:
    return read_table(Grammar, "grammar.toml")


@functools.cache
def entity_cues() -> EntityCues:
    return read_table(EntityCues, "entities.toml")
