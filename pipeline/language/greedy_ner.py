"""spaCy's greedy NER decoding, done in numpy for a whole batch of sentences at each step.

spaCy's compiled loop takes and drops the GIL in the state accessors it calls for every action of
every token (``perf`` shows ``take_gil``/``drop_gil`` in half of the model's time), so its loop costs
more than the network. The model is the same and so is every step: features are the first buffer
token, the open entity's first token and the token before the buffer (spaCy's ``nF = 3`` for NER),
their precomputed hidden rows are summed with the bias, max-pooled over the pieces and scored by the
upper layer; the best valid action wins, the first on a tie; each action moves one token. Only the
valid actions are ours to restate: spaCy's BILUO rules for sentences with no entities preset.
Sentences with preset entities (the rules before the model) go to spaCy's own loop.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc, Span
from thinc.api import Model

# spaCy's BILUO move numbers (spacy.pipeline._parser_internals.ner): MISSING is 0 and never valid.
BEGIN, IN, LAST, UNIT, OUT = 1, 2, 3, 4, 5
NO_LABEL = -1
NER_FEATURES = 3  # the buffer's first token, the open entity's first token, the token before the buffer


@dataclass(frozen=True)
class ActionTable:
    """Each class of the model's output as a move and a label index (``NO_LABEL`` for O, U- and MISSING),
    and which classes are valid in each kind of state."""

    moves: numpy.ndarray
    labels: numpy.ndarray
    label_names: tuple[str, ...]
    # [open entity's label + 1, whether the entity may go on to the next token, whether the token is whitespace]
    valid_in_state: numpy.ndarray

    @classmethod
    @functools.cache
    def of(cls, class_names: tuple[str, ...]) -> ActionTable:
        """From spaCy's class names in class order: ``('B-PS', ..., 'U-', 'O')``."""
        letters = {"B": BEGIN, "I": IN, "L": LAST, "U": UNIT, "O": OUT}
        label_names = tuple(sorted({name[2:] for name in class_names if name[2:]}))
        moves = [letters.get(name[0], 0) for name in class_names]
        labels = [label_names.index(name[2:]) if name[2:] else NO_LABEL for name in class_names]
        valid = numpy.zeros((len(label_names) + 1, 2, 2, len(class_names)), dtype=bool)
        for open_label, goes_on, on_space in numpy.ndindex(valid.shape[:3]):
            valid[open_label, goes_on, on_space] = [_is_valid(move, label, open_label - 1, bool(goes_on), bool(on_space)) for move, label in zip(moves, labels)]
        return cls(numpy.array(moves), numpy.array(labels), label_names, valid)

    def class_name(self, index: int) -> str:
        """``B-PS``, ``U-``, ``O``: spaCy's name of class ``index``."""
        letter = {BEGIN: "B", IN: "I", LAST: "L", UNIT: "U", OUT: "O"}.get(int(self.moves[index]), "-")
        return letter if letter in "O-" else f"{letter}-{self.label_names[self.labels[index]] if self.labels[index] != NO_LABEL else ''}"

    def valid(self, open_label: numpy.ndarray, goes_on: numpy.ndarray, on_space: numpy.ndarray) -> numpy.ndarray:
        """Which classes each state may take (states x classes), from its open entity's label (or
        ``NO_LABEL``), whether an entity may go on past its token and whether its token is whitespace."""
        return self.valid_in_state[open_label + 1, goes_on.astype(numpy.intp), on_space.astype(numpy.intp)]


def _is_valid(move: int, label: int, open_label: int, goes_on: bool, on_space: bool) -> bool:
    """spaCy's ``is_valid`` of each BILUO move when no entity is preset.

    An entity goes on (B, I) only if a next token follows that does not start a sentence; B and U
    never start on whitespace; I and L keep the open entity's label; O, B and U need none open."""
    is_open = open_label != NO_LABEL
    if move == BEGIN:
        return not is_open and label != NO_LABEL and goes_on and not on_space
    if move == IN:
        return is_open and label == open_label and goes_on
    if move == LAST:
        return is_open and label == open_label
    if move == UNIT:
        return not is_open and label != NO_LABEL and not on_space
    return move == OUT and not is_open


def class_names(moves: Any) -> tuple[str, ...]:
    """A transition system's classes by name, in class order (the parser's ``move_names`` leaves out ``U-``)."""
    return tuple(moves.get_class_name(i) for i in range(moves.n_moves))


