"""Governments with their region: which 광주시, 동구 or 고성군 an article means, its level and parent.

Two or more governments share some names: every metropolitan city has a 동구 or a 중구, Gangwon and
Gyeongnam each have a 고성군, and Gyeonggi's 광주시 shares its short form with 광주광역시. The article
settles which, as a reader settles it (the guideline's convention, ``corpus/gold/GUIDELINES.md``):

- the government named in full or with its province elsewhere in the article (``광주광역시``,
  ``부산 동구``): ``NAMED_IN_FULL`` points;
- the dateline's place (``(부산=연합뉴스)``), where a metropolitan short form is that government, as
  news agencies write it: ``DATELINE`` points for every candidate of its region;
- the other governments of a candidate's region the article names (해운대구 for 부산 동구): a point each;
- the region the publisher covers (``publishers.tsv``): ``PUBLISHER`` points.

The candidate with the most points wins if no other has as many; then its canonical name carries its
parent (``부산광역시 동구``, ``경기도 광주시``; 광주광역시 needs none). Otherwise nothing settles it: the
name stays as written, ``ambiguous``, rather than guessed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.lexicon import Government, government_and_body, governments_named, grammar, publisher_regions
from pipeline.record import Entity

NAMED_IN_FULL = 3
DATELINE = 2
PUBLISHER = 1
GOVERNMENT_LABELS = ("LC", "OG")
METROPOLITAN = "metropolitan"  # a province or a metropolitan city


@dataclass(frozen=True)
class RegionEvidence:
    """What the article says of where it is, besides the names in its text."""

    dateline: str | None = None  # the dateline's place: 부산, 경기 광주
    publisher: str | None = None  # the publisher's name: 경인일보

    def dateline_government(self) -> Government | None:
        """The dateline's government; a metropolitan short form (광주) is the metropolitan government."""
        if not self.dateline:
            return None
        named = governments_named(self.dateline)
        metropolitan = [g for g in named if g.kind == "metropolitan"]
        return named[0] if len(named) == 1 else metropolitan[0] if len(metropolitan) == 1 else None

    def publisher_region(self) -> str | None:
        return publisher_regions().get(self.publisher or "")


def place_governments(entities: Sequence[Entity], evidence: RegionEvidence = RegionEvidence(), text: str = "") -> list[Entity]:
    """The entities with every government's ``kind`` and ``parent`` set and shared names settled (``text``, the article's,
    shows which names are listed together)."""
    named = _pairs_settled([(entity, governments_named(entity.text) if entity.label in GOVERNMENT_LABELS else ()) for entity in entities])
    named = _peers_settled(named, text)
    settled = {candidates[0] for _, candidates in named if len(candidates) == 1}  # named in full or with the province
    return [_placed(entity, candidates, settled, evidence) if candidates else _body_placed(entity, settled, evidence)
            for entity, candidates in named]


def _pairs_settled(named: list[tuple[Entity, tuple[Government, ...]]]) -> list[tuple[Entity, tuple[Government, ...]]]:
    """A government written right before another, which only one of its namesakes holds (``광주 | 북구``: 광주광역시 has a
    북구, 경기도 광주시 none), settles both: the pair is that one and its district."""
    found = list(named)
    for index, ((first, outer), (second, inner)) in enumerate(zip(named, named[1:])):
        if not outer or not inner or second.start - first.end != 1 or len(outer) == len(inner) == 1:
            continue
        pairs = [(parent, child) for parent in outer for child in inner if child.parent == parent.official]
        if len(pairs) == 1:
            found[index], found[index + 1] = (first, (pairs[0][0],)), (second, (pairs[0][1],))
        elif not pairs and len(outer) == 1 and outer[0].level == "city" and all(child.level == "district" for child in inner):
            found[index + 1] = (second, (_district_of(outer[0], second.text),))
    return found


def _peers_settled(named: list[tuple[Entity, tuple[Government, ...]]], text: str) -> list[tuple[Entity, tuple[Government, ...]]]:
    """A shared name listed by a comma or ``·`` with a province or a metropolitan city is the metropolitan namesake: ``광주·전남``,
    ``광주, 대전`` → 광주광역시. Not one joined by 과/와, which may join a province and one of its cities (``경기도와 광주시``),
    nor one listed with the province that holds its other namesake (``경기도, 광주시, 하남시``)."""
    found = list(named)
    for index, (entity, candidates) in enumerate(named):
        metropolitan = [g for g in candidates if g.level == METROPOLITAN]
        if len(candidates) < 2 or len(metropolitan) != 1:
            continue
        beside = [named[j] for j in (index - 1, index + 1) if 0 <= j < len(named)]
        parents = {g.parent for g in candidates}  # 경기도, 광주시, 하남시: a province listed with its own cities settles nothing
        if any(governments and all(g.level == METROPOLITAN and g.official not in parents for g in governments)
               and text[min(entity.end, other.end) : max(entity.start, other.start)].strip() in grammar().list_joints for other, governments in beside):
            found[index] = (entity, (metropolitan[0],))
    return found


def _district_of(city: Government, name: str) -> Government:
    """``포항시 | 북구``: a district written right after a city that is no metropolitan government is the city's own
    (an administrative district, which the table of governments lacks), not a namesake elsewhere."""
    return Government(name, "local", city.official, ())


def _body_placed(entity: Entity, settled: set[Government], evidence: RegionEvidence) -> Entity:
    """A body of a government named by the government's short form (``동구의회``, ``중구청``) takes the
    government's canonical name, settled as the government's would be: ``부산광역시 동구의회``."""
    split = government_and_body(entity.text) if entity.label == "OG" else None
    if split is None:
        return entity
    government, body = split
    placed = _placed(replace(entity, text=government), governments_named(government), settled, evidence)
    return entity if placed.ambiguous else replace(entity, canonical=placed.canonical + body)


def _placed(entity: Entity, candidates: tuple[Government, ...], settled: set[Government], evidence: RegionEvidence) -> Entity:
    if len(candidates) == 1:
        return _as(entity, candidates[0], shared=len(governments_named(candidates[0].official)) > 1)
    scores = {g: _score(g, settled, evidence) for g in candidates}
    best = max(scores.values())
    winners = [g for g, score in scores.items() if score == best]
    if best > 0 and len(winners) == 1:
        return _as(entity, winners[0], shared=True)
    levels = {g.level for g in candidates}
    parents = {g.parent for g in candidates}
    return replace(entity, canonical=entity.text, ambiguous=True, kind=levels.pop() if len(levels) == 1 else None,
                   parent=parents.pop() if len(parents) == 1 else None)


def _score(candidate: Government, settled: set[Government], evidence: RegionEvidence) -> int:
    score = NAMED_IN_FULL if candidate in settled else 0
    dateline = evidence.dateline_government()
    if dateline is not None and dateline.region == candidate.region:
        score += DATELINE
    others = Counter(g.region for g in settled if g != candidate)
    score += others[candidate.region]
    if evidence.publisher_region() == candidate.region:
        score += PUBLISHER
    return score


def _as(entity: Entity, government: Government, *, shared: bool) -> Entity:
    """The entity as ``government``: a shared local name carries its parent in the canonical name."""
    canonical = f"{government.parent} {government.official}" if shared and government.parent else government.official
    return replace(entity, canonical=canonical, kind=government.level, parent=government.parent)
