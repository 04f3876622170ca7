"""Canonical names, in one place for entities and quotes.

A person is often introduced in full and then called by surname and title (``김동연 지사`` … ``김 지사``);
governments go by short forms (``광주`` = 광주광역시, ``충남`` = 충청남도). These functions map a
mention to the name an analyst would join on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import re

from pipeline.entity_rules import WORD_PARTICLE, canonical_name, role_of_word

SURNAME_AND_WORD = re.compile(r"(?<![가-힣])([가-힣]) ([가-힣]+)")


def resolve_canonicals(entities: Sequence[dict[str, Any]], text: str = "") -> None:
    """Fill ``canonical`` on every entity (in text order) in place.

    ``[김동연 PS, 강기정 PS, 강 PS]`` -> the last one's canonical is ``강기정``. A surname followed by
    모 in ``text`` is an anonymised person (``김모씨``): named ``김모``, never resolved to a named 김.
    """
    people: list[dict[str, Any]] = []
    for entity in entities:
        if entity["label"] == "PS" and len(entity["text"]) == 1 and text and text[entity["end"] : entity["end"] + 1] == "모":
            entity["canonical"] = entity["text"] + "모"
        elif entity["label"] == "PS":
            entity["canonical"] = full_name(entity["text"], entity.get("role"), people) or entity["text"]
            people.append(entity)
        else:
            entity["canonical"] = canonical_name(entity["text"]) or entity["text"]


def surname_references(text: str, entities: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """People called by surname and title (``이 후보는``) that the entities missed, where the article
    has named someone with that surname before: kiwipiepy reads a lone 이 as a determiner (this), so
    the model, which sees one sentence, cannot tell.
    """
    found = []
    for match in SURNAME_AND_WORD.finditer(text):
        surname, start = match.group(1), match.start(1)
        role = role_of_word(WORD_PARTICLE.sub("", match.group(2)))
        if role is None or any(e["start"] < start + 1 and start < e["end"] for e in entities):
            continue
        if any(e["label"] == "PS" and e["end"] <= start and len(e["text"]) >= 2 and e["text"].startswith(surname) for e in entities):
            found.append({"start": start, "end": start + 1, "text": surname, "label": "PS", "canonical": surname,
                          "source": "rule", "role": role})
    return found


def full_name(mention: str, role: str | None, people: Sequence[dict[str, Any]]) -> str | None:
    """The full name a surname-only mention refers to: the latest earlier person with that surname,
    preferring one with the same role (``김 지사`` -> 김동연 지사, not 김철수 의원)."""
    if len(mention) != 1:
        return None
    candidates = [p for p in people if len(p["canonical"]) >= 2 and p["canonical"].startswith(mention)]
    same_role = [p for p in candidates if role and p.get("role") == role]
    chosen = (same_role or candidates)[-1:]
    return chosen[0]["canonical"] if chosen else None


def mention_summary(entities: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each canonical entity once, in order of first mention, with its label, count and stated role."""
    summary: dict[tuple[str, str], dict[str, Any]] = {}
    for entity in entities:
        key = (entity["canonical"], entity["label"])
        item = summary.setdefault(key, {"canonical": entity["canonical"], "label": entity["label"], "count": 0, "role": None})
        item["count"] += 1
        item["role"] = item["role"] or entity.get("role")
    return list(summary.values())
