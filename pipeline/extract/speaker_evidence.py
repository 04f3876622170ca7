"""A quote's speaker, chosen among candidates by the evidence for each.

The candidates of a quote (:meth:`pipeline.extract.speakers.SpeakerFinder.candidates`) are the
persons, organisations and unnamed speakers of its sentence, the previous quote's speaker, the
referent of a pronoun, and the subjects of the sentences before. Each is described by the features
below and scored with the weights of ``pipeline/data/speakers.toml``: the likeliest wins when the
evidence is strong enough, else nobody does, with a reason. No candidate is taken silently.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from pipeline.lexicon import speaker_model
from pipeline.record import Speaker

# Where a candidate was found, and how the quote's attribution is then called.
WHERE = ("before", "after", "headline_speaker", "previous", "pronoun", "introducer", "earlier", "caption", "credited", "relative_head", "asked", "owner")
ATTRIBUTION = {"before": "explicit", "after": "explicit", "headline_speaker": "explicit", "previous": "carried",
               "pronoun": "pronoun", "introducer": "carried", "earlier": "carried", "caption": "explicit",
               "credited": "explicit", "relative_head": "explicit", "asked": "explicit", "owner": "explicit"}
FEATURES = (*WHERE, "person", "organisation", "unnamed", "surface_name", "title", "said_before", "subject", "also", "topic",
            "first_subject", "subject_between", "clause_between", "oblique", "followed_by_name", "distance", "nearest",
            "paragraphs_back", "connective_lead", "names_nobody", "speech_verb", "own_clause", "other_clause")
NO_CANDIDATE, WEAK_EVIDENCE, AMBIGUOUS = "no_candidate", "weak_evidence", "ambiguous"


@dataclass(frozen=True)
class Candidate:
    """Someone who may have said a quote, with the evidence for it."""

    speaker: Speaker
    where: str  # one of WHERE
    features: Mapping[str, float]

    @property
    def attribution(self) -> str:
        return ATTRIBUTION[self.where]


def probability(candidate: Candidate, weights: Mapping[str, float]) -> float:
    """The candidate's score: a logistic function of its weighted features."""
    z = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value for name, value in candidate.features.items())
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def choose(candidates: Sequence[Candidate], weights: Mapping[str, float] | None = None,
           threshold: float | None = None, margin: float | None = None) -> tuple[Candidate | None, str | None]:
    """The speaker among ``candidates`` and, when there is none, why (``no_candidate``,
    ``weak_evidence``, ``ambiguous``); the model's weights, threshold and margin by default."""
    model = speaker_model()
    weights = model.weights if weights is None else weights
    threshold = model.threshold if threshold is None else threshold
    margin = model.margin if margin is None else margin
    if not candidates:
        return None, NO_CANDIDATE
    scored = sorted(((probability(c, weights), index, c) for index, c in enumerate(candidates)), key=lambda s: (-s[0], s[1]))
    best_score, _, best = scored[0]
    if best_score < threshold:
        return None, WEAK_EVIDENCE
    rival = next((score for score, _, c in scored[1:] if c.speaker.name != best.speaker.name), None)
    if rival is not None and margin > 0 and best_score - rival < margin:
        return None, AMBIGUOUS
    return best, None


def named_here(speaker: Speaker | None, mention: str | None = None, at: int | None = None) -> Speaker | None:
    """The previous speaker, with the words that name them here (a pronoun) or none (carried over)."""
    return None if speaker is None else replace(speaker, mention=mention, start=at, end=None if at is None else at + len(mention or ""))
