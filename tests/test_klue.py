"""The shipped NER on KLUE-NER news sentences: the sealed test split and the old held-out one (read from ../shared)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from tests.conftest import shared

FLOORS = Path(__file__).resolve().parent.parent / "corpus" / "gold" / "floors.toml"


@pytest.fixture(scope="module")
def klue_scores() -> dict:
    klue = shared("corpus/klue-ner/klue-ner-v1.1_dev.tsv")
    result = CliRunner().invoke(app, ["ner-eval", "--klue", str(klue), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_ner_eval_reports_the_test_and_the_old_held_out_split(klue_scores):
    assert set(klue_scores) == {"test", "held-out"}
    for scores in klue_scores.values():
        assert set(scores) >= {"micro", "PS", "LC", "OG", "DT", "TI", "QT"} and scores["sentences"] == 760


@pytest.mark.parametrize(("split", "table"), [("test", "klue"), ("held-out", "klue_held_out")])
def test_klue_scores_meet_their_floors(klue_scores, split, table):
    floors = tomllib.loads(FLOORS.read_text(encoding="utf-8"))[table]
    for name, floor in floors.items():
        label, metric = name.split(".")
        value = klue_scores[split][label][metric]
        assert value >= floor, f"{split} {name}: {value:.3f} < {floor}"
