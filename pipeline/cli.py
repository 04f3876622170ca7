"""The ``kornews`` command line (``python -m pipeline`` is the same)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from pipeline.evaluate import evaluate_paths, parse_floors
from pipeline.gold import GoldError
from pipeline.reader import FieldNames
from pipeline.report import print_evaluation
from pipeline.runner import RunSummary, run
from pipeline.writer import errors_path

app = typer.Typer(help="Turn scraped Korean news into structured, verified JSON lines.", no_args_is_help=True)
stderr = Console(stderr=True)
stdout = Console()


@app.callback()
def main() -> None:
    """kornews: decode, clean, deduplicate, segment and extract from Korean news articles."""


@app.command("run")
def run_command(
    inputs: Annotated[list[str], typer.Argument(help=".txt files, .jsonl files, directories, or - for JSONL on stdin.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output JSONL; errors go to OUTPUT.errors.jsonl.")],
    field: Annotated[
        list[str], typer.Option("--field", help="JSONL field names, e.g. --field id=article_id --field text=body.")
    ] = [],
    tokens: Annotated[bool, typer.Option("--tokens", help="Also write each article's morphemes.")] = False,
) -> None:
    """Run the pipeline over INPUTS and write one JSON line per article to OUTPUT."""
    try:
        fields = FieldNames.parse(field)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--field") from error
    summary = run(inputs, output, fields=fields, tokens=tokens)
    print_summary(summary, output)
    if summary.failed:
        raise typer.Exit(code=1)


@app.command("evaluate")
def evaluate_command(
    predictions: Annotated[Path, typer.Argument(help="Output of kornews run (JSONL).", exists=True, dir_okay=False)],
    gold: Annotated[Path, typer.Argument(help="A *.gold.json file or a directory of them.", exists=True)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores, counts and findings as JSON.")] = False,
    fail_under: Annotated[
        str, typer.Option("--fail-under", help="Floors, e.g. entities=0.9,quotes=1.0,roles.accuracy=1; exit 1 below any.")
    ] = "",
    floors: Annotated[
        Path | None, typer.Option("--floors", help="A TOML file whose [floors] table holds metric = floor.", exists=True, dir_okay=False)
    ] = None,
    findings: Annotated[bool, typer.Option("--findings/--no-findings", help="List every miss and spurious prediction.")] = True,
) -> None:
    """Score PREDICTIONS against the gold files at GOLD, per task, with every miss listed."""
    try:
        wanted = (read_floors(floors) if floors else {}) | parse_floors(fail_under)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--fail-under/--floors") from error
    try:
        result = evaluate_paths(predictions, gold)
        failures = result.below(wanted)
    except (GoldError, ValueError, KeyError) as error:
        stderr.print(f"[red]kornews evaluate: {error}[/red]")
        raise typer.Exit(code=2) from error
    if as_json:
        stdout.print_json(data=result.to_json() | {"floors": wanted, "below_floor": failures})
    else:
        print_evaluation(result, stdout, findings=findings)
    for failure in failures:
        stderr.print(f"[red]below floor: {failure}[/red]")
    if failures:
        raise typer.Exit(code=1)


def read_floors(path: Path) -> dict[str, float]:
    """The ``[floors]`` table of a TOML file: metric name -> floor."""
    table = tomllib.loads(path.read_text(encoding="utf-8")).get("floors")
    if not isinstance(table, dict) or not all(isinstance(v, int | float) for v in table.values()):
        raise ValueError(f"{path}: expected a [floors] table of metric = number")
    return {name: float(value) for name, value in table.items()}


def print_summary(summary: RunSummary, output: Path) -> None:
    table = Table(title=f"kornews run → {output}", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for label, value in [
        ("articles in", summary.articles_in),
        ("written", summary.written),
        ("failed", summary.failed),
        ("paragraphs kept", summary.paragraphs_kept),
        ("paragraphs removed", summary.paragraphs_removed),
        ("sentences", summary.sentences),
    ]:
        table.add_row(label, str(value))
    stderr.print(table)
    if summary.failed:
        stderr.print(f"[red]{summary.failed} article(s) failed; see {errors_path(output)}[/red]")
