"""The page-role cue table (``roles.toml``): what marks page chrome, bylines and credits."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.lexicon.files import alternation, read_table
from pipeline.lexicon.patterns import AnyPattern

MAX_PICTURE_TITLE_CHARS = 40  # what a picture's title line holds before its noun


@dataclass(frozen=True)
class RoleCues:
    boilerplate: tuple[re.Pattern[str], ...]
    byline_lookalikes: tuple[re.Pattern[str], ...]
    other_articles_link: re.Pattern[str]
    translation_note: re.Pattern[str]
    date_stamp: str
    copyright: tuple[str, ...]
    tagged_headline: re.Pattern[str]
    article_line_tags: frozenset[str]
    copyright_sign_line: re.Pattern[str]
    release_source_note: re.Pattern[str]
    trailing_photo_credit: re.Pattern[str]
    site_notice: re.Pattern[str]
    copyright_holder: str
    credit_joints: str
    latin_copyright_holder: str
    tail_headings: tuple[re.Pattern[str], ...]
    offering_heading: str
    sidebar_headings: tuple[re.Pattern[str], ...]
    reporter_stamps: tuple[re.Pattern[str], ...]
    spaced_surnames: frozenset[str]
    stamp_section_words: frozenset[str]
    outlet_endings: tuple[str, ...]
    publication_frequencies: frozenset[str]
    stamp_words: tuple[str, ...]
    publication_stamp_words: tuple[str, ...]
    entry_stamp: re.Pattern[str]
    headline_list_bullets: tuple[str, ...]
    summary_headings: re.Pattern[str]
    box_closing_buttons: frozenset[str]
    title_site_separators: tuple[str, ...]
    title_trail_separators: tuple[str, ...]
    caption: tuple[re.Pattern[str], ...]
    image_placeholder: str
    caption_label: str
    progressive_ending: str
    caption_credit: str
    photo_furniture: str
    photo_mark_credit: str
    agency_dateline_pattern: str
    dateline_reporter_pattern: str
    caption_bullet: str
    credit_words: tuple[str, ...]
    transcript_markers: str
    crew_credits: str
    comment_count: str
    section_names: frozenset[str]
    button_words: frozenset[str]
    share_button_words: tuple[str, ...]
    glued_button_words: tuple[str, ...]
    site_name_endings: tuple[str, ...]
    credit_line: str
    anchor_introduction: str
    reporter_kind_words: frozenset[str]
    continued_endings: tuple[str, ...]
    unfinished_endings: tuple[str, ...]
    verb_connective_endings: tuple[str, ...]
    caption_nouns: tuple[str, ...]
    news_report: re.Pattern[str]
    scene_verb_endings: tuple[str, ...]
    beside_photo_mark: re.Pattern[str]
    photo_position: re.Pattern[str]
    picture_nouns: tuple[str, ...]
    credit_body_endings: tuple[str, ...]
    polite_question_endings: tuple[str, ...]
    marked_question_endings: tuple[str, ...]
    question_words: tuple[str, ...]
    sentence_endings: tuple[str, ...]
    closing_marks: tuple[str, ...]
    opening_marks: tuple[str, ...]
    address_words: tuple[str, ...]
    truncation_marks: tuple[str, ...]
    article_sentence_end: str
    question_endings: tuple[str, ...]
    opinion_tags: tuple[str, ...]
    writer_credit: re.Pattern[str]
    interviewer_rank: re.Pattern[str]
    slashed_reporters: re.Pattern[str]
    bureau_reporters: re.Pattern[str]
    other_credit: re.Pattern[str]
    email_label: re.Pattern[str]
    social_handle: re.Pattern[str]

    @functools.cached_property
    def sentence_end(self) -> re.Pattern[str]:
        """A paragraph that ends like a sentence, closing marks aside: ``…밝혔다.``, ``…했다"``."""
        closers = "".join(map(re.escape, self.closing_marks))
        return re.compile(f"{alternation(self.sentence_endings)}[{closers}]*$")

    @functools.cached_property
    def article_sentence(self) -> re.Pattern[str]:
        """A line closed as a news sentence is (``…밝혔다.``, ``…했다."``), not as a site's notice (``…있습니다.``)."""
        closers = "".join(map(re.escape, self.closing_marks))
        return re.compile(f"{self.article_sentence_end}[{closers}]*$")

    @functools.cached_property
    def sentence_inside(self) -> re.Pattern[str]:
        """A news sentence closed inside a line, more after it (``… 표결하고 있다. /가람시의회 제공``): no headline."""
        return re.compile(f"{self.article_sentence_end}\\s")

    @functools.cached_property
    def copyright_line(self) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{pattern})" for pattern in self.copyright), re.IGNORECASE)

    @functools.cached_property
    def stamp(self) -> re.Pattern[str]:
        """A date stamp or counter on a byline line: ``승인 2024.03.05 10:20``, ``댓글 0``."""
        return re.compile(rf"{alternation(self.stamp_words)}?\s*[:：]?\s*\d{{1,4}}(?:[.\-/]\d{{1,2}}){{0,2}}\.?(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?")

    @functools.cached_property
    def image(self) -> re.Pattern[str]:
        return re.compile(self.image_placeholder)

    @functools.cached_property
    def label_of_caption(self) -> re.Pattern[str]:
        return re.compile(self.caption_label)

    @functools.cached_property
    def progressive(self) -> re.Pattern[str]:
        return re.compile(self.progressive_ending)

    @functools.cached_property
    def credit(self) -> re.Pattern[str]:
        """A photo credit after a caption's last sentence: group ``credit`` (``연합뉴스``, ``홍길동 기자``)."""
        return re.compile(self.caption_credit)

    @functools.cached_property
    def agency_dateline(self) -> re.Pattern[str]:
        return re.compile(self.agency_dateline_pattern)

    @functools.cached_property
    def dateline_reporter(self) -> re.Pattern[str]:
        return re.compile(self.dateline_reporter_pattern)

    @functools.cached_property
    def mark_credit(self) -> re.Pattern[str]:
        return re.compile(self.photo_mark_credit)

    @functools.cached_property
    def furniture(self) -> re.Pattern[str]:
        return re.compile(self.photo_furniture)

    def photo_descriptions(self, text: str) -> tuple[str, ...]:
        """``text``, then ``text`` without each e-mail, resale notice or date an agency prints after a
        photo's credit, one at a time from the end: ``… 있다. 2025.3.4 a@b.kr`` -> ``… 있다. 2025.3.4``
        (the date says caption) -> ``… 있다.``."""
        return _without_furniture(self.furniture, text)

    @functools.cached_property
    def date_line(self) -> re.Pattern[str]:
        return re.compile(self.date_stamp)

    @functools.cached_property
    def chrome(self) -> tuple[re.Pattern[str], ...]:
        """Every pattern that makes a short paragraph page chrome."""
        return (*self.boilerplate, self.date_line)

    @functools.cached_property
    def any_chrome(self) -> AnyPattern:
        """Whether any of :attr:`chrome` is found: one test, not one per pattern."""
        return AnyPattern(self.chrome)

    @functools.cached_property
    def any_byline_lookalike(self) -> AnyPattern:
        return AnyPattern(self.byline_lookalikes)

    @functools.cached_property
    def any_caption(self) -> AnyPattern:
        return AnyPattern(self.caption)

    @functools.cached_property
    def offers_posts(self) -> re.Pattern[str]:
        return re.compile(self.offering_heading)

    @functools.cached_property
    def any_tail_heading(self) -> AnyPattern:
        return AnyPattern(self.tail_headings)

    @functools.cached_property
    def anchor_intro(self) -> re.Pattern[str]:
        return re.compile(self.anchor_introduction)

    @functools.cached_property
    def noun_caption(self) -> re.Pattern[str]:
        """A photo's description that ends in a caption noun and a full stop: ``… 방송화면.``."""
        return re.compile(rf"{alternation(self.caption_nouns)}\.$")

    @functools.cached_property
    def picture_caption(self) -> re.Pattern[str]:
        """A short line that names a picture, full stop or not: ``예시군 청소년수련관 조감도``, ``‘예시 축제’ 포스터``."""
        return re.compile(rf"^.{{2,{MAX_PICTURE_TITLE_CHARS}}}[\s’'”\"]{alternation(self.picture_nouns)}\.?$")

    @functools.cached_property
    def bare_credit(self) -> re.Pattern[str]:
        return re.compile(self.credit_line)

    @functools.cached_property
    def comment_counter(self) -> re.Pattern[str]:
        return re.compile(self.comment_count)

    @functools.cached_property
    def transcript_marker(self) -> re.Pattern[str]:
        return re.compile(self.transcript_markers)

    @functools.cached_property
    def crew_credit(self) -> re.Pattern[str]:
        return re.compile(self.crew_credits)

    @functools.cached_property
    def holder(self) -> re.Pattern[str]:
        return re.compile(self.copyright_holder)

    @functools.cached_property
    def latin_holder(self) -> re.Pattern[str]:
        return re.compile(self.latin_copyright_holder, re.IGNORECASE)

    @functools.cached_property
    def outlet(self) -> re.Pattern[str]:
        """An outlet's name opening a byline line: ``강원일보 지역부 …``, ``광주일보/…``, ``[강원일보] …``."""
        return re.compile(rf"^\s*[\[【(]?\s*(?P<name>[가-힣A-Za-z0-9]{{0,12}}{alternation(self.outlet_endings)})\s*[\]】)/ ]")


@functools.lru_cache(maxsize=1024)  # a line is asked for its role, then whether it is a caption: the search is costly
def _without_furniture(furniture: re.Pattern[str], text: str) -> tuple[str, ...]:
    forms = [text]
    while (found := furniture.search(forms[-1])) and found.start() > 0:
        forms.append(forms[-1][: found.start()])
    return tuple(forms)


@functools.cache
def role_cues() -> RoleCues:
    return read_table(RoleCues, "roles.toml")
