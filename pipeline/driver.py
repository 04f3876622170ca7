"""The pipeline, top to bottom: each stage takes the article record and returns it."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.record import Article, ArticleError, ErrorRecord
from pipeline.stages.clean import clean
from pipeline.stages.dedup import dedup
from pipeline.stages.entities import entities, fast_entities
from pipeline.stages.enumerations import enumerations
from pipeline.stages.ingest import ingest
from pipeline.stages.quotes import quotes
from pipeline.stages.segment import segment

Stage = Callable[[Article], Article]

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


def process(article: Article, stages: list[Stage] = STAGES) -> Article | ErrorRecord:
    """Run every stage; an exception becomes an error record naming the stage, never a lost article."""
    for stage in stages:
        try:
            article = stage(article)
        except Exception as error:  # noqa: BLE001 - the batch boundary: record and go on
            message = str(error) if isinstance(error, ArticleError) else f"{type(error).__name__}: {error}"
            return ErrorRecord(
                source=article.origin.path,
                line=article.origin.line,
                doc_id=article.doc_id,
                stage=stage.__name__,
                error=message,
            )
    return article
