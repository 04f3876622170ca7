"""The ``kornews`` command line (``python -m pipeline`` is the same).

Each command imports what it needs when it runs: ``kornews evaluate`` never loads spaCy or kiwipiepy,
and a worker process that imports this module (as its parent's main module) pulls in neither the
benchmark nor the training code.
"""

from __future__ import annotations

import importlib.util
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from pipeline.batch import BENCH_ROUNDS, CHUNK_SIZE, MEMORY_SIZES
from pipeline.cli import models
from pipeline.cli.gold import gold_app
from pipeline.evaluation.diff import TASKS

# Plain (click) errors: one line saying what is wrong, not a panel that wraps a long message.
app = typer.Typer(help="Turn scraped Korean news into structured, verified JSON lines.", no_args_is_help=True,
                  rich_markup_mode=None)
app.add_typer(gold_app, name="gold")
stderr = Console(stderr=True)
stdout = Console()

class EngineKind(str, Enum):
    local = "local"
    dask = "dask"


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"


class HtmlFocus(str, Enum):
    precision = "precision"
    balanced = "balanced"
    recall = "recall"


@app.callback()
def main() -> None:
    """kornews: decode, clean, deduplicate, segment and extract from Korean news articles."""


@app.command("run")
def run_command(
    inputs: Annotated[list[str], typer.Argument(help=".txt, .html, .warc(.gz) and .jsonl files, directories, or - for JSONL on stdin.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output JSONL; errors go to OUTPUT.errors.jsonl.")],
    field: Annotated[
        list[str], typer.Option("--field", help="JSONL field names, e.g. --field id=article_id --field text=body --field html=raw_html.")
    ] = [],
    html_focus: Annotated[
        HtmlFocus, typer.Option("--html-focus", help="HTML pages: keep less doubtful text (precision) or more (recall).")
    ] = HtmlFocus.balanced,
    tokens: Annotated[bool, typer.Option("--tokens", help="Also write each article's morphemes.")] = False,
    fast: Annotated[bool, typer.Option("--fast", help="Entities from rules and gazetteers only, without the model.")] = False,
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", min=1, help="Worker processes (default: all cores); 1 runs in this process.")
    ] = None,
    engine: Annotated[EngineKind, typer.Option("--engine", help="local worker processes, or a Dask cluster.")] = EngineKind.local,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address, e.g. tcp://host:8786 (default: a LocalCluster).")
    ] = None,
    chunk_size: Annotated[int, typer.Option("--chunk-size", min=1, help="Articles per task sent to a worker.")] = CHUNK_SIZE,
    resume: Annotated[
        bool, typer.Option("--resume", help="Keep what an interrupted run wrote to OUTPUT and process only the rest.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar; only the final summary.")] = False,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="jsonl: one JSON line per article; parquet: OUTPUT is a directory of tables.")
    ] = OutputFormat.jsonl,
) -> None:
    """Run the pipeline over INPUTS and write one JSON line per article to OUTPUT (or Parquet tables)."""
    from pipeline.batch.engines import Engine, all_cores
    from pipeline.batch.run import ResumeRefused, run
    from pipeline.cli.report import print_summary, run_progress
    from pipeline.io.reader import FieldNames

    try:
        fields = FieldNames.parse(field)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--field") from error
    if scheduler and engine is not EngineKind.dask:
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    if engine is EngineKind.dask and importlib.util.find_spec("distributed") is None:
        raise typer.BadParameter("needs the dask extra: pip install 'kornews[dask]'", param_hint="--engine dask")
    chosen = Engine(engine.value, workers or all_cores(), scheduler, chunk_size)
    sink = None
    if output_format is OutputFormat.parquet:
        from pipeline.analysis.parquet import ParquetTables

        sink = ParquetTables(output)
    try:
        with run_progress(stderr, inputs, enabled=not quiet) as advance:
            summary = run(inputs, output, fields=fields, tokens=tokens, fast=fast, html_focus=html_focus.value, engine=chosen,
                          resume=resume, advance=advance, records_sink=sink)
    except ResumeRefused as error:
        raise typer.BadParameter(str(error), param_hint="--resume") from error
    print_summary(summary, output, stderr)
    if summary.failed:
        raise typer.Exit(code=1)


