"""The NER model's entity-form cues: built from konec-style statistics, set on tokens, saved with the model."""

from __future__ import annotations

from pathlib import Path

import spacy

from pipeline.language.analysers import kiwi
from pipeline.language.kiwi_doc import make_doc
from pipeline.language.token_cues import FORMS_FILE, TokenCues
from pipeline.training.entity_forms import entity_forms

TAGSET = "label\tlevel1\tlevel2\tlevel3\tdescription\texample\n" + "".join(
    f"{label}\t{level1}\t\t\t\t\n" for label, level1 in
    [("PS_NAME", "PS"), ("LCP_CITY", "LC"), ("OGG_ECONOMY", "OG"), ("DT_DAY", "DT"), ("AF_BUILDING", "AF")])


def write_klue_dir(folder: Path, forms: list[tuple[str, str, int]], sentences: list[str]) -> Path:
    (folder / "konec-tagset-150.tsv").write_text(TAGSET, encoding="utf-8")
    rows = "".join(f"{form}\t{label}\t{count}\n" for form, label, count in forms)
    (folder / "konec-train-forms.tsv").write_text("form\tlabel\ttrain_freq\n" + rows, encoding="utf-8")
    lines = "".join(f"train_{number:05d}\t{text}\n" for number, text in enumerate(sentences))
    (folder / "klue-ner-v1.1_train.sentences.tsv").write_text(lines, encoding="utf-8")
    return folder


def cues_of(cues: TokenCues, text: str) -> dict[str, str]:
    doc = cues(make_doc(spacy.blank("xx").vocab, text, kiwi().tokenize(text)))
    return {token.text: token.lemma_ for token in doc if not token.is_space}


def test_a_form_tagged_where_it_occurs_is_a_cue_and_a_form_tagged_now_and_then_is_not(tmp_path):
    sentences = ["오늘 보람전자가 새 공장을 열었다.", "보람전자는 오늘 신제품을 냈다.", "오늘은 비가 온다.", "오늘 모였다."]
    # 보람전자: tagged in both of its occurrences; 오늘: a date in one of four.
    klue_dir = write_klue_dir(tmp_path, [("보람전자", "OGG_ECONOMY", 2), ("오늘", "DT_DAY", 1)], sentences)
    assert entity_forms(klue_dir).forms == {"보람전자": "OG"}
    assert entity_forms(klue_dir, labels=("PS", "LC")).forms == {}


def test_labels_without_a_klue_class_are_no_cue_and_outvote_a_klue_label(tmp_path):
    sentences = ["한빛타워에 갔다.", "한빛타워를 봤다.", "한빛타워 앞이다."]
    forms = entity_forms(write_klue_dir(tmp_path, [("한빛타워", "AF_BUILDING", 2), ("한빛타워", "LCP_CITY", 1)], sentences))
    assert forms.forms == {}


def test_a_form_of_several_tokens_records_its_first_token(tmp_path):
    sentences = ["새솔 시청 앞에서 만났다.", "새솔 시청 직원이 왔다."]
    forms = entity_forms(write_klue_dir(tmp_path, [("새솔 시청", "OGG_ECONOMY", 2)], sentences))
    assert forms.forms == {"새솔 시청": "OG"} and forms.longest >= 2
    first = next(iter(forms.first_words))
    assert "새솔 시청".startswith(first) and first != "새솔 시청"


def test_token_cues_mark_known_forms_and_keep_the_lexicon_first():
    cues = TokenCues({"보람전자": "OG", "새솔 시청": "LC", "경기도": "PS"}, ["새솔"], longest=2)
    found = cues_of(cues, "보람전자와 새솔 시청, 경기도 지사가 만났다.")
    assert found["보람전자"] == "kOG"
    assert found["새솔"] == found["시청"] == "kLC"  # each token of a form of two
    assert found["경기도"] == "GOV"  # the lexicon's cue wins over a form's
    assert found["지사"] == "TITLE" and found["만났다"] == "-"


def test_token_cues_travel_with_the_model(tmp_path):
    nlp = spacy.blank("xx")
    cues: TokenCues = nlp.add_pipe("kornews_token_cues")
    cues.set_forms({"보람전자": "OG", "새솔 시청": "LC"}, ["새솔"], 2)
    nlp.to_disk(tmp_path / "model")
    assert (tmp_path / "model" / "kornews_token_cues" / FORMS_FILE).exists()
    loaded = spacy.load(tmp_path / "model").get_pipe("kornews_token_cues")
    assert (loaded.forms, loaded.first_words, loaded.longest) == (cues.forms, cues.first_words, 2)


def test_a_model_saved_without_forms_loads_with_the_lexicon_cues_only(tmp_path):
    nlp = spacy.blank("xx")
    nlp.add_pipe("kornews_token_cues")
    nlp.to_disk(tmp_path / "model")
    assert not (tmp_path / "model" / "kornews_token_cues" / FORMS_FILE).exists()
    loaded = spacy.load(tmp_path / "model").get_pipe("kornews_token_cues")
    assert loaded.forms == {} and cues_of(loaded, "보람전자 지사")["지사"] == "TITLE"
