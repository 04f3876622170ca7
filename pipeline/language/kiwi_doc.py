"""spaCy ``Doc`` objects whose tokens are kiwipiepy's surface segments, built without re-analysis.

kiwipiepy gives morphemes with character offsets. Some share characters (했 = 하+었), some have no
characters at all (the copula dropped in ``문제"라며``), and a predicate's endings follow its stem in
the same word (찾+은). A spaCy token must be a run of characters, so morphemes are grouped:

- a morpheme overlapping the previous group, or of zero length, joins it (했 = 하+었; 이+라며);
- an ending (EP, EF, EC, ETM, ETN) right after a predicate joins it (했다, 찾은, 하겠다);
- anything else starts a new token, so particles stay apart from the nouns they follow
  (김동연 | 지사 | 는), which keeps entity boundaries on token boundaries.

Whitespace between tokens is kept (a single space as ``token.whitespace_``, longer runs and newlines as
whitespace tokens), so ``doc.text`` is exactly the article text and character offsets carry over.
``token.tag_`` holds the group's kiwipiepy tags joined by ``+`` (``XSV+EP+EF``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Protocol

import numpy
from spacy.attrs import ORTH, SPACY, TAG
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.lexicon import grammar
from pipeline.record import Morpheme

WORDS_KEY = "kornews.words"
ADNOMINAL_ENDING = "ETM"
STEM_TAG_PREFIXES = ("V", "XSV", "XSA")
GLUED_NOUN_TAGS = frozenset({"NNG", "NNP"})  # not 것, 수 (NNB): 한것 is a typo's clause
NOUN_TAG = "NNG"  # kiwipiepy's common noun


class MorphemeLike(Protocol):
    form: str
    tag: str
    start: int
    end: int


# A run of characters made of one or more morphemes, one spaCy token: start, end, and the
# morphemes' tags joined by ``+``.
Segment = tuple[int, int, str]


def surface_segments(morphemes: Iterable[MorphemeLike]) -> list[Segment]:
    """Group morphemes into surface tokens.

    ``협력했다.`` (협력/NNG 하/XSV 었/EP 다/EF ./SF) -> 협력 [NNG], 했다 [XSV+EP+EF], . [SF].
    """
    endings, predicates = grammar().tags.ending, grammar().tags.predicate_or_ending
    segments: list[Segment] = []
    start = end = 0
    tags: list[str] = []  # of the segment being grown, from ``start`` to ``end``
    pending: list[str] = []  # tags of zero-length morphemes waiting for the next token
    for morpheme in sorted(morphemes, key=_span_key):
        next_start, next_end, tag = morpheme.start, morpheme.end, morpheme.tag
        if next_start == next_end:
            pending.append(tag)
            continue
        if tags and (next_start < end or (not pending and next_start == end and tag in endings and tags[-1] in predicates)):
            end = max(end, next_end)
            tags += pending
            tags.append(tag)
        else:
            if tags:
                segments.append((start, end, "+".join(tags)))
            start, end, tags = next_start, next_end, [*pending, tag]
        pending = []
    if tags:
        segments.append((start, end, "+".join(tags + pending)))
    return segments


_span_key = attrgetter("start", "end")


def make_doc(vocab: Vocab, text: str, morphemes: Sequence[MorphemeLike], offset: int = 0) -> Doc:
    """A ``Doc`` over ``text`` with one token per surface segment; ``doc.text == text``.

    ``offset`` is where ``text`` starts in the text the morphemes' offsets refer to (a sentence's
    start in its article).
    """
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    position = 0

    def add_gap(gap: str) -> None:
        # A gap is whitespace, or (rarely) characters kiwipiepy left out: keep them as tokens too.
        if gap[0] == " " and words and not spaces[-1]:
            spaces[-1] = True
            gap = gap[1:]
        for piece in _split_gap(gap):
            words.append(piece)
            spaces.append(False)
            tags.append("_SP" if piece.isspace() else "_X")

    for start, end, tag in surface_segments(morphemes):
        start -= offset
        if start == position + 1 and text[position] == " " and words and not spaces[-1]:
            spaces[-1] = True  # the usual gap, one space: said without building a string
        elif start > position:
            add_gap(text[position:start])
        position = end - offset
        words.append(text[start:position])
        spaces.append(False)
        tags.append(tag)
    if position < len(text):
        add_gap(text[position:])
    # Tokens are cut from the text in order, so covering its length means reproducing it.
    assert sum(map(len, words)) + sum(spaces) == len(text), "surface tokens do not cover the text"
    doc = Doc(vocab, words=words, spaces=spaces)
    # Setting tags as an array of string ids costs half what Doc(tags=...) does, token by token.
    if tags:
        doc.from_array([TAG], numpy.fromiter(map(vocab.strings.add, tags), dtype="uint64", count=len(tags)).reshape(-1, 1))
    doc.user_data[WORDS_KEY] = Words(words, tags, spaces, text)
    return doc


@dataclass(frozen=True)
class Words:
    """A ``Doc``'s token texts, tags and trailing spaces, read once.

    Every ``doc[i]`` builds a ``Token`` object; the rules look at each token several times, so they
    read these lists instead.
    """

    texts: list[str]
    tags: list[str]
    spaced: list[bool]
    text: str  # the Doc's text

    @classmethod
    def of(cls, doc: Doc) -> Words:
        cached = doc.user_data.get(WORDS_KEY)
        if cached is not None and len(cached.texts) == len(doc):
            return cached  # kept by make_doc, which had them at hand
        if not len(doc):
            return cls([], [], [], "")
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, TAG, SPACY]).tolist()
        texts, tags, spaced = [strings[orth] for orth, _, _ in rows], [strings[tag] for _, tag, _ in rows], [bool(space) for *_, space in rows]
        return cls(texts, tags, spaced, doc.text)

    def join(self, start: int, end: int) -> str:
        """The text of tokens ``start:end`` as ``doc[start:end].text`` gives it: without the last token's space."""
        inner = "".join(text + " " * spaced for text, spaced in zip(self.texts[start : end - 1], self.spaced[start : end - 1]))
        return inner + self.texts[end - 1]


