"""What the commands show: a rich table per task of an :class:`~pipeline.evaluation.Evaluation`, then
every finding; the progress bar and summary of ``kornews run``; the tables of ``kornews bench``."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from pipeline.evaluation import HEADLINE_METRICS, Evaluation
from pipeline.evaluation.counts import DISAGREEMENTS, Counts, Ratio
from pipeline.evaluation.diff import RunDiff
from pipeline.evaluation.annotation import ATTRIBUTIONS
from pipeline.evaluation.entities import EntityScores
from pipeline.io.reader import count_items
from pipeline.io.writer import errors_path
from pipeline.record import ENTITY_LABELS

if TYPE_CHECKING:
    from pipeline.batch.run import RunSummary


def print_evaluation(result: Evaluation, console: Console, *, findings: bool = True) -> None:
    console.print(f"[bold]kornews evaluate[/bold]: {len(result.documents)} gold document(s)")
    if result.annotated["entities"]:
        console.print(entity_table(result.entities, "entities (strict: span + label)"))
    for task, title, scores in (("quotes", "direct quotes", result.quotes), ("indirect_quotes", "indirect quotes", result.indirect_quotes)):
        if result.annotated[task]:
            console.print(_counts_table(title, [("detection", scores.detection), ("end-to-end (speaker right)", scores.e2e)],
                                        [("attribution", scores.attribution),
                                         *((f"  speaker {way}", scores.attribution_by_way[way]) for way in ATTRIBUTIONS
                                           if way in scores.attribution_by_way)],
                                        [(f"wrong speaker: {kind}", scores.wrong_speakers[kind]) for kind in DISAGREEMENTS]))
    if result.annotated["enumerations"]:
        e = result.enumerations
        console.print(_counts_table("enumerations", [("items", e.items)],
                                    [("lists found", e.lists_found), ("announced count right", e.count),
                                     ("completeness right", e.complete), ("refers_to right", e.refers_to)],
                                    [(f"items wrong: {kind}", e.wrong_items[kind]) for kind in DISAGREEMENTS]))
    measured = any(ratio.total for ratio in (result.dedup, result.roles, result.chrome, result.outside_chrome, result.byline))  # none for quote-eval's sentences, which annotate quotes alone
    if measured:
        console.print(_counts_table("paragraphs and byline", [], [("dedup accuracy", result.dedup), ("role accuracy", result.roles),
                                                                  ("article or chrome right", result.chrome),
                                                                  ("extractions outside chrome", result.outside_chrome),
                                                                  ("byline exact", result.byline),
                                                                  *((f"byline {part} right", ratio) for part, ratio in result.byline_parts.items())],
                                        [(f"byline {part} wrong: {kind}", wrong[kind]) for part, wrong in result.byline_wrong.items()
                                         for kind in DISAGREEMENTS if wrong[kind]]))
    if result.role_confusions:
        console.print(_confusion_table(result))
    for problem in result.problems:
        console.print(f"[red]problem:[/red] {problem}")
    if findings and result.findings:
        console.print(_findings_table(result))
    elif result.findings:
        console.print(f"{len(result.findings)} misses and spurious predictions not listed (drop --no-findings to see them)")


def print_diff(result: RunDiff, old: Path, new: Path, console: Console, *, limit: int = 200, sealed: set[str] = frozenset()) -> None:
    """``kornews diff``: a row per task (articles changed, elements added, removed, changed, judged), then
    the changes article by article; the verdicts of sealed-test articles only in the counts."""
    console.print(f"[bold]kornews diff[/bold] {old} ({result.old_articles} articles) → {new} ({result.new_articles} articles): "
                  f"{len(result.changed_articles())} article(s) changed")
    if not result.changes:
        return
    table = Table(title="changes per task", title_justify="left")
    for column in ("task", "articles", "added", "removed", "changed", "better", "worse"):
        table.add_column(column, justify="left" if column == "task" else "right")
    for task, counts in result.summary().items():
        table.add_row(task, *(str(value) for value in counts.values()))
    console.print(table)
    shown = result.changes if limit <= 0 else result.changes[:limit]
    for doc_id, changes in itertools.groupby(shown, key=lambda change: change.doc_id):
        console.print(f"[bold]{escape(doc_id)}[/bold]")
        for change in changes:
            values = f"{change.old} → {change.new}" if change.kind == "changed" else change.old or change.new or ""
            at = f" {change.start}-{change.end}" if change.start is not None else ""
            verdict = f" [{change.verdict}]" if change.verdict and doc_id not in sealed else ""
            console.print(f"  {change.task} {change.kind}{at} «{escape(change.text)}» {escape(values)}{escape(verdict)}", soft_wrap=True)
    if len(shown) < len(result.changes):
        console.print(f"… {len(result.changes) - len(shown)} more changes (--limit 0 lists all, --json gives them all)")


def print_score_changes(before: Evaluation, after: Evaluation, console: Console) -> None:
    """Each metric of the gold that moved between the two runs."""
    table = Table(title="scores against the gold that moved", title_justify="left")
    for column in ("metric", "old", "new", "change"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    old_scores, new_scores = before.scores, after.scores
    for metric in sorted(old_scores.keys() | new_scores.keys()):
        was, now = old_scores.get(metric), new_scores.get(metric)
        if was is not None and now is not None and round(was, 3) != round(now, 3):
            table.add_row(metric, f"{was:.3f}", f"{now:.3f}", f"{now - was:+.3f}")
    console.print(table if table.row_count else "scores against the gold: none moved")


def print_groups(groups: dict[str, Evaluation], key: str, console: Console) -> None:
    """The headline metric of each task per group of articles (``kornews evaluate --by``)."""
    table = Table(title=f"by {key}", title_justify="left")
    table.add_column(key)
    table.add_column("docs", justify="right")
    for task in HEADLINE_METRICS:
        table.add_column(task, justify="right")
    for group, result in groups.items():
        values = [result.scores.get(metric) for metric in HEADLINE_METRICS.values()]
        table.add_row(group, str(len(result.documents)), *("" if value is None else f"{value:.3f}" for value in values))
    console.print(table)


def entity_table(scores: EntityScores, title: str) -> Table:
    table = _prf_table(title)
    for label in ENTITY_LABELS:
        if label in scores.strict:
            _add_counts(table, label, scores.strict[label])
    _add_counts(table, "micro", scores.strict_micro, style="bold")
    _add_counts(table, "lenient micro (overlap, any label)", scores.lenient, style="italic")
    return table


def _confusion_table(result: Evaluation, limit: int = 12) -> Table:
    """The wrong roles, most frequent first: which role the gold gives and which was predicted."""
    table = Table(title="wrong roles (gold → predicted)", title_justify="left")
    for column in ("gold", "predicted", "paragraphs"):
        table.add_column(column, justify="right" if column == "paragraphs" else "left")
    ranked = sorted(result.role_confusions.items(), key=lambda kv: (-kv[1], str(kv[0])))
    for (gold, predicted), paragraphs in ranked[:limit]:
        table.add_row(gold, predicted or "(absent)", str(paragraphs))
    return table


def _counts_table(title: str, counts: list[tuple[str, Counts]], ratios: list[tuple[str, Ratio]],
                  tallies: list[tuple[str, int]] = ()) -> Table:
    table = _prf_table(title)
    for name, value in counts:
        _add_counts(table, name, value)
    for name, ratio in ratios:
        value = "n/a" if ratio.value is None else f"{ratio.value:.3f}"
        table.add_row(name, "", "", value, f"{ratio.hits}/{ratio.total}", "", "")
    for name, tally in tallies:
        table.add_row(name, "", "", "", str(tally), "", "")
    return table


def _prf_table(title: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("")
    for column in ("P", "R", "F1 / value", "TP", "FP", "FN"):
        table.add_column(column, justify="right")
    return table


def _add_counts(table: Table, name: str, counts: Counts, style: str | None = None) -> None:
    table.add_row(name, f"{counts.precision:.3f}", f"{counts.recall:.3f}", f"{counts.f1:.3f}",
                  str(counts.tp), str(counts.fp), str(counts.fn), style=style)


def _findings_table(result: Evaluation) -> Table:
    table = Table(title=f"misses and spurious predictions ({len(result.findings)})", title_justify="left")
    for column in ("task", "doc", "kind", "at", "text", "detail"):
        table.add_column(column, overflow="fold")
    for finding in result.findings:
        where = "" if finding.start is None else f"{finding.start}-{finding.end}"
        table.add_row(finding.task, finding.doc_id, finding.kind, where, finding.text, finding.detail)
    return table


@contextmanager
def run_progress(console: Console, inputs: list[str], *, enabled: bool = True) -> Iterator[Callable[[int], None]]:
    """A progress bar for ``kornews run``: articles done, articles/s, and the ETA when the number of
    ``inputs`` can be counted ahead (not on standard input).

    Yields the function that advances it. Drawn only on a terminal, so a log or a pipe gets the
    final summary alone, and the inputs are counted only then.
    """
    shown = enabled and console.is_terminal
    columns = (TextColumn("kornews run"), BarColumn(), MofNCompleteColumn(), _ArticlesPerSecond(),
               TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, disable=not shown) as progress:
        task = progress.add_task("run", total=count_items(inputs) if shown else None)
        yield lambda done: progress.advance(task, done)


class _ArticlesPerSecond(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:.1f} articles/s")


def print_bench_set(name: str, figures: dict, console: Console) -> None:
    """The runs (a) to (c) of ``kornews bench`` on one input set, their ratios and the stage shares."""
    kiwi_seconds = figures["a_kiwipiepy"]["seconds"]
    runs = Table(title=f"kornews bench {name}: {figures['articles']} articles, {figures['characters']:,} characters")
    for column in ("run", "seconds", "articles/s", "chars/s", "× kiwi time", "busy elsewhere"):
        runs.add_column(column, justify="left" if column == "run" else "right")
    every = figures["c_all_workers"]
    for label, run, paired in [("(a) bare kiwipiepy", figures["a_kiwipiepy"], True),
                               ("(b) 1 worker", figures["b_one_worker"], True),
                               ("(b) 1 worker, --fast", figures["b_one_worker_fast"], True),
                               ("(b) 1 worker, end to end", figures["b_end_to_end"], False),
                               (f"(c) {every['workers']} workers" if every else "(c) one chunk: nothing to share", every, False)]:
        if run:
            # Only the runs that took turns with (a) make a ratio worth reading.
            ratio = f"{run['seconds'] / kiwi_seconds:.2f}" if paired else "-"
            runs.add_row(label, f"{run['seconds']:.2f}", f"{run['articles_per_s']:.1f}", f"{run['characters_per_s']:,.0f}",
                         ratio, _share(run["busy_elsewhere"]))
    console.print(runs)
    console.print("  ".join(f"{name} = {value:.2f}" for name, value in figures["ratios"].items() if value is not None)
                  + f"  ((a) and (b) took turns chunk by chunk, {figures['rounds']} rounds; c/b: both end to end, in turns, "
                  + f"{figures.get('end_to_end_rounds', 1)} rounds)")
    stages = Table(title=f"stages (1 worker; kiwipiepy timed chunk by chunk beside them: {figures['stages_kiwi_seconds']:.2f} s)")
    for column in ("stage", "seconds", "× kiwipiepy", "share of the pipeline"):
        stages.add_column(column, justify="left" if column == "stage" else "right")
    for stage, timing in figures["stages"].items():
        share = f"{timing['share']:.0%}" if timing["share"] is not None else "(--fast, instead of entities)"
        stages.add_row(stage, f"{timing['seconds']:.2f}", f"{timing['ratio_to_kiwi']:.2f}", share)
    console.print(stages)


def print_start_up(figures: dict, console: Console) -> None:
    """How long a pool of workers takes to have its analysers: forked from a warmed server, and spawned."""
    table = Table(title="worker start-up: seconds until each worker has its analysers")
    for column in ("started by", "from creating the pool", "from the worker's own start", "fork server's warm-up (once)"):
        table.add_column(column, justify="left" if column == "started by" else "right")
    for method, measured in figures.items():
        warm = measured["fork_server_warm_up_s"]
        table.add_row(method, ", ".join(f"{seconds:.2f}" for seconds in measured["workers_ready_s"]),
                      ", ".join(f"{seconds:.2f}" for seconds in measured["each_worker_s"]), "-" if warm is None else f"{warm:.2f}")
    console.print(table)


def print_bench_memory(memory: dict, console: Console) -> None:
    """Run (d) of ``kornews bench``: peak memory and throughput at each size, with every worker and with one."""
    workers = memory["workers"]
    table = Table(title=f"(d) kornews run over the articles of {memory['source']} repeated")
    for column in ("articles", "workers", "peak RSS (MB)", "peak PSS (MB)", "seconds", "articles/s", "c/b", "busy elsewhere"):
        table.add_column(column, justify="right")
    for size, run in memory["sizes"].items():
        ratio = f"{run['c/b throughput']:.2f}" if "c/b throughput" in run else "-"
        for label, measured in ((str(workers), run), ("1", run.get("one_worker")), (f"{workers} parquet", run.get("parquet"))):
            if measured is not None:
                pss = "?" if measured.get("peak_pss_mb") is None else f"{measured['peak_pss_mb']:.0f}"
                table.add_row(size, label, f"{measured['peak_rss_mb']:.0f}", pss, f"{measured['seconds']:.1f}",
                              f"{measured['articles_per_s']:.1f}", ratio if measured is run else "", _share(measured["busy_elsewhere"]))
    steady = memory.get("without_start_up")
    if steady:
        ratio = f"{steady['c/b throughput']:.2f}" if "c/b throughput" in steady else "-"
        table.add_row("no start-up", str(workers), "", "", "", f"{steady['articles_per_s']:.1f}", ratio, "")
        if "one_worker_articles_per_s" in steady:
            table.add_row("no start-up", "1", "", "", "", f"{steady['one_worker_articles_per_s']:.1f}", "", "")
    console.print(table)
    pss_growth = "?" if memory.get("pss_growth") is None else f"{memory['pss_growth']:+.1%}"
    console.print(f"peak memory growth from the smallest to the largest: RSS {memory['growth']:+.1%}, PSS {pss_growth} "
                  f"(--format parquet: {memory['parquet_growth']:+.1%}); {memory['measured']}. "
                  "c/b: throughput with every worker over that with one, the same command on the same input, "
                  "start-up included; no start-up: the extra articles of the largest run over its extra seconds.")


def _share(value: float | None) -> str:
    return "?" if value is None else f"{value:.0%}"


def print_summary(summary: RunSummary, output: Path, console: Console) -> None:
    """What ``kornews run`` did: articles in, written, failed, paragraphs kept and removed, sentences."""
    table = Table(title=f"kornews run → {output}", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for label, value in [
        ("articles in", summary.articles_in),
        *([("already written (resumed)", summary.resumed)] if summary.resumed else []),
        ("written", summary.written),
        ("failed", summary.failed),
        ("paragraphs kept", summary.paragraphs_kept),
        ("paragraphs removed", summary.paragraphs_removed),
        ("sentences", summary.sentences),
    ]:
        table.add_row(label, str(value))
    console.print(table)
    if summary.failed:
        console.print(f"[red]{summary.failed} article(s) failed; see {errors_path(output)}[/red]")
