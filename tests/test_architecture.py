"""The architecture as tests: words live in the lexicon, modules stay small, every package says what it is for.

(The import layers are checked by import-linter: `lint-imports`, run by `make test`.)
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
MODULES = sorted(PACKAGE.rglob("*.py"))
HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
HANGUL_RANGE = "가-힣"  # a character class over all syllables names no word
MAX_LINES = 400


def docstrings(tree: ast.AST) -> set[int]:
    """ids of the string nodes that are docstrings."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                found.add(id(first.value))
    return found


def messages(tree: ast.AST) -> set[int]:
    """ids of the strings inside a ``raise`` statement: what an error says."""
    return {id(node) for raised in ast.walk(tree) if isinstance(raised, ast.Raise) for node in ast.walk(raised)}


def korean_literals(path: Path) -> list[tuple[int, str]]:
    """(line, string) of every string literal holding Hangul, docstrings and error messages aside."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    allowed = docstrings(tree) | messages(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in allowed
        and HANGUL.search(node.value.replace(HANGUL_RANGE, ""))
    ]


def test_no_korean_word_or_cue_outside_the_lexicon():
    """Every word list, cue and table is data (pipeline/data/, read by pipeline/lexicon/)."""
    outside = [path for path in MODULES if PACKAGE / "lexicon" not in path.parents]
    assert [(str(path.relative_to(PACKAGE)), *found) for path in outside for found in korean_literals(path)] == []


def test_the_check_sees_a_korean_cue_in_code(tmp_path):
    module = tmp_path / "module.py"
    module.write_text('"""독스트링은 괜찮다."""\nPARTICLES = ("은", "는")\nPATTERN = r"[가-힣]{2}"\n'
                      'raise ValueError("오류 메시지도 괜찮다")\n', encoding="utf-8")
    assert korean_literals(module) == [(2, "은"), (2, "는")]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_stay_short(path: Path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


@pytest.mark.parametrize("package", sorted(p.parent for p in PACKAGE.rglob("__init__.py")), ids=lambda p: p.name)
def test_every_package_says_what_it_is_for(package: Path):
    docstring = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8")))
    assert docstring and len(docstring.split()) >= 12, f"{package}: a paragraph on what this folder holds"


def pinned_versions() -> dict[str, str]:
    lines = (PACKAGE.parent / "constraints.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split("==") for line in lines if line and not line.startswith("#"))


@pytest.mark.parametrize(("name", "version"), sorted(pinned_versions().items()))
def test_the_suite_runs_on_the_pinned_analysers(name, version):
    """The floors were measured on these versions: a test run on others would not say what it seems to."""
    from importlib.metadata import version as installed

    assert installed(name) == version, f"{name} {installed(name)} installed, constraints.txt pins {version}: `make test` installs the pins"
