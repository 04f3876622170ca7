"""``kornews_token_cues``: what the data knows about each word, where the NER model reads it as a feature.

spaCy tokens built from kiwipiepy have no lemmas, so ``token.lemma_`` carries a cue instead:

- ``LC``, ``OG`` or ``GOV`` for a name in kornews' gazetteer and local-government table, ``TITLE``
  for a job title, ``INST`` for a proper noun with an institution's ending (the lexicon);
- else ``k`` and a KLUE label (``kPS``, ``kLC``, …) for a word of the **entity forms** the model was
  trained with: forms tagged as entities in KLUE-NER's train split, built by
  :mod:`pipeline.training.entity_forms` and saved in the model's directory (they are KLUE data and
  travel with the model under its licence, like its vocabulary);
- else ``-``.

The lexicon grows after a model is trained, so a model's training records the lexicon cues it was
trained with (:data:`CUE_TABLE_FILE` in its directory: every form of its training file with a cue).
``kornews train-ner`` trains from that table to reproduce the model; at run time the cues come from
the lexicon as it is now, which keeps every cue of the table and adds the names learnt since.

A form of several tokens (``서울 시청``) gives its cue to each of them; the longest form wins.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.language.kiwi_doc import Words
from pipeline.lexicon import entity_cues, is_job_title, known_names, titles

FORMS_FILE = "entity_forms.json"
CUE_TABLE_FILE = "training_cues.tsv"
PROPER_NOUN = "NNP"
NO_CUE = "-"
FORM_CUE_PREFIX = "k"
TITLE_CUE = "TITLE"


@Language.factory("kornews_token_cues")
def make_token_cues(nlp: Language, name: str) -> TokenCues:
    return TokenCues()


class TokenCues:
    """Sets every token's cue; holds the entity forms (surface -> KLUE label) the model was trained with.

    ``table`` (a cue table, :func:`read_cue_table`) replaces the lexicon's cues: training reads the
    cues a model was trained with from it. It is not saved with the component.
    """

    def __init__(self, forms: dict[str, str] | None = None, first_words: Iterable[str] = (), longest: int = 1,
                 table: Mapping[tuple[str, bool], str] | None = None) -> None:
        self.forms: dict[str, str] = {}
        self.first_words: frozenset[str] = frozenset()
        self.longest = 1
        self.set_forms(forms or {}, first_words, longest)
        self.table = table

    def set_forms(self, forms: dict[str, str], first_words: Iterable[str], longest: int = 1) -> None:
        """``first_words``: the first token of each form longer than one token; ``longest``: the most tokens in a form."""
        self.forms, self.first_words, self.longest = dict(forms), frozenset(first_words), max(longest, 1)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            words = Words.of(doc)
            cue_of = _lexicon_cue if self.table is None else self._table_cue
            cues = [cue_of(text, tag == PROPER_NOUN) for text, tag in zip(words.texts, words.tags)]
            if self.table is None:  # 선 + 대위 of 선대위: a title only as a word of its own is none glued to a word
                cues = [NO_CUE if cue == TITLE_CUE and i and not words.spaced[i - 1] and words.texts[i] in titles().whole_words_only else cue
                        for i, cue in enumerate(cues)]
            if self.forms:
                self._add_form_cues(words, cues)
            strings = doc.vocab.strings
            doc.from_array([LEMMA], numpy.fromiter(map(strings.add, cues), dtype="uint64", count=len(cues)).reshape(-1, 1))
        return doc

    def _table_cue(self, text: str, proper_noun: bool) -> str:
        return self.table.get((text, proper_noun), NO_CUE)

    def _add_form_cues(self, words: Words, cues: list[str]) -> None:
        index, count = 0, len(words.texts)
        while index < count:
            size = self._form_at(words, index)
            if size:
                cue = FORM_CUE_PREFIX + self.forms[words.join(index, index + size)]
                for each in range(index, index + size):
                    if cues[each] == NO_CUE:
                        cues[each] = cue
                index += size
            else:
                index += 1

    def _form_at(self, words: Words, index: int) -> int:
        """How many tokens from ``index`` make the longest known form (0: none)."""
        if words.texts[index] in self.first_words:
            for size in range(min(self.longest, len(words.texts) - index), 1, -1):
                if words.join(index, index + size) in self.forms:
                    return size
        return 1 if words.texts[index] in self.forms else 0

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Writes the forms, if any: a model trained without them is saved as before."""
        if not self.forms:
            return
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        table = {"longest": self.longest, "first_words": sorted(self.first_words), "forms": dict(sorted(self.forms.items()))}
        (path / FORMS_FILE).write_text(json.dumps(table, ensure_ascii=False, indent=0), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> TokenCues:
        """A model trained without entity forms has no file: its tokens get the lexicon's cues only."""
        file = Path(path) / FORMS_FILE
        if file.exists():
            table = json.loads(file.read_text(encoding="utf-8"))
            self.set_forms(table["forms"], table["first_words"], table["longest"])
        return self


def lexicon_cue_table(docs: Iterable[Doc]) -> dict[tuple[str, bool], str]:
    """The lexicon's cue of every token form of ``docs`` that has one, keyed by form and whether
    kiwipiepy tagged it a proper noun: the cues a model trained on ``docs`` learns from."""
    table: dict[tuple[str, bool], str] = {}
    for doc in docs:
        words = Words.of(doc)
        for text, tag in zip(words.texts, words.tags):
            cue = _lexicon_cue(text, tag == PROPER_NOUN)
            if cue != NO_CUE:
                table[text, tag == PROPER_NOUN] = cue
    return table


def write_cue_table(table: Mapping[tuple[str, bool], str], path: Path) -> None:
    """One ``form, NNP or -, cue`` line per form, sorted: the same table gives the same bytes."""
    rows = sorted(f"{text}\t{PROPER_NOUN if proper else NO_CUE}\t{cue}\n" for (text, proper), cue in table.items())
    path.write_text("".join(rows), encoding="utf-8")


def read_cue_table(path: Path) -> dict[tuple[str, bool], str]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        text, proper, cue = line.split("\t")
        table[text, proper == PROPER_NOUN] = cue
    return table


@functools.lru_cache(maxsize=65536)
def _lexicon_cue(text: str, proper_noun: bool) -> str:
    name = known_names().get(text)
    if name is not None:
        return "GOV" if name.government else name.label
    if is_job_title(text):
        return TITLE_CUE
    if proper_noun and entity_cues().institution.search(text):
        return "INST"
    return NO_CUE