def _split_gap(gap: str) -> list[str]:
    """Whitespace runs and other runs, in order: ``" \\n x"`` -> ``[" \\n ", "x"]``."""
    pieces: list[str] = []
    for char in gap:
        if pieces and pieces[-1][-1].isspace() == char.isspace():
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces


def dictionary_noun(morphemes: Sequence[Morpheme], starts: Sequence[int], start: int, end: int) -> bool:
    """Whether ``start:end`` is one common noun of kiwipiepy's dictionary (조합원, 당국): a word it
    knows, so not a name the entities missed (it does not know 추민완). ``starts``: the morphemes' starts."""
    first = bisect.bisect_left(starts, start)
    inside = [m for m in morphemes[first : first + 2] if m.start < end]
    return len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end) and inside[0].tag == NOUN_TAG and not inside[0].oov


def not_a_name(morphemes: Sequence[Morpheme], starts: Sequence[int], start: int, end: int) -> bool:
    """Whether ``start:end`` holds a particle or an ending (국민 + 의, 제고 + 와, 동참 + 하 + 어): no name the
    entities missed, whatever its first syllable. ``starts``: the morphemes' starts."""
    inside = morphemes[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    return not inside or any(m.tag not in grammar().tags.missed_name for m in inside)


def glued_adnominal(text: str, morphemes: Sequence[Morpheme], index: int) -> bool:
    """Whether the morpheme at ``index`` is a predicate stem or its adnominal ending written together with
    the noun after it, in one word (열린민주당 = 열리 + ㄴ + 민주당, 새로운보수당): a name's word, not a clause
    modifying the noun, whose adnominal form stands apart (열린 회의)."""
    ending = index if morphemes[index].tag == ADNOMINAL_ENDING else index + 1
    if ending + 1 >= len(morphemes) or morphemes[ending].tag != ADNOMINAL_ENDING or not morphemes[ending - 1].tag.startswith(STEM_TAG_PREFIXES):
        return False
    noun = morphemes[ending + 1]
    return noun.tag in GLUED_NOUN_TAGS and morphemes[ending].end <= noun.start and not text[morphemes[ending].end : noun.start]


def word_end(words: Words, index: int) -> int:
    """One past the last token of the word holding token ``index`` (``최고위원은``: after 은)."""
    while index + 1 < len(words.texts) and not words.spaced[index] and not words.texts[index + 1].isspace():
        index += 1
    return index + 1
