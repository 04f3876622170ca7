from pipeline.stages.clean import clean
from pipeline.stages.dedup import NEAR_REPEAT_THRESHOLD, comparison_key, dedup
from pipeline.stages.ingest import ingest
from tests.conftest import article_from


def deduplicated(raw: str):
    return dedup(clean(ingest(article_from(raw))))


def test_exact_repeat_after_whitespace_and_punctuation():
    article = deduplicated("가나다 라마바 사아자.\n차카타 파하.\n가나다  라마바, 사아자!")
    assert article.text == "가나다 라마바 사아자.\n차카타 파하."
    assert [(d.source_index, d.duplicate_of, d.similarity) for d in article.duplicates] == [(2, 0, 1.0)]
    assert article.duplicates[0].text == "가나다 라마바, 사아자!"


def test_near_repeat_above_threshold():
    first = "김동연 지사는 12일 광주광역시청에서 강기정 광주광역시장을 만나 합의문을 체결했다."
    edited = first.replace("체결했다", "체결하였다")
    article = deduplicated(f"{first}\n다른 문단이다.\n{edited}")
    assert [d.source_index for d in article.duplicates] == [2]
    assert NEAR_REPEAT_THRESHOLD <= article.duplicates[0].similarity < 1.0


def test_different_sentences_of_one_article_are_kept():
    article = deduplicated(
        "김동연 지사는 12일 광주광역시청에서 강기정 광주광역시장을 만났다.\n"
        "강기정 광주광역시장은 12일 광주광역시청에서 김동연 지사를 맞았다."
    )
    assert article.duplicates == []


def test_first_occurrence_kept_and_offsets_rebuilt():
    article = deduplicated("제목 줄\n본문이다.\n제목 줄\n끝이다.")
    assert [p.source_index for p in article.paragraphs] == [0, 1, 3]
    assert [article.paragraph_text(p) for p in article.paragraphs] == ["제목 줄", "본문이다.", "끝이다."]


def test_punctuation_only_paragraphs_are_not_repeats_of_each_other():
    assert comparison_key("…") == ""
    assert deduplicated("본문이다.\n-\n본문 둘이다.\n-").duplicates == []


def test_the_headline_under_a_browser_tabs_title_repeats_no_paragraph_of_the_article():
    headline = "가람군 솔마을 만송정 솔숲 정비 마치고 1년 만에 재개방"
    article = deduplicated(f"{headline} | 가람일보\n가람일보\n사회 > 지역\n{headline}\n"
                           "가람군은 솔숲 정비사업을 마치고 21일부터 다시 개방한다고 20일 밝혔다.")
    assert article.duplicates == [] and [p.role for p in article.paragraphs][3] == "headline"
