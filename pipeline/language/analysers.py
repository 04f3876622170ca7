"""The process-wide analysers, loaded on first use and reused by every stage and every article.

- one Kiwi (kiwipiepy) for sentences and morphemes;
- one spaCy pipeline for entities: the KLUE-trained NER shipped in ``pipeline/models/ner-klue`` and
  the rule component, in the order measured best (``kornews ner-eval --compare``).

Both run on one thread: parallelism comes from worker processes, one analyser of each per process.
The model's matrix products go to numpy's BLAS (OpenBLAS) rather than thinc's default, blis: on the
layer shapes of this model OpenBLAS does about three times the work per second (``kornews bench``
shows the stage's cost), and the entities found are the same.
"""

from __future__ import annotations

import functools
import os
from contextlib import AbstractContextManager
from pathlib import Path
from collections.abc import Callable, Sequence
from typing import Any, Literal

import spacy
from kiwipiepy import Kiwi
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc
from thinc.api import Model, use_ops
from threadpoolctl import ThreadpoolController

import pipeline.language.entity_rules  # noqa: F401 - registers the kornews_entity_rules factory
import pipeline.language.token_cues  # noqa: F401 - registers kornews_token_cues, the model's first component
from pipeline.language.greedy_ner import ActionTable, class_names, decodable, decode, preset_entities, set_entities
from pipeline.lexicon import ENTITY_LABELS

EntityMode = Literal["model+rules", "rules+model", "model", "rules"]
DEFAULT_ENTITY_MODE: EntityMode = "model+rules"
FAST_ENTITY_MODE: EntityMode = "rules"
ENTITY_MODES: tuple[EntityMode, ...] = ("model+rules", "rules+model", "model", "rules")
# The NER model shipped with the package (``kornews train-ner`` reproduces it; see its MODEL_CARD.md).
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner-klue"


@functools.cache
def kiwi() -> Kiwi:
    """One thread per Kiwi: parallelism comes from worker processes, one Kiwi each.

    Without kiwipiepy's typo dictionary (frequent misspellings and the internet's variant endings,
    which edited news does not use): loading it cost every process half a second, and the output on
    the 494 shared articles, the seed and KLUE's sentences is the same without it. The multi-word
    dictionary of WikiData's proper nouns costs more to load but is kept: without it KLUE's person
    names drop (PS F1 0.771 -> 0.746).
    """
    return Kiwi(num_workers=1, load_typo_dict=False)


class KnownLabelsEntityRecognizer(EntityRecognizer):
    """spaCy's NER, decoded in numpy (:mod:`pipeline.language.greedy_ner`: the same entities at a
    fraction of spaCy's loop's cost) and without its scan for new labels: before each batch that scan
    looks for labels it lacks among the entities already set on the docs, making a Python ``Token``
    of every token (a tenth of the entities stage). Docs reach it with no entities, or with the
    rules' KLUE labels, which the model has (checked on loading)."""

    def _ensure_labels_are_added(self, docs: object) -> int:
        return 0

    def predict(self, docs: Sequence[Doc]) -> Any:
        if self.cfg["beam_width"] != 1 or not decodable(self.model) or preset_entities(docs):
            return super().predict(docs)
        return DecodedEntities(decode(self.model, ActionTable.of(class_names(self.moves)), docs))

    def set_annotations(self, docs: Sequence[Doc], states_or_beams: Any) -> None:
        if not isinstance(states_or_beams, DecodedEntities):
            return super().set_annotations(docs, states_or_beams)
        for doc, entities in zip(docs, states_or_beams):
            set_entities(doc, entities)


class DecodedEntities(list):
    """What :meth:`KnownLabelsEntityRecognizer.predict` found, per doc: ``(start, end, label)`` lists."""


@Language.factory("kornews_ner", default_config={
    "model": None, "moves": None, "update_with_oracle_cut_size": 100, "incorrect_spans_key": None,
    "scorer": {"@scorers": "spacy.ner_scorer.v1"}})
def make_known_labels_ner(nlp: Language, name: str, model: Model, moves: Any, update_with_oracle_cut_size: int,
                          incorrect_spans_key: str | None, scorer: Callable | None) -> KnownLabelsEntityRecognizer:
    return KnownLabelsEntityRecognizer(nlp.vocab, model, name=name, moves=moves, scorer=scorer, incorrect_spans_key=incorrect_spans_key,
                                       update_with_oracle_cut_size=update_with_oracle_cut_size)


# Loads a model's "ner" component (weights, moves, labels) into the recognizer above.
KNOWN_LABELS_NER = {"components": {"ner": {"factory": "kornews_ner"}}}


@functools.cache
def entity_pipeline(mode: EntityMode = DEFAULT_ENTITY_MODE, model_dir: str | None = None) -> Language:
    """The spaCy pipeline that labels a kiwipiepy ``Doc``: model and rules in ``mode``'s order.

    ``model_dir`` (or the ``KORNEWS_NER_MODEL`` environment variable) replaces the shipped model.
    """
    model = model_dir or os.environ.get("KORNEWS_NER_MODEL") or MODEL_DIR
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(model, config=KNOWN_LABELS_NER) if "model" in mode else spacy.blank("xx")
    if "ner" in nlp.pipe_names and set(ENTITY_LABELS) - set(nlp.get_pipe("ner").labels):
        raise ValueError(f"the NER model at {model} lacks some of the labels {ENTITY_LABELS}")
    if mode == "model+rules":
        nlp.add_pipe("kornews_entity_rules", last=True)
    elif mode in ("rules+model", "rules"):
        nlp.add_pipe("kornews_entity_rules", first=True)
    return nlp


def one_blas_thread() -> AbstractContextManager:
    """numpy's BLAS on one thread for the block, as every analyser here: with a thread per core in
    each worker process, the threads of all workers would fight for the same cores."""
    return _blas_libraries().limit(limits=1, user_api="blas")


@functools.cache
def _blas_libraries() -> ThreadpoolController:
    return ThreadpoolController()  # finds the loaded libraries once; each limit() then costs microseconds
