"""The model commands: ``ner-eval`` scores the entity pipeline on KLUE-NER, ``quote-eval`` and ``list-eval`` the
quotes and lists on its news sentences, ``train-ner`` trains the NER model, ``train-speakers`` fits the speaker weights on the development gold
(registered in :mod:`pipeline.cli.app`)."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

stderr = Console(stderr=True)
stdout = Console()

DEFAULT_KLUE = Path("../shared/corpus/klue-ner/klue-ner-v1.1_dev.tsv")
DEFAULT_QUOTE_GOLD = Path("corpus/gold/klue-quotes/quotes.json")
DEFAULT_LIST_GOLD = Path("corpus/gold/klue-lists/lists-dev.json")


class EntityMode(str, Enum):
    model_rules = "model+rules"
    rules_model = "rules+model"
    model = "model"
    rules = "rules"


class KlueSplit(str, Enum):
    test = "test"
    held_out = "held-out"


def ner_eval_command(
    klue: Annotated[Path, typer.Option("--klue", help="KLUE-NER v1.1 dev file.", exists=True, dir_okay=False)] = DEFAULT_KLUE,
    mode: Annotated[EntityMode, typer.Option("--mode", help="The entity pipeline: model and rules in this order.")] = EntityMode.model_rules,
    split: Annotated[
        list[KlueSplit], typer.Option("--split", help="test (sealed), and held-out: the old split, now tuned on.")
    ] = [KlueSplit.test, KlueSplit.held_out],
    compare: Annotated[bool, typer.Option("--compare", help="Score every mode, to see which order wins.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print micro and per-label P/R/F1 as JSON.")] = False,
    model: Annotated[Path | None, typer.Option("--model", help="Another trained model directory.", exists=True)] = None,
) -> None:
    """Entity P/R/F1 per label on KLUE-NER news sentences: the sealed test split (30 %, fixed in code),
    and the old held-out split for continuity (rules were read against it, and models are now trained on it)."""
    from pipeline.cli.report import entity_table
    from pipeline.evaluation.klue import read_klue, split_held_out, split_tune_test
    from pipeline.language.analysers import entity_pipeline
    from pipeline.training.ner import score_sentences

    sentences = read_klue(klue)
    chosen = {KlueSplit.test: split_tune_test(sentences)[1], KlueSplit.held_out: split_held_out(sentences)[1]}
    modes = [each.value for each in EntityMode] if compare else [mode.value]
    payload: dict = {}
    for part in dict.fromkeys(split):
        for m in modes:
            scores = score_sentences(entity_pipeline(m, str(model) if model else None), chosen[part])
            payload.setdefault(part.value, {})[m] = scores.summary() | {"sentences": len(chosen[part])}
            if not as_json:
                stdout.print(entity_table(scores, f"KLUE-NER {part.value} news sentences ({len(chosen[part])}), mode {m}"))
    if as_json:
        stdout.print_json(data={part: by_mode if compare else by_mode[mode.value] for part, by_mode in payload.items()})


# The options the commands over KLUE's sentences share.
KlueFolder = Annotated[Path, typer.Option("--klue", help="KLUE-NER v1.1 folder (its train sentences and dev file).", exists=True, file_okay=False)]
SentenceGoldFile = Annotated[Path, typer.Option("--gold", help="The stand-off gold of the KLUE sentences.", exists=True, dir_okay=False)]
AsJson = Annotated[bool, typer.Option("--json", help="Print the scores, counts and findings as JSON.")]


def quote_eval_command(
    klue: KlueFolder = DEFAULT_KLUE.parent,
    gold: SentenceGoldFile = DEFAULT_QUOTE_GOLD,
    as_json: AsJson = False,
    findings: Annotated[bool, typer.Option("--findings/--no-findings", help="List every miss and wrong speaker.")] = True,
) -> None:
    """Direct and indirect quotes, speakers included, on KLUE-NER's real news sentences against their stand-off gold
    (corpus/gold/klue-quotes): each sentence is run through every stage as an article of one line."""
    from pipeline.evaluation import klue_quotes

    _sentence_eval("quote-eval", klue, gold, klue_quotes.TASK, klue_quotes.evaluate_quotes, as_json, findings)


def list_eval_command(
    klue: KlueFolder = DEFAULT_KLUE.parent,
    gold: SentenceGoldFile = DEFAULT_LIST_GOLD,
    as_json: AsJson = False,
    findings: Annotated[bool, typer.Option("--findings/--no-findings", help="List every missed or spurious list and item.")] = True,
    show_misses: Annotated[bool, typer.Option("--show-misses", help="List the misses of the sealed test set too.")] = False,
) -> None:
    """Lists (items, announced counts, completeness) on KLUE-NER's real news sentences against their stand-off gold
    (corpus/gold/klue-lists): each sentence is run through every stage as an article of one line. The gold's test set
    (``lists-test.json``) is sealed: its misses are not listed, so that nobody writes rules against them."""
    from pipeline.evaluation import klue_lists

    sealed = gold.stem.endswith("-test") and not show_misses
    _sentence_eval("list-eval", klue, gold, klue_lists.TASK, klue_lists.evaluate_lists, as_json, findings and not sealed)
    if sealed and not as_json:
        stdout.print("sealed test set: misses are not listed (--show-misses lists them; do not write rules against them)")


def _sentence_eval(command: str, klue: Path, gold: Path, task: str, evaluate: Callable, as_json: bool, findings: bool) -> None:
    """Run every gold sentence through the pipeline as an article of one line and score the records ``evaluate``'s way."""
    from pipeline.cli.report import print_evaluation
    from pipeline.evaluation.gold import GoldError
    from pipeline.evaluation.klue_sentence_gold import anchored, klue_sentences, read_gold
    from pipeline.record import Article, Origin
    from pipeline.stages import process_batch

    try:
        golds = read_gold(gold, task)
        texts = anchored(golds, klue_sentences(klue))
    except (GoldError, OSError) as error:
        stderr.print(f"[red]kornews {command}: {error}[/red]")
        raise typer.Exit(code=2) from error
    records = process_batch([Article(doc_id=each.id, origin=Origin(str(klue)), raw=texts[each.id]) for each in golds])
    predicted = {record.doc_id: record.to_json() for record in records
                 if isinstance(record, Article) and record.text == texts[record.doc_id]}  # offsets into the sentence as annotated
    result = evaluate(predicted, golds, texts)
    result.problems += [f"{each.id}: failed, or its text changed in the pipeline: scored as if nothing were found"
                        for each in golds if each.id not in predicted]
    if as_json:
        stdout.print_json(data=result.to_json() | ({} if findings else {"findings": []}))
    else:
        print_evaluation(result, stdout, findings=findings)


