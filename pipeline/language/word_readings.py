"""How kiwipiepy read the word at characters ``start:end`` of a sentence's ``Doc``: as nouns, a proper noun, or pieces a
name it does not know may have been cut into. :func:`pipeline.language.span_rules.names_before_titles` asks them of the
words before a title."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.lexicon import entity_cues, grammar

COMMON_NOUN_TAG = "NNG"
AUXILIARY_TAGS = frozenset({"VX", "XSV", "XSA"})  # 지켜 + 온, 마련 + 한: a verb's own form
CONNECTIVE_ENDING = "EC"
VERB_TAGS = frozenset({"VV", "VA", "VX"})
PARTICLE_TAG_PREFIX = "J"  # kiwipiepy's particles: JKS, JX, …
TOPIC_TAG = "JX"  # ㄴ, 은, 는


def surname_then_nouns(doc: Doc, start: int, end: int) -> bool:
    """``…"라고 한도윤 군수는``: kiwipiepy reads the surname as a verb's form (하 + ㄴ, "said") and the given name as
    nouns (도 + 윤); right before a title the word is a name. Not a word whose first syllable opens a longer
    morpheme (이어 + 서) or whose rest is no noun (말 + 했다)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    rest = [token for token in span if token.idx > start] if span is not None else []
    return bool(rest) and rest[0].idx == start + 1 and all(tag.startswith("NN") for token in rest for tag in token.tag_.split("+"))


def fused_particle_name(doc: Doc, start: int, end: int) -> bool:
    """``백승훈``: kiwipiepy reads the given name's last syllable as a noun with the topic particle ㄴ fused into it
    (후 + ㄴ) after pieces a name may be read as (백 + 승); not a particle of a syllable of its own (이번 + 엔)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    if len(tokens) < 2 or len(tokens[-1].text) != 1:
        return False
    last = tokens[-1].tag_.split("+")
    name_tags = grammar().tags.missed_name
    return len(last) == 2 and last[0].startswith("NN") and last[1] == TOPIC_TAG \
        and all(tag in name_tags for token in tokens[:-1] for tag in token.tag_.split("+"))


def noun_word(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    prefixes = grammar().tags.noun_word_prefixes
    return span is not None and all(
        token.text == "·" or tag.startswith(prefixes) for token in span for tag in token.tag_.split("+")
    )  # 시·도교육청: the middle dot joins nouns


def split_name_word(doc: Doc, start: int, end: int) -> bool:
    """Whether kiwipiepy split the word into pieces a name it does not know may be read as, a particle among them
    but not at the end: 어 + 진솔 (an interjection and a root), 나 + 도 + 운; not 이번 + 엔, 나 + 도 + 는."""
    span = doc.char_span(start, end, alignment_mode="expand")
    tags = [tag for token in span for tag in token.tag_.split("+")] if span is not None else []
    name_tags = grammar().tags.missed_name
    return len(tags) > 1 and tags[-1] in name_tags and all(tag in name_tags or tag.startswith(PARTICLE_TAG_PREFIX) for tag in tags)


def misread_name(doc: Doc, start: int, end: int) -> bool:
    """Whether kiwipiepy cut a name ending in 온 into pieces closed by a verb's adnominal ending or a particle
    (위서온: 위 + 서 + 온, 박하온: 박하 + 온, 한하온: 한 + 하온, 한서온: 한 + 서 + 오 + ㄴ), not a verb's own
    form, which a verb opens (지켜 + 온, 돌아온)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    if len(tokens) < 2 or not tokens[-1].text.endswith(tuple(entity_cues().misread_name_endings)):
        return False
    verb_first = tokens[0].tag_.split("+")[0] in VERB_TAGS  # 지켜 + 온; but 한 (a determiner) + 서 + 온 is 한서온
    return not verb_first or tokens[-1].tag_.split("+")[0] not in AUXILIARY_TAGS and not tokens[-2].tag_.endswith(CONNECTIVE_ENDING)


def one_common_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether kiwipiepy reads the word as one common noun of its own (지부장, 하반기): a word it knows, a title before another
    (지부장 직무대행) or a time (하반기 전남도 관광국장), not a surname and a title (지 + 부장), which it would read apart."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].tag_ == COMMON_NOUN_TAG


def one_proper_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether kiwipiepy reads the word as one proper noun (한도윤), not pieces (가람 + 당)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].tag_ == "NNP"


def proper_noun_word(doc: Doc, start: int, end: int) -> bool:
    """A word that can be a name: only nouns, and either a proper noun among them or several pieces
    (a name kiwipiepy does not know comes out in pieces: 장 + 충남, 이 + 양수); a single common noun
    (가운데) is not."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tags = [tag for token in span for tag in token.tag_.split("+")]
    nouns = tags[1:] if tags[0] == "MM" else tags  # 이 + 양수: a surname read as a determiner
    return all(tag.startswith(("NN", "SL", "SN", "XSN")) for tag in nouns) and ("NNP" in tags or len(span) > 1)
