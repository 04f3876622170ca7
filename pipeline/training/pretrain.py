"""Pretraining the NER model's token-to-vector layer on raw text, before it learns entities.

KLUE-NER's 21k train sentences come without labels, but their words still teach the layer that
turns tokens into vectors: with a share of the tokens hidden, it learns to predict each hidden
token's first and last syllable from the tokens around it (the output layer and loss of spaCy's
character objective). The NER model then starts from these weights instead of random ones.

Where it differs from ``spacy pretrain``:
- a hidden token keeps its kiwipiepy tag and loses its word and its lexicon cue; spaCy's masking
  builds new docs from the words alone, so the tag and cue embeddings would learn nothing;
- every hidden token reads ``[MASK]`` (spaCy: 80 % of them, 10 % a random word, 10 % unchanged);
- the objective predicts six UTF-8 bytes (spaCy's default is four): three from each end of the
  word, one whole Hangul syllable each;
- batches of 64 sentences, Adam without weight decay and no dropout (spaCy's defaults: about
  3,000 words, L2 0.01, dropout 0.2): the settings measured in the model card.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

import numpy
from spacy.language import Language
from spacy.ml.models.multi_task import get_characters_loss
from spacy.tokens import Doc
from spacy.util import minibatch, registry
from thinc.api import Adam, LayerNorm, Maxout, Model, MultiSoftmax, chain, fix_random_seed, list2array

from pipeline.language.kiwi_doc import make_doc
from pipeline.language.token_cues import NO_CUE

HIDDEN_WORD = "[MASK]"
HIDDEN_SHARE = 0.15  # of the tokens of each batch, the share BERT and spacy pretrain choose
PREDICTED_BYTES = 6  # three UTF-8 bytes from each end of a word: its first and last Hangul syllable
HIDDEN_WIDTH = 300
BATCH_SENTENCES = 64
LEARN_RATE = 0.001


def pretrained_tok2vec(nlp: Language, texts: list[str], tokens: Iterable, tok2vec_config: dict, *, epochs: int,
                       seed: int, hidden_share: float = HIDDEN_SHARE, progress: Callable[[str], None] = print) -> bytes:
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
            hidden, inputs = hide_tokens(batch, rng, hidden_share)
            predicted, backprop = model.begin_update(inputs)
            batch_loss, gradient = hidden_loss(model.ops, batch, predicted, hidden)
            backprop(gradient)
            model.finish_update(optimizer)
            loss += batch_loss
        progress(f"pretraining epoch {epoch + 1}/{epochs}: loss {loss:.0f}")
    return tok2vec.to_bytes()


def hidden_loss(ops, originals: list[Doc], predicted: numpy.ndarray, hidden: numpy.ndarray) -> tuple[float, numpy.ndarray]:
    """The character loss of the hidden tokens (``hidden`` 1.0) and its gradient, zero on the others: the
    bytes to predict are the original words' (``originals``), not the ``[MASK]`` the model read."""
    _, gradient = get_characters_loss(ops, originals, predicted, nr_char=PREDICTED_BYTES)  # (predicted - target) / rows
    gradient = gradient * hidden[:, None]
    return float(((gradient * predicted.shape[0]) ** 2).sum()), gradient


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
