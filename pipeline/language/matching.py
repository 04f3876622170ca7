"""Making spaCy's ``Matcher`` fast on the entity patterns, without changing what they match.

- :func:`compiled_patterns` turns ``IN`` lists into lexeme flags and one pattern per tag;
- :class:`MatchEdge` says which tokens a match can start or end with, so the Matcher runs only over
  the part of a sentence between them.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.vocab import Vocab

from pipeline.language.kiwi_doc import Words


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
        tags, texts, edge_tags, edge_words = words.tags, words.texts, self.tags, self.words  # read once: this runs over every token
        for index in indices:
            if tags[index] in edge_tags or texts[index] in edge_words:
                return index
        return None


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
