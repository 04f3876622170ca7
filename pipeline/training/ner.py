"""The statistical NER: a small spaCy model trained on KLUE-NER dev sentences over kiwipiepy tokens.

``kornews train-ner`` reproduces the shipped model from ``../shared/corpus/klue-ner``; ``kornews
ner-eval`` scores the entity pipeline on the sealed test sentences with the scorer of ``evaluate``.

The split is fixed in code (:func:`pipeline.evaluation.klue.split_tune_test`): 30 % of the news
sentences are the test split, for evaluation only. Of the rest (``tune``), a fixed 10 % chooses the
best epoch; the model is trained on the remaining sentences, news and movie reviews alike.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import minibatch
from thinc.api import fix_random_seed

from pipeline.language.token_cues import CUE_TABLE_FILE, TokenCues, lexicon_cue_table, read_cue_table, write_cue_table
from pipeline.lexicon import ENTITY_LABELS
from pipeline.evaluation.entities import EntityScores, score_entities
from pipeline.evaluation.klue import KlueSentence, read_klue, split_tune_test
from pipeline.language.analysers import MODEL_DIR, kiwi
from pipeline.language.kiwi_doc import make_doc
from pipeline.evaluation.klue import SENTENCES_FILE, unlabelled_sentences
from pipeline.training.entity_forms import EntityForms, entity_forms
from pipeline.training.pretrain import pretrained_tok2vec

SHIPPED_CUES, LEXICON_CUES = "shipped", "lexicon"
CUE_FEATURE = "LEMMA"


@dataclass
class TrainingSettings:
    width: int = 80
    depth: int = 2
    rows: int = 10000
    epochs: int = 15
    dropout: float = 0.2
    seed: int = 1
    dev_share: float = 0.1
    cues: bool = True  # lexicon cues (token.lemma_) as a feature: see pipeline.language.token_cues
    # The cues to train with: a model's table of them (reproduces that model), or None: the lexicon's now.
    cue_table: Path | None = None
    # Measured, not shipped (MODEL_CARD.md): KLUE train's entity forms among the cues
    # (pipeline.training.entity_forms), and self-training on KLUE's train sentences labelled by a first
    # model, a sample of silver_per_epoch of them added to each epoch (0: none).
    entity_forms: bool = False
    form_labels: tuple[str, ...] = ENTITY_LABELS
    silver_per_epoch: int = 0
    # Measured, not shipped (MODEL_CARD.md): epochs of pretraining the token-to-vector layer on
    # KLUE's unlabelled train sentences (pipeline.training.pretrain) before the NER learns (0: none).
    pretrain_epochs: int = 0
    features: tuple[str, ...] = ("NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG")
    refit: bool = True  # train again on training + development sentences for the chosen epochs


@dataclass
class Alignment:
    """How many KLUE character spans fall on kiwipiepy token boundaries."""

    total: int = 0
    misaligned: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict:
        return {"spans": self.total, "misaligned": sum(self.misaligned.values()), "misaligned_by_label": dict(self.misaligned)}


def model_config(settings: TrainingSettings) -> dict:
    """A transition-based NER over a narrow CNN: kiwipiepy tags (and gazetteer cues) are token features."""
    features = list(settings.features) + ([CUE_FEATURE] if settings.cues else [])
    return {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 64,
        "maxout_pieces": 2,
        "use_upper": True,
        "nO": None,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "spacy.MultiHashEmbed.v2",
                "width": settings.width,
                "attrs": features,
                "rows": [settings.rows] * len(features),
                "include_static_vectors": False,
            },
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2",
                "width": settings.width,
                "depth": settings.depth,
                "window_size": 1,
                "maxout_pieces": 3,
            },
        },
    }


def klue_docs(nlp: Language, sentences: list[KlueSentence]) -> tuple[list[Doc], Alignment]:
    """kiwipiepy docs with the KLUE entities on them; a span off token boundaries is expanded to them."""
    alignment = Alignment()
    docs = []
    for sentence, tokens in zip(sentences, kiwi().tokenize([s.text for s in sentences])):
        doc = make_doc(nlp.vocab, sentence.text, tokens)
        spans: list[Span] = []
        for start, end, label in sentence.entities:
            alignment.total += 1
            span = doc.char_span(start, end, label, alignment_mode="strict")
            if span is None:
                alignment.misaligned[label] += 1
                span = doc.char_span(start, end, label, alignment_mode="expand")
            if span is not None and not any(span.start < s.end and s.start < span.end for s in spans):
                spans.append(span)
        doc.ents = spans
        docs.append(doc)
    return docs, alignment


def train(klue_path: Path, output: Path, settings: TrainingSettings = TrainingSettings(),
          progress: Callable[[str], None] = print) -> dict:
    """Train, choose the epoch count on the development share, write the model to ``output``.

    With ``settings.refit`` the shipped model is trained again from scratch, on the training and
    development sentences together, for the chosen number of epochs: the development share picks
    the epoch count, then it is not wasted. Only the ``tune`` split is used; the ``test`` sentences
    are never seen (:func:`pipeline.evaluation.klue.split_tune_test`).
    """
    tune, test = split_tune_test(read_klue(klue_path))
    fit, dev = _split_dev(tune, settings.dev_share)
    forms = _forms(klue_path.parent, settings, progress)
    table = _cue_table(klue_path, settings)
    weights = _pretrained(klue_path.parent / SENTENCES_FILE, settings, forms, table, progress)
    fit_model = partial(_fit, settings=settings, forms=forms, table=table, progress=progress, weights=weights)
    with tempfile.TemporaryDirectory() as scratch:
        best_dir = Path(scratch) / "best"
        best_epoch, best_f1, alignment = fit_model(fit, dev, settings.epochs, keep=best_dir)
        silver: list[KlueSentence] = []
        teacher_f1 = best_f1
        if settings.silver_per_epoch:
            progress(f"teacher: development F1 {best_f1:.3f} after {best_epoch} epochs; labelling KLUE's train sentences")
            silver = silver_sentences(_with_cue_table(spacy.load(best_dir), table), klue_path.parent / SENTENCES_FILE)
            best_epoch, best_f1, _ = fit_model(fit, dev, settings.epochs, keep=best_dir, silver=silver)
        if settings.refit:
            progress(f"refit on {len(fit) + len(dev)} sentences for {best_epoch} epochs")
            fit_model(fit + dev, None, best_epoch, keep=best_dir, silver=silver)
        best = _with_cue_table(spacy.load(best_dir), table)  # scored with the cues it was trained with
    test_scores = score_sentences(best, test)
    meta = {
        "klue_sha256": hashlib.sha256(Path(klue_path).read_bytes()).hexdigest(),
        "sentences": {"train": len(fit), "development": len(dev), "test": len(test)},
        "alignment": alignment.as_dict(),
        "entity_forms": dict(Counter(forms.forms.values())) if forms else None,
        "silver": {"sentences": len(silver), "entities": sum(len(s.entities) for s in silver)},
        "settings": {key: list(value) if isinstance(value, tuple) else value for key, value in settings.__dict__.items() if key != "cue_table"},
        "cues_from": "lexicon" if settings.cue_table is None else "table",
        "best_epoch": best_epoch,
        "development_f1": best_f1,
        "teacher_development_f1": teacher_f1,
        "test_model_only": test_scores.as_dict()["strict"],
    }
    best.meta["kornews"] = meta
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    best.to_disk(output)
    if table is not None:
        write_cue_table(table, output / CUE_TABLE_FILE)
    return meta


def cue_table_of(cues_from: str) -> Path | None:
    """``shipped``: the shipped model's cue table; ``lexicon``: none, the lexicon's cues; else a model's directory."""
    if cues_from == LEXICON_CUES:
        return None
    table = (MODEL_DIR if cues_from == SHIPPED_CUES else Path(cues_from)) / CUE_TABLE_FILE
    if not table.is_file():
        raise FileNotFoundError(f"{table} is missing: that model has no cue table to train from (--cues-from lexicon trains with the lexicon as it is)")
    return table


