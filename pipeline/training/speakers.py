"""Fitting the speaker model's weights on the development gold, and comparing them with the hand-set ones.

Every quote the pipeline finds in a gold article and the gold also has is an example: its candidates
(:func:`pipeline.extract.speaker_candidates.quote_candidates`) with their features, and the gold
speaker's name. A candidate is a positive row when it names the gold speaker. A logistic regression
(scikit-learn) is fitted on the rows; the hand weights and the fitted ones are then compared by the
share of quotes whose chosen speaker is the gold one (nobody, when the gold has nobody), across folds
of whole articles, so that no article's quotes are both fitted and scored.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluation.gold import Gold
from pipeline.evaluation.quotes import kind_of, pair_quotes, speaker_name
from pipeline.extract.speaker_candidates import quote_candidates
from pipeline.extract.speaker_evidence import FEATURES, Candidate, choose
from pipeline.extract.speakers import SpeakerFinder
from pipeline.lexicon import speaker_model
from pipeline.record import Article, Quote
from pipeline.record.serialise import to_json
from pipeline.stages import process

FOLDS = 5
REGULARISATION = 0.1  # scikit-learn's C: the inverse strength of the L2 penalty on the corrections to the hand weights
CALIBRATION_SHARE = 0.0  # of the gold speakers' scores that may fall below the threshold: none


@dataclass(frozen=True)
class Example:
    """One quote: its candidates and the gold speaker's name (None: the gold names nobody)."""

    doc_id: str
    kind: str
    candidates: tuple[Candidate, ...]
    gold: str | None

    @property
    def reachable(self) -> bool:
        """Whether a candidate names the gold speaker (or the gold names nobody)."""
        return self.gold is None or any(c.speaker.name == self.gold for c in self.candidates)


def examples_from(articles: Iterable[Article], golds: Mapping[str, Gold]) -> list[Example]:
    """The examples of every gold article: the pipeline's quotes paired with the gold's."""
    found = []
    for article in articles:
        result = process(copy.deepcopy(article))
        if not isinstance(result, Article) or article.doc_id not in golds:
            continue
        gold = golds[article.doc_id].anchored(result.text)
        found += _article_examples(result, gold.get("quotes", []))
    return found


def _article_examples(article: Article, gold_quotes: list[dict]) -> list[Example]:
    finder = SpeakerFinder(article, [(q.start - 1, q.end) for q in article.quotes if q.kind == "direct"])
    as_json = [to_json(q) for q in article.quotes]
    examples = []
    for kind in ("direct", "indirect"):
        wanted = [q for q in gold_quotes if kind_of(q) == kind and not q.get("optional")]
        predicted = [i for i, q in enumerate(article.quotes) if q.kind == kind]
        pairs = pair_quotes(wanted, [as_json[i] for i in predicted], kind)
        for g_index, p_index in pairs.items():
            index = predicted[p_index]
            quote = article.quotes[index]
            spoken = frozenset(q.speaker.name for q in article.quotes[:index] if q.speaker is not None)
            candidates = quote_candidates(finder, *_marks(quote), article.quotes[:index], spoken)
            examples.append(Example(article.doc_id, kind, tuple(candidates), speaker_name(wanted[g_index])))
    return examples


def _marks(quote: Quote) -> tuple[int, int]:
    """Where the quote's speaker search starts and ends, as the quotes stage calls it."""
    if quote.kind == "direct":
        return quote.start - 1, quote.end
    return quote.start, quote.end


def accuracy(examples: list[Example], weights: Mapping[str, float], threshold: float) -> float:
    """The share of quotes whose chosen speaker is the gold one (nobody for nobody)."""
    if not examples:
        return 0.0
    right = 0
    for example in examples:
        chosen, _ = choose(example.candidates, weights, threshold, 0.0)
        right += (chosen.speaker.name if chosen else None) == example.gold
    return right / len(examples)


def fit(examples: list[Example], regularisation: float = REGULARISATION) -> dict[str, float]:
    """Weights that rank each quote's gold speaker above its other candidates, learned as corrections
    to the hand weights: a logistic regression (scikit-learn) on pairs of candidates whose inputs are
    the features and the hand model's score, so that the penalty pulls every weight towards its hand
    value rather than towards zero (features the development set rarely shows keep their sense). A
    ``bias`` puts all but the weakest ``CALIBRATION_SHARE`` of the gold speakers above the threshold."""
    from sklearn.linear_model import LogisticRegression

    hand = speaker_model().hand
    rows, labels = [], []
    for example in examples:
        right = [c for c in example.candidates if c.speaker.name == example.gold]
        wrong = [c for c in example.candidates if c.speaker.name != example.gold]
        for good in right:
            for bad in wrong:
                difference = [good.features.get(name, 0.0) - bad.features.get(name, 0.0) for name in FEATURES]
                difference.append(sum(hand.get(name, 0.0) * value for name, value in zip(FEATURES, difference)))
                rows += [difference, [-value for value in difference]]
                labels += [1, 0]
    if not rows:
        raise ValueError("no quote has both its gold speaker and another candidate: nothing to fit")
    model = LogisticRegression(C=regularisation, fit_intercept=False, max_iter=5000).fit(rows, labels)
    *corrections, trust = model.coef_[0]
    weights = {name: round(float(trust * hand.get(name, 0.0) + correction), 3) for name, correction in zip(FEATURES, corrections)}
    return {"bias": _bias(examples, weights)} | weights


def _bias(examples: list[Example], weights: Mapping[str, float]) -> float:
    """The bias that puts the gold speakers' scores above the threshold but for the weakest few."""
    import math

    threshold = speaker_model().threshold
    scores = sorted(sum(weights.get(n, 0.0) * v for n, v in c.features.items())
                    for e in examples for c in e.candidates[:] if c.speaker.name == e.gold)
    if not scores:
        return 0.0
    weakest = scores[int(len(scores) * CALIBRATION_SHARE)]
    return round(math.log(threshold / (1 - threshold)) - weakest, 3)


def cross_validate(examples: list[Example], folds: int = FOLDS, threshold: float | None = None) -> dict[str, float]:
    """The accuracy of the hand weights and of weights fitted on the other folds, over folds of whole
    articles (an article's quotes are never fitted and scored together)."""
    threshold = speaker_model().threshold if threshold is None else threshold
    documents = sorted({e.doc_id for e in examples})
    fold_of = {doc: index % folds for index, doc in enumerate(documents)}
    learned_right = 0
    for fold in range(folds):
        train = [e for e in examples if fold_of[e.doc_id] != fold]
        test = [e for e in examples if fold_of[e.doc_id] == fold]
        if test:
            learned_right += round(accuracy(test, fit(train), threshold) * len(test))
    return {"hand": accuracy(examples, speaker_model().hand, threshold), "learned": learned_right / len(examples)}


def write_learned(weights: Mapping[str, float], use: str, path: Path, note: Callable[[], str] | str = "") -> None:
    """Replace the ``[learned]`` table of ``speakers.toml`` and its ``use`` line, keeping the rest."""
    text = path.read_text(encoding="utf-8")
    comment = note() if callable(note) else note
    table = "[learned]\n" + (f"# {comment}\n" if comment else "") + "".join(f"{name} = {value}\n" for name, value in weights.items())
    text = re.sub(r"\[learned\]\n(?:.*\n?)*", table, text)
    text = re.sub(r'^use = "\w+"', f'use = "{use}"', text, flags=re.MULTILINE)
    path.write_text(text, encoding="utf-8")
