"""Notebook display: an article with its entities highlighted by spaCy's displaCy, and Hangul in plots.

Articles are scraped text and may hold markup (``&lt;script&gt;`` decodes to ``<script>``), so nothing
from a record may reach the page unescaped. displaCy escapes the text it highlights but inserts the
title and labels as given, so those are escaped here.
"""

from __future__ import annotations

import html
import importlib.metadata
from collections.abc import Mapping
from typing import Any

import matplotlib
from matplotlib import font_manager
from spacy import displacy

# KLUE labels in displaCy's colours for the OntoNotes labels they correspond to.
COLORS = {"PS": "#aa9cfc", "LC": "#ff9561", "OG": "#7aecec", "DT": "#bfe1d9", "TI": "#bfe1d9", "QT": "#e4e7d2"}


def entity_html(record: Mapping[str, Any]) -> str:
    """The record's cleaned text with its entity spans marked, titled with its doc_id (displaCy manual mode)."""
    spans = [
        {"start": entity["start"], "end": entity["end"], "label": html.escape(entity["label"])}
        for entity in sorted(record["entities"], key=lambda entity: entity["start"])
    ]
    document = {"text": record["text"], "ents": spans, "title": html.escape(record["doc_id"])}
    return displacy.render(document, style="ent", manual=True, jupyter=False, options={"colors": COLORS})


def use_korean_font() -> None:
    """Let matplotlib draw Hangul (names, publishers) instead of empty boxes.

    Registers NanumGothic from the font files the koreanize-matplotlib distribution ships, found through
    its file list: its module is not imported, because it needs distutils, which Python 3.12 removed.
    DejaVu Sans stays behind it for the glyphs NanumGothic lacks, such as the minus sign.
    """
    for file in importlib.metadata.files("koreanize-matplotlib") or ():
        if file.suffix == ".ttf":
            font_manager.fontManager.addfont(str(file.locate()))
    matplotlib.rcParams["font.family"] = ["NanumGothic", "DejaVu Sans"]