def _with_cue_table(nlp: Language, table: dict[tuple[str, bool], str] | None) -> Language:
    """``nlp`` with the cues it is trained with, where they are a table (not saved with it)."""
    if table is not None:
        nlp.get_pipe("kornews_token_cues").table = table
    return nlp


def _cue_table(klue_path: Path, settings: TrainingSettings) -> dict[tuple[str, bool], str] | None:
    """The lexicon cues to train with, saved with the model so that it can be trained again as it was:
    the given table, or the lexicon's cues of every form of the KLUE file."""
    if not settings.cues:
        return None
    if settings.cue_table is not None:
        return read_cue_table(settings.cue_table)
    return lexicon_cue_table(klue_docs(spacy.blank("xx"), read_klue(klue_path))[0])


def _forms(klue_dir: Path, settings: TrainingSettings, progress: Callable[[str], None]) -> EntityForms | None:
    if not (settings.cues and settings.entity_forms):
        return None
    forms = entity_forms(klue_dir, labels=settings.form_labels)
    progress(f"{len(forms.forms)} entity forms from KLUE's train split: {dict(Counter(forms.forms.values()))}")
    return forms


def _pretrained(sentences_file: Path, settings: TrainingSettings, forms: EntityForms | None,
                table: dict[tuple[str, bool], str] | None, progress: Callable[[str], None]) -> bytes | None:
    """The token-to-vector weights pretrained on KLUE's unlabelled train sentences, or None."""
    if not settings.pretrain_epochs:
        return None
    texts = [text for _, text in unlabelled_sentences(sentences_file)]
    progress(f"pretraining on {len(texts)} sentences for {settings.pretrain_epochs} epochs")
    return pretrained_tok2vec(_blank_model(settings, forms, table), texts, kiwi().tokenize(texts),
                              model_config(settings)["tok2vec"], epochs=settings.pretrain_epochs, seed=settings.seed,
                              progress=progress)


