"""Quotes: detection, attribution (the speaker's name) and both together (end to end), per kind.

Direct quotes pair on their text after whitespace normalisation. Indirect quotes have no marks to
fix their start (where a reported clause begins is a matter of judgement), so they pair when their
spans overlap by at least half of their union (``INDIRECT_OVERLAP``). A quote without ``kind`` is direct.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pipeline.evaluation.counts import DISAGREEMENTS, Counts, Finding, Ratio, disagreement, normalise_space, short

INDIRECT_OVERLAP = 0.5


@dataclass
class QuoteScores:
    detection: Counts = field(default_factory=Counts)
    attribution: Ratio = field(default_factory=Ratio)
    e2e: Counts = field(default_factory=Counts)
    # Attribution by how the gold says its speaker is found (explicit, carried, pronoun, unresolved), and
    # the wrong speakers by kind: the split says which part of speaker finding to work on, even where the
    # misses themselves are sealed.
    attribution_by_way: dict[str, Ratio] = field(default_factory=dict)
    wrong_speakers: Counter = field(default_factory=Counter)

    def __iadd__(self, other: QuoteScores) -> QuoteScores:
        self.detection += other.detection
        self.e2e += other.e2e
        self.attribution += other.attribution
        for way, ratio in other.attribution_by_way.items():
            self.attribution_by_way.setdefault(way, Ratio()).__iadd__(ratio)
        self.wrong_speakers += other.wrong_speakers
        return self

    def add_attribution(self, gold: dict, predicted: dict | None) -> bool:
        """Count one gold quote's speaker against its detected partner (None: the quote was missed, so its
        speaker is not right, but no wrong speaker either); True when it is right."""
        wrong = None if predicted is None else disagreement(speaker_name(gold), speaker_name(predicted))
        right = predicted is not None and wrong is None
        self.attribution.add(right)
        self.attribution_by_way.setdefault(gold.get("attribution") or "explicit", Ratio()).add(right)
        if wrong:
            self.wrong_speakers[wrong] += 1
        return right

    def as_dict(self) -> dict[str, Any]:
        return {"detection": self.detection.as_dict(), "attribution": self.attribution.as_dict(), "e2e": self.e2e.as_dict(),
                "attribution_by_way": {way: ratio.as_dict() for way, ratio in sorted(self.attribution_by_way.items())},
                "wrong_speakers": {kind: self.wrong_speakers[kind] for kind in DISAGREEMENTS}}


def kind_of(quote: dict) -> str:
    return quote.get("kind") or "direct"


def score_quotes(gold: list[dict], predicted: list[dict], doc_id: str = "", kind: str = "direct") -> tuple[QuoteScores, list[Finding]]:
    """Detection, attribution and end-to-end counts for one document's quotes of one ``kind``. A gold quote
    marked ``optional`` (a reading the guideline leaves open) is neither missed when absent nor makes the
    prediction on it spurious."""
    scores, findings = QuoteScores(), []
    optional = [quote for quote in gold if quote.get("optional") and kind_of(quote) == kind]
    gold = [quote for quote in gold if not quote.get("optional") and kind_of(quote) == kind]
    predicted = [quote for quote in predicted if kind_of(quote) == kind]
    pairs = pair_quotes(gold, predicted, kind)
    unpaired = [index for index in range(len(predicted)) if index not in set(pairs.values())]
    tolerated = {unpaired[j] for j in pair_quotes(optional, [predicted[i] for i in unpaired], kind).values()}
    task = "quotes" if kind == "direct" else "indirect quotes"
    for index, quote in enumerate(gold):
        partner = pairs.get(index)
        if partner is None:
            scores.detection.fn += 1
            scores.e2e.fn += 1
            scores.add_attribution(quote, None)
            findings.append(Finding(task, doc_id, "missed", short(quote["text"]), quote["start"], quote["end"], f"speaker {speaker_name(quote)}"))
            continue
        scores.detection.tp += 1
        if scores.add_attribution(quote, predicted[partner]):
            scores.e2e.tp += 1
        else:
            scores.e2e.fn += 1
            scores.e2e.fp += 1
            findings.append(
                Finding(task, doc_id, "wrong speaker", short(quote["text"]), quote["start"], quote["end"],
                        f"gold {speaker_name(quote)}, predicted {speaker_name(predicted[partner])}")
            )
    paired = set(pairs.values()) | tolerated
    for index, quote in enumerate(predicted):
        if index not in paired:
            scores.detection.fp += 1
            scores.e2e.fp += 1
            findings.append(Finding(task, doc_id, "spurious", short(quote["text"]), quote.get("start"), quote.get("end"), f"speaker {speaker_name(quote)}"))
    return scores, findings


def pair_quotes(gold: list[dict], predicted: list[dict], kind: str = "direct") -> dict[int, int]:
    """Gold index -> predicted index, for quotes of one ``kind``: direct ones on their text, indirect
    ones on overlapping spans."""
    return _pair_by_text(gold, predicted) if kind == "direct" else _pair_overlapping(gold, predicted)


def _pair_by_text(gold: list[dict], predicted: list[dict]) -> dict[int, int]:
    """Gold index -> predicted index, on normalised text; among equal texts the nearest offsets win."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for g_index, quote in enumerate(gold):
        key = normalise_space(quote["text"])
        candidates = [i for i, p in enumerate(predicted) if i not in taken and normalise_space(p["text"]) == key]
        if candidates:
            best = min(candidates, key=lambda i: abs(predicted[i].get("start", 0) - quote["start"]))
            pairs[g_index] = best
            taken.add(best)
    return pairs


def _pair_overlapping(gold: list[dict], predicted: list[dict]) -> dict[int, int]:
    """Gold index -> predicted index: the pairs whose spans overlap most, each at least ``INDIRECT_OVERLAP``."""
    def overlap(g: dict, p: dict) -> float:
        shared = min(g["end"], p["end"]) - max(g["start"], p["start"])
        return shared / (max(g["end"], p["end"]) - min(g["start"], p["start"])) if shared > 0 else 0.0

    candidates = sorted(((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
                        key=lambda c: (-c[0], c[1], c[2]))
    pairs: dict[int, int] = {}
    for share, gi, pi in candidates:
        if share >= INDIRECT_OVERLAP and gi not in pairs and pi not in pairs.values():
            pairs[gi] = pi
    return pairs


def speaker_name(quote: dict) -> str | None:
    speaker = quote.get("speaker")
    return normalise_space(speaker["name"]) if speaker and speaker.get("name") else None
