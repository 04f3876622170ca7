"""Rule-based entities as a spaCy component: token patterns and gazetteers, all read from data files.

- ``data/entity_patterns.jsonl``: spaCy ``Matcher`` patterns over kiwipiepy tags and text (dates,
  times, quantities), one per line, ``{"label", "pattern"}``.
- ``data/titles.txt``: job titles; a proper noun before one is a person, and only the name is the
  entity (``김동연 지사`` -> ``김동연``; ``강 시장`` -> ``강``).
- ``data/gazetteer.tsv``: names that are always the same entity (countries, ministries, parties,
  news media); one that is also a common word (인도, 선전) only where kiwipiepy tags a proper noun.
- ``data/local_governments.tsv``: the 17 metropolitan and 226 local governments with their short
  forms (충남 -> 충청남도). Whether a government name is a place (LC) or a party (OG) depends on the
  particle after it: ``경기도와 광주광역시가 합의했다`` (subject, comitative) -> OG,
  ``광주광역시 찾은`` / ``광주광역시에서`` -> LC.
- Institutions by suffix: a proper noun ending in 청, 대학교, 병원, 공사, 위원회… is an OG.

Rules only add entities where none exists yet (``overwrite=False``), so placed after a statistical
model they fill its gaps and placed before it they are constraints it keeps.
"""

from __future__ import annotations

import csv
import functools
import itertools
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

import numpy
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from pipeline.kiwi_doc import Words

NAME_TAGS = frozenset({"NNP", "SL", "SH", "SN"})  # proper nouns, foreign letters, hanja, numbers
TRAILING_PARTICLES = frozenset({"은", "는", "이", "가", "을", "를", "의", "에", "에서", "와", "과", "도", "로", "으로", "에게", "께서"})
WORD_PARTICLE = re.compile(r"(은|는|이|가|을|를|의|에게|에서|에|과|와|도|로|으로)$")
THREE_SYLLABLE_WORD = re.compile(r"(?<!\S)[가-힣]{3}(?!\S)")  # 김동연, as a whole word
SPACED_WORD = re.compile(r"\S+")
DATE_LEADS = frozenset({"오는", "지난"})
GOVERNMENT_HEADS = ("장", "지사", "도지사", "교육감", "의원", "의장", "부시장", "부지사", "군수", "구청장")
OG_PARTICLES = frozenset({"JKS", "JX", "JC"})  # 가/이, 은/는/도, 와/과 (conjunctive)
COMITATIVE = frozenset({"와", "과", "하고", "랑", "이랑"})  # 광주광역시와 손 잡고: a partner
INSTITUTION_SUFFIX = re.compile(
    r"(?:[가-힣]{2,}(?:청|대|교육청|시청|도청|군청|구청|경찰서|소방서|대학교|대학원|병원|의료원|공사|공단|재단|협회|"
    r"위원회|의회|진흥원|연구원|연구소|은행|센터|조합|학회|본부|지검|지법|고법|법원|학교|고등학교|중학교|초등학교|"
    r"일보|신문|방송|건설|엔터테인먼트|닷컴|그룹|증권|보험|항공|전자|제약|학과|대학원|구단|재단법인))$"
)

# Endings of organisations written with common nouns (비대위, 편집국, 축구대표팀, 건보공단).
ORG_ENDING = re.compile(r"(?:위|국|팀|단|원|부|청|회|당|소|처|실|과|사|대|군|센터|공단|공사|재단|협회|본부|기관|법원|정부)$")

# Administrative units that end a place name (봉황면, 해안동, 월곶리, 서구).
ADMIN_UNIT = re.compile(r"[가-힣]{2,}(?:면|읍|동|리|시|군|구|도)$")

# Endings that name places and almost never people (지중해, 태평양, 팔달산, 케이만군도, 행담도휴게소).
PLACE_SUFFIX = re.compile(r"[가-힣]{2,}(?:해|양|강변|군도|반도|나들목|휴게소|공항|의사당|해협|운하|고속도로|해수욕장|경기장|스타디움|빌딩|광장|공원)$")


