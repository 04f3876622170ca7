"""The quote cue table (``quotes.toml``): marks, verbs of saying, speaker nouns and the shapes of reported speech."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.lexicon.files import alternation, longest_first, read_table


@dataclass(frozen=True)
class EndingThenWord:
    """An ending and the word right after it (해 + 보자: 어 then 보; 할 + 수: ᆯ then 수)."""

    endings: frozenset[str]
    word: str


@dataclass(frozen=True)
class QuoteCues:
    marks: frozenset[str]
    speech_followers: tuple[str, ...]
    after_quotative_particles: tuple[str, ...]
    carried: tuple[str, ...]
    same_speaker: tuple[str, ...]
    adding_verbs: tuple[str, ...]
    progressive_auxiliaries: frozenset[str]
    progressive_connective: str
    obligation_endings: tuple[str, ...]
    pronouns: tuple[str, ...]
    pointing_back: tuple[str, ...]
    pointing_ahead: tuple[str, ...]
    turning_openers: tuple[str, ...]
    answered_endings: frozenset[str]
    opener_phrase_heads: frozenset[str]
    meeting_verbs: frozenset[str]
    apposition_ending: str
    asked_particles: frozenset[str]
    asked_body_particles: frozenset[str]
    answer_nouns: frozenset[str]
    posting_media: frozenset[str]
    posting_particles: tuple[str, ...]
    posting_modifiers: frozenset[str]
    posting_possessive: str
    posted_by_readers: frozenset[str]
    posts_as_subjects: frozenset[str]
    asking_verbs: frozenset[str]
    asking_nouns: frozenset[str]
    asking_while_endings: frozenset[str]
    question_endings: frozenset[str]
    answer_awaiting_endings: frozenset[str]
    medium_verb: str
    speech_media: tuple[str, ...]
    speech_target_verbs: frozenset[str]
    object_particles: tuple[str, ...]
    contrast_nouns: frozenset[str]
    speaker_nouns: frozenset[str]
    document_speakers: frozenset[str]
    court_instances: frozenset[str]
    court_endings: tuple[str, ...]
    reflexives: frozenset[str]
    post_noun_endings: tuple[str, ...]
    promise_tenses: frozenset[str]
    body_words: dict[str, tuple[str, ...]]
    body_heads: dict[str, tuple[str, ...]]
    trial_stages: frozenset[str]
    story_turns: frozenset[str]
    clause_closing_endings: tuple[str, ...]
    side_noun: str
    sittings: frozenset[str]
    side_words: dict[str, str]
    company_nouns: frozenset[str]
    company_endings: tuple[str, ...]
    team_nouns: frozenset[str]
    team_suffix: str
    team_ending: str
    team_modifiers: tuple[str, ...]
    party_joints: tuple[str, ...]
    official_nouns: frozenset[str]
    caption_label_closers: tuple[str, ...]
    relation_nouns: frozenset[str]
    phrase_joints: tuple[str, ...]
    name_brackets: tuple[str, ...]
    plural_suffixes: frozenset[str]
    share_nouns: frozenset[str]
    share_counters: frozenset[str]
    share_selectors: frozenset[str]
    count_number_units: tuple[str, ...]
    count_approximation: str
    percent_units: tuple[str, ...]
    genitive_particle: str
    share_subject_particles: tuple[str, ...]
    headed_body_endings: tuple[str, ...]
    alias_lead: str
    corporate_marks: frozenset[str]
    recurring_leads: tuple[str, ...]
    name_closing_marks: frozenset[str]
    caption_labels: frozenset[str]
    caption_notes: tuple[str, ...]
    question_marks: tuple[str, ...]
    quoting_question_endings: tuple[str, ...]
    unnamed_determiners: frozenset[str]
    yet_another: str
    our_pronouns: frozenset[str]
    including_joints: tuple[str, ...]
    group_place_words: frozenset[str]
    group_place_nouns: frozenset[str]
    group_determiners: frozenset[str]
    heads_of_any_kind: frozenset[str]
    bodies_of_any_kind: frozenset[str]
    department_endings: frozenset[str]
    post_modifiers: frozenset[str]
    department_words: tuple[str, ...]
    referring_determiners: frozenset[str]
    other_person_determiners: tuple[str, ...]
    manner_verbs: frozenset[str]
    past_adnominal_endings: frozenset[str]
    manner_endings: frozenset[str]
    post_body_nouns: frozenset[str]
    post_building_nouns: frozenset[str]
    one_person_nouns: frozenset[str]
    time_units: frozenset[str]
    not_in_speaker_phrase: frozenset[str]
    amid_nouns: frozenset[str]
    amid_determiners: frozenset[str]
    statement_endings: tuple[str, ...]
    answered_question_endings: tuple[str, ...]
    answer_particles: tuple[str, ...]
    headline_statement_endings: tuple[str, ...]
    headline_contrasts: tuple[str, ...]
    measure_endings: tuple[str, ...]
    stance_nouns: frozenset[str]
    headline_topic_connectives: tuple[str, ...]
    short_place_particle: str
    result_nouns: frozenset[str]
    statement_modifiers: tuple[str, ...]
    naming_modifiers: tuple[str, ...]
    content_adnominals: tuple[str, ...]
    fact_nouns: frozenset[str]
    saying_nouns: frozenset[str]
    remark_verbs: frozenset[str]
    post_times: frozenset[str]
    existence_verbs: frozenset[str]
    likeness_particles: frozenset[str]
    likeness_endings: frozenset[str]
    record_particles: frozenset[str]
    utterance_joints: frozenset[str]
    quote_listing_joints: frozenset[str]
    time_topics: frozenset[str]
    action_connectives: frozenset[str]
    showing_verbs: frozenset[str]
    shown_media: frozenset[str]
    not_speaker_particles: frozenset[str]
    also_adverbs: frozenset[str]
    also_particle: str
    adverbial_verbs: frozenset[str]
    present_tense_onset: str
    report_means_verbs: frozenset[str]
    citing_verbs: frozenset[str]
    answering_verbs: frozenset[str]
    generic_claim_nouns: frozenset[str]
    circumstance_pointers: tuple[str, ...]
    circumstance_particles: tuple[str, ...]
    issuing_verbs: frozenset[str]
    statement_documents: frozenset[str]
    about_nouns: frozenset[str]
    about_verbs: frozenset[str]
    perception_verbs: frozenset[str]
    remark_nouns: frozenset[str]
    voice_nouns: frozenset[str]
    rising_verbs: frozenset[str]
    shown_nouns: frozenset[str]
    voice_quotatives: frozenset[str]
    dismissing_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    group_marker: str
    group_particles: tuple[str, ...]
    remark_particle: str
    quoted_remark_fillers: tuple[str, ...]
    copula_after_mark: str
    naming_verbs: frozenset[str]
    writing_verbs: frozenset[str]
    thought_verbs: tuple[str, ...]
    saying_light_verb: str
    reporting_endings: frozenset[str]
    present_adnominal: str
    what_words: frozenset[str]
    demonstratives: frozenset[str]
    single_marks: frozenset[str]
    source_frames: tuple[str, ...]
    body_subject_frame: str
    collective_frames: tuple[str, ...]
    outlet_kind_nouns: frozenset[str]
    speech_days: frozenset[str]
    day_suffix: str
    duration_units: tuple[str, ...]
    hours_word: str
    clock_hour: str
    speech_places: tuple[str, ...]
    ruling_verbs: tuple[str, ...]
    published_documents: tuple[str, ...]
    speech_place_particles: frozenset[str]
    speech_audiences: frozenset[str]
    leaving_verbs: frozenset[str]
    setting_verbs: frozenset[str]
    opening_subject_particles: frozenset[str]
    speech_time_phrases: tuple[str, ...]
    chairing_words: tuple[str, ...]
    title_frames: tuple[str, ...]
    event_time_nouns: frozenset[str]
    sequence_nouns: frozenset[str]
    circumstance_nouns: frozenset[str]
    question_settings: frozenset[str]
    ahead_time_words: tuple[str, ...]
    ahead_event_words: frozenset[str]
    setting_venue_particle: str
    quotative_endings: tuple[str, ...]
    bare_quotative_particle: str
    bare_connective_particles: tuple[str, ...]
    quotative_particles: tuple[str, ...]
    concessive_words: tuple[str, ...]
    connective_quotatives: tuple[str, ...]
    request_quotatives: tuple[str, ...]
    request_endings: tuple[str, ...]
    past_endings: frozenset[str]
    connective_particles: tuple[str, ...]
    unmarked_closers: tuple[str, ...]
    closing_quotatives: frozenset[str]
    joining_endings: frozenset[str]
    speech_verbs: frozenset[str]
    sentence_final_speech_verbs: frozenset[str]
    adjacent_speech_verbs: tuple[str, ...]
    adverbial_endings: frozenset[str]
    speech_idioms: frozenset[str]
    gist_followers: tuple[str, ...]
    postposition_verbs: frozenset[str]
    subordinate_endings: frozenset[str]
    own_subject_endings: frozenset[str]
    supposing_endings: frozenset[str]
    trying_verbs: frozenset[str]
    trying: EndingThenWord
    possibility: EndingThenWord
    passive: EndingThenWord
    hearsay_verbs: frozenset[str]

    @functools.cached_property
    def double_and_single_marks(self) -> frozenset[str]:
        return self.marks | self.single_marks

    @functools.cached_property
    def modified_team(self) -> re.Pattern[str]:
        """A team named by whose it is (``국내 연구팀``, ``국제 공동 연구진``): groups ``team`` and ``noun``."""
        modifier = alternation(self.team_modifiers)
        noun = alternation(sorted(self.team_nouns))
        return re.compile(rf"(?<!\S)(?P<team>(?:{modifier})(?: (?:{modifier}))? (?P<noun>{noun}))(?!장)")  # not 국내 연구팀장

    @functools.cached_property
    def any_mark(self) -> re.Pattern[str]:
        return re.compile("[" + "".join(map(re.escape, sorted(self.marks))) + "]")

    @functools.cached_property
    def followers_longest_first(self) -> tuple[str, ...]:
        return longest_first(self.speech_followers)

    @functools.cached_property
    def carried_longest_first(self) -> tuple[str, ...]:
        return longest_first(self.carried)

    @functools.cached_property
    def pronouns_longest_first(self) -> tuple[str, ...]:
        return longest_first(self.pronouns)

    @functools.cached_property
    def speaker_noun_endings(self) -> tuple[str, ...]:
        """The speaker nouns that a longer word can end in (고위관계자)."""
        return tuple(noun for noun in self.speaker_nouns if len(noun) >= 3)

    @staticmethod
    def frame_at(text: str, position: int, frames: Iterable[str]) -> str | None:
        """The frame among ``frames`` that ``text`` has at ``position`` (에 따르면, 에서는), or None."""
        return next((frame for frame in frames if text.startswith(frame, position)), None)

    def is_speaker_noun(self, word: str) -> bool:
        """관계자, 참석자, … or a word ending in one (고위관계자), a body's kind that stands for the body (대학, 병원) or a document
        that states a finding (보고서)."""
        return word in self.speaker_nouns or word in self.body_words or word in self.document_speakers or word in self.court_instances or word.endswith(self.speaker_noun_endings)

    @functools.cached_property
    def percent_share(self) -> re.Pattern[str]:
        """``응답자의 66.9%는``, ``응답자 중 69.4%가``, ``85퍼센트(%)는``: a percentage, with the group it is of (group
        ``group``) and the group's count (``응답자 1천200명 가운데 64%가``), as a subject (group ``particle``)."""
        joint = rf"(?:{self.genitive_particle} | {alternation(self.share_selectors)} )"
        count = rf"(?: \d[\d,]*(?:(?:{alternation(self.count_number_units)})\d*)*{re.escape(self.count_approximation)}?\s?(?:{alternation(self.share_counters)}))?"
        return re.compile(rf"(?:(?P<group>[가-힣]+){count}{joint})?\d+(?:\.\d+)?\s?{alternation(self.percent_units)}"
                          rf"(?P<particle>{alternation(self.share_subject_particles)})(?=\s)")

    @functools.cached_property
    def circumstance_opener(self) -> re.Pattern[str]:
        """``이 같은 여론에``, ``이런 상황 속에서``: pointing words, one noun, a particle of place or time (``속에`` apart), then a
        space or comma; not ``이런 내용을 가람일보에`` (an object and a place)."""
        return re.compile(rf"(?:{alternation(self.circumstance_pointers)}) [^\s,]+?(?:{alternation(self.circumstance_particles)})(?=[ ,])")

    def names_speakers(self, word: str) -> bool:
        """A speaker noun, also in the plural (상인들), as a headline names who speaks."""
        return self.is_speaker_noun(self.plural_stem(word) or word)

    def plural_stem(self, word: str) -> str | None:
        """``상인들`` -> ``상인``: the noun a plural suffix is glued to; None for a word without one."""
        return next((word.removesuffix(p) for p in self.plural_suffixes if word.endswith(p) and len(word) > len(p)), None)


@functools.cache
def quote_cues() -> QuoteCues:
    return read_table(QuoteCues, "quotes.toml")
