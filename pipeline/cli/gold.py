"""``kornews gold``: drawing the articles to annotate, the annotators' packets, anchoring, agreement,
and the round trip through Label Studio.

The order of work is in ``corpus/gold/GUIDELINES.md`` ("How the gold is made").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

gold_app = typer.Typer(help="Make gold files: sample, annotators' packets, anchoring, agreement, counts, Label Studio.",
                       no_args_is_help=True, rich_markup_mode=None)
stdout = Console()
stderr = Console(stderr=True)
SHARED = Path("../shared")
SAMPLE = Path("corpus/gold/sample.tsv")
GOLD = Path("corpus/gold/shared")


def shared_inputs(shared: Path) -> list[Path]:
    """The JSONL files gold is drawn from: the news files and the scraped pages."""
    return sorted((shared / "corpus" / "news").glob("*.jsonl")) + sorted((shared / "corpus" / "pages").glob("*.jsonl"))


@gold_app.command("sample")
def sample_command(
    shared: Annotated[Path, typer.Option(help="The shared data folder.", exists=True, file_okay=False)] = SHARED,
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the draw.")] = SAMPLE,
) -> None:
    """Draw the articles to annotate and seal the test split, by hashes of their ids (see pipeline.evaluation.sampling).

    A draw is made once: an existing one is never redrawn (it would unseal the test split); add
    development articles with `kornews gold supplement`.
    """
    from pipeline.evaluation.sampling import draw, to_tsv

    if output.exists():
        raise typer.BadParameter(f"{output} exists: a draw is made once (add articles with `kornews gold supplement`)")
    annotated = {json.loads(p.read_text(encoding="utf-8"))["doc_id"] for p in GOLD.rglob("*.gold.json")}
    drawn = draw(_candidates(shared), annotated)
    output.write_text(to_tsv(drawn), encoding="utf-8")
    tests = sum(d.split == "test" for d in drawn)
    stdout.print(f"{len(drawn)} articles ({tests} test, {sum(d.entities for d in drawn)} with entities) -> {output}")


@gold_app.command("supplement")
def supplement_command(
    source: Annotated[str, typer.Option(help="The input file (stem) to draw from, e.g. naver_crawl_regional_quotes.")],
    count: Annotated[int, typer.Option(min=1, help="How many more articles.")],
    shared: Annotated[Path, typer.Option(help="The shared data folder.", exists=True, file_okay=False)] = SHARED,
    sample: Annotated[Path, typer.Option(help="The draw to extend.", exists=True, dir_okay=False)] = SAMPLE,
) -> None:
    """Add development articles to the draw: the next ones of a source's ranking (the test split stays as it is)."""
    from pipeline.evaluation.sampling import from_tsv, supplement, to_tsv

    drawn = from_tsv(sample.read_text(encoding="utf-8"))
    extended = supplement(_candidates(shared), drawn, source, count)
    sample.write_text(to_tsv(extended), encoding="utf-8")
    stdout.print(f"{len(extended) - len(drawn)} development article(s) of {source} added -> {sample}")


def _candidates(shared: Path) -> dict[str, list[str]]:
    candidates = {}
    for path in shared_inputs(shared):
        with path.open(encoding="utf-8") as lines:
            candidates[path.stem] = [json.loads(line)["id"] for line in lines if line.strip()]
    return candidates


