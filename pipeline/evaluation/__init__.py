"""Scoring records against hand-made gold, task by task, with every miss explained.

- :mod:`~pipeline.evaluation.gold`: gold files (with their text, or stand-off: offsets and a hash);
- :mod:`~pipeline.evaluation.entities`, :mod:`~pipeline.evaluation.quotes`,
  :mod:`~pipeline.evaluation.enumerations`, :mod:`~pipeline.evaluation.paragraphs`: one scorer per task;
- :mod:`~pipeline.evaluation.evaluate`: an :class:`Evaluation` of a whole output file, floors;
- :mod:`~pipeline.evaluation.klue`: reading KLUE-NER and its fixed split.

Scoring reads JSON records only: nothing here imports spaCy or kiwipiepy (an import-linter contract
keeps it so), so ``kornews evaluate`` starts in a moment.
"""

from pipeline.evaluation.evaluate import (
    HEADLINE_METRICS,
    Evaluation,
    evaluate,
    evaluate_paths,
    load_predictions,
    read_floors,
)
from pipeline.evaluation.gold import GoldError, load_gold

__all__ = ["HEADLINE_METRICS", "Evaluation", "GoldError", "evaluate", "evaluate_paths", "load_gold", "load_predictions", "read_floors"]
