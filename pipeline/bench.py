"""Speed of each stage, as a ratio to bare kiwipiepy analysis of the same texts in the same run.

Wall-clock seconds depend on the machine; the ratio says what each stage costs relative to the one
analysis the pipeline cannot avoid, so it can be compared across machines and kept in a bench report.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.driver import STAGES, Stage
from pipeline.nlp import kiwi
from pipeline.reader import FieldNames, InputReader
from pipeline.record import Article, ErrorRecord
from pipeline.stages.entities import fast_entities


@dataclass
class StageTimes:
    articles: int = 0
    characters: int = 0
    kiwi_seconds: float = 0.0
    seconds: dict[str, float] = field(default_factory=dict)

    def ratios(self) -> dict[str, float]:
        return {name: seconds / self.kiwi_seconds for name, seconds in self.seconds.items()}


def measure(inputs: Iterable[str], stages: list[Stage] = [*STAGES, fast_entities], repeat: int = 1) -> StageTimes:
    """Time every stage over the articles in ``inputs`` and bare ``Kiwi.tokenize`` on their texts.

    Models are loaded before timing starts (a warm-up article), so load time is not counted.
    """
    articles = [item for item in InputReader(FieldNames()).read(inputs) if isinstance(item, Article)]
    times = StageTimes(articles=len(articles))
    _warm_up(stages)
    texts = []
    for article in articles:
        for stage in stages:
            copies = [copy.deepcopy(article) for _ in range(repeat)]  # stages change the record in place
            started = time.perf_counter()
            for each in copies:
                result = stage(each)
            times.seconds[stage.__name__] = times.seconds.get(stage.__name__, 0.0) + (time.perf_counter() - started) / repeat
            if isinstance(result, ErrorRecord):
                break
            article = result
        texts.append(article.text)
    times.characters = sum(map(len, texts))
    started = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            kiwi().tokenize(text)
    times.kiwi_seconds = (time.perf_counter() - started) / repeat
    return times


def _warm_up(stages: list[Stage]) -> None:
    from pipeline.record import Origin

    article = Article(doc_id="warm-up", origin=Origin("<warm-up>"), raw="김동연 지사는 12일 광주광역시를 찾았다.")
    for stage in stages:
        article = stage(article)
