"""The weights a quote's speaker candidates are scored with (``speakers.toml``), hand-set and learned."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from pipeline.lexicon.files import LexiconError, read_table


@dataclass(frozen=True)
class SpeakerModel:
    """The weights a quote's speaker candidates are scored with (``speakers.toml``)."""

    use: str
    threshold: float
    margin: float
    hand: dict[str, float]
    learned: dict[str, float]

    @property
    def weights(self) -> dict[str, float]:
        return self.learned if self.use == "learned" else self.hand


@functools.cache
def speaker_model() -> SpeakerModel:
    model = read_table(SpeakerModel, "speakers.toml")
    if model.use not in ("hand", "learned"):
        raise LexiconError("speakers.toml", None, f"use must be 'hand' or 'learned', found {model.use!r}")
    if set(model.hand) != set(model.learned):
        raise LexiconError("speakers.toml", None, "the hand and learned tables must name the same features")
    return model
