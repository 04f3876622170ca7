"""The analyst notebooks: committed without outputs, run headless top to bottom, render to HTML.

Each notebook is executed once, in a kernel of the Python running the tests (the ``python3`` kernel
ipykernel installs in the same environment), from the notebooks folder as Jupyter would. A cell that
raises fails the test. The corpus overview reads ../shared/corpus/news when it is present.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbconvert import HTMLExporter

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
IMAGE = re.compile(r'<img [^>]*src="data:image/png;base64,')


def executed_html(name: str) -> str:
    """The notebook run top to bottom in a fresh kernel, rendered as ``jupyter nbconvert --to html`` does."""
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    html, _ = HTMLExporter().from_notebook_node(notebook)
    return html


@pytest.mark.parametrize("name", ["inspect_article.ipynb", "corpus_overview.ipynb"])
def test_committed_without_outputs(name):
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(cell.outputs == [] and cell.execution_count is None for cell in code)


def test_inspect_article_shows_the_highlighted_article_tables_and_scores():
    html = executed_html("inspect_article.ipynb")
    assert html.count('<mark class="entity"') > 50  # the seed's entities, marked by displaCy
    assert "김동연" in html and "경인일보" in html
    assert html.count('<table border="1" class="dataframe">') >= 6  # article, entities, duplicates, quotes, lists, links
    assert IMAGE.search(html)  # the scores per task


def test_corpus_overview_plots_every_section():
    html = executed_html("corpus_overview.ipynb")
    assert len(IMAGE.findall(html)) == 5  # publishers, duplicates, labels, speakers, enumeration sizes
    assert "named_with" in html  # the DuckDB query over the Parquet tables
