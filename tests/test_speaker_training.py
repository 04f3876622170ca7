"""Fitting the speaker model: on examples made for the test, the fitted weights pick the speakers the
features point to, and the weights file is rewritten without touching the hand table."""

from __future__ import annotations

import shutil
import tomllib
from importlib import resources
from pathlib import Path

from pipeline.extract.speaker_evidence import FEATURES, Candidate
from pipeline.record import Speaker
from pipeline.training.speakers import Example, accuracy, cross_validate, fit, write_learned


def candidate(name: str, **features: float) -> Candidate:
    return Candidate(Speaker(name, name, None, None, None, None), "before", features)


def examples() -> list[Example]:
    """The subject of the sentence speaks; a name after another particle does not."""
    found = []
    for index in range(40):
        speaker, other = f"화자{index}", f"타인{index}"
        cands = (candidate(other, before=1, oblique=1, nearest=1), candidate(speaker, before=1, subject=1, topic=1))
        found.append(Example(f"doc-{index % 10}", "direct", cands, speaker))
    return found


def test_fitted_weights_choose_the_subject():
    weights = fit(examples())
    assert set(weights) == {"bias", *FEATURES}
    assert weights["subject"] > weights["oblique"]
    assert accuracy(examples(), weights, 0.2) == 1.0


def test_cross_validation_scores_both_tables():
    scores = cross_validate(examples(), folds=5)
    assert set(scores) == {"hand", "learned"} and scores["learned"] == 1.0


def test_writing_the_learned_table_keeps_the_rest(tmp_path: Path):
    target = tmp_path / "speakers.toml"
    shutil.copy(str(resources.files("pipeline").joinpath("data", "speakers.toml")), target)
    before = tomllib.loads(target.read_text(encoding="utf-8"))
    weights = {"bias": -1.0} | {name: 0.5 for name in FEATURES}
    write_learned(weights, "hand", target, "fitted for the test")
    after = tomllib.loads(target.read_text(encoding="utf-8"))
    assert after["hand"] == before["hand"] and after["learned"] == weights and after["use"] == "hand"
    assert "# fitted for the test" in target.read_text(encoding="utf-8")