@dataclass(frozen=True)
class Name:
    label: str
    canonical: str
    government: bool = False
    also: tuple[str, ...] = ()  # other labels the guideline accepts (a country acting: OG)
    proper_only: bool = False  # also a common word (인도, 선전): a name only where tagged a proper noun

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.label, *self.also)


@Language.component("kornews_token_cues")
def token_cues(doc: Doc) -> Doc:
    """Put each token's gazetteer cue in ``token.lemma_`` for the NER model to read as a feature.

    Tokens here have no lemmas, so the slot carries what the data files know about the word: ``LC``,
    ``OG`` or ``GOV`` for a known name, ``TITLE`` for a job title, ``INST`` for an institution suffix.
    """
    if len(doc):
        strings = doc.vocab.strings
        words = Words.of(doc)
        cues = [strings.add(_cue(text, tag == "NNP")) for text, tag in zip(words.texts, words.tags)]
        doc.from_array([LEMMA], numpy.asarray(cues, dtype="uint64").reshape(-1, 1))
    return doc


@functools.lru_cache(maxsize=65536)
def _cue(text: str, proper_noun: bool) -> str:
    name = known_names().get(text)
    if name is not None:
        return "GOV" if name.government else name.label
    if job_title_of(text) is not None:
        return "TITLE"
    if proper_noun and INSTITUTION_SUFFIX.search(text):
        return "INST"
    return "-"


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
        patterns = [json.loads(line) for line in _read_data("entity_patterns.jsonl").splitlines() if line.strip()]
        for index, rule in enumerate(patterns):
            errors = validate_token_pattern(rule["pattern"])
            if errors:
                raise ValueError(f"entity_patterns.jsonl, pattern {index + 1}: {'; '.join(errors)}")
            self.matcher.add(f"{rule['label']}#{index}", compiled_patterns(rule["pattern"], nlp.vocab))
        self.starts = MatchEdge.of([rule["pattern"] for rule in patterns])
        self.ends = MatchEdge.of([rule["pattern"][::-1] for rule in patterns])

    def __call__(self, doc: Doc) -> Doc:
        if doc.vocab is not self.matcher.vocab:
            # The patterns test flags of this vocabulary's words (compiled_patterns): another's lack them.
            raise ValueError("kornews_entity_rules needs a Doc made with its pipeline's vocab: make_doc(nlp.vocab, ...)")
        words = Words.of(doc)
        # Refining can stretch a span over its neighbour (오는 + 13일, 광주 + 광역시): keep the longest.
        refined = [span for span in (self._refine(entity, words) for entity in doc.ents) if span is not None]
        people = _names_before_titles(doc, words) + _anonymised_people(doc, words)
        refined = [_before_people(span, people) for span in refined]
        refined = [span for span in refined if span is not None and not any(_overlap(span, person) for person in people)]
        kept = filter_spans(refined + people)
        found = self._pattern_spans(doc, words, [span for span in kept if span.label_ == "PS"]) + self._name_spans(doc, words)
        if self.overwrite:
            doc.ents = filter_spans(found + [e for e in kept if not any(_overlap(e, f) for f in found)])
        else:
            free = [span for span in found if not any(_overlap(span, e) for e in kept)]
            doc.ents = sorted([*kept, *filter_spans(free)], key=lambda s: s.start)
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
          listing 등, is dropped.
        """
        texts, tags = words.texts, words.tags
        start, end, label = span.start, span.end, span.label_
        if label not in ("DT", "TI", "QT"):
            start = _after_clause_breaks(words, start, end)
        while end - start > 1 and (_is_title(texts[end - 1]) or texts[end - 1] in TRAILING_PARTICLES or texts[end - 1].isspace()):
            end -= 1
        if label == "PS":
            while end < len(texts) and not words.spaced[end - 1] and tags[end] == "NNP" and not _is_title(texts[end]):
                end += 1  # a name is the whole word: 장충남 read as 장 + 충남
        if (end < span.end or _title_follows(words, end)) and label != "OG" and tags[start] == "NNP":
            if texts[start] not in known_names():
                label = "PS"
        if label == "PS":
            end = _person_end(words, start, end)
        known_end, name = _known_name_at(words, start)
        if name is not None and known_end >= end:
            end = known_end  # 광주 + 광역시: the whole name
        text = words.join(start, end)
        name = known_names().get(text)
        name_tagged = any(tag.split("+")[0] in NAME_TAGS for tag in tags[start:end])
        if name is not None and name.government:
            label = "OG" if _government_label(words, end - 1) == "OG" else label if label in ("LC", "OG") else "LC"
        elif name is not None and label not in name.labels:
            label = name.label
        elif label in ("PS", "LC") and INSTITUTION_SUFFIX.search(text) and tags[end - 1] == "NNP":
            label = "OG"
        elif label == "PS" and PLACE_SUFFIX.search(text):
            label = "LC"
        elif label in ("PS", "LC") and not name_tagged:
            return None
        elif label == "OG" and not name_tagged and not ORG_ENDING.search(text):
            return None  # 공동 대응: common nouns that do not end like an organisation
        if label in ("DT", "TI", "QT"):
            while end - start > 1 and tags[end - 1] in ("NNP", "_SP"):
                end -= 1  # 오후 5시 조선대 -> 오후 5시
        if "등" in texts[start:end]:
            return None
        if label == "DT" and start >= 2 and words.spaced[start - 1] and texts[start - 1] in DATE_LEADS:
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
        for start in _names_before_title_words(words):
            label = "PS"
            name = known_names().get(words.texts[start])
            if name is not None and name.government:
                continue  # 영암 군수: the government is part of the title (영암군수)
            if any(person.end == _word_start(words, start) for person in people):
                label = "OG"  # 정소영 전교조 대변인: between a person and the title, their organisation
            spans.append(Span(doc, start, start + 1, label=label, kb_id="rule"))
        return spans

    def _name_spans(self, doc: Doc, words: Words) -> list[Span]:
        spans = []
        prefixes = known_prefixes()
        # Most tokens neither start a known name nor are proper nouns.
        candidates = [index for index, (text, tag) in enumerate(zip(words.texts, words.tags)) if text in prefixes or tag.startswith("NNP")]
        for index in candidates:
            text, tag = words.texts[index], words.tags[index]
            end, name = _known_name_at(words, index) if text in prefixes else (index + 1, None)
            if name is not None and (tag == "NNP" or not (name.government or name.proper_only)):
                label = _government_label(words, end - 1) if name.government else name.label
                spans.append(Span(doc, index, end, label=label, kb_id="gazetteer"))
            elif tag.startswith("NNP") and INSTITUTION_SUFFIX.search(text):
                spans.append(Span(doc, index, index + 1, label="OG", kb_id="rule"))
            elif tag.startswith("NNP") and PLACE_SUFFIX.search(text):
                spans.append(Span(doc, index, index + 1, label="LC", kb_id="rule"))  # 행담도휴게소, 태평양
        return spans


def compiled_patterns(pattern: list[dict], vocab: Vocab) -> list[list[dict]]:
    """``pattern`` as patterns that match the same tokens and that spaCy's ``Matcher`` checks faster.

    The Matcher compares a token's text or tag with one value in C, but tests an ``IN`` list with a
    Python call for every token and pattern, which made matching cost twice as much. So a word
    list becomes a flag that each word of the vocabulary carries (:func:`word_list_flag`), and a
    tag list on a token that occurs exactly once becomes one pattern per tag.
    """
    choices: list[list[dict]] = []
    for token in pattern:
        token = dict(token)
        words = token.get("TEXT")
        if isinstance(words, dict) and list(words) == ["IN"]:
            del token["TEXT"]
            token[word_list_flag(vocab, words["IN"])] = True
        tags = token.get("TAG")
        if isinstance(tags, dict) and list(tags) == ["IN"] and "OP" not in token:
            choices.append([token | {"TAG": tag} for tag in tags["IN"]])
        else:
            choices.append([token])
    return [list(tokens) for tokens in itertools.product(*choices)]


@dataclass(frozen=True)
class InWordList:
    """A lexeme flag's getter: whether a word is one of ``words``."""

    words: frozenset[str]

    def __call__(self, text: str) -> bool:
        return text in self.words


