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
from pathlib import Path

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
# The draw, beside the gold it names: found from the working directory and from the package's checkout.
SAMPLE_FILE = Path("corpus") / "gold" / "sample.tsv"
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


def sealed_ids(golds: Iterable[tuple[str, Path]]) -> set[str]:
    """Which of these gold files (``(doc_id, path)``) belong to the sealed test split.

    A gold file in a folder named ``test``, and any whose article the draw sent to ``test``: a copy of
    the test gold in another folder (to score part of it) stays sealed, its misses unlisted.
    """
    drawn_for_test = {drawn.doc_id for drawn in _drawn(_sample_files()) if drawn.split == "test"}
    return {doc_id for doc_id, path in golds if path.parent.name == "test" or doc_id in drawn_for_test}


def _sample_files() -> list[Path]:
    checkout = Path(__file__).resolve().parents[2]
    return [path for path in dict.fromkeys((SAMPLE_FILE.resolve(), checkout / SAMPLE_FILE)) if path.is_file()]


def _drawn(paths: list[Path]) -> list[Drawn]:
    return [drawn for path in paths for drawn in from_tsv(path.read_text(encoding="utf-8"))]
