"""Data files under ``pipeline/data/``, each read once per process."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources


def data_path(name: str):
    return resources.files("pipeline") / "data" / name


@dataclass(frozen=True)
class RoleCues:
    reporter_titles: tuple[str, ...]
    dateline_publishers: tuple[str, ...]
    boilerplate: tuple[re.Pattern[str], ...]
    caption: tuple[re.Pattern[str], ...]


@functools.cache
def role_cues() -> RoleCues:
    table = tomllib.loads(data_path("roles.toml").read_text(encoding="utf-8"))
    return RoleCues(
        reporter_titles=tuple(table["reporter_titles"]),
        dateline_publishers=tuple(table["dateline_publishers"]),
        boilerplate=tuple(re.compile(p) for p in table["boilerplate"]),
        caption=tuple(re.compile(p) for p in table["caption"]),
    )


@functools.cache
def publishers_by_domain() -> dict[str, str]:
    """``{'kyeongin.com': '경인일보', ...}`` from ``publishers.tsv``."""
    table: dict[str, str] = {}
    for line in data_path("publishers.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            domain, publisher = line.split("\t")
            table[domain.strip().lower()] = publisher.strip()
    return table


def publisher_for_domain(domain: str) -> str | None:
    """``news.kyeongin.com`` -> ``경인일보``: the longest known suffix of the domain wins."""
    table = publishers_by_domain()
    labels = domain.lower().split(".")
    for i in range(len(labels) - 1):
        publisher = table.get(".".join(labels[i:]))
        if publisher:
            return publisher
    return None
