"""Rendering escapes article text (markup in a scraped article is shown, never run); plots draw Hangul."""

from __future__ import annotations

import io
import warnings

import matplotlib
import matplotlib.pyplot as plt

from pipeline.analysis import frames
from pipeline.analysis.display import entity_html, use_korean_font
from tests.conftest import run_text

# The scrape escaped the markup; ingest decodes the entities, so the cleaned text holds a real <script>.
SCRIPT = "&lt;script&gt;alert(hello)&lt;/script&gt;"


def script_record() -> dict:
    record = run_text(f'박영희 시장은 "{SCRIPT} 함께하겠다"고 말했다. {SCRIPT}').to_json()
    assert "<script>" in record["text"] and "<script>" in record["quotes"][0]["text"]
    return record


def test_displacy_markup_escapes_the_text_and_the_title():
    record = script_record() | {"doc_id": "<script>alert(2)</script>"}
    markup = entity_html(record)
    assert '<mark class="entity"' in markup and "박영희" in markup
    assert "<script" not in markup and markup.count("&lt;script&gt;") == 3  # twice in the text, once in the title


def test_tables_escape_the_text():
    markup = frames.quotes([script_record()])[["speaker_name", "text"]].to_html()
    assert "<script" not in markup and "&lt;script&gt;" in markup


def test_seed_entities_are_all_marked(seed_record):
    assert entity_html(seed_record).count('<mark class="entity"') == len(seed_record["entities"])


def test_plots_draw_hangul_without_missing_glyphs():
    matplotlib.use("agg")
    with matplotlib.rc_context(), warnings.catch_warnings():
        use_korean_font()
        figure, axes = plt.subplots()
        axes.barh(["김동연", "강기정"], [3, -2])
        warnings.simplefilter("error")  # matplotlib warns for every glyph its fonts lack
        figure.savefig(io.BytesIO(), format="png")
    plt.close(figure)
