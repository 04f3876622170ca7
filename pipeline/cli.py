"""The ``kornews`` command line (``python -m pipeline`` is the same)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from pipeline.reader import FieldNames
from pipeline.runner import RunSummary, run
from pipeline.writer import errors_path

app = typer.Typer(help="Turn scraped Korean news into structured, verified JSON lines.", no_args_is_help=True)
stderr = Console(stderr=True)


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