def decodable(model: Model) -> bool:
    """Whether ``decode`` restates this model's steps: spaCy's NER features (three state tokens, not the
    six of ``extra_state_tokens``) and an upper layer. Any other goes to spaCy's loop."""
    return bool(model.attrs["has_upper"]) and model.get_ref("lower").get_dim("nF") == NER_FEATURES


def preset_entities(docs: Sequence[Doc]) -> bool:
    """Whether any token has an entity tag already (set by rules run before the model)."""
    return any(doc.has_annotation("ENT_IOB") for doc in docs)


def decode(model: Model, table: ActionTable, docs: Sequence[Doc]) -> list[list[tuple[int, int, str]]]:
    """Each doc's entities as ``(start token, end token, label)``, as spaCy's greedy parse finds them."""
    tok2vec, lower, upper = model.layers
    lengths = numpy.array([len(doc) for doc in docs])
    if not lengths.sum():
        return [[] for _ in docs]
    cached = lower.predict(tok2vec.predict(list(docs)))  # (tokens + 1 padding row, features, hidden, pieces)
    starts = numpy.concatenate(([0], numpy.cumsum(lengths)[:-1]))
    sentence_start = numpy.concatenate([doc.to_array(SENT_START) for doc in docs if len(doc)]).astype(numpy.int64) == 1
    space = numpy.concatenate([doc.to_array(IS_SPACE) for doc in docs if len(doc)]).astype(bool)
    order = numpy.argsort(-lengths, kind="stable")  # longest first: the states still going are a prefix
    lengths, starts = lengths[order], starts[order]
    open_label = numpy.full(len(docs), NO_LABEL)
    open_start = numpy.zeros(len(docs), dtype=numpy.int64)
    found: list[tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, int]] = []  # docs, starts, labels, end
    bias, upper_weights, upper_bias = lower.get_param("b"), upper.get_param("W"), upper.get_param("b")
    unseen = numpy.array(sorted(model.attrs["unseen_classes"]), dtype=numpy.int64)
    going = len(docs)
    for step in range(int(lengths[0])):
        while lengths[going - 1] <= step:
            going -= 1
        token = starts[:going] + step
        label = open_label[:going]
        is_open = label != NO_LABEL
        entity_row = numpy.where(is_open, starts[:going] + open_start[:going] + 1, 0)
        previous_row = numpy.where(is_open, token, 0)  # the token before the buffer, +1 for the padding row
        summed = cached[token + 1, 0] + cached[entity_row, 1] + cached[previous_row, 2] + bias
        hidden = summed.max(axis=2) if summed.shape[2] != 2 else numpy.maximum(summed[:, :, 0], summed[:, :, 1])
        scores = upper.ops.gemm(hidden, upper_weights, trans2=True) + upper_bias
        if unseen.size:
            scores[:, unseen] = scores.min()  # as spaCy does: a class never trained on scores the step's least
        goes_on = (lengths[:going] - step >= 2) & ~sentence_start[numpy.minimum(token + 1, len(sentence_start) - 1)]
        scores[~table.valid(label, goes_on, space[token])] = -numpy.inf
        guess = scores.argmax(axis=1)
        move, chosen = table.moves[guess], table.labels[guess]
        ending = numpy.flatnonzero((move == LAST) | (move == UNIT))
        if ending.size:
            unit = move[ending] == UNIT
            found.append((order[ending], numpy.where(unit, step, open_start[ending]), numpy.where(unit, chosen[ending], label[ending]), step + 1))
        begins = move == BEGIN
        open_start[:going][begins] = step
        open_label[:going] = numpy.where(begins, chosen, numpy.where(move == LAST, NO_LABEL, label))
    return _per_doc(len(docs), found, table.label_names)


def _per_doc(count: int, found: list[tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, int]],
             label_names: tuple[str, ...]) -> list[list[tuple[int, int, str]]]:
    entities: list[list[tuple[int, int, str]]] = [[] for _ in range(count)]
    for docs, starts, labels, end in found:
        for doc, start, label in zip(docs.tolist(), starts.tolist(), labels.tolist()):
            entities[doc].append((start, end, label_names[label]))
    return [sorted(spans) for spans in entities]


def set_entities(doc: Doc, entities: list[tuple[int, int, str]]) -> None:
    """What spaCy's NER writes for a doc with no preset entities: these spans, every other token O."""
    doc.set_ents([Span(doc, start, end, label=label) for start, end, label in entities], default="outside")
