"""Rule-based entities as spaCy components: token patterns and gazetteers, all from the lexicon.

- ``kornews_entity_rules`` adds entities from the spaCy ``Matcher`` patterns of
  ``data/entity_patterns.jsonl`` (dates, times, quantities), names before job titles
  (``김동연 지사`` -> ``김동연``; ``강 시장`` -> ``강``), the gazetteer and local governments, and
  institutions by their endings (a proper noun ending in 청, 대학교, 병원, 공사, 위원회… is an OG).
  Whether a government name is a place (LC) or a party (OG) depends on the particle after it:
  ``경기도와 광주광역시가 합의했다`` (subject, comitative) -> OG; ``광주광역시 찾은`` /
  ``광주광역시에서`` -> LC. It also brings the model's entities to the guideline's conventions.

Rules only add entities where none exists yet (``overwrite=False``), so placed after a statistical
model they fill its gaps and placed before it they are constraints it keeps.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.language.kiwi_doc import Words
from pipeline.language.matching import MatchEdge, compiled_patterns
from pipeline.language.span_rules import (
    after_clause_breaks,
    anonymised_people,
    before_people,
    government_label,
    institution_word,
    known_name_at,
    korean_full_name,
    transliterated_noun,
    names_before_ages,
    names_before_title_words,
    names_before_titles,
    names_in_title_parentheses,
    opens_with_a_country,
    overlap,
    person_end,
    title_follows,
    unit_word,
    without_concept_after,
    word_start,
)
from pipeline.lexicon import (
    LexiconError,
    entity_cues,
    entity_patterns,
    grammar,
    is_job_title,
    known_names,
    known_prefixes,
    list_cues,
    quote_cues,
)
from pipeline.record.spans import TIME_LABELS

NUMERIC_LABELS = ("DT", "TI", "QT")
PARTICLE_TAG = "J"  # kiwipiepy's particles: JKS, JX, JKB, …
LIST_COMMA = ","
PUNCTUATION_TAGS = frozenset({"SF", "SP", "SS", "SSO", "SSC", "SE", "SO", "SW"})
SINGLE_QUOTES = frozenset("‘’'")  # a term set in them names a thing
COMPOUND_TAGS = frozenset({"NNP", "NNG", "XSN"})  # the nouns of one word written together: 가람 + 프로 + 축구단
NOUN_TAGS = ("NNG", "NNP", "NNB")  # 과 of 화학과, 도 of 40도: a noun or a counter kiwipiepy read, no particle


@Language.factory("kornews_entity_rules", default_config={"overwrite": False})
def make_entity_rules(nlp: Language, name: str, overwrite: bool) -> EntityRules:
    return EntityRules(nlp, overwrite=overwrite)


class EntityRules:
    """Adds PS/LC/OG/DT/TI/QT entities from patterns and gazetteers.

    Each span's ``kb_id_`` says where it came from: ``rule`` (a pattern) or ``gazetteer`` (a name list).
    """

    def __init__(self, nlp: Language, *, overwrite: bool = False) -> None:
        self.overwrite = overwrite
        # The data file's patterns are checked against spaCy's schema here: the compiled ones carry
        # word-list flags, which the schema does not know.
        self.matcher = Matcher(nlp.vocab, validate=False)
        patterns = entity_patterns()
        for index, (line, label, pattern) in enumerate(patterns):
            errors = validate_token_pattern(pattern)
            if errors:
                raise LexiconError("entity_patterns.jsonl", line, "; ".join(errors))
            self.matcher.add(f"{label}#{index}", compiled_patterns(pattern, nlp.vocab))
        self.starts = MatchEdge.of([pattern for _, _, pattern in patterns])
        self.ends = MatchEdge.of([pattern[::-1] for _, _, pattern in patterns])

    def __call__(self, doc: Doc) -> Doc:
        if doc.vocab is not self.matcher.vocab:
            # The patterns test flags of this vocabulary's words (compiled_patterns): another's lack them.
            raise ValueError("kornews_entity_rules needs a Doc made with its pipeline's vocab: make_doc(nlp.vocab, ...)")
        words = Words.of(doc)
        # Refining can stretch a span over its neighbour (오는 + 13일, 광주 + 광역시): keep the longest.
        refined = [span for span in (self._refine(entity, words) for entity in doc.ents) if span is not None]
        people = filter_spans(names_before_titles(doc, words) + anonymised_people(doc, words) + names_in_title_parentheses(doc, words)
                              + names_before_ages(doc, words))
        trimmed = [before_people(span, people) for span in refined]
        # A span cut short by a person after it is refined again (회사원 A씨: 회사원 alone is no one).
        refined = [span if span is None or span is whole else self._refine(span, words) for span, whole in zip(trimmed, refined)]
        refined = [span for span in refined if span is not None and not any(overlap(span, person) for person in people)]
        kept = filter_spans(refined + people)
        found = self._pattern_spans(doc, words, [span for span in kept if span.label_ == "PS"]) + self._name_spans(doc, words)
        kept = _numbers_by_unit(kept, found)
        if self.overwrite:
            entities = filter_spans(found + [e for e in kept if not any(overlap(e, f) for f in found)])
        else:
            # A longer name replaces the person it extends and what the model read otherwise in its words
            # (마리엘 | 크레인 OG), never another person (가람화원 | 한도윤).
            longer = [f for f in found if any(_extends(f, e) for e in kept)]
            kept = [e for e in kept if not any(_extends(f, e) or e.label_ != "PS" and f.start <= e.start and e.end <= f.end for f in longer)]
            free = [span for span in found if not any(overlap(span, e) for e in kept)]
            entities = sorted([*kept, *filter_spans(free)], key=lambda s: s.start)
        # Set once: the spans do not overlap and are in text order, as ``doc.ents`` would give them back.
        doc.ents = _branches_joined(entities, words)
        return doc

    def _refine(self, span: Span, words: Words) -> Span | None:
        """Bring an entity (the model's, typically) to the guideline's conventions.

        - A job title is not part of the person (``김동연 지사`` -> ``김동연``), and a proper noun
          before a title is a person unless the model saw an organisation (``SH공사 사장``).
        - A government name takes OG where the particle after it makes it a party (``경기도와 …
          합의``); a known name whose label the model got wrong takes its known label; a proper noun
          with an institution suffix is an OG (``조선대``).
        - A date after 오는/지난 includes it (``오는 13일``).
        - A place or person made only of common nouns (``청소년 교육``), or any entity running over a
          listing 등, is dropped; so is a lone Latin capital without a title (the R of ``R&D``), and a
          disease or its era (``코로나``, ``팬데믹``).
        - An organisation named like a place (``예시읍``, ``예시공항``) without a body's ending is the place.
        """
        texts, tags = words.texts, words.tags
        start, end, label = span.start, span.end, span.label_
        if label not in NUMERIC_LABELS:
            start = after_clause_breaks(words, start, end)
            while end - start > 1 and tags[start] in PUNCTUATION_TAGS:
                start += 1  # <script, (서울: a bracket or a sign opens no name
            if tags[start] in PUNCTUATION_TAGS or label == "PS" and tags[start] == "SL" and texts[start][:1].islower():
                return None  # a person's name in Latin letters is capitalised
            if label == "PS" and end - start == 1 and len(texts[start]) == 1 and texts[start].isascii() and not title_follows(words, end):
                return None  # a lone capital is someone only with a title (A 교수) or as A씨, not in R&D
        particles, marks = grammar().particles, (*quote_cues().marks, *list_cues().bullets)  # marks apart open what follows
        while end - start > 1 and (is_job_title(texts[end - 1]) or texts[end - 1] in particles and not tags[end - 1].startswith(NOUN_TAGS)
                                   or texts[end - 1].isspace() or texts[end - 1] in marks and words.spaced[end - 2]):
            end -= 1  # not 과 that ends a department's name (컴퓨터과학 + 과), nor 도 of degrees (40 + 도); 행감 | ", 내년 | ▲: a quote's or a bullet's mark apart opens what follows (not 30 | ㎡)
        end = without_concept_after(words, start, end)  # 국회 | 국정감사: a sitting
        if label == "PS":
            while end < len(texts) and not words.spaced[end - 1] and tags[end] == "NNP" and not is_job_title(texts[end]):
                end += 1  # a name is the whole word: 김경북 read as 김 + 경북
            if start > 0 and not words.spaced[start - 1] and texts[start - 1][-1:].isalnum():
                # A person starts a word (테크노 + 밸리 is no one), unless the word is a full name kiwipiepy cut.
                first = word_start(words, start)
                word = words.join(first, end)
                if not korean_full_name(word):
                    place = entity_cues().place.search(word)  # 테크노 + 밸리: the word is a place
                    return Span(span.doc, first, end, label="LC", kb_id=span.kb_id_ or "rule") if place else None
                start = first
        if (label in ("PS", "LC") and end - start == 1 or label in ("LC", "OG") and opens_with_a_country(words, start, end)) \
                and len(texts[end - 1]) > 1 and tags[end - 1] == "NNP" and _university_after(words, end):
            end, label = end + 1, "OG"  # 한빛 + 대: a university's short form, also after its country (일본 교토 + 대; not 레알 마드리드대 …, "versus")
        if (end < span.end or title_follows(words, end)) and label != "OG" and tags[start] == "NNP":
            if texts[start] not in known_names():
                label = "PS"
        if label == "PS":
            end = person_end(words, start, end)
        known_end, name = known_name_at(words, start)
        if name is not None and known_end >= end:
            end = known_end  # 광주 + 광역시: the whole name
        text = words.join(start, end)
        name = known_names().get(text)
        cues = entity_cues()
        name_tagged = any(tag.split("+")[0] in grammar().tags.name for tag in tags[start:end])
        if name is not None and name.government:
            label = government_label(words, start, end) or (label if label in ("LC", "OG") else "LC")
        elif name is not None and label not in name.labels:
            label = name.label
        elif label in ("PS", "LC") and cues.institution.search(text) and (tags[end - 1] == "NNP" or _named_as_a_body(text)):
            label = "OG"
        elif label == "PS" and name_tagged and " " in text and institution_word(text.rsplit(" ", 1)[-1]):
            label = "OG"  # 예시텔레콤 종합기술원: no one's name ends in an institution's word
        elif label == "LC" and " " in text and institution_word(text.split(" ", 1)[0]) and cues.names_a_unit(text.rsplit(" ", 1)[-1]):
            label = "OG"  # 가람지법 형사3부, 가람대병원 감염내과: an institution's unit, no place
        elif label == "PS" and (cues.place.search(text) or _government_region(text)) or _village_after_township(words, start, end):
            label = "LC"
        elif label == "OG" and _named_as_a_place(text):
            label = "LC"  # 예시읍, 예시공원, 예시 신항: a place, not a body
        elif label in ("PS", "LC") and not name_tagged:
            return None
        elif label == "OG" and not name_tagged and not _ends_like_a_body(text):
            return None  # 공동 대응, 기업 지원: common nouns that do not end like an organisation
        if label in NUMERIC_LABELS:  # 오전 10시 | 제389회 임시회: the meeting's number is no time
            end = next((k for k in range(start + 1, end) if label in TIME_LABELS and texts[k] == cues.ordinal_prefix and tags[k] == "XPN"), end)
            while end - start > 1 and tags[end - 1] in ("NNP", "_SP"):
                end -= 1  # 오후 5시 조선대 -> 오후 5시
            if end < len(texts) and not words.spaced[end - 1] and tags[end] == "XSN" and texts[end] in cues.approximators:
                end += 1  # 4시간 + 여: an approximator stays inside
        if list_cues().closing_word in texts[start:end] or text in cues.not_names:
            return None
        if label == "PS" and not _person_shaped(span.doc, start, end):
            return None
        if label == "DT" and start >= 2 and words.spaced[start - 1] and texts[start - 1] in cues.date_leads:
            start -= 1
        if (start, end, label) == (span.start, span.end, span.label_):
            return span
        return Span(span.doc, start, end, label=label, kb_id=span.kb_id_ or ("gazetteer" if name else ""))

    def _pattern_spans(self, doc: Doc, words: Words, people: list[Span]) -> list[Span]:
        spans = []
        # The Matcher tries every pattern at every token. A match starts at a token some pattern can
        # start with and ends at one some pattern can end with (give or take optional tokens that
        # may be anything): it runs over the tokens between the first of the ones and the last of the others.
        first = self.starts.first(words)
        last = self.ends.last(words) if first is not None else None
        offset = max(0, first - self.starts.reach) if first is not None else 0
        stop = min(len(doc), last + 1 + self.ends.reach) if last is not None else 0
        if offset < stop:
            for match_id, start, end in self.matcher(doc[offset:stop]):
                label = self.matcher.vocab.strings[match_id].split("#")[0]
                spans.append(Span(doc, offset + start, offset + end, label=label, kb_id="rule"))
        for start in names_before_title_words(words):
            label = "PS"
            name = known_names().get(words.texts[start])
            if name is not None and name.government:
                continue  # 영암 군수: the government is part of the title (영암군수)
            before = next((person for person in people if person.end == word_start(words, start)), None)
            if before is not None and _family_name_after(words, before, start):
                spans.append(Span(doc, before.start, start + 1, label="PS", kb_id="rule"))  # 토머스 프로핏 교수
                continue
            if transliterated_noun(words, start):
                continue  # 크레인 교수: a family name only after a given name
            if before is not None:
                label = "OG"  # 문하린 전교조 대변인: between a person and the title, their organisation
            spans.append(Span(doc, start, start + 1, label=label, kb_id="rule"))
        return spans

    def _name_spans(self, doc: Doc, words: Words) -> list[Span]:
        spans = []
        prefixes = known_prefixes()
        # Most tokens neither start a known name nor are proper nouns.
        candidates = [index for index, (text, tag) in enumerate(zip(words.texts, words.tags))
                      if text in prefixes or tag.startswith("NNP") or tag == "NNG" and text[:2] in prefixes]
        for index in candidates:
            text, tag = words.texts[index], words.tags[index]
            end, name = known_name_at(words, index) if text in prefixes else (index + 1, None)
            if tag.startswith("NNP") and (institution_end := _institution_word_end(words, index)) is not None:
                spans.append(Span(doc, index, institution_end, label="OG", kb_id="rule"))  # 가람청주프로축구단, not 가람
            elif name is not None and (tag == "NNP" or not (name.government or name.proper_only)):
                label = (government_label(words, index, end) or "LC") if name.government else name.label
                spans.append(Span(doc, index, end, label=label, kb_id="gazetteer"))
            elif tag.startswith("NNP") and entity_cues().institution.search(text):
                spans.append(Span(doc, index, index + 1, label="OG", kb_id="rule"))
            elif tag.startswith("NNP") and entity_cues().place.search(text) or tag == "NNG" and _government_and_place(text):
                spans.append(Span(doc, index, index + 1, label="LC", kb_id="rule"))  # 행담도휴게소, 태평양, 인천신항
        return spans


def _ends_like_a_body(text: str) -> bool:
    """Whether common nouns end like an organisation's name (비대위, 가람 구단); not a word of two syllables
    written apart whose one-syllable ending is a common noun's (기업 지원, 정책 차원, 정신과 의사)."""
    ending = entity_cues().organisation.search(text)
    last = text.rsplit(" ", 1)[-1]
    return ending is not None and (" " not in text or len(ending.group()) > 1 or len(last) > 2 or last in entity_cues().organisation_words)


def _named_as_a_body(text: str) -> bool:
    """Whether a name the model read as a place ends in a body's word of two syllables or more (가람프로축구단,
    가람항만공사); a hall (가람시청) is also where things happen, so the model's place stays."""
    cues = entity_cues()
    return text.endswith(cues.long_institution_suffixes) and not text.endswith(cues.government_hall)


def _institution_word_end(words: Words, index: int) -> int | None:
    """One past the last noun of a word a proper noun opens and an institution's ending of two syllables or more
    or a university's 대 closes (가람 + 프로 + 축구단, 한빛 + 대), read in pieces by kiwipiepy; None for any other."""
    if word_start(words, index) != index:
        return None
    end = index
    while end < len(words.texts) and words.tags[end] in COMPOUND_TAGS and (end == index or not words.spaced[end - 1]):
        end += 1
    if end == index + 1 and len(words.texts[index]) > 1 and _university_after(words, end):
        return end + 1  # 한빛 + 대 (read as a prefix)
    text = words.join(index, end)
    return end if end > index + 1 and text.endswith(entity_cues().long_institution_suffixes) and entity_cues().institution.fullmatch(text) else None


def _university_after(words: Words, end: int) -> bool:
    """Whether a university's 대 ends the word right after token ``end - 1`` (한빛 + 대, 한빛 + 대 + 는)."""
    return 0 < end < len(words.texts) and not words.spaced[end - 1] and words.texts[end] == entity_cues().university_ending \
        and (end + 1 == len(words.texts) or words.spaced[end] or words.tags[end + 1].startswith("J"))


def _government_region(text: str) -> bool:
    """``부산지역``: a government's name glued to a noun of region, one word kiwipiepy may read as a proper noun."""
    for noun in entity_cues().region_nouns:
        name = known_names().get(text.removesuffix(noun)) if text.endswith(noun) else None
        if name is not None and name.government:
            return True
    return False


def _branches_joined(spans: list[Span], words: Words) -> list[Span]:
    """``국민의힘 가람시당``, ``가람대병원 감염내과``: an organisation and the word of its unit or branch right
    after it are one organisation (the branch's region, 대전, is no place of its own)."""
    joined = []
    for span in spans:
        end = span.end
        if span.label_ == "OG" and end < len(words.texts) and words.spaced[end - 1]:
            while end < len(words.texts) and not words.tags[end].startswith(PARTICLE_TAG) and words.texts[end] != "(" and (end == span.end or not words.spaced[end - 1]):
                end += 1  # the next word, without its particle or a parenthesis (형사3단독(재판장 …))
            if end > span.end and unit_word(words.join(span.end, end).strip()):
                span = Span(span.doc, span.start, end, label="OG", kb_id=span.kb_id_ or "rule")
        joined.append(span)
    return filter_spans(joined)


def _village_after_township(words: Words, start: int, end: int) -> bool:
    """``보람면 솔내리``, ``1·2리 및 솔내리,도담리``: a word with a village's ending right after a township's
    or another village's word (past a comma or 및) is a village, unless a title follows (``가람면 이유리 이장``)."""
    cues = entity_cues()
    village = word_start(words, end - 1)  # the span's last word (나래면 윗골리, read as one name) or all of it
    if village == 0 or not words.join(village, end).endswith(cues.village_ending) or title_follows(words, end):
        return False
    before = village - 1
    if words.texts[before] == LIST_COMMA:
        before -= 1  # 솔내리,도담리
    elif not words.spaced[before]:
        return False
    word = words.join(word_start(words, before), before + 1).strip()
    if word in grammar().conjunctive_adverbs and before > 0:  # 1·2리 및 솔내리
        before = word_start(words, before) - 1
        word = words.join(word_start(words, before), before + 1).strip()
    return len(word) > 1 and word.endswith((*cues.townships, cues.village_ending))


def _family_name_after(words: Words, person: Span, start: int) -> bool:
    """``토머스 예시턴 가람대 교수``: after a one-word foreign given name, a proper noun that ends like no
    institution is the family name, not the person's organisation (as after 문하린 in 문하린 전교조 대변인)."""
    given = words.join(person.start, person.end)
    text = words.texts[start]
    cues = entity_cues()
    one_word = not any(words.spaced[index] for index in range(person.start, person.end - 1))  # 마리 + 엘
    return (one_word and not korean_full_name(given) and not given.isascii()
            and not cues.institution.search(text) and not cues.organisation.search(text) and text not in known_names())


def _extends(longer: Span, shorter: Span) -> bool:
    """A person found again with the rest of the name (토머스 -> 토머스 예시턴)."""
    return (longer.label_ == shorter.label_ == "PS" and longer.start == shorter.start and longer.end > shorter.end)


def _numbers_by_unit(spans: list[Span], found: list[Span]) -> list[Span]:
    """A number the model labelled takes the label of the pattern that matches exactly its tokens: its
    unit decides, as the guideline says (``7~8일`` DT, ``7시간`` TI, ``3700세대`` QT). One that runs on
    into a word of duration and so took another label (``2박3일동안`` QT) is the pattern's span before it."""
    labels: dict[tuple[int, int], set[str]] = {}
    for span in found:
        if span.label_ in NUMERIC_LABELS:
            labels.setdefault((span.start, span.end), set()).add(span.label_)
    tails = entity_cues().duration_tails
    numbers = []
    for span in spans:
        unit_labels = labels.get((span.start, span.end), set())
        if span.label_ in NUMERIC_LABELS and len(unit_labels) == 1 and span.label_ not in unit_labels:
            span = Span(span.doc, span.start, span.end, label=unit_labels.pop(), kb_id=span.kb_id_ or "rule")
        elif span.label_ in NUMERIC_LABELS and not unit_labels:
            # 1박2일 + 동안 QT: the pattern's span and label, without the word of duration the model ran into it
            shorter = [f for f in found if f.label_ in NUMERIC_LABELS and f.label_ != span.label_ and f.start == span.start
                       and f.end < span.end and span.doc.text[f.end_char : span.end_char] in tails]
            span = Span(span.doc, span.start, shorter[0].end, label=shorter[0].label_, kb_id=span.kb_id_ or "rule") if len(shorter) == 1 else span
        numbers.append(span)
    return numbers


def _government_and_place(word: str) -> bool:
    """A government's name and a place's ending written as one common noun (``인천신항``, ``목포신항``)."""
    suffixes = entity_cues().place_suffixes
    return any(word[end:] in suffixes and (name := known_names().get(word[:end])) is not None and name.government
               for end in range(2, len(word) - 1))


def _named_as_a_place(text: str) -> bool:
    """Whether a name ends like a place more than like a body: its longest place or landform ending (``공원``,
    ``신항``, ``읍``, ``강``) is longer than any organisation's or institution's ending it has (the 원 of 공원)."""
    cues = entity_cues()
    place, body = cues.place_endings.longest_in(text), cues.body_endings.longest_in(text)
    return len(text.replace(" ", "")) >= len(place) + 2 and len(place) > len(body)


def _person_shaped(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) can be a person's name: no digit in it or glued to it (코로나19) and
    not a term set in single quotation marks (‘소셜믹스’, ‘경의선숲길공원’), which names a thing."""
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    text = Words.of(doc).text  # doc.text joins every token anew
    if any(character.isdigit() for character in text[first : last + 1]):
        return False
    return not (text[first - 1 : first] in SINGLE_QUOTES and text[last : last + 1] in SINGLE_QUOTES)
