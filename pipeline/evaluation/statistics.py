"""What a set of gold files holds, per source: articles, paragraphs, bylines, quotes, lists, entities."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from pipeline.evaluation.gold import Gold

COLUMNS = ("articles", "paragraphs", "chrome paragraphs", "bylines", "direct quotes", "indirect quotes",
           "lists", "list items", "articles with entities", "entities")


def gold_counts(golds: Iterable[Gold]) -> dict[str, Counter[str]]:
    """Counts per source (the input file a gold article was drawn from) and ``all``; optional
    annotations (readings the guideline leaves open) are not counted."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for gold in golds:
        data = gold.data
        quotes = [q for q in data.get("quotes", []) if not q.get("optional")]
        lists = [e for e in data.get("enumerations", []) if not e.get("optional")]
        found = Counter({
            "articles": 1,
            "paragraphs": len(data.get("paragraphs", [])),
            "chrome paragraphs": sum(p.get("role") == "boilerplate" for p in data.get("paragraphs", [])),
            "bylines": int(bool(data.get("byline"))),
            "direct quotes": sum((q.get("kind") or "direct") == "direct" for q in quotes),
            "indirect quotes": sum(q.get("kind") == "indirect" for q in quotes),
            "lists": len(lists),
            "list items": sum(len(e["items"]) for e in lists),
            "articles with entities": int("entities" in data),
            "entities": sum(not e.get("optional") for e in data.get("entities", [])),
        })
        counts[data.get("source") or "(unknown)"] += found
        counts["all"] += found
    return dict(sorted(counts.items(), key=lambda item: (item[0] == "all", item[0])))


def as_markdown(counts: dict[str, Counter[str]]) -> str:
    """The counts as a Markdown table, one row per source."""
    rows = ["| source | " + " | ".join(COLUMNS) + " |", "|---|" + "---:|" * len(COLUMNS)]
    rows += [f"| {source} | " + " | ".join(str(found[c]) for c in COLUMNS) + " |" for source, found in counts.items()]
    return "\n".join(rows) + "\n"
