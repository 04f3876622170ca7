"""Entity forms of KLUE's train split: a lexicon the NER model reads as a feature.

KLUE-NER's 21k train sentences come without labels, but konec's statistics say how often each
surface form was tagged with each fine NIKL label there (``konec-train-forms.tsv``). Counting how
often the same form occurs at all in those sentences, as a run of kiwipiepy tokens, tells a name
(``가람휴게소``: tagged wherever it occurs) from a word that is an entity only now and then (``이날``
is a date in a few of its occurrences). A form becomes a cue when it was tagged in at least
``min_tagged_share`` of its occurrences and ``min_label_share`` of its tags agree on one KLUE label.

Fine labels map to KLUE's six by their first level (``LCP_CITY`` -> LC, ``OGG_POLITICS`` -> OG); the
first levels without a KLUE label (artifacts, civilisation, events …) count as tags of no label, so a
form mostly tagged as an artifact is no cue.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluation.klue import SENTENCES_FILE, unlabelled_sentences
from pipeline.language.analysers import kiwi
from pipeline.language.kiwi_doc import surface_segments
from pipeline.lexicon import ENTITY_LABELS

FORMS_FILE = "konec-train-forms.tsv"
TAGSET_FILE = "konec-tagset-150.tsv"


@dataclass(frozen=True)
class EntityForms:
    forms: dict[str, str]  # surface -> KLUE label
    first_words: frozenset[str]  # the first token of each form of several tokens
    longest: int  # the most tokens in a form


def entity_forms(klue_dir: Path, *, labels: Iterable[str] = ENTITY_LABELS, longest: int = 4,
                 min_tagged_share: float = 0.5, min_label_share: float = 0.7) -> EntityForms:
    """The forms of ``labels`` tagged often enough, with their KLUE label, from the konec statistics in ``klue_dir``."""
    wanted = frozenset(labels)
    tags = _tags_by_form(klue_dir / FORMS_FILE, _klue_label_of(klue_dir / TAGSET_FILE))
    sentences = [text for _, text in unlabelled_sentences(klue_dir / SENTENCES_FILE)]
    occurrences: Counter[str] = Counter()
    sizes: dict[str, int] = {}
    first_words: dict[str, str] = {}
    for text, morphemes in zip(sentences, kiwi().tokenize(sentences)):
        segments = surface_segments(morphemes)
        for first in range(len(segments)):
            for last in range(first, min(first + longest, len(segments))):
                surface = text[segments[first][0]:segments[last][1]]
                if surface in tags:
                    occurrences[surface] += 1
                    sizes.setdefault(surface, last - first + 1)
                    first_words.setdefault(surface, text[segments[first][0]:segments[first][1]])
    forms: dict[str, str] = {}
    for surface, seen in occurrences.items():
        label, tagged = _majority(tags[surface])
        if label in wanted and tagged >= min_tagged_share * seen and tagged >= min_label_share * sum(tags[surface].values()):
            forms[surface] = label
    firsts = frozenset(first_words[surface] for surface in forms if sizes[surface] > 1)
    return EntityForms(forms, firsts, max((sizes[surface] for surface in forms), default=1))


def _klue_label_of(tagset: Path) -> dict[str, str | None]:
    with tagset.open(encoding="utf-8") as file:
        return {row["label"]: row["level1"] if row["level1"] in ENTITY_LABELS else None for row in csv.DictReader(file, delimiter="\t")}


def _tags_by_form(path: Path, klue_label_of: dict[str, str | None]) -> dict[str, Counter[str | None]]:
    tags: dict[str, Counter[str | None]] = defaultdict(Counter)
    with path.open(encoding="utf-8") as file:
        for row in csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE):
            tags[row["form"]][klue_label_of.get(row["label"])] += int(row["train_freq"])
    return tags


def _majority(tags: Counter[str | None]) -> tuple[str | None, int]:
    labelled = [(count, label) for label, count in tags.items() if label is not None]
    if not labelled:
        return None, 0
    count, label = max(labelled, key=lambda pair: (pair[0], pair[1]))
    return label, count