def word_list_flag(vocab: Vocab, words: list[str]) -> int:
    """The id of the lexeme flag set on the words of ``vocab`` that are in ``words`` (added if new).

    spaCy sets a flag on every word already in the vocabulary and on each new one as it comes
    (:meth:`spacy.vocab.Vocab.add_flag`); a pattern then tests it as ``{flag_id: True}``.
    """
    getter = InWordList(frozenset(words))
    existing = next((flag for flag, known in vocab.lex_attr_getters.items() if known == getter), None)
    return existing if existing is not None else vocab.add_flag(getter)


@dataclass(frozen=True)
class MatchEdge:
    """What the first (or, from reversed patterns, the last) token of any match can be: a tag or a
    word of these, or one of up to ``reach`` optional tokens that may be anything, next to one."""

    tags: frozenset[str]
    words: frozenset[str]
    reach: int  # sys.maxsize: some pattern can start with any token, so no token can be ruled out

    @classmethod
    def of(cls, patterns: list[list[dict]]) -> MatchEdge:
        tags: set[str] = set()
        words: set[str] = set()
        reach = 0
        for pattern in patterns:
            anything = 0  # optional tokens so far that may be any token
            for token in pattern:
                token_tags, token_words = _values(token.get("TAG")), _values(token.get("TEXT"))
                tags.update(token_tags or ())
                words.update(token_words or ())
                constrained = token_tags is not None or token_words is not None
                if not _optional(token):
                    if not constrained:
                        return cls(frozenset(), frozenset(), sys.maxsize)
                    break  # a required token: the ones after it cannot be the edge
                anything += not constrained
            reach = max(reach, anything)
        return cls(frozenset(tags), frozenset(words), reach)

    def first(self, words: Words) -> int | None:
        return self._find(words, range(len(words.texts)))

    def last(self, words: Words) -> int | None:
        return self._find(words, reversed(range(len(words.texts))))

    def _find(self, words: Words, indices: Iterable[int]) -> int | None:
        """The first of ``indices`` whose token a match can have at this edge, or None."""
        if self.reach == sys.maxsize:
            return next(iter(indices), None)
        return next((index for index in indices if words.tags[index] in self.tags or words.texts[index] in self.words), None)


