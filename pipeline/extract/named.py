"""A speaker named in the text, with the grammar around the name: what :class:`~pipeline.extract.speakers.SpeakerFinder`
reads in a span and the candidates of a quote are made of."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.record import Speaker


@dataclass(frozen=True)
class Named:
    """A speaker named in the text, and the grammar around the name."""

    speaker: Speaker
    kind: str  # person, organisation, unnamed (도 관계자), surface_name (a name the entities missed)
    particle: str | None  # the subject or topic particle after the name or its title phrase (은, 가)
    oblique: bool  # another particle follows it (에게, 에 대해, 을, 의)
    followed_by_name: bool  # another name follows it directly (가람제다 한소율 대표는)
    headline: bool  # a name right before an opening mark (안철수 "…")

    @property
    def start(self) -> int:
        return self.speaker.start or 0
