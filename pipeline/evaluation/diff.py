"""``kornews diff``: what changed between two runs, article by article, and whether gold agrees.

An aggregate score hides that one fix broke five other articles; this lists every quote, speaker,
list item, entity, paragraph role and byline that one run has and the other has not. Elements pair
across the runs as ``evaluate`` pairs predictions with gold: direct quotes on their text, indirect
ones on overlapping spans, lists on shared items, entities and paragraphs on their offsets. With gold,
each change is judged: ``better`` when the new run agrees with the gold and the old did not,
``worse`` the other way round, no verdict where the gold says nothing or neither agrees.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from pipeline.evaluation.counts import short
from pipeline.evaluation.enumerations import pair_lists
from pipeline.evaluation.gold import Gold, GoldError
from pipeline.evaluation.paragraphs import byline_key
from pipeline.evaluation.quotes import kind_of, pair_quotes, speaker_name

TASKS = ("articles", "quotes", "speakers", "items", "entities", "roles")


@dataclass(frozen=True)
class Change:
    """One element that differs: ``added`` (only in the new run), ``removed`` or ``changed`` (paired, a value differs)."""

    task: str
    doc_id: str
    kind: str
    text: str
    start: int | None = None
    end: int | None = None
    old: str | None = None
    new: str | None = None
    verdict: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class RunDiff:
    """Every change, and how many articles each run has."""

    changes: list[Change] = field(default_factory=list)
    old_articles: int = 0
    new_articles: int = 0

    def summary(self) -> dict[str, dict[str, int]]:
        """Per task: the articles with a change, and the changes by kind (and by verdict where judged)."""
        table: dict[str, dict[str, int]] = {}
        for task in TASKS:
            changes = [change for change in self.changes if change.task == task]
            counts = Counter(change.kind for change in changes) + Counter(change.verdict for change in changes if change.verdict)
            table[task] = {"articles": len({change.doc_id for change in changes})} | {
                key: counts[key] for key in ("added", "removed", "changed", "better", "worse")
            }
        return table

    def changed_articles(self) -> list[str]:
        return sorted({change.doc_id for change in self.changes})


def diff_runs(old: dict[str, dict], new: dict[str, dict], *, tasks: Iterable[str] = TASKS,
              golds: Iterable[Gold] = ()) -> RunDiff:
    """The changes from ``old`` to ``new`` (doc_id -> record), in doc_id order, for ``tasks``."""
    tasks = set(tasks)
    expected = _anchored_golds(golds, new)
    result = RunDiff(old_articles=len(old), new_articles=len(new))
    for doc_id in sorted(old.keys() | new.keys()):
        before, after = old.get(doc_id), new.get(doc_id)
        if before is None or after is None:
            if "articles" in tasks:
                kind = "added" if before is None else "removed"
                result.changes.append(Change("articles", doc_id, kind, short((after or before)["text"])))
            continue
        gold = expected.get(doc_id)
        for compare in COMPARISONS:
            result.changes += [change for change in compare(doc_id, before, after, gold) if change.task in tasks]
    result.changes.sort(key=lambda change: (change.doc_id, TASKS.index(change.task), change.start or 0, change.kind))
    return result


def _anchored_golds(golds: Iterable[Gold], new: dict[str, dict]) -> dict[str, tuple[Gold, dict]]:
    """doc_id -> (gold, its annotations anchored to the new run's text); a gold that does not fit is left out."""
    anchored = {}
    for gold in golds:
        record = new.get(gold.doc_id)
        if record is not None:
            try:
                anchored[gold.doc_id] = (gold, gold.anchored(record["text"]))
            except GoldError:
                continue
    return anchored


def _verdict(old_right: bool, new_right: bool) -> str | None:
    if new_right and not old_right:
        return "better"
    if old_right and not new_right:
        return "worse"
    return None


def _quotes(doc_id: str, old: dict, new: dict, gold: tuple[Gold, dict] | None) -> Iterator[Change]:
    """Quotes added or removed, indirect quotes whose bounds moved, and speakers changed, per kind; quotes
    whose kind changed are one removal and one addition."""
    for kind in ("direct", "indirect"):
        before = [quote for quote in old["quotes"] if kind_of(quote) == kind]
        after = [quote for quote in new["quotes"] if kind_of(quote) == kind]
        annotated = gold is not None and gold[0].annotates("quotes" if kind == "direct" else "indirect_quotes")
        expected = [q for q in gold[1]["quotes"] if kind_of(q) == kind and not q.get("optional")] if annotated else []
        optional = [q for q in gold[1]["quotes"] if kind_of(q) == kind and q.get("optional")] if annotated else []
        pairs = pair_quotes(before, after, kind)

        def judged(quote: dict) -> bool:  # a quote on an optional gold quote is neither better nor worse
            return annotated and not pair_quotes(optional, [quote], kind)

        def in_gold(quote: dict) -> dict | None:
            partner = pair_quotes(expected, [quote], kind)
            return expected[next(iter(partner))] if partner else None

        for index, quote in enumerate(before):
            if index not in pairs:
                verdict = _verdict(in_gold(quote) is not None, in_gold(quote) is None) if judged(quote) else None
                yield Change("quotes", doc_id, "removed", short(quote["text"]), quote["start"], quote["end"],
                             old=f"{kind}, {speaker_name(quote)}", verdict=verdict)
                continue
            partner = after[pairs[index]]
            if (quote["start"], quote["end"]) != (partner["start"], partner["end"]):  # an indirect quote's bounds moved
                truth = in_gold(partner)
                verdict = _verdict(_same_span(quote, truth), _same_span(partner, truth)) if truth else None
                yield Change("quotes", doc_id, "changed", short(partner["text"]), partner["start"], partner["end"],
                             old=f"{quote['start']}-{quote['end']}", new=f"{partner['start']}-{partner['end']}", verdict=verdict)
            if speaker_name(quote) != speaker_name(partner):
                truth = in_gold(partner)
                verdict = _verdict(speaker_name(quote) == speaker_name(truth), speaker_name(partner) == speaker_name(truth)) if truth else None
                yield Change("speakers", doc_id, "changed", short(partner["text"]), partner["start"], partner["end"],
                             old=speaker_name(quote), new=speaker_name(partner), verdict=verdict)
        paired = set(pairs.values())
        for index, quote in enumerate(after):
            if index not in paired:
                verdict = _verdict(in_gold(quote) is None, in_gold(quote) is not None) if judged(quote) else None
                yield Change("quotes", doc_id, "added", short(quote["text"]), quote["start"], quote["end"],
                             new=f"{kind}, {speaker_name(quote)}", verdict=verdict)


def _same_span(quote: dict, truth: dict) -> bool:
    return (quote["start"], quote["end"]) == (truth["start"], truth["end"])


def _entity_key(entity: dict) -> tuple[int, int]:
    return entity["start"], entity["end"]


def _entity_value(entity: dict | None) -> str | None:
    return None if entity is None else f"{entity['label']} {entity.get('canonical') or entity['text']}"


def _entities(doc_id: str, old: dict, new: dict, gold: tuple[Gold, dict] | None) -> Iterator[Change]:
    """Entities by their offsets: added, removed, or a label or canonical name changed. Gold judges the label (strict match)."""
    before = {_entity_key(entity): entity for entity in old["entities"]}
    after = {_entity_key(entity): entity for entity in new["entities"]}
    annotated = gold is not None and gold[0].annotates("entities")
    truth = {_entity_key(entity): entity["label"] for entity in gold[1]["entities"]} if annotated else {}

    def right(entity: dict | None, key: tuple[int, int]) -> bool:
        return (entity["label"] if entity else None) == truth.get(key)

    for key in sorted(before.keys() | after.keys()):
        was, now = before.get(key), after.get(key)
        if _entity_value(was) == _entity_value(now):
            continue
        kind = "added" if was is None else "removed" if now is None else "changed"
        verdict = _verdict(right(was, key), right(now, key)) if annotated else None
        yield Change("entities", doc_id, kind, (now or was)["text"], *key, old=_entity_value(was), new=_entity_value(now), verdict=verdict)


def _items(doc_id: str, old: dict, new: dict, gold: tuple[Gold, dict] | None) -> Iterator[Change]:
    """List items added or removed within paired lists (or with whole lists), and a list's count or completeness changed."""
    before, after = old["enumerations"], new["enumerations"]
    pairs = pair_lists(before, after)
    annotated = gold is not None and gold[0].annotates("enumerations")
    gold_items = {(item["start"], item["end"]) for lst in gold[1]["enumerations"] for item in lst["items"]} if annotated else set()

    def item_verdict(item: dict, added: bool) -> str | None:
        if not annotated:
            return None
        in_gold = (item["start"], item["end"]) in gold_items
        return _verdict(not in_gold, in_gold) if added else _verdict(in_gold, not in_gold)

    paired_new = set(pairs.values())
    matched = [(before[i], after[pairs[i]]) for i in pairs] + [(lst, None) for i, lst in enumerate(before) if i not in pairs] + [
        (None, lst) for i, lst in enumerate(after) if i not in paired_new]
    for was, now in matched:
        old_items = {(item["start"], item["end"]): item for item in (was or {"items": []})["items"]}
        new_items = {(item["start"], item["end"]): item for item in (now or {"items": []})["items"]}
        for key in sorted(old_items.keys() - new_items.keys()):
            yield Change("items", doc_id, "removed", old_items[key]["text"], *key, verdict=item_verdict(old_items[key], False))
        for key in sorted(new_items.keys() - old_items.keys()):
            yield Change("items", doc_id, "added", new_items[key]["text"], *key, verdict=item_verdict(new_items[key], True))
        if was and now and _list_value(was) != _list_value(now):
            yield Change("items", doc_id, "changed", short(new["text"][now["start"]:now["end"]]), now["start"], now["end"],
                         old=_list_value(was), new=_list_value(now))


def _list_value(lst: dict) -> str:
    return f"count {lst.get('announced_count')} {lst.get('count_noun') or ''}, complete {lst.get('complete')}".replace("  ", " ")


def _roles(doc_id: str, old: dict, new: dict, gold: tuple[Gold, dict] | None) -> Iterator[Change]:
    """Paragraph roles by the paragraph's offsets, and the byline. Gold judges both where it labels them."""
    annotated = gold is not None and gold[0].annotates("paragraphs")
    truth = {(p["start"], p["end"]): p["role"] for p in gold[1].get("paragraphs", [])} if annotated else {}
    before = {(p["start"], p["end"]): p["role"] for p in old["paragraphs"]}
    after = {(p["start"], p["end"]): p["role"] for p in new["paragraphs"]}
    for key in sorted(before.keys() | after.keys()):
        was, now = before.get(key), after.get(key)
        if was != now:
            kind = "added" if was is None else "removed" if now is None else "changed"
            verdict = _verdict(was == truth.get(key), now == truth.get(key)) if key in truth else None
            yield Change("roles", doc_id, kind, short(new["text"][key[0]:key[1]] if now else old["text"][key[0]:key[1]]), *key,
                         old=was, new=now, verdict=verdict)
    was, now = byline_key(old["byline"]), byline_key(new["byline"])
    if was != now:
        judged = gold is not None and gold[0].annotates("byline")
        verdict = _verdict(was == byline_key(gold[1].get("byline")), now == byline_key(gold[1].get("byline"))) if judged else None
        yield Change("roles", doc_id, "changed", "byline", old=_byline_text(old["byline"]), new=_byline_text(new["byline"]), verdict=verdict)


def _byline_text(byline: dict | None) -> str | None:
    if not byline:
        return None
    reporters = ", ".join(" ".join(part for part in (r.get("name"), r.get("email")) if part) for r in byline.get("reporters", []))
    return " / ".join(part for part in (reporters, byline.get("publisher")) if part)


# Each compares one article's two records and yields its changes (quotes yields the speakers' too).
COMPARISONS: list[Callable[[str, dict, dict, tuple[Gold, dict] | None], Iterable[Change]]] = [_quotes, _items, _entities, _roles]