@app.command("export")
def export_command(
    records: Annotated[Path, typer.Argument(help="Output of kornews run (JSONL).", exists=True, dir_okay=False)],
    to: Annotated[str, typer.Option("--to", help="The format: parquet.")],
    directory: Annotated[Path, typer.Argument(help="Where to write the tables (one file per table).")],
) -> None:
    """Write RECORDS as tidy tables (articles, paragraphs, sentences, duplicates, entities, quotes,
    enumerations, items, warnings) keyed by doc_id, for DuckDB, Spark or pandas."""
    if to != "parquet":
        raise typer.BadParameter(f"{to!r}: the only format is parquet", param_hint="--to")
    from pipeline.analysis.parquet import TABLES, export

    with records.open(encoding="utf-8") as lines:
        written = export(lines, directory)
    stdout.print(f"{written} records -> {directory}/{{{','.join(TABLES)}}}.parquet")


@app.command("diff")
def diff_command(
    old: Annotated[Path, typer.Argument(help="The earlier run's output (JSONL).", exists=True, dir_okay=False)],
    new: Annotated[Path, typer.Argument(help="The later run's output (JSONL).", exists=True, dir_okay=False)],
    only: Annotated[str, typer.Option("--only", help=f"Tasks to compare, e.g. quotes,entities; of {', '.join(TASKS)}.")] = ",".join(TASKS),
    gold: Annotated[list[Path] | None, typer.Option("--gold", help="Gold files or folders: judge each change, and score both runs.", exists=True)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary and every change as JSON.")] = False,
    limit: Annotated[int, typer.Option("--limit", help="Changes listed at most (0: all); the summary counts all.")] = 200,
    fail_on_change: Annotated[bool, typer.Option("--fail-on-change", help="Exit 1 when anything changed (for CI).")] = False,
) -> None:
    """What changed from OLD to NEW, article by article: quotes, speakers, list items, entities, roles.

    With --gold, a change is better when the new run agrees with the gold and the old did not, worse
    the other way round; the gold of the sealed test split (a folder named test, or an article the draw
    in corpus/gold/sample.tsv sent to test) judges only in aggregate.
    """
    from pipeline.cli.report import print_diff, print_score_changes
    from pipeline.evaluation import GoldError, evaluate, load_gold, load_predictions
    from pipeline.evaluation.diff import diff_runs
    from pipeline.evaluation.sampling import sealed_ids

    tasks = [task.strip() for task in only.split(",") if task.strip()]
    unknown = sorted(set(tasks) - set(TASKS))
    if unknown or not tasks:
        raise typer.BadParameter(f"{', '.join(unknown) or 'nothing'}: the tasks are {', '.join(TASKS)}", param_hint="--only")
    try:
        before, after = load_predictions(old), load_predictions(new)
        golds = [each for path in gold or [] for each in load_gold(path)]
    except (GoldError, ValueError) as error:
        stderr.print(f"[red]kornews diff: {error}[/red]")
        raise typer.Exit(code=2) from error
    result = diff_runs(before, after, tasks=tasks, golds=golds)
    sealed = sealed_ids((each.doc_id, each.path) for each in golds)
    if as_json:
        changes = [change.as_dict() | ({"verdict": None} if change.doc_id in sealed else {}) for change in result.changes]
        stdout.print_json(data={"old": str(old), "new": str(new), "summary": result.summary(), "changes": changes})
    else:
        print_diff(result, old, new, stdout, limit=limit, sealed=sealed)
        if golds:
            print_score_changes(evaluate(before, golds), evaluate(after, golds), stdout)
    if fail_on_change and result.changes:
        raise typer.Exit(code=1)


@app.command("evaluate")
def evaluate_command(
    predictions: Annotated[Path, typer.Argument(help="Output of kornews run (JSONL).", exists=True, dir_okay=False)],
    gold: Annotated[list[Path], typer.Argument(help="*.gold.json files or directories of them.", exists=True)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores, counts and findings as JSON.")] = False,
    fail_under: Annotated[
        str, typer.Option("--fail-under", help="Floors, e.g. entities=0.9,quotes=1.0,roles.accuracy=1; exit 1 below any.")
    ] = "",
    floors: Annotated[
        Path | None, typer.Option("--floors", help="A TOML file of floors: its [floors] table, or --table.", exists=True, dir_okay=False)
    ] = None,
    table: Annotated[str, typer.Option("--table", help="The table of the --floors file to check.")] = "floors",
    by: Annotated[str | None, typer.Option("--by", help="Also score each group: source (the input file) or a metadata field.")] = None,
    findings: Annotated[bool, typer.Option("--findings/--no-findings", help="List every miss and spurious prediction.")] = True,
    show_misses: Annotated[bool, typer.Option("--show-misses", help="List the misses of the sealed test split too.")] = False,
) -> None:
    """Score PREDICTIONS against the gold files at GOLD, per task, with every miss listed.

    Gold of the sealed test split (in a folder named test, or of an article the draw in
    corpus/gold/sample.tsv sent to test, wherever the file is) is scored in aggregate: its misses are
    listed only with --show-misses, so that nobody writes rules against them.
    """
    from pipeline.cli.report import print_evaluation, print_groups
    from pipeline.evaluation import (
        GoldError,
        evaluate,
        load_gold,
        load_predictions,
        read_floors,
    )
    from pipeline.evaluation.evaluate import (
        check_metric_names,
        evaluate_by,
        parse_floors,
    )
    from pipeline.evaluation.sampling import sealed_ids

    try:
        wanted = (read_floors(floors, table) if floors else {}) | parse_floors(fail_under)
        check_metric_names(wanted)
    except (ValueError, KeyError) as error:
        raise typer.BadParameter(str(error).strip("'\""), param_hint="--fail-under/--floors") from error
    try:
        records = load_predictions(predictions)
        golds = [each for path in gold for each in load_gold(path)]
    except (GoldError, ValueError) as error:
        stderr.print(f"[red]kornews evaluate: {error}[/red]")
        raise typer.Exit(code=2) from error
    result = evaluate(records, golds)
    groups = evaluate_by(records, golds, by) if by else {}
    sealed = bool(sealed_ids((each.doc_id, each.path) for each in golds)) and not show_misses
    if sealed:
        result.findings = []
    failures = result.below(wanted)
    if as_json:
        payload = result.to_json() | {"floors": wanted, "below_floor": failures, "sealed": sealed}
        stdout.print_json(data=payload | ({"by": {by: {group: each.scores for group, each in groups.items()}}} if by else {}))
    else:
        print_evaluation(result, stdout, findings=findings and not sealed)
        if sealed:
            stdout.print("sealed test split: misses are not listed (--show-misses lists them; do not write rules against them)")
        if groups:
            print_groups(groups, by, stdout)
    for failure in failures:
        stderr.print(f"[red]below floor: {failure}[/red]")
    if failures:
        raise typer.Exit(code=1)


app.command("ner-eval")(models.ner_eval_command)
app.command("quote-eval")(models.quote_eval_command)
app.command("list-eval")(models.list_eval_command)
app.command("train-ner")(models.train_ner_command)
app.command("train-speakers")(models.train_speakers_command)


@app.command("bench")
def bench_command(
    inputs: Annotated[list[str], typer.Argument(help="Input sets, each measured on its own; a missing one is skipped.")],
    repeat: Annotated[int, typer.Option(help="Run every stage this many times and average.")] = 1,
    rounds: Annotated[int, typer.Option(min=1, help="Rounds of (a), (b) and (b --fast) taking turns chunk by chunk (more for a small set); the mean is reported.")] = BENCH_ROUNDS,
    workers: Annotated[int | None, typer.Option("--workers", "-w", min=1, help="Workers of run (c) and (d) (default: all cores).")] = None,
    memory: Annotated[
        str, typer.Option("--memory", help="Article counts of the memory runs, e.g. 1000,10000; empty to skip them.")
    ] = ",".join(map(str, MEMORY_SIZES)),
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the figures as JSON.")] = Path("outputs/bench.json"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON instead of tables.")] = False,
) -> None:
    """Throughput against bare kiwipiepy (1 worker, --fast, all workers), each stage's share, and peak memory."""
    import json

    from pipeline.batch.bench import bench_memory, bench_set, start_up
    from pipeline.batch.engines import all_cores
    from pipeline.cli.report import print_bench_memory, print_bench_set, print_start_up

    try:
        sizes = [int(size) for size in memory.split(",") if size.strip()]
    except ValueError as error:
        raise typer.BadParameter(f"{memory!r}: expected article counts such as 1000,10000", param_hint="--memory") from error
    present = [path for path in inputs if Path(path).exists()]
    for path in sorted(set(inputs) - set(present)):
        stderr.print(f"[yellow]kornews bench: skipping {path}: it is absent[/yellow]")
    report: dict = {"cores": all_cores(), "start_up": start_up(workers or all_cores()), "sets": {}}
    if not as_json:
        print_start_up(report["start_up"], stdout)
    for path in present:
        report["sets"][path] = bench_set(path, repeat=repeat, workers=workers, rounds=rounds)
        if not as_json:
            print_bench_set(path, report["sets"][path], stdout)
    if sizes and present:
        report["memory"] = bench_memory(present[-1], sizes, workers=workers)
        if not as_json:
            print_bench_memory(report["memory"], stdout)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if as_json:
        stdout.print_json(data=report)
    else:
        stdout.print(f"figures written to {output}")
