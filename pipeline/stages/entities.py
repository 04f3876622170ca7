"""entities: KLUE-label named entities (PS LC OG DT TI QT) with canonical names and a mention summary.

The spaCy ``Doc`` is built from the segmentation stage's morphemes (:mod:`pipeline.language.kiwi_doc`), so the
text is never analysed twice. The statistical model and the rules run in the order of
:data:`pipeline.language.analysers.DEFAULT_ENTITY_MODE`; ``fast_entities`` runs the rules alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from itertools import groupby
from operator import attrgetter

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.language.analysers import (
    DEFAULT_ENTITY_MODE,
    FAST_ENTITY_MODE,
    EntityMode,
    entity_pipeline,
    one_blas_thread,
)
from pipeline.language.caption_names import people_in_captions
from pipeline.language.aliases import aliases_in_parentheses, aliases_throughout, bodies_in_parentheses, bodies_in_quote_marks
from pipeline.language.canonical import (
    mention_summary,
    resolve_canonicals,
    role_after,
    titled_names,
    without_names_inside,
)
from pipeline.extract.byline_patterns import EMAIL_AS_PRINTED
from pipeline.extract.bylines import dateline_place
from pipeline.language.span_rules import korean_full_name
from pipeline.language.surname_references import surname_references, with_surname_references
from pipeline.language.entity_spans import anonymised_in_words, at_word_ends, surnames_in_full
from pipeline.language.occupation_names import people_after_occupations
from pipeline.language.family_names import (spaced_surnames_in_full, family_names_throughout, foreign_names_to_their_family_name, korean_names_throughout,
                                           people_of_rare_surnames, people_throughout)
from pipeline.language.foreign_names import (
    family_names_after_given,
    foreign_names_joined,
    foreign_people_before_honorifics,
    foreign_people_before_titles,
    foreign_people_named_again,
    given_names_apart,
)
from pipeline.language.government_spans import (
    bodies_before_branches,
    branches_of_bodies,
    clubs_of_places,
    governments_apart,
    governments_named_again,
    known_bodies,
    markets,
    schools_by_their_people,
    without_places_inside_words,
    without_types,
)
from pipeline.language.place_spans import (
    employers_before_officials,
    events_read_as_bodies,
    facilities_read_as_bodies,
    foreign_regions_as_places,
    governments_with_a_place_particle,
    markets_the_model_missed,
    names_throughout,
    numbered_quarters,
    places_before_areas,
    places_in_townships,
    places_out_of_the_dictionary,
    places_paired_with_places,
    townships_read_as_people,
    villages_read_as_people,
)
from pipeline.language.journals import journals
from pipeline.language.kind_names import (bodies_after_their_kind, government_bodies_the_model_missed, bodies_in_whole_words, companies_of_marks, companies_read_as_places,
                                         departments_the_model_missed, government_bodies_by_their_kind, institutions_the_model_missed,
                                         short_forms_read_as_people)
from pipeline.language.number_spans import cities_counted_as_times, dates_at_word_ends, dates_together, names_read_as_times, quantities_and_durations
from pipeline.language.foreign_places import places_after_countries
from pipeline.language.school_spans import schools_glued_to_places, schools_of_places
from pipeline.language.person_spans import (
    bodies_before_titled_people,
    bodies_of_members,
    bodies_without_titles,
    body_before_its_member,
    names_read_with_a_particle,
    people_after_genitives,
    people_of_names,
    names_before_noted_titles,
    people_in_whole_words,
    unknown_names_before_affiliations,
    people_out_of_titles,
    people_without_their_suffix,
    people_without_trailing_titles,
    units_out_of_people,
)
from pipeline.language.occurrences import occurrences
from pipeline.language.false_people import not_people, without_unattached_surnames
from pipeline.language.kiwi_doc import make_doc
from pipeline.language.regions import RegionEvidence
from pipeline.lexicon import canonical_name, governments_named, is_publisher, role_cues, titles
from pipeline.record import REPORTER_ROLE, Article, Entity, Morpheme

# Sentences per model batch: a chunk of articles (about 16 sentences each) fits in one.
BATCH_SENTENCES = 256
# Paragraphs at the top where a dateline may stand (after a headline and a subheadline).
DATELINE_PARAGRAPHS = 4
# A reporter named in a dateline stands this close to the paragraph's opening bracket: (부산=연합뉴스) 이가람 기자 =
DATELINE_REACH = 24
DATELINE_OPENERS = "([【<"
DATELINE_MARK = "="
# The dates, times and numbers of a byline line are the page's stamps (입력 2023.05.12 14:30), not entities.
BYLINE = "byline"
STAMP_LABELS = ("DT", "TI", "QT")
CAPTIONLESS_ROLES = ("headline", BYLINE)  # lines no broadcast caption stands on
NAMED_LABELS = ("PS", "LC", "OG")
# Characters after a reporter's name where their job word may start (홍길동 기자, 홍길동기자).
REPORTER_WORD_REACH = 6


def entities(article: Article) -> Article:
    """Fill ``entities`` and ``mentions``.

    ``'김동연 지사는 … 김 지사는'`` -> 김동연 PS (role 지사), 김 PS canonical 김동연.
    """
    return find_entities([article], DEFAULT_ENTITY_MODE)[0]


def fast_entities(article: Article) -> Article:
    """Rules and gazetteers only: for throughput-bound runs (``kornews run --fast``)."""
    return find_entities([article], FAST_ENTITY_MODE)[0]


def entities_batch(articles: list[Article]) -> list[Article]:
    """``entities`` on several articles, their sentences labelled together (see :func:`find_entities`)."""
    return find_entities(articles, DEFAULT_ENTITY_MODE)


def fast_entities_batch(articles: list[Article]) -> list[Article]:
    return find_entities(articles, FAST_ENTITY_MODE)


def find_entities(articles: list[Article], mode: EntityMode) -> list[Article]:
    """Label the sentences of all ``articles`` in one ``nlp.pipe``, then fill each article.

    The model parses a batch of sentences in step, one token of each at a time, and every step
    has a fixed cost: with the sentences of a chunk of articles rather than of one, there are
    fewer steps for the same tokens (the model's share of the time drops by about a third).
    Each sentence is labelled alone, so an article's entities do not depend on its batch.
    """
    nlp = entity_pipeline(mode)
    per_article = [sentence_docs(article, nlp) for article in articles]
    with one_blas_thread():
        labelled = iter(list(nlp.pipe([doc for _, docs in per_article for doc in docs], batch_size=BATCH_SENTENCES)))
    for article, (offsets, docs) in zip(articles, per_article):
        fill_entities(article, zip(offsets, [next(labelled) for _ in docs]))
    return articles


def fill_entities(article: Article, labelled: Iterable[tuple[int, Doc]]) -> None:
    """``entities`` and ``mentions`` from the labelled sentence ``Doc``s and their start offsets."""
    found: list[Entity] = []
    for offset, doc in labelled:
        for span in doc.ents:
            for start, text, label in _dateline_apart(offset + span.start_char, span.text, span.label_):
                if not any(character.isalnum() for character in text) or EMAIL_AS_PRINTED.search(text):
                    continue  # ©, a bracket: no name; a reporter read with their e-mail (the byline's reporter is added below)
                end = start + len(text)
                role = role_after(article.text, end) if label == "PS" else None
                found.append(Entity(start, end, text, label, text, span.kb_id_ or "model", role or None))
    found = at_word_ends(bodies_without_titles(people_out_of_titles(people_after_genitives(people_without_trailing_titles(people_without_their_suffix(found)), article.morphemes), article.text, article.morphemes)), article.text, article.morphemes)
    found = companies_of_marks(companies_read_as_places(bodies_in_whole_words(found, article.text)), article.text, article.morphemes,
                               lambda at: not article.paragraph_at(at).is_chrome)
    found = family_names_after_given(given_names_apart(found, article.text), article.text, article.morphemes)
    found = foreign_people_named_again(foreign_people_before_titles(found, article.text, article.morphemes))
    found = foreign_names_joined(foreign_people_before_honorifics(found, article.text, article.morphemes), article.text, article.morphemes)
    found = without_types(without_places_inside_words(governments_apart(found, article.morphemes), article.text, article.morphemes), article.morphemes)
    found = places_in_townships(places_before_areas(facilities_read_as_bodies(events_read_as_bodies(found)), article.text, article.morphemes))
    found = townships_read_as_people(found, article.text, article.morphemes)
    found = governments_with_a_place_particle(foreign_regions_as_places(found, article.text))
    found = clubs_of_places(places_paired_with_places(found, article.text, article.morphemes), article.text)
    found = schools_by_their_people(schools_glued_to_places(schools_of_places(found, article.text), article.text), article.text, article.morphemes,
                                    lambda at: not article.paragraph_at(at).is_chrome)
    found = branches_of_bodies(bodies_before_branches(known_bodies(found), article.text), article.text)
    found = dates_together(quantities_and_durations(cities_counted_as_times(names_read_as_times(markets(found, article.text), article.text, article.morphemes), article.text), article.text), article.text)
    found = dates_at_word_ends(found, article.text, article.morphemes)
    found = surnames_in_full(people_of_names(bodies_before_titled_people(body_before_its_member(bodies_of_members(found, article.text), article.text), article.text),
                                               article.text, article.morphemes), article.text)
    found = names_before_noted_titles(unknown_names_before_affiliations(found, article.text, article.morphemes,
                                                                      lambda at: not article.paragraph_at(at).is_chrome), article.text)
    found = people_in_whole_words(found, article.text, article.morphemes)
    found = short_forms_read_as_people(names_read_with_a_particle(found, article.text, article.morphemes))
    found = anonymised_in_words(found, article.text, lambda at: not article.paragraph_at(at).is_chrome)
    found = bodies_in_parentheses(aliases_in_parentheses(found, article.text), article.text, lambda at: not article.paragraph_at(at).is_chrome,
                                  article.morphemes)
    found = bodies_in_quote_marks(found, article.text, lambda at: not article.paragraph_at(at).is_chrome)
    found = journals(found, article.text, article.morphemes, lambda at: not article.paragraph_at(at).is_chrome)
    found = bodies_after_their_kind(found, article.text, article.morphemes, lambda at: not article.paragraph_at(at).is_chrome)
    found = aliases_throughout(found, article.text, lambda at: not article.paragraph_at(at).is_chrome)
    found = names_throughout(found, article.text, article.morphemes, lambda at: not article.paragraph_at(at).is_chrome)
    found = governments_named_again(found, article.text, article.morphemes, lambda at: not article.paragraph_at(at).is_chrome)
    found = employers_before_officials(found, article.text, article.morphemes, lambda at: not article.paragraph_at(at).is_chrome)
    found = places_out_of_the_dictionary(found, article.text, article.morphemes, lambda at: not article.paragraph_at(at).is_chrome)
    found = places_after_countries(found, article.text, article.morphemes, lambda at: not article.paragraph_at(at).is_chrome)
    found = numbered_quarters(found, article.text, lambda at: not article.paragraph_at(at).is_chrome)
    found = people_throughout(found, article.text, lambda at: not article.paragraph_at(at).is_chrome)
    found = family_names_throughout(foreign_names_to_their_family_name(found, article.text), article.text, article.morphemes,
                                    lambda at: not article.paragraph_at(at).is_chrome)
    found = korean_names_throughout(found, article.text, article.morphemes, lambda at: not article.paragraph_at(at).is_chrome)
    found = people_of_rare_surnames(found, article.text, lambda at: not article.paragraph_at(at).is_chrome)
    found = people_after_occupations(found, article.text, article.morphemes, lambda at: not article.paragraph_at(at).is_chrome)
    found = people_in_captions(found, article.text, article.morphemes,
                               [(p.start, p.end) for p in article.paragraphs if not p.is_chrome and p.role not in CAPTIONLESS_ROLES])
    titled = [e for e in titled_names(article.text, article.morphemes, found) if not article.paragraph_at(e.start).is_chrome]
    found = sorted(without_names_inside(found, titled, article.text) + titled, key=lambda e: e.start)
    references = [e for e in surname_references(article.text, found, lambda at: article.paragraph_at(at).is_headline)
                  if not article.paragraph_at(e.start).is_chrome]
    found = with_surname_references(found, references)
    found = with_reporters(article, [e for e in found if e.label not in STAMP_LABELS or article.paragraph_at(e.start).role != BYLINE])
    found = agencies_of_datelines(article, found)
    found = markets_the_model_missed(villages_read_as_people(not_people(found, article.text, article.morphemes), article.text), article.text, article.morphemes,
                                     lambda at: not article.paragraph_at(at).is_chrome)
    found = institutions_the_model_missed(found, article.text, article.morphemes, lambda at: not article.paragraph_at(at).is_chrome)
    found = government_bodies_the_model_missed(found, article.text, lambda at: not article.paragraph_at(at).is_chrome)
    found = departments_the_model_missed(found, article.text, article.morphemes, lambda at: not article.paragraph_at(at).is_chrome)
    resolved = resolve_canonicals(spaced_surnames_in_full(units_out_of_people(found, article.text), article.text), article.text, region_evidence(article))
    resolved = government_bodies_by_their_kind(resolved, article.text, lambda at: not article.paragraph_at(at).is_chrome)  # canonical
    article.entities = without_unattached_surnames(resolved, article.text)
    article.mentions = mention_summary(article.entities)


def _dateline_apart(start: int, text: str, label: str) -> list[tuple[int, str, str]]:
    """A name over a dateline's mark is its place and its news agency (``부산=연합뉴스`` -> 부산 LC,
    연합뉴스 OG), and a name before the mark is the dateline's place, not a party (``부산=``). Numbers
    keep theirs (``1달러=1300원``)."""
    place, mark, agency = text.partition(DATELINE_MARK)
    if not mark or label not in NAMED_LABELS:
        return [(start, text, label)]
    parts = [(start, place, "LC" if agency or governments_named(place) else label)]
    return parts + ([(start + len(place) + len(mark), agency, "OG")] if agency else [])


def with_reporters(article: Article, found: list[Entity]) -> list[Entity]:
    """The byline's reporters as PS entities with role ``reporter`` where the text names them as the
    article's reporters, so that the people who wrote it are told from the people in it: an entity the
    model found before a reporter's job word takes the role; one it missed is added (source byline)
    where the byline stands: the dateline, the end of the article's last paragraph or the byline line
    right after it (a reporter's box further down the page is page chrome)."""
    names = {r.name for r in article.byline.reporters if r.name} if article.byline else set()
    if not names:
        return found
    last = max((i for i, p in enumerate(article.paragraphs) if not p.is_chrome), default=None)
    by_span = {(e.start, e.end): e for e in found}
    for name in sorted(names):
        for start in occurrences(name, article.text):
            end = start + len(name)
            paragraph = article.paragraph_at(start)
            index = article.paragraphs.index(paragraph)
            dateline = start - paragraph.start <= DATELINE_REACH and article.text[paragraph.start] in DATELINE_OPENERS
            job_word = article.text[end : end + REPORTER_WORD_REACH].lstrip().startswith(titles().reporter)
            if paragraph.is_chrome or not (paragraph.role == "byline" or dateline or job_word):
                continue
            if (start, end) in by_span:
                by_span[start, end] = replace(by_span[start, end], label="PS", role=REPORTER_ROLE)
            elif (dateline or last is not None and index in (last, last + 1) and (job_word or paragraph.role == "byline")) and not any(
                    e.start < end and start < e.end and not start <= e.start < e.end <= end for e in by_span.values()):
                for span in [span for span in by_span if start <= span[0] and span[1] <= end]:
                    del by_span[span]  # 황보 | 윤: the pieces the model made of a name printed apart
                by_span[start, end] = Entity(start, end, name, "PS", name, "byline", REPORTER_ROLE)
    return sorted(by_span.values(), key=lambda e: (e.start, e.end))


def agencies_of_datelines(article: Article, found: list[Entity]) -> list[Entity]:
    """The news agency of a dateline opening a paragraph (``(무안=뉴스1)``), an OG however the model read it: it reads the
    place and the agency together as often as apart, misses one of them, or reads an agency it does not know as a place
    or a person (``(청주=가람온뉴스)`` LC, ``(영천=대경새소식)`` → 대경 PS). An agency no table knows is one when its
    reporter follows the dateline (``… 홍길동 기자 =``). So is the byline's publisher wherever the model read its name
    as a person or a place (``[대전=과학한빛 엄태성 기자]``, ``[남도저널=최하늘 기자]``)."""
    for paragraph in article.paragraphs[:DATELINE_PARAGRAPHS]:
        if paragraph.is_chrome:
            continue
        for match in role_cues().agency_dateline.finditer(article.text, paragraph.start, paragraph.end):
            if article.text[paragraph.start : match.start()].strip():
                continue  # ㈜가람테크(업종=정보통신): a note in parentheses, no dateline opening the paragraph
            start, end = match.span("agency")
            agency = match.group("agency")
            reported = role_cues().dateline_reporter.match(article.text, match.end()) is not None and not korean_full_name(agency)
            overlapping = [e for e in found if e.start < end and start < e.end]
            if (is_publisher(agency) or agency.endswith(role_cues().outlet_endings) or reported) \
                    and all(start <= e.start and e.end <= end and e.label != "OG" for e in overlapping):
                found = sorted([e for e in found if e not in overlapping] + [Entity(start, end, agency, "OG", agency, "rule")],
                               key=lambda e: (e.start, e.end))
    publisher = article.byline.publisher if article.byline else None
    if not publisher or canonical_name(publisher) is not None or korean_full_name(publisher):
        return found  # (대담=김하늘): a person in the dateline's place, no outlet
    return [replace(e, label="OG", canonical=publisher, source="byline", role=None) if e.text == publisher and e.label in ("PS", "LC") else e
            for e in found]


def region_evidence(article: Article) -> RegionEvidence:
    """The dateline's place (in the lead or the first paragraphs) and the publisher, which settle names
    two governments share (:mod:`pipeline.language.regions`)."""
    places = (dateline_place(article.paragraph_text(p)) for p in article.paragraphs[:DATELINE_PARAGRAPHS] if not p.is_chrome)
    publisher = article.byline.publisher if article.byline and article.byline.publisher else article.metadata.get("publisher")
    return RegionEvidence(next((place for place in places if place), None), publisher if isinstance(publisher, str) else None)


def sentence_docs(article: Article, nlp: Language) -> tuple[list[int], list[Doc]]:
    """One ``Doc`` per sentence outside page chrome, not yet labelled, with the sentence's start offset.

    The model was trained on sentences, and a batch of sentences lets the transition-based parser
    advance them together rather than one token of one long document at a time.
    """
    by_sentence: list[list[Morpheme]] = [[] for _ in article.sentences]
    for index, morphemes in groupby(article.morphemes, key=_sentence_of):
        by_sentence[index] = list(morphemes)
    offsets, docs = [], []
    for sentence, morphemes in zip(article.sentences, by_sentence):
        if article.in_chrome(sentence):
            continue  # page chrome: no entities
        for start, end in _lines(article.text, sentence.start, sentence.end):  # a hard-wrapped sentence: a line at a time
            offsets.append(start)
            docs.append(make_doc(nlp.vocab, article.text[start:end], [m for m in morphemes if start <= m.start < end], start))
    return offsets, docs


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of the sentence between ``start`` and ``end``: one but for the sentences of hard-wrapped text, which run
    through several (:func:`pipeline.stages.segment.paragraph_runs`), read by the model a line at a time as it was trained."""
    if "\n" not in text[start:end]:
        return [(start, end)]
    cuts = [start, *(i for i in range(start, end) if text[i] == "\n"), end]
    return [(a + (a > start), b) for a, b in zip(cuts, cuts[1:]) if b > a + (a > start)]


_sentence_of = attrgetter("sentence")
