"""Which articles get gold, and which of them are sealed for testing: decided by hashes of their ids.

The draw is made before anyone reads the articles and is the same on every machine: each source's
articles are ranked by the SHA-256 of ``gold-sample:<id>``, the articles that already have gold are
kept, and the rest of the source's quota is taken from the top of the ranking. The new articles are
then ranked by ``gold-split:<id>`` and the first ``TEST_SHARE`` of each source (at most all the new
ones) go to ``test``; articles that had gold before, whose rules were written against them, stay in
``dev``. Entities are annotated on ``ENTITY_QUOTAS`` articles per source, ranked by ``gold-entities:<id>``.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# Articles with gold per source: the news files in proportion to their size (110 of 394), and pages.
QUOTAS = {
    "naver_crawl_regional_quotes": 37,
    "naver_crawl_enumerations": 17,
    "jeonnam_gwangju_gov_press_releases": 42,
    "sci-news-sum-kr-50": 14,
    "scraped_regional_pages": 42,
}
ENTITY_QUOTAS = {
    "naver_crawl_regional_quotes": 12,
    "naver_crawl_enumerations": 5,
    "jeonnam_gwangju_gov_press_releases": 10,
    "sci-news-sum-kr-50": 3,
    "scraped_regional_pages": 20,
}
TEST_SHARE = 0.45
COLUMNS = ("doc_id", "source", "split", "entities")


@dataclass(frozen=True)
class Drawn:
    doc_id: str
    source: str
    split: str  # dev or test
    entities: bool  # whether its gold annotates entities


def rank(ids: Iterable[str], purpose: str) -> list[str]:
    return sorted(ids, key=lambda doc_id: hashlib.sha256(f"{purpose}:{doc_id}".encode()).hexdigest())


def draw(candidates: Mapping[str, list[str]], annotated: set[str], quotas: Mapping[str, int] = QUOTAS,
         entity_quotas: Mapping[str, int] = ENTITY_QUOTAS, test_share: float = TEST_SHARE) -> list[Drawn]:
    """The articles to annotate, source by source: ``candidates`` maps a source to its article ids."""
    drawn = []
    for source, quota in quotas.items():
        ids = candidates.get(source, [])
        kept = [doc_id for doc_id in ids if doc_id in annotated]
        new = [doc_id for doc_id in rank(ids, "gold-sample") if doc_id not in annotated][: max(quota - len(kept), 0)]
        tests = set(rank(new, "gold-split")[: min(len(new), round(test_share * (len(kept) + len(new))))])
        chosen = kept + new
        with_entities = set(rank(chosen, "gold-entities")[: entity_quotas.get(source, 0)])
        drawn += [Drawn(doc_id, source, "test" if doc_id in tests else "dev", doc_id in with_entities)
                  for doc_id in sorted(chosen)]
    return drawn


def supplement(candidates: Mapping[str, list[str]], drawn: list[Drawn], source: str, count: int) -> list[Drawn]:
    """``count`` more development articles of ``source``: the next ones of its ``gold-sample`` ranking,
    without entities. The draw already made (and its sealed test split) is left as it is."""
    taken = {d.doc_id for d in drawn}
    more = [doc_id for doc_id in rank(candidates.get(source, []), "gold-sample") if doc_id not in taken][:count]
    return drawn + [Drawn(doc_id, source, "dev", False) for doc_id in sorted(more)]


def to_tsv(drawn: list[Drawn]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows((d.doc_id, d.source, d.split, "yes" if d.entities else "no") for d in drawn)
    return out.getvalue()


def from_tsv(text: str) -> list[Drawn]:
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    if not rows or tuple(rows[0]) != COLUMNS:
        raise ValueError(f"a sample file starts with the header {' '.join(COLUMNS)}")
    return [Drawn(doc_id, source, split, entities == "yes") for doc_id, source, split, entities in rows[1:]]


def gold_name(doc_id: str) -> str:
    """``naver_regional/oid=087_aid=1`` -> ``naver_regional__oid=087_aid=1.gold.json``."""
    return doc_id.replace("/", "__") + ".gold.json"