def train_ner_command(
    klue: Annotated[Path, typer.Option("--klue", help="KLUE-NER v1.1 dev file.", exists=True, dir_okay=False)] = DEFAULT_KLUE,
    into: Annotated[
        Path, typer.Option("--into", "-o", help="Where to write the model; the shipped one is replaced only when named here.")
    ] = Path("outputs/models/ner-klue"),
    epochs: Annotated[int, typer.Option(help="Most training epochs; the development share picks how many.")] = 15,
    width: Annotated[int, typer.Option(help="Token vector width.")] = 80,
    depth: Annotated[int, typer.Option(help="CNN depth.")] = 2,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 1,
    rows: Annotated[int, typer.Option(help="Hash embedding rows per feature.")] = 10000,
    cues: Annotated[bool, typer.Option("--cues/--no-cues", help="Gazetteer cues as a model feature.")] = True,
    cues_from: Annotated[str, typer.Option(help="Train with the cues a model was trained with: 'shipped', a model's directory, or 'lexicon' (as it is now).")] = "shipped",
    features: Annotated[str, typer.Option(help="Token attributes embedded by the model, comma-separated.")] = "NORM,PREFIX,SUFFIX,SHAPE,TAG",
    refit: Annotated[bool, typer.Option("--refit/--no-refit", help="Retrain on training + development for the chosen epochs.")] = True,
    entity_forms: Annotated[bool, typer.Option("--entity-forms/--no-entity-forms", help="KLUE train's entity forms (konec statistics) among the cues; measured in MODEL_CARD.md, not shipped.")] = False,
    silver_per_epoch: Annotated[int, typer.Option(help="Self-training: silver KLUE train sentences added to each epoch (0: none); measured in MODEL_CARD.md, not shipped.")] = 0,
    pretrain_epochs: Annotated[int, typer.Option(help="Epochs of pretraining the token vectors on KLUE's unlabelled train sentences (0: none); measured in MODEL_CARD.md, not shipped.")] = 0,
) -> None:
    """Reproduce the shipped NER model from KLUE-NER dev (the test split's news sentences are never seen).

    The model goes to outputs/models/ner-klue unless --into names another directory; to replace the
    shipped model, name it: --into pipeline/models/ner-klue.
    """
    import json

    from pipeline.training.ner import TrainingSettings, train

    settings = TrainingSettings(epochs=epochs, width=width, depth=depth, seed=seed, rows=rows, cues=cues,
                                features=tuple(f.strip() for f in features.split(",") if f.strip()), refit=refit,
                                entity_forms=entity_forms, silver_per_epoch=silver_per_epoch, pretrain_epochs=pretrain_epochs,
                                cue_table=_cue_table(cues_from))
    meta = train(klue, into, settings, progress=stderr.print)
    stdout.print_json(json.dumps(meta, ensure_ascii=False))