def _values(value: str | dict | None) -> list[str] | None:
    """The values a pattern's ``TAG`` or ``TEXT`` allows; None when it allows any (absent, or a
    predicate other than ``IN``)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and list(value) == ["IN"]:
        return list(value["IN"])
    return None


def _optional(token: dict) -> bool:
    """Whether a pattern token may match no token at all: ``?``, ``*``, ``{0,m}``, ``{,m}``."""
    op = token.get("OP", "")
    return op in ("?", "*") or op.startswith(("{0", "{,"))


def _names_before_title_words(words: Words) -> list[int]:
    """Proper nouns right before a job title, or before a second proper noun and a title (강기정
    시장, 남궁 민수 의원): the first is a person. Returns their token indices."""
    titles = job_titles()
    found = []
    for index, (text, tag) in enumerate(zip(words.texts, words.tags)):
        if tag != "NNP" or text.isascii():
            continue
        following = words.texts[index + 1 : index + 3]
        if following[:1] and following[0] in titles or len(following) == 2 and words.tags[index + 1] == "NNP" and following[1] in titles:
            found.append(index)
    return found


def _word_start(words: Words, index: int) -> int:
    """The first token of the word holding token ``index`` (``DJI코리아``: DJI)."""
    while index > 0 and not words.spaced[index - 1] and not words.texts[index - 1].isspace():
        index -= 1
    return index


def _after_clause_breaks(words: Words, start: int, end: int) -> int:
    """A name never runs over a particle or ending that closes a word, a comma or a full stop
    (``다음엔 강``, ``…공동 추진, 후쿠시마 원전``): it starts after the last one."""
    for index in range(start, end - 1):
        tag = words.tags[index].split("+")[-1]
        closes_word = words.spaced[index] or words.texts[index + 1].isspace()
        if tag in ("SP", "SF") or tag.startswith(("J", "E")) and closes_word:
            start = index + 1
    while start < end - 1 and words.texts[start].isspace():
        start += 1
    return start


def _before_people(span: Span, people: list[Span]) -> Span | None:
    """A span that runs into a person found by the rules ends before them (``야미리 김``모씨 -> 야미리)."""
    for person in people:
        if span.start < person.start < span.end <= person.end:
            return Span(span.doc, span.start, person.start, label=span.label_, kb_id=span.kb_id_) if person.start - span.start else None
    return span


def _person_end(words: Words, start: int, end: int) -> int:
    """Where a person span should end when it runs on into the person's country, organisation, place
    or title (``세르게이 라브로프 러시아``, ``김성보 서울시``, ``김양기 봉황면장``, ``문태현 DJI코리아``).

    A foreign name may be several words (``도널드 트럼프``), so only a known name or a title ends it;
    a Korean name is one word, so after one any word that cannot be part of a name does.
    """
    word_starts = [start] + [i + 1 for i in range(start, end - 1) if words.spaced[i]]
    korean = _korean_full_name(words.join(start, word_starts[1])) if len(word_starts) > 1 else False
    for word_start in word_starts[1:]:
        # The whole word, past the span and up to any punctuation: 민정수석은, 해남군수는“…
        word = re.match(r"[가-힣A-Za-z0-9·]*", words.join(word_start, len(words.texts))).group()
        bare = WORD_PARTICLE.sub("", word)
        ends_name = word in known_names() or bare in known_names() or role_of_word(bare) is not None
        not_a_name = korean and (
            INSTITUTION_SUFFIX.search(word) or ORG_ENDING.search(word) or ADMIN_UNIT.search(word) or re.search(r"[A-Za-z0-9]", word)
        )
        if ends_name or not_a_name:
            return word_start
    return end


def _korean_full_name(word: str) -> bool:
    """A surname and a given name in one word: 김동연, 남궁민수."""
    return bool(re.fullmatch(r"[가-힣]{3,4}", word)) and (word[0] in surnames() or word[:2] in surnames())


def _government_label(words: Words, index: int) -> str:
    """OG when the government at token ``index`` acts (subject, topic, partner), LC when it is a place."""
    if index + 1 >= len(words.texts) or words.spaced[index]:
        return "LC"
    tag = words.tags[index + 1].split("+")[0]
    return "OG" if tag in OG_PARTICLES or (tag == "JKB" and words.texts[index + 1] in COMITATIVE) else "LC"


TITLE_REACH = 4  # words after a name that may hold its title: up to three of them an affiliation


def _names_before_titles(doc: Doc, words: Words) -> list[Span]:
    """Whole words that are a surname and a given name before a title (``장충남 남해군수``).

    kiwipiepy sometimes splits such a name into words it knows (장 + 충남); the title says it is one
    person, so the whole word is the entity, whatever the model or the gazetteer made of its parts.
    """
    spans = []
    text = words.text
    after_title = 0  # where the title of the last name found ends: words before it are its affiliation
    for match in THREE_SYLLABLE_WORD.finditer(text):
        (start, end), word = match.span(), match.group()
        if start < after_title or not (word[0] in surnames() or word[:2] in surnames()):
            continue
        following = [found.span() for found in itertools.islice(SPACED_WORD.finditer(text, end), TITLE_REACH)]
        if not any(_holds_title(text[title_start:title_end]) for title_start, title_end in following):
            continue  # no title within reach: most such words (3 syllables from a surname) are not names
        if not _noun_word(doc, start, end) or word in known_names() or INSTITUTION_SUFFIX.search(word):
            continue
        # The title may follow an affiliation (이양수 국민의힘 선거대책본부 수석대변인은), unless the word is
        # one common noun, which may be a name kiwipiepy does not know (심규언 동해시장은) but then only
        # right before its title.
        reach = TITLE_REACH if _proper_noun_word(doc, start, end) else 1
        for title_start, title_end in following[:reach]:
            following_word = text[title_start:title_end]
            if _holds_title(following_word):
                span = doc.char_span(start, end, label="PS", kb_id="rule")
                if span is not None:
                    spans.append(span)
                    after_title = title_end
                break
            bare = WORD_PARTICLE.sub("", following_word)
            if following_word not in known_names() and (bare != following_word or not _noun_word(doc, title_start, title_end)):
                break  # only nouns or known names (an affiliation) may stand between a name and its title
    return spans


@functools.lru_cache(maxsize=65536)
def _holds_title(word: str) -> bool:
    """A job title, with or without its particle (``시장은``)."""
    return job_title_of(WORD_PARTICLE.sub("", word)) is not None


ANONYMISED = re.compile(r"(?<![가-힣A-Za-z])(?:([가-힣])모|([A-Z]))(?=(?:\([^)\n]{1,20}\))? ?(?:씨|군|양)(?![가-힣]))")


def _anonymised_people(doc: Doc, words: Words) -> list[Span]:
    """People news keeps anonymous: a surname and 모, or a capital letter, before 씨/군/양
    (``정모(40)씨``, ``A씨``, ``B(3)군``). The entity is the surname or the letter, as KLUE marks it;
    :func:`pipeline.names.resolve_canonicals` names them ``정모``, ``A``."""
    spans = []
    for match in ANONYMISED.finditer(words.text):
        group = 1 if match.group(1) else 2
        if group == 1 and match.group(1) not in surnames():
            continue
        span = doc.char_span(match.start(group), match.end(group), label="PS", kb_id="rule", alignment_mode="strict")
        if span is not None:
            spans.append(span)
    return spans


def _noun_word(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(
        token.text == "·" or tag.startswith(("NN", "SL", "SN", "XSN", "MM")) for token in span for tag in token.tag_.split("+")
    )  # 시·도교육청: the middle dot joins nouns


def _proper_noun_word(doc: Doc, start: int, end: int) -> bool:
    """A word that can be a name: only nouns, and either a proper noun among them or several pieces
    (a name kiwipiepy does not know comes out in pieces: 장 + 충남, 이 + 양수); a single common noun
    (가운데) is not."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tags = [tag for token in span for tag in token.tag_.split("+")]
    nouns = tags[1:] if tags[0] == "MM" else tags  # 이 + 양수: a surname read as a determiner
    return all(tag.startswith(("NN", "SL", "SN", "XSN")) for tag in nouns) and ("NNP" in tags or len(span) > 1)


