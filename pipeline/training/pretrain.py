"""Pretraining the NER model's token-to-vector layer on raw text, before it learns entities.

KLUE-NER's 21k train sentences come without labels, but their words still teach the layer that
turns tokens into vectors: with a share of the tokens hidden, it learns to predict each hidden
token's first and last syllable from the tokens around it (spaCy's character objective, as ``spacy
pretrain`` runs it). The NER model then starts from these weights instead of random ones.

Two things differ from ``spacy pretrain``, because the layer reads more than the word:
- a hidden token keeps its kiwipiepy tag and loses its word and its lexicon cue; spaCy's masking
  builds new docs from the words alone, so the tag and cue embeddings would learn nothing;
- the objective predicts six UTF-8 bytes (spaCy's default is four): three from each end of the
  word, one whole Hangul syllable each.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import numpy
from spacy.language import Language
from spacy.ml.models.multi_task import get_characters_loss
from spacy.tokens import Doc
from spacy.util import minibatch, registry
from thinc.api import Adam, LayerNorm, Maxout, Model, MultiSoftmax, chain, fix_random_seed, list2array

from pipeline.language.kiwi_doc import make_doc
from pipeline.language.token_cues import NO_CUE

HIDDEN_WORD = "[MASK]"
HIDDEN_SHARE = 0.15  # of the tokens of each batch, as BERT and spacy pretrain hide
PREDICTED_BYTES = 6  # three UTF-8 bytes from each end of a word: its first and last Hangul syllable
HIDDEN_WIDTH = 300
BATCH_SENTENCES = 64
LEARN_RATE = 0.001


def pretrained_tok2vec(nlp: Language, texts: list[str], tokens: list, tok2vec_config: dict, *, epochs: int,
                       seed: int, progress: Callable[[str], None] = print) -> bytes:
    """Weights of a token-to-vector layer built from ``tok2vec_config``, pretrained on ``texts``
    (their kiwipiepy ``tokens``) for ``epochs``; ``nlp``'s components before the NER set the cues."""
    fix_random_seed(seed)
    docs = [_with_cues(nlp, make_doc(nlp.vocab, text, morphemes)) for text, morphemes in zip(texts, tokens)]
    docs = [doc for doc in docs if len(doc)]
    tok2vec: Model = registry.resolve({"layer": tok2vec_config})["layer"]
    output = chain(list2array(), Maxout(nO=HIDDEN_WIDTH, nP=3), LayerNorm(nI=HIDDEN_WIDTH),
                   MultiSoftmax([256] * PREDICTED_BYTES, nI=HIDDEN_WIDTH))
    model = chain(tok2vec, output)
    model.initialize(X=docs[:BATCH_SENTENCES])
    optimizer = Adam(LEARN_RATE)
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(docs)
        loss = 0.0
        for batch in minibatch(docs, size=BATCH_SENTENCES):
            hidden, inputs = hide_tokens(batch, rng)
            predicted, backprop = model.begin_update(inputs)
            batch_loss, gradient = get_characters_loss(model.ops, batch, predicted, nr_char=PREDICTED_BYTES)
            backprop(gradient * hidden[:, None])  # learn from the hidden tokens only
            model.finish_update(optimizer)
            loss += float(batch_loss)
        progress(f"pretraining epoch {epoch + 1}/{epochs}: loss {loss:.0f}")
    return tok2vec.to_bytes()


def hide_tokens(docs: list[Doc], rng: random.Random, share: float = HIDDEN_SHARE) -> tuple[numpy.ndarray, list[Doc]]:
    """Which tokens are hidden (1.0) and copies of ``docs`` where they are: the word replaced by
    ``HIDDEN_WORD``, the cue by none, the tag kept."""
    hidden: list[float] = []
    copies = []
    for doc in docs:
        chosen = [rng.random() < share for _ in doc]
        hidden.extend(map(float, chosen))
        copies.append(Doc(doc.vocab, words=[HIDDEN_WORD if hide else t.text for t, hide in zip(doc, chosen)],
                          spaces=[bool(t.whitespace_) for t in doc], tags=[t.tag_ for t in doc],
                          lemmas=[NO_CUE if hide else t.lemma_ for t, hide in zip(doc, chosen)]))
    return numpy.asarray(hidden, dtype="f"), copies


def _with_cues(nlp: Language, doc: Doc) -> Doc:
    for name, component in nlp.pipeline:
        if name == "ner":
            break
        doc = component(doc)
    return doc