def _cue_table(cues_from: str) -> Path | None:
    from pipeline.training.ner import SHIPPED_CUES, cue_table_of

    try:
        return cue_table_of(cues_from)
    except FileNotFoundError as missing:
        if cues_from != SHIPPED_CUES:
            raise typer.BadParameter(str(missing), param_hint="--cues-from") from None
    stderr.print("The shipped model was trained before models kept their cue table: training with the lexicon's cues as they are now.")
    return None


def train_speakers_command(
    gold: Annotated[Path, typer.Option(help="The development gold the weights are fitted on.", exists=True, file_okay=False)] = Path("corpus/gold/shared/dev"),
    shared: Annotated[Path, typer.Option(help="The shared data folder the gold articles are read from.", exists=True, file_okay=False)] = Path("../shared"),
    write: Annotated[bool, typer.Option("--write/--no-write", help="Write the fitted weights into pipeline/data/speakers.toml.")] = False,
) -> None:
    """Fit the speaker model on the development gold; compare it with the hand weights across folds of articles.

    Prints the examples, how many have the gold speaker among their candidates, and each table's
    accuracy (the share of quotes given their gold speaker). With --write, the fitted weights replace
    the [learned] table, and the better table by cross-validation becomes the one in use.
    """
    from importlib import resources

    from rich.table import Table

    from pipeline.evaluation.gold import load_gold
    from pipeline.io.reader import FieldNames, InputReader
    from pipeline.record import Article
    from pipeline.training.speakers import cross_validate, examples_from, fit, write_learned

    golds = {g.doc_id: g for g in load_gold(gold)}
    inputs = [str(shared / "corpus" / "news"), str(shared / "corpus" / "pages")]
    articles = [a for a in InputReader(FieldNames()).read(inputs) if isinstance(a, Article) and a.doc_id in golds]
    examples = examples_from(articles, golds)
    scores = cross_validate(examples)
    table = Table("quotes", "gold speaker among the candidates", "hand accuracy", "learned accuracy (5-fold)")
    reachable = sum(e.reachable for e in examples)
    table.add_row(str(len(examples)), f"{reachable} ({reachable / max(len(examples), 1):.3f})", f"{scores['hand']:.3f}", f"{scores['learned']:.3f}")
    stdout.print(table)
    if write:
        use = "learned" if scores["learned"] > scores["hand"] else "hand"
        note = (f"fitted on {gold} ({len(examples)} quotes); accuracy by 5-fold cross-validation over articles: "
                f"learned {scores['learned']:.3f}, hand {scores['hand']:.3f}")
        write_learned(fit(examples), use, Path(str(resources.files("pipeline").joinpath("data", "speakers.toml"))), note)
        stdout.print(f"wrote the learned weights; in use: {use}")
