"""Pretraining the NER's token vectors on unlabelled sentences (``kornews train-ner --pretrain-epochs``)."""

from __future__ import annotations

import random

import numpy
import spacy
from thinc.api import NumpyOps

from pipeline.language.analysers import kiwi
from pipeline.language.kiwi_doc import make_doc
from pipeline.language.token_cues import NO_CUE, TokenCues
from pipeline.evaluation.klue import SENTENCES_FILE
from pipeline.training.ner import TrainingSettings, _fit, model_config, train
from pipeline.training.pretrain import HIDDEN_WORD, PREDICTED_BYTES, hidden_loss, hide_tokens, pretrained_tok2vec
from pipeline.evaluation.klue import read_klue
from tests.test_cue_tables import write_klue

# Unlabelled sentences, as KLUE's train file gives them: an id, a tab, the sentence.
UNLABELLED = ["가람군은 내년 봄 꽃축제를 연다.", "한도윤 군수는 주민과 만났다.", "나래시의회가 조례안을 의결했다.",
              "보람대 연구팀이 새 물질을 찾았다.", "솔내면 주민들은 도로 확장을 바란다."]
TINY = dict(epochs=2, width=16, rows=500)
SILENT = lambda _: None  # noqa: E731


def cued_doc(text: str):
    return TokenCues()(make_doc(spacy.blank("xx").vocab, text, kiwi().tokenize(text)))


def test_a_hidden_token_loses_its_word_and_cue_and_keeps_its_tag():
    doc = cued_doc("경기도 수원에서 만났다.")
    hidden, (copy,) = hide_tokens([doc], random.Random(1), share=1.0)
    assert hidden.tolist() == [1.0] * len(doc)
    assert [t.text for t in copy] == [HIDDEN_WORD] * len(doc) and {t.lemma_ for t in copy} == {NO_CUE}
    assert [t.tag_ for t in copy] == [t.tag_ for t in doc] and copy.text_with_ws.count(" ") == doc.text.count(" ")
    kept, (same,) = hide_tokens([doc], random.Random(1), share=0.0)
    assert not kept.any() and [(t.text, t.lemma_, t.tag_) for t in same] == [(t.text, t.lemma_, t.tag_) for t in doc]


def test_pretraining_on_unlabelled_sentences_gives_another_model_and_the_same_one_each_time(tmp_path):
    klue = write_klue(tmp_path / "klue.tsv")
    (tmp_path / SENTENCES_FILE).write_text("".join(f"train-{i}\t{s}\n" for i, s in enumerate(UNLABELLED)), encoding="utf-8")
    plain = train(klue, tmp_path / "plain", TrainingSettings(**TINY), progress=SILENT)
    messages: list[str] = []
    pretrained = train(klue, tmp_path / "pre", TrainingSettings(**TINY, pretrain_epochs=2), progress=messages.append)
    train(klue, tmp_path / "again", TrainingSettings(**TINY, pretrain_epochs=2), progress=SILENT)
    weights = {name: (tmp_path / name / "ner" / "model").read_bytes() for name in ("plain", "pre", "again")}
    assert weights["pre"] != weights["plain"] and weights["pre"] == weights["again"]
    assert messages[0] == "pretraining on 5 sentences for 2 epochs" and messages[1].startswith("pretraining epoch 1/2: loss ")
    assert pretrained["settings"]["pretrain_epochs"] == 2 and plain["settings"]["pretrain_epochs"] == 0


def test_only_hidden_tokens_teach_and_they_are_taught_their_own_words():
    doc = cued_doc("경기도 수원에서 만났다.")
    hidden, (masked,) = hide_tokens([doc], random.Random(3), share=0.5)
    assert 0 < hidden.sum() < len(doc)
    predicted = numpy.zeros((len(doc), 256 * PREDICTED_BYTES), dtype="f")
    loss, gradient = hidden_loss(NumpyOps(), [doc], predicted, hidden)
    assert not gradient[hidden == 0].any() and (gradient[hidden == 1] != 0).any(axis=1).all()
    # Against all-zero predictions each hidden row's loss is its number of predicted bytes, whatever they are, so
    # the target is checked directly: the first hidden token's first byte, not the mask's.
    first = int(numpy.flatnonzero(hidden)[0])
    assert int(numpy.argmin(gradient[first, :256])) == doc[first].text.encode()[0] != HIDDEN_WORD.encode()[0]
    assert loss == hidden.sum() * PREDICTED_BYTES


def test_the_pretrained_weights_are_where_the_ner_reads_its_token_vectors(tmp_path):
    settings = TrainingSettings(**TINY)
    nlp = spacy.blank("xx")
    weights = pretrained_tok2vec(nlp, UNLABELLED, kiwi().tokenize(UNLABELLED), model_config(settings)["tok2vec"], epochs=1, seed=1,
                                 progress=SILENT)
    sentences = read_klue(write_klue(tmp_path / "klue.tsv"))
    _fit(sentences, None, 0, settings=settings, forms=None, table=None, progress=SILENT, keep=tmp_path / "model", weights=weights)
    trained = spacy.load(tmp_path / "model")
    assert trained.get_pipe("ner").model.get_ref("tok2vec").layers[0].to_bytes() == weights


def test_hiding_nothing_teaches_nothing():
    settings = TrainingSettings(**TINY)
    layer = model_config(settings)["tok2vec"]
    untaught = pretrained_tok2vec(spacy.blank("xx"), UNLABELLED, kiwi().tokenize(UNLABELLED), layer, epochs=0, seed=1, progress=SILENT)
    with_none_hidden = pretrained_tok2vec(spacy.blank("xx"), UNLABELLED, kiwi().tokenize(UNLABELLED), layer, epochs=2, seed=1,
                                          hidden_share=0.0, progress=SILENT)
    taught = pretrained_tok2vec(spacy.blank("xx"), UNLABELLED, kiwi().tokenize(UNLABELLED), layer, epochs=2, seed=1, progress=SILENT)
    assert with_none_hidden == untaught != taught