@functools.cache
def surnames() -> frozenset[str]:
    return frozenset(line.strip() for line in _read_data("surnames.txt").splitlines() if line.strip() and not line.startswith("#"))


def _known_name_at(words: Words, start: int, longest: int = 3) -> tuple[int, Name | None]:
    """The longest known name made of up to ``longest`` tokens written together from ``start``."""
    found: tuple[int, Name | None] = (start + 1, None)
    names, prefixes = known_names(), known_prefixes()
    text = ""
    for index in range(start, min(start + longest, len(words.texts))):
        text += words.texts[index]
        if text not in prefixes:
            break
        if text in names:
            found = (index + 1, names[text])
        if words.spaced[index]:
            break
    return found


@functools.cache
def known_prefixes() -> frozenset[str]:
    """Every prefix of every known name, to stop looking at the first token that cannot start one."""
    return frozenset(name[:end] for name in known_names() for end in range(1, len(name) + 1))


def _is_title(text: str) -> bool:
    return job_title_of(text) is not None


@functools.lru_cache(maxsize=65536)
def job_title_of(text: str) -> str | None:
    """The job a word names, alone (시장 -> 시장) or fused to a government (광주광역시장 -> 시장,
    경기도지사 -> 지사, 완도군수 -> 군수); None for any other word."""
    if text in job_titles():
        return text
    for head in GOVERNMENT_HEADS:
        government = text[: -len(head)]
        if text.endswith(head) and known_names().get(government, Name("", "")).government:
            return known_names()[government].canonical[-1] + head if head == "장" else head
    return None