@gold_app.command("packets")
def packets_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the packets (keep it out of the repository).")],
    sample: Annotated[Path, typer.Option(help="The draw.", exists=True, dir_okay=False)] = SAMPLE,
    shared: Annotated[Path, typer.Option(help="The shared data folder.", exists=True, file_okay=False)] = SHARED,
) -> None:
    """Write each drawn article's cleaned text as numbered paragraphs (NAME.txt) and as JSON (NAME.packet.json)."""
    from pipeline.evaluation.annotation import Packet
    from pipeline.evaluation.sampling import from_tsv, gold_name
    from pipeline.io.reader import FieldNames, InputReader
    from pipeline.record import Article
    from pipeline.stages import clean, dedup, ingest

    wanted = {d.doc_id: d for d in from_tsv(sample.read_text(encoding="utf-8"))}
    output.mkdir(parents=True, exist_ok=True)
    written = 0
    for item in InputReader(FieldNames()).read([str(path) for path in shared_inputs(shared)]):
        if not isinstance(item, Article) or item.doc_id not in wanted:
            continue
        article = dedup(clean(ingest(item)))
        paragraphs = [{"start": p.start, "end": p.end, "source_index": p.source_index} for p in article.paragraphs]
        packet = Packet(article.doc_id, article.text, paragraphs, wanted[article.doc_id].source)
        name = gold_name(article.doc_id).removesuffix(".gold.json")
        (output / f"{name}.packet.json").write_text(json.dumps(packet.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
        (output / f"{name}.txt").write_text(packet.readable(), encoding="utf-8")
        written += 1
    stdout.print(f"{written} packets of {len(wanted)} drawn articles -> {output}")


@gold_app.command("anchor")
def anchor_command(
    annotations: Annotated[list[Path], typer.Argument(help="Readers' annotations (JSON), see pipeline.evaluation.annotation.")],
    packets: Annotated[Path, typer.Option(help="The packets folder.", exists=True, file_okay=False)],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write stand-off gold files here.")] = None,
) -> None:
    """Find every span of the annotations in their articles; list what cannot be found; write stand-off gold."""
    from pipeline.evaluation.sampling import gold_name

    problems = 0
    for path in annotations:
        anchored, found = _anchor(path, packets)
        problems += len(found)
        for problem in found:
            stderr.print(f"[red]{path.name}: {problem}[/red]")
        if output is not None and not found:
            output.mkdir(parents=True, exist_ok=True)
            target = output / gold_name(anchored.gold["doc_id"])
            target.write_text(json.dumps(anchored.stand_off(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    stdout.print(f"{len(annotations)} annotation(s), {problems} problem(s)")
    if problems:
        raise typer.Exit(code=1)


@gold_app.command("agreement")
def agreement_command(
    first: Annotated[Path, typer.Argument(help="One annotator's folder of annotations.", exists=True, file_okay=False)],
    second: Annotated[Path, typer.Argument(help="The other annotator's folder.", exists=True, file_okay=False)],
    packets: Annotated[Path, typer.Option(help="The packets folder.", exists=True, file_okay=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores and findings as JSON.")] = False,
    findings: Annotated[bool, typer.Option("--findings/--no-findings", help="List every disagreement.")] = True,
    by: Annotated[str | None, typer.Option(help="Also score each group: source (the input file).")] = None,
) -> None:
    """Score the second annotator against the first on the articles both annotated: the inter-annotator agreement."""
    from pipeline.cli.report import print_evaluation, print_groups
    from pipeline.evaluation.evaluate import evaluate, evaluate_by
    from pipeline.evaluation.gold import Gold

    golds, predictions = [], {}
    for path in sorted(first.glob("*.json")):
        other = second / path.name
        if not other.exists():
            continue
        (one, one_problems), (two, two_problems) = _anchor(path, packets), _anchor(other, packets)
        for problem in one_problems + two_problems:
            stderr.print(f"[yellow]{problem}[/yellow]")
        golds.append(Gold(one.gold["doc_id"], path, one.gold))
        predictions[one.gold["doc_id"]] = two.as_record()
    result = evaluate(predictions, golds)
    groups = evaluate_by(predictions, golds, by) if by else {}
    if as_json:
        stdout.print_json(data=result.to_json() | ({"by": {by: {g: each.scores for g, each in groups.items()}}} if by else {}))
        return
    print_evaluation(result, stdout, findings=findings)
    if groups:
        print_groups(groups, by, stdout)


@gold_app.command("stats")
def stats_command(
    gold: Annotated[list[Path], typer.Argument(help="*.gold.json files or directories of them.")],
    markdown: Annotated[bool, typer.Option("--markdown", help="Print a Markdown table (for corpus/gold/README.md).")] = False,
) -> None:
    """Count what the gold files hold, per source: articles, paragraphs, bylines, quotes, lists, entities."""
    from rich.table import Table

    from pipeline.evaluation.gold import load_gold
    from pipeline.evaluation.statistics import COLUMNS, as_markdown, gold_counts

    counts = gold_counts(g for path in gold for g in load_gold(path))
    if markdown:
        stdout.out(as_markdown(counts), end="")
        return
    table = Table("source", *COLUMNS)
    for source, found in counts.items():
        table.add_row(source, *(str(found[c]) for c in COLUMNS))
    stdout.print(table)


@gold_app.command("to-labelstudio")
def to_labelstudio_command(
    records: Annotated[Path, typer.Argument(help="Records written by `kornews run` (JSONL).", exists=True, dir_okay=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="The Label Studio tasks to import (JSON).")],
    config: Annotated[Path | None, typer.Option(help="The labelling config (XML); default labeling_config.xml beside the tasks.")] = None,
    gold: Annotated[Path | None, typer.Option(help="Gold files (a file or a directory) to correct: the tasks' annotations.", exists=True)] = None,
    shared: Annotated[Path, typer.Option(help="The shared data folder: its articles' gold comes back stand-off.")] = SHARED,
) -> None:
    """Write Label Studio tasks, one per record, with the record as pre-annotations and its gold file, if any, as the
    annotation; and the labelling config they need. Keep the tasks out of the repository: they hold the articles."""
    from pipeline import __version__
    from pipeline.evaluation.evaluate import load_predictions
    from pipeline.evaluation.gold import GoldError, load_gold
    from pipeline.evaluation.labelstudio import labeling_config, task

    predictions = load_predictions(records)
    golds = {found.doc_id: found for found in load_gold(gold)} if gold else {}
    tasks, problems = [], []
    for doc_id, record in predictions.items():
        try:
            tasks.append(task(doc_id, record["text"], record=record, gold=golds.get(doc_id), shared=_from_shared(record, shared),
                              model_version=f"kornews {__version__}"))
        except GoldError as error:
            problems.append(str(error))
    for doc_id in sorted(golds.keys() - predictions.keys()):
        stderr.print(f"{golds[doc_id].path}: no record of {doc_id!r} in {records}: left out", style="yellow", markup=False)
    for problem in problems:
        stderr.print(problem, style="red", markup=False)
    if problems:
        raise typer.Exit(code=1)
    config = config or output.with_name("labeling_config.xml")
    output.write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    config.write_text(labeling_config(), encoding="utf-8")
    with_gold = sum("annotations" in made for made in tasks)
    stdout.print(f"{len(tasks)} task(s), {with_gold} with gold -> {output}; labelling config -> {config}", markup=False)


def _from_shared(record: dict, shared: Path) -> bool:
    """Whether a record's article was read from ``shared`` (``../shared``), whose gold is stand-off."""
    path = (record.get("source") or {}).get("path")
    return bool(path) and Path(path).resolve().is_relative_to(shared.resolve())


@gold_app.command("from-labelstudio")
def from_labelstudio_command(
    export: Annotated[Path, typer.Argument(help="A Label Studio export in its JSON format.", exists=True, dir_okay=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="Write the gold files here.")],
) -> None:
    """Turn each annotated task of a Label Studio JSON export into a gold file (stand-off for ../shared articles),
    from its most recent annotation that was not cancelled; list what does not fit."""
    from pipeline.evaluation.gold import GoldError
    from pipeline.evaluation.labelstudio_gold import gold_from_task, latest_annotation
    from pipeline.evaluation.sampling import gold_name

    written, unannotated, problems = 0, 0, 0
    for exported in json.loads(export.read_text(encoding="utf-8")):
        if latest_annotation(exported) is None:
            unannotated += 1
            continue
        try:
            gold = gold_from_task(exported)
        except GoldError as error:
            stderr.print(str(error), style="red", markup=False)
            problems += 1
            continue
        output.mkdir(parents=True, exist_ok=True)
        (output / gold_name(gold["doc_id"])).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written += 1
    stdout.print(f"{written} gold file(s) -> {output}; {unannotated} task(s) without annotation; {problems} problem(s)", markup=False)
    if problems:
        raise typer.Exit(code=1)


def _anchor(path: Path, packets: Path):
    from pipeline.evaluation.annotation import Packet, anchor
    from pipeline.evaluation.sampling import gold_name

    annotation = json.loads(path.read_text(encoding="utf-8"))
    name = gold_name(str(annotation.get("doc_id", ""))).removesuffix(".gold.json")
    packet_path = packets / f"{name}.packet.json"
    if not packet_path.exists():
        raise typer.BadParameter(f"{path}: no packet {packet_path} for doc_id {annotation.get('doc_id')!r}")
    anchored = anchor(annotation, Packet.of(json.loads(packet_path.read_text(encoding="utf-8"))))
    return anchored, anchored.problems
