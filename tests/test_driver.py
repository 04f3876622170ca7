"""The driver: stages in order, a batch stage by stage, and no article lost to another's failure."""

import json

import pytest

import pipeline.stages as driver
from pipeline.record import ErrorRecord
from pipeline.stages import BATCH_FORMS, FAST_STAGES, STAGES, process, process_batch
from tests.conftest import SEED, article_from

TEXTS = [
    "김동연 경기도지사는 12일 광주광역시를 찾았다.\n\n강기정 광주시장은 \"함께 하겠다\"고 말했다.",
    "서울시는 오는 3월 5일 청년 정책 3개 과제를 발표한다.",
    "경기도와 광주시는 AI 산업, 문화 교류, 청년 일자리 등 3개 사항에 합의했다.",
]


def records(results) -> list[str]:
    return [json.dumps(result.to_json(), ensure_ascii=False, sort_keys=True) for result in results]


@pytest.mark.parametrize("stages", [STAGES, FAST_STAGES], ids=["model", "fast"])
def test_a_batch_gives_each_article_what_it_gets_alone(stages):
    articles = [article_from(text, f"t{number}") for number, text in enumerate(TEXTS)]
    articles.append(article_from(SEED.read_bytes(), "seed"))
    alone = [process(article_from(article.raw, article.doc_id), stages) for article in articles]
    assert records(process_batch(articles, stages)) == records(alone)


def test_every_entity_stage_has_a_batch_form():
    assert all(stage in BATCH_FORMS for stage in STAGES + FAST_STAGES if stage.__name__.endswith("entities"))


def test_an_article_that_fails_in_a_batch_stage_does_not_take_the_batch_with_it(monkeypatch):
    entities = STAGES[STAGES.index(driver.entities)]

    def fails_on_the_second(article):
        if article.doc_id == "bad":
            raise RuntimeError("boom")
        return entities(article)

    def batch_form(articles):
        return [fails_on_the_second(article) for article in articles]

    fails_on_the_second.__name__ = "entities"
    stages = [fails_on_the_second if stage is entities else stage for stage in STAGES]
    monkeypatch.setitem(BATCH_FORMS, fails_on_the_second, batch_form)
    results = process_batch([article_from(TEXTS[0], "good"), article_from(TEXTS[1], "bad"), article_from(TEXTS[2], "also")], stages)
    assert [type(result).__name__ for result in results] == ["Article", "ErrorRecord", "Article"]
    assert isinstance(results[1], ErrorRecord) and results[1].stage == "entities" and "boom" in results[1].error
    assert results[2].entities and results[2].enumerations  # later stages still ran on the others