@functools.lru_cache(maxsize=65536)
def role_of_word(word: str) -> str | None:
    """The role a word names: a job title (지사; 광주광역시장 -> 시장) or a word ending in one, kept
    whole (수석대변인, 주택정책실장, 교통안전정책과장)."""
    title = job_title_of(word)
    if title is not None:
        return title
    return word if word.endswith(long_job_titles()) else None


@functools.cache
def long_job_titles() -> tuple[str, ...]:
    """The titles of two or more characters, that a longer word can end in (민정수석, 월등면장)."""
    return tuple(title for title in job_titles() if len(title) >= 2)


def role_after(text: str, end: int, reach: int = 4) -> str | None:
    """The role stated after a person's name ending at ``end``: the first title word among the next
    ``reach`` words, past an affiliation (``이양수 국민의힘 선거대책본부 수석대변인은`` -> 수석대변인)."""
    for match in re.finditer(r"\S+", text[end : end + 80]):
        if match.start() > 0 and text[end : end + match.start()].count("\n"):
            return None
        word = match.group()
        bare = WORD_PARTICLE.sub("", re.sub(r"\(.*$", "", word))
        role = role_of_word(bare)
        if role is not None:
            return role
        reach -= 1
        if reach == 0 or bare != word.split("(")[0] or not re.fullmatch(r"[가-힣A-Za-z0-9·]+", bare):
            return None  # past a particle or punctuation: no longer the name's title phrase
    return None