def silver_sentences(teacher: Language, path: Path) -> list[KlueSentence]:
    """KLUE's unlabelled train sentences with the entities ``teacher`` finds in them."""
    rows = unlabelled_sentences(path)
    texts = [text for _, text in rows]
    silver = []
    for (sentence_id, text), tokens in zip(rows, kiwi().tokenize(texts)):
        doc = teacher(make_doc(teacher.vocab, text, tokens))
        silver.append(KlueSentence(sentence_id, text, [(e.start_char, e.end_char, e.label_) for e in doc.ents]))
    return silver


def _blank_model(settings: TrainingSettings, forms: EntityForms | None, table: dict[tuple[str, bool], str] | None) -> Language:
    """An untrained pipeline: the cues the model reads (from ``table``, or the lexicon), then the NER."""
    nlp = spacy.blank("xx")
    if settings.cues:
        cues: TokenCues = nlp.add_pipe("kornews_token_cues")
        cues.table = table
        if forms:
            cues.set_forms(forms.forms, forms.first_words, forms.longest)
    nlp.add_pipe("ner", config={"model": model_config(settings)})
    return nlp


def _fit(sentences: list[KlueSentence], dev: list[KlueSentence] | None, epochs: int, *, settings: TrainingSettings,
         forms: EntityForms | None, table: dict[tuple[str, bool], str] | None, progress: Callable[[str], None], keep: Path,
         silver: list[KlueSentence] = (), weights: bytes | None = None) -> tuple[int, float, Alignment]:
    """Train a fresh model for ``epochs``; keep the best epoch on ``dev`` (or the last) in ``keep``.

    With ``silver``, each epoch adds a fresh sample of ``settings.silver_per_epoch`` silver sentences
    to the gold ones: the silver is down-weighted by how little of it an epoch sees. With ``weights``,
    the token-to-vector layer starts from them (pretrained) instead of random ones.
    """
    fix_random_seed(settings.seed)
    shuffle = random.Random(settings.seed).shuffle
    sample = random.Random(settings.seed + 1).sample
    nlp = _blank_model(settings, forms, table)
    docs, alignment = klue_docs(nlp, sentences)
    examples = [Example(_input_copy(nlp, doc), doc) for doc in docs]
    silver_examples = [Example(_input_copy(nlp, doc), doc) for doc in klue_docs(nlp, list(silver))[0]]
    optimizer = nlp.initialize(lambda: examples)
    if weights is not None:  # the parser's tok2vec is that layer chained to its own projection
        nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0].from_bytes(weights)
    best_f1, best_epoch = -1.0, epochs
    for epoch in range(epochs):
        shuffle(examples)
        batches = examples
        if silver_examples:
            batches = examples + sample(silver_examples, min(settings.silver_per_epoch, len(silver_examples)))
            shuffle(batches)
        losses: dict[str, float] = {}
        for batch in minibatch(batches, size=32):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=settings.dropout)
        if dev is None:
            progress(f"epoch {epoch + 1}/{epochs}: loss {losses['ner']:.0f}")
            continue
        dev_f1 = score_sentences(nlp, dev).strict_micro.f1
        progress(f"epoch {epoch + 1}/{epochs}: loss {losses['ner']:.0f}, development F1 {dev_f1:.3f}")
        if dev_f1 > best_f1:
            best_f1, best_epoch = dev_f1, epoch + 1
            nlp.to_disk(keep)
    if dev is None:
        nlp.to_disk(keep)
    return best_epoch, best_f1, alignment


def score_sentences(nlp: Language | Callable[[Doc], Doc], sentences: list[KlueSentence]) -> EntityScores:
    """Entity scores of ``nlp`` on KLUE sentences (strict and lenient, per label)."""
    vocab = nlp.vocab if isinstance(nlp, Language) else spacy.blank("xx").vocab
    total = EntityScores()
    for sentence, tokens in zip(sentences, kiwi().tokenize([s.text for s in sentences])):
        doc = nlp(make_doc(vocab, sentence.text, tokens))
        gold = [{"start": s, "end": e, "label": label} for s, e, label in sentence.entities]
        predicted = [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents]
        scores, _ = score_entities(gold, predicted)
        total += scores
    return total


def _split_dev(sentences: list[KlueSentence], share: float) -> tuple[list[KlueSentence], list[KlueSentence]]:
    ranked = sorted(sentences, key=lambda s: hashlib.sha256(f"dev:{s.id}".encode()).hexdigest())
    dev_ids = {s.id for s in ranked[: round(len(ranked) * share)]}
    return [s for s in sentences if s.id not in dev_ids], [s for s in sentences if s.id in dev_ids]


def _input_copy(nlp: Language, doc: Doc) -> Doc:
    """The input side of a training example: same tokens and tags, no entities, cues set as at run time."""
    copy = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], tags=[t.tag_ for t in doc])
    return nlp.get_pipe("kornews_token_cues")(copy) if "kornews_token_cues" in nlp.pipe_names else copy

