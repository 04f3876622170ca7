"""Quotes in real sentences: 636 KLUE-NER sentences (588 WikiTree news and 48 NSMC movie reviews) with their direct and
indirect quotes and speakers (``corpus/gold/klue-quotes/quotes.json``), scored like the articles' gold.

Each sentence is an article of one line, so a quote's speaker is the one the sentence names or ``null``.
"""

from __future__ import annotations

from pipeline.evaluation.evaluate import Evaluation
from pipeline.evaluation.klue_sentence_gold import SentenceGold
from pipeline.evaluation.quotes import score_quotes

TASK = "quotes"  # the gold's key
KINDS = {"direct": "quotes", "indirect": "indirect_quotes"}


def evaluate_quotes(predicted: dict[str, dict], golds: list[SentenceGold], texts: dict[str, str]) -> Evaluation:
    """Direct and indirect quotes of every gold sentence against the predicted quotes of its record (``kind``, ``start``,
    ``end``, ``text``, ``speaker``), with the findings of ``kornews evaluate``."""
    result = Evaluation()
    for gold in golds:
        text = texts[gold.id]
        expected = [quote | {"text": text[quote["start"] : quote["end"]], "speaker": {"name": quote["speaker"]} if quote["speaker"] else None,
                             "attribution": "explicit" if quote["speaker"] else "unresolved"} for quote in gold.annotations]
        result.documents.append(gold.id)
        for kind, task in KINDS.items():
            result.annotated[task] += 1
            scores, findings = score_quotes(expected, predicted.get(gold.id, {}).get("quotes", []), gold.id, kind)
            counts = getattr(result, task)
            counts += scores  # QuoteScores adds in place
            result.findings += findings
    return result