def _title_follows(words: Words, end: int) -> bool:
    index = end
    while index < len(words.texts) and words.texts[index].isspace():
        index += 1
    return index < len(words.texts) and _is_title(words.texts[index])


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


@functools.cache
def known_names() -> dict[str, Name]:
    """Surface form -> entity, from the gazetteer and the local-government table (metropolitan wins)."""
    names: dict[str, Name] = {}
    for row in _tsv_rows("gazetteer.tsv"):
        text, label, canonical, also, proper = (row + ["", "", "", "", ""])[:5]
        names[text] = Name(label, canonical or text, also=tuple(filter(None, also.split("|"))), proper_only=proper == "yes")
    governments = list(_tsv_rows("local_governments.tsv"))
    # Local first, so a metropolitan short form (광주 = 광주광역시) wins over a local one (경기 광주시).
    for official, kind, _parent, short in sorted(governments, key=lambda row: row[1] == "metropolitan"):
        for form in [official, *filter(None, short.split("|"))]:
            names[form] = Name("LC", official, government=True)
    return names


@functools.cache
def job_titles() -> frozenset[str]:
    """지사, 시장, 교육감, 의원, 기자, …: the words after a name that say what the person does."""
    return frozenset(line.strip() for line in _read_data("titles.txt").splitlines() if line.strip() and not line.startswith("#"))


def canonical_name(text: str) -> str | None:
    """The official form of a known name: ``충남`` -> ``충청남도``; None for unknown names."""
    name = known_names().get(text)
    return name.canonical if name else None


def _tsv_rows(filename: str):
    for row in csv.reader(_read_data(filename).splitlines(), delimiter="\t"):
        if row and not row[0].startswith("#"):
            yield row


def _read_data(filename: str) -> str:
    return resources.files("pipeline").joinpath("data", filename).read_text(encoding="utf-8")
