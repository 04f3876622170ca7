"""Pretraining the NER's token vectors on unlabelled sentences (``kornews train-ner --pretrain-epochs``)."""

from __future__ import annotations

import random

import spacy

from pipeline.language.analysers import kiwi
from pipeline.language.kiwi_doc import make_doc
from pipeline.language.token_cues import NO_CUE, TokenCues
from pipeline.training.entity_forms import SENTENCES_FILE
from pipeline.training.ner import TrainingSettings, train
from pipeline.training.pretrain import HIDDEN_WORD, hide_tokens
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
