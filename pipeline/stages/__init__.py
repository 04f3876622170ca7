"""The stages, in order, and the small driver that runs them.

Each stage is one module here and one plain function ``Article -> Article``; it reads what earlier
stages put on the record and adds its own fields. :func:`process` runs them all on one article and
:func:`process_batch` on a chunk of articles, stage by stage. An exception in a stage becomes an
:class:`~pipeline.record.ErrorRecord` naming the stage, so an article is never lost.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.record import Article, ArticleError, ErrorRecord
from pipeline.stages.clean import clean
from pipeline.stages.dedup import dedup
from pipeline.stages.entities import (
    entities,
    entities_batch,
    fast_entities,
    fast_entities_batch,
)
from pipeline.stages.enumerations import enumerations
from pipeline.stages.ingest import ingest
from pipeline.stages.quotes import quotes
from pipeline.stages.segment import segment

Stage = Callable[[Article], Article]
BatchStage = Callable[[list[Article]], list[Article]]

STAGES: list[Stage] = [
    ingest,  # bytes -> NFC text, encoding recorded
    clean,  # paragraphs, roles, byline
    dedup,  # repeated paragraphs removed
    segment,  # kiwipiepy sentences and morphemes
    entities,  # named entities (model + rules), canonical names, mention summary
    quotes,  # direct quotes, speakers (from the entities), speech verbs, utterances
    enumerations,  # lists with announced counts, partial lists linked to complete ones
]

# --fast: the same stages with rules-only entities, for throughput-bound runs.
FAST_STAGES: list[Stage] = [fast_entities if stage is entities else stage for stage in STAGES]

# Stages that also take several articles at once, for a batch's sake: the same records, sooner.
# A batch form must give what the stage gives each article, and may be run again on an article.
BATCH_FORMS: dict[Stage, BatchStage] = {
    entities: entities_batch,  # the model labels the sentences of every article in one batch
    fast_entities: fast_entities_batch,
}


def process(article: Article, stages: list[Stage] = STAGES) -> Article | ErrorRecord:
    """Run every stage; an exception becomes an error record naming the stage, never a lost article."""
    return process_batch([article], stages)[0]


def process_batch(articles: list[Article], stages: list[Stage] = STAGES) -> list[Article | ErrorRecord]:
    """``process`` on each article, run stage by stage: every article through a stage, then the next.

    A stage's tables stay in the processor's cache from one article to the next (kiwipiepy's
    analysis costs about a tenth less than when the stages take turns), and a stage with a batch
    form sees the whole batch. An article that fails leaves the batch with its error record.
    """
    results: list[Article | ErrorRecord] = list(articles)
    for stage in stages:
        live = [index for index, result in enumerate(results) if isinstance(result, Article)]
        for index, result in zip(live, run_stage(stage, [results[index] for index in live])):
            results[index] = result
    return results


def run_stage(stage: Stage, articles: list[Article]) -> list[Article | ErrorRecord]:
    """``stage`` on each article; through its batch form when it has one and more than one article.

    When the batch form fails, the stage runs on each article alone, so that only the article
    at fault gets an error record.
    """
    batch_form = BATCH_FORMS.get(stage)
    if batch_form is not None and len(articles) > 1:
        try:
            return list(batch_form(articles))
        except Exception:  # noqa: BLE001 - retried article by article below, which names the culprit
            pass
    return [_run_one(stage, article) for article in articles]


def _run_one(stage: Stage, article: Article) -> Article | ErrorRecord:
    try:
        return stage(article)
    except Exception as error:  # noqa: BLE001 - the batch boundary: record and go on
        message = str(error) if isinstance(error, ArticleError) else f"{type(error).__name__}: {error}"
        return ErrorRecord(
            source=article.origin.path,
            line=article.origin.line,
            doc_id=article.doc_id,
            stage=stage.__name__,
            error=message,
        )
