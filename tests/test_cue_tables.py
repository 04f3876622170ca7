"""The lexicon cues a model is trained with: recorded with it, so that ``train-ner`` trains it again as it was."""

from __future__ import annotations

from pathlib import Path

import spacy
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.language.analysers import MODEL_DIR, kiwi
from pipeline.language.kiwi_doc import make_doc
from pipeline.language.token_cues import CUE_TABLE_FILE, TokenCues, lexicon_cue_table, read_cue_table, write_cue_table
from pipeline.training.ner import TrainingSettings, cue_table_of, train

# Invented sentences in KLUE-NER's character-BIO form: (text, [(start, end, label)]), news and a review.
SENTENCES = [
    ("김하늘 지사는 경기도 수원에서 말했다.", [(0, 3, "PS"), (8, 11, "LC"), (12, 14, "LC")]),
    ("박서준 시장이 어제 광주시청을 찾았다.", [(0, 3, "PS"), (7, 9, "DT"), (10, 14, "OG")]),
    ("이수민 의원은 3일 국회에서 회견했다.", [(0, 3, "PS"), (8, 10, "DT"), (11, 13, "OG")]),
    ("강원도 춘천시는 5월에 축제를 연다.", [(0, 3, "LC"), (4, 7, "LC"), (9, 11, "DT")]),
    ("최민호 교수가 서울대에서 강연했다.", [(0, 3, "PS"), (8, 11, "OG")]),
    ("영화가 정말 재미있었다.", []),
]


def write_klue(path: Path) -> Path:
    blocks = []
    for number, (text, spans) in enumerate(SENTENCES):
        kind = "nsmc" if not spans else "wikitree"
        tags = ["O"] * len(text)
        for start, end, label in spans:
            tags[start : end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
        rows = "".join(f"{char}\t{tag}\n" for char, tag in zip(text, tags))
        blocks.append(f"## klue-ner-v1_dev_{number:05d}-{kind}\t{text}\n{rows}")
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def doc_of(text: str):
    return make_doc(spacy.blank("xx").vocab, text, kiwi().tokenize(text))


def test_the_lexicon_cue_table_holds_every_form_with_a_cue_and_reads_back_as_written(tmp_path):
    table = lexicon_cue_table([doc_of("김하늘 지사는 경기도 수원에서 말했다.")])
    assert table[("경기도", True)] == "GOV" and table[("지사", False)] == "TITLE"
    assert not any(text in ("김하늘", "말") for text, _ in table)  # no cue: not in the table
    write_cue_table(table, tmp_path / CUE_TABLE_FILE)
    assert read_cue_table(tmp_path / CUE_TABLE_FILE) == table


def test_token_cues_with_a_table_read_it_instead_of_the_lexicon():
    cues = TokenCues(table={("수원", True): "LC"})
    doc = cues(doc_of("경기도 수원에서 만났다."))
    found = {token.text: token.lemma_ for token in doc}
    assert found["수원"] == "LC" and found["경기도"] == "-"  # the lexicon knows 경기도; the table does not


def test_a_model_trained_again_from_its_cue_table_is_the_same_model(tmp_path):
    klue = write_klue(tmp_path / "klue.tsv")
    settings = TrainingSettings(epochs=2, width=16, rows=500)
    silent = lambda _: None  # noqa: E731
    train(klue, tmp_path / "first", settings, progress=silent)
    table = tmp_path / "first" / CUE_TABLE_FILE
    assert read_cue_table(table)  # the lexicon's cues it was trained with
    train(klue, tmp_path / "again", TrainingSettings(epochs=2, width=16, rows=500, cue_table=table), progress=silent)
    assert (tmp_path / "again" / "ner" / "model").read_bytes() == (tmp_path / "first" / "ner" / "model").read_bytes()
    assert (tmp_path / "again" / CUE_TABLE_FILE).read_bytes() == table.read_bytes()
    other = tmp_path / "other.tsv"
    write_cue_table({("경기도", True): "OG"}, other)
    train(klue, tmp_path / "other", TrainingSettings(epochs=2, width=16, rows=500, cue_table=other), progress=silent)
    assert (tmp_path / "other" / "ner" / "model").read_bytes() != (tmp_path / "first" / "ner" / "model").read_bytes()


def test_cues_from_names_the_shipped_table_a_model_directory_or_the_lexicon(tmp_path):
    assert cue_table_of("lexicon") is None
    write_cue_table({("경기도", True): "GOV"}, tmp_path / CUE_TABLE_FILE)
    assert cue_table_of(str(tmp_path)) == tmp_path / CUE_TABLE_FILE


def test_train_ner_records_the_cues_it_trained_with_and_says_when_the_shipped_model_has_none(tmp_path):
    into = tmp_path / "model"
    arguments = ["train-ner", "--klue", str(write_klue(tmp_path / "klue.tsv")), "--into", str(into), "--epochs", "1", "--width", "16", "--rows", "500"]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 0, result.output
    assert read_cue_table(into / CUE_TABLE_FILE)
    assert ("before models kept their cue table" in result.output) == (not (MODEL_DIR / CUE_TABLE_FILE).exists())


def test_train_ner_says_which_model_lacks_a_cue_table(tmp_path):
    result = CliRunner().invoke(app, ["train-ner", "--klue", str(write_klue(tmp_path / "klue.tsv")), "--cues-from", str(tmp_path)])
    assert result.exit_code == 2 and CUE_TABLE_FILE in result.output and "lexicon" in result.output
