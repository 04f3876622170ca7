"""The shipped NER on the held-out KLUE-NER news sentences (read from ../shared; see tests.conftest.shared)."""

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


def test_ner_eval_reports_micro_and_every_label(klue_scores):
    assert set(klue_scores) >= {"micro", "PS", "LC", "OG", "DT", "TI", "QT"}
    assert klue_scores["sentences"] == 760


def test_klue_held_out_scores_meet_their_floors(klue_scores):
    floors = tomllib.loads(FLOORS.read_text(encoding="utf-8"))["klue"]
    for name, floor in floors.items():
        label, metric = name.split(".")
        assert klue_scores[label][metric] >= floor, f"{name}: {klue_scores[label][metric]:.3f} < {floor}"
