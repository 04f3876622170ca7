"""The command line's answers to a wrong command: one line that says what is wrong, exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from tests.conftest import ROOT, SEED

runner = CliRunner()
GOLD = ROOT / "corpus" / "gold"


def error_line(result) -> str:
    """The one line of the output that states the error."""
    lines = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "seed.jsonl"
    assert runner.invoke(app, ["run", str(SEED), "-o", str(out), "--quiet"]).exit_code == 0
    return out


@pytest.mark.parametrize(("arguments", "said"), [
    (["run", str(SEED)], "Missing option '--output'"),
    (["run", str(SEED), "-o", "x.jsonl", "--field", "title=headline"], "--field expects id=NAME, text=NAME or html=NAME"),
    (["run", str(SEED), "-o", "x.jsonl", "--scheduler", "tcp://h:1"], "--scheduler needs --engine dask"),
    (["run", str(SEED), "-o", "x.jsonl", "--workers", "0"], "--workers"),
    (["ner-eval", "--mode", "rules-model"], "'rules-model' is not one of"),
    (["bench", "corpus", "--memory", "1k"], "expected article counts"),
])
def test_argument_errors_exit_2_with_one_line(arguments, said, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, arguments)
    assert result.exit_code == 2
    assert said in error_line(result)
    assert not (tmp_path / "x.jsonl").exists()


@pytest.mark.parametrize(("floors", "said"), [
    ("quotess=0.9", "unknown metric 'quotess'"),
    ("quotes.e2e.f1", "expected NAME=FLOOR"),
    ("quotes=high", "'high' is not a number"),
])
def test_a_typo_in_a_floor_exits_2_and_names_it(seed_output, floors, said):
    result = runner.invoke(app, ["evaluate", str(seed_output), str(GOLD), "--fail-under", floors])
    assert result.exit_code == 2
    assert said in error_line(result)


def test_below_a_floor_exits_1_and_a_met_floor_0(seed_output):
    assert runner.invoke(app, ["evaluate", str(seed_output), str(GOLD), "--fail-under", "quotes=1.0", "--no-findings"]).exit_code == 0
    failed = runner.invoke(app, ["evaluate", str(seed_output), str(GOLD), "--fail-under", "entities.strict.f1=1.01", "--no-findings"])
    assert failed.exit_code == 1 and "entities.strict.f1" in failed.output


def test_evaluate_loads_neither_spacy_nor_kiwipiepy(seed_output):
    probe = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from pipeline.cli.app import app\n"
        f"result = CliRunner().invoke(app, ['evaluate', {str(seed_output)!r}, {str(GOLD)!r}, '--json'])\n"
        "assert result.exit_code == 0, result.output\n"
        "print(sorted({name.split('.')[0] for name in sys.modules} & {'spacy', 'kiwipiepy', 'thinc', 'torch'}))\n"
    )
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert json.loads(completed.stdout.strip().replace("'", '"')) == []


def test_resume_with_other_options_is_refused_and_changes_nothing(tmp_path):
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["run", str(SEED), "-o", str(out), "--quiet"]).exit_code == 0
    before = out.read_bytes(), (tmp_path / "out.manifest.json").read_bytes()
    refused = runner.invoke(app, ["run", str(SEED), "-o", str(out), "--resume", "--fast", "--quiet"])
    assert refused.exit_code == 2
    assert "different run" in error_line(refused) and "fast" in error_line(refused)
    other_input = tmp_path / "other.txt"
    other_input.write_text("다른 기사다.", encoding="utf-8")
    refused = runner.invoke(app, ["run", str(other_input), "-o", str(out), "--resume", "--quiet"])
    assert refused.exit_code == 2 and "inputs" in error_line(refused)
    assert (out.read_bytes(), (tmp_path / "out.manifest.json").read_bytes()) == before
    assert runner.invoke(app, ["run", str(SEED), "-o", str(out), "--resume", "--quiet"]).exit_code == 0


def test_resume_of_output_without_a_manifest_is_refused(tmp_path):
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.partial").write_text("", encoding="utf-8")
    refused = runner.invoke(app, ["run", str(SEED), "-o", str(out), "--resume", "--quiet"])
    assert refused.exit_code == 2 and "manifest.json is missing" in error_line(refused)
