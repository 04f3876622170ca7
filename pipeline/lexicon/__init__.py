"""The lexicon: every word list, cue and table the rules use, read from ``pipeline/data/`` and typed.

Each data file is read once per process, on first use, and checked as it is read: a malformed row or
key raises :class:`LexiconError` naming the file and line. Stages and language components import
their words from here, never from a literal in code:

- :mod:`~pipeline.lexicon.tables` (``grammar.toml``, ``entities.toml``), :mod:`~pipeline.lexicon.quote_table`
  (``quotes.toml``), :mod:`~pipeline.lexicon.role_table` (``roles.toml``) and :mod:`~pipeline.lexicon.enumerations`
  (``enumerations.toml``): the cue tables as frozen dataclasses;
- :mod:`~pipeline.lexicon.names`: the gazetteer, local governments, surnames and publishers;
- :mod:`~pipeline.lexicon.titles`: job titles, and whether a word is one (``titles.toml``);
- :mod:`~pipeline.lexicon.speakers`: the speaker model's weights (``speakers.toml``).

The entity patterns (``entity_patterns.jsonl``) are spaCy Matcher patterns and are read by the rule
component in :mod:`pipeline.language.entity_rules` with :func:`entity_patterns`.
"""

from __future__ import annotations

import functools
import json

from pipeline.lexicon.enumerations import list_cues
from pipeline.lexicon.files import LexiconError, data_text
from pipeline.lexicon.names import (
    Government,
    Name,
    canonical_name,
    expanded_name,
    government_and_body,
    governments,
    governments_named,
    known_names,
    known_prefixes,
    name_like,
    names_a_body,
    is_publisher,
    publisher_for_domain,
    publisher_regions,
    starts_with_surname,
    surnames,
    hanja_surnames,
)
from pipeline.lexicon.speakers import speaker_model
from pipeline.lexicon.role_table import role_cues
from pipeline.lexicon.quote_table import quote_cues
from pipeline.lexicon.tables import (
    entity_cues,
    grammar,
)
from pipeline.lexicon.titles import (
    ends_speaker_title,
    government_post,
    holds_compound_title,
    holds_title,
    is_job_title,
    job_title_of,
    numbered_rank,
    person_only_title,
    role_of_word,
    titles,
)
from pipeline.record import ENTITY_LABELS

__all__ = [
    "Government", "LexiconError", "Name", "canonical_name",
    "expanded_name", "ends_speaker_title", "entity_cues",
    "entity_patterns", "government_and_body", "government_post", "governments", "governments_named", "grammar", "holds_compound_title", "holds_title", "is_job_title", "job_title_of", "person_only_title", "known_names",
    "known_prefixes", "list_cues", "name_like", "names_a_body", "numbered_rank", "hanja_surnames", "is_publisher", "publisher_for_domain", "publisher_regions", "quote_cues", "role_cues", "role_of_word",
    "speaker_model", "starts_with_surname", "surnames", "titles",
]


@functools.cache
def entity_patterns() -> tuple[tuple[int, str, list[dict]], ...]:
    """``(line, label, pattern)`` per line of ``entity_patterns.jsonl``; spaCy checks each pattern's tokens."""
    patterns = []
    for number, line in enumerate(data_text("entity_patterns.jsonl").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rule = json.loads(line)
        except json.JSONDecodeError as error:
            raise LexiconError("entity_patterns.jsonl", number, f"not JSON ({error.msg})") from error
        if not isinstance(rule, dict) or rule.get("label") not in ENTITY_LABELS or not isinstance(rule.get("pattern"), list):
            raise LexiconError("entity_patterns.jsonl", number, 'expected {"label": a KLUE label, "pattern": [token, ...]}')
        patterns.append((number, rule["label"], rule["pattern"]))
    return tuple(patterns)
