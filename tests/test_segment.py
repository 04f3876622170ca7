import pytest

from tests.conftest import record_of, run_text
from pipeline.stages.segment import sentence_tokens


def test_quote_with_two_sentences_stays_one_sentence():
    article = run_text('그러면서 "함께하겠다. 다음엔 초청하겠다"고 덧붙였다. 이어 행사장을 떠났다.')
    sentences = [article.text[s.start : s.end] for s in article.sentences]
    assert sentences == ['그러면서 "함께하겠다. 다음엔 초청하겠다"고 덧붙였다.', "이어 행사장을 떠났다."]


def test_a_quote_closed_after_its_full_stop_keeps_its_quotative_in_its_sentence():
    text = '한보람 의원이 "예산을 다시 짜야 한다. 주민 뜻이 먼저다.”고 말했다고 한다.'
    article = run_text(text)
    assert article.text[article.sentences[-1].start : article.sentences[-1].end].startswith("주민 뜻이")
    assert [(q.kind, q.text) for q in article.quotes] == [("direct", "예산을 다시 짜야 한다. 주민 뜻이 먼저다.")]


def test_a_quote_of_two_sentences_printed_with_its_curly_marks_reversed_stays_one_sentence():
    text = "김 경장은 ”마음이 한결 놓인다. 사명감을 더 크게 느꼈다“라고 말했다. 이어 파출소로 돌아갔다."
    article = run_text(text)
    assert article.text == text  # the marks are turned for kiwipiepy only
    assert [article.text[s.start : s.end] for s in article.sentences] == [text.rsplit(" 이어", 1)[0], "이어 파출소로 돌아갔다."]


def test_sentences_never_cross_paragraphs():
    article = run_text("첫 문단이다\n둘째 문단이다.")
    assert [s.paragraph for s in article.sentences] == [0, 1]


def test_morphemes_point_into_text():
    article = run_text("김 지사는 말했다.")
    spans = [(m.form, m.tag, article.text[m.start : m.end]) for m in article.morphemes]
    assert ("김", "NNP", "김") in spans
    assert ("하", "XSV", "했") in spans  # fused with 었: both cover 했
    assert all(m.sentence == 0 for m in article.morphemes)


def test_one_kiwi_per_process():
    from pipeline.language.analysers import kiwi

    assert kiwi() is kiwi()


def test_a_name_kiwipiepy_reads_as_a_sentence_of_its_own_stays_in_its_sentence():
    text = "정점임 가람면 부녀회 회장은 “올해도 회원들의 도움으로 김장 나눔을 잘 끝냈다”라고 말했다."
    article = run_text(text)
    assert [article.text[s.start : s.end] for s in article.sentences] == [text]


def test_a_connective_read_as_a_final_ending_with_no_mark_after_it_ends_no_sentence():
    """kiwipiepy reads 나와 as a final ending and splits there; the report is one sentence, its speaker the topic."""
    text = "밭을 일궈 온 한도윤 씨는 인건비도 안 나와 수확을 포기했다고 말했다. 다음 해를 기다린다."
    article = run_text(text)
    assert [article.text[s.start : s.end] for s in article.sentences] == [text[: text.index(" 다음")], "다음 해를 기다린다."]
    quote = record_of(text)["quotes"][0]
    assert (quote["text"], quote["speaker"]["name"]) == ("인건비도 안 나와 수확을 포기했다", "한도윤")


def test_morphemes_are_in_text_order_where_kiwipiepy_restores_one_out_of_it():
    """가르치려 온: kiwipiepy restores 하 after 려고 and gives 어 a start before 하's; later stages bisect on the starts."""
    starts = [m.start for m in run_text("아이들을 가르치려 온 선생님이다.").morphemes]
    assert starts == sorted(starts)


def test_a_determiner_glued_to_a_noun_is_read_as_the_verbs_adnominal_form():
    """kiwipiepy reads 요청한 here as 요청 + 한 ("one"); a determiner never joins the word before it."""
    article = run_text("학생들이 요청한 통학로 정비 사업")
    assert [(m.form, m.tag) for m in article.morphemes if m.start == 7] == [("하", "XSV"), ("ᆫ", "ETM")]
    spaced = run_text("단 한 번의 기회가 있었다.")
    assert ("한", "MM") in [(m.form, m.tag) for m in spaced.morphemes]
    counted = run_text("주민한 명이 다쳤다.")  # a space lost before "one" person: still a determiner
    assert ("한", "MM") in [(m.form, m.tag) for m in counted.morphemes]


def test_a_subject_particle_glued_to_a_sign_is_read_as_the_particle():
    """kiwipiepy reads 72%가 as 72 + % + 가 ("go") + a restored 어; after a sign, as after a noun, 가 is the particle."""
    article = run_text("응답자의 72%가 답했다.")
    assert [(m.form, m.tag, article.text[m.start : m.end]) for m in article.morphemes[4:6]] == [("가", "JKS", "가"), ("답", "NNG", "답")]
    commas = run_text("응답자의 72%가, 30%는 반대했다.")  # before a comma kiwipiepy reads it as a noun
    assert ("가", "JKS") in [(m.form, m.tag) for m in commas.morphemes]


@pytest.mark.parametrize(("text", "particle"), [("가람정밀㈜은 공장을 세웠다.", ("은", "JX")), ("가람정밀㈜이 공장을 세웠다.", ("이", "JKS")),
                                                ("가람정밀㈜의 공장", ("의", "JKG")), ("가람정밀㈜과 시는 협약했다.", ("과", "JC"))])
def test_a_particle_glued_to_a_companys_mark_is_read_as_the_particle(text, particle):
    """kiwipiepy reads 은, 의, 과 after ㈜ as nouns and 이 as a determiner."""
    article = run_text(text)
    mark = text.index("㈜")
    assert [(m.form, m.tag) for m in article.morphemes if m.start == mark + 1] == [particle]
    went = run_text("그는 학교에 가 공부했다.")  # the verb itself, after no sign
    assert ("가", "VV") in [(m.form, m.tag) for m in went.morphemes]


def test_a_copula_ending_its_word_with_no_ending_is_read_as_the_subject_particle():
    """kiwipiepy reads 이웃이 here as 이웃 + 이 ("be") with nothing after it; the copula always takes an ending."""
    article = run_text("이웃이 연기를 보고 신고했다.")
    assert [(m.form, m.tag) for m in article.morphemes[:2]] == [("이웃", "NNG"), ("이", "JKS")]
    ended = run_text("그는 우리의 이웃이다.")  # the copula with its ending
    assert ("이", "VCP") in [(m.form, m.tag) for m in ended.morphemes]
    adnominal = run_text("시민이 적극적인 참여를 했다.")  # 적 + 이 + ᆫ: an ending on the copula's character
    assert ("이", "VCP") in [(m.form, m.tag) for m in adnominal.morphemes]


SCRIPT = ("해남군 내년 예산 5천억 원 편성\n"
          "해남군이 새해 예산안을 올해보다 5.1% 늘어난 금액인\n"
          "4천억 원으로 짜서 군의회에 넘겼습니다.\n"
          "해남군은 새해 살림의 첫째 목표를 주민이 느끼는\n"
          "생활 여건 개선과 일자리 확대에 두고\n"
          "농업 기반 확충과 관광 활성화, 청년 정착 지원 등\n"
          "핵심 사업을 차례로 벌이겠다고 밝혔습니다.\n"
          "분야별로는 농업과 해양수산 분야 예산이 가장 많이 늘었고\n"
          "복지 분야 예산도 지난해보다 크게 늘어난 것으로\n"
          "집계됐습니다.")


def test_a_sentence_of_hard_wrapped_lines_runs_on_to_its_end_and_its_report_finds_the_speaker():
    article = run_text(SCRIPT)
    assert [s.paragraph for s in article.sentences] == [0, 1, 3, 7]  # the lines stay paragraphs of their own
    record = record_of(SCRIPT)
    assert [(q["text"].split("\n")[0], q["speaker"]["name"]) for q in record["quotes"]] == [("새해 살림의 첫째 목표를 주민이 느끼는", "해남군")]


def test_one_line_without_a_mark_in_an_article_of_sentences_runs_on_into_nothing():
    article = run_text("해남군 예산 편성\n해남군이 예산안을 제출했다.\n분야별 예산\n복지 분야 예산이 가장 많이 늘었다.")
    assert [s.paragraph for s in article.sentences] == [0, 1, 2, 3]


def test_an_interviews_question_lines_without_a_mark_run_into_no_answer():
    text = ('[인터뷰] 한도윤 가람대 총장 "새 캠퍼스 만들 것"\n한도윤 가람대 총장은 새 캠퍼스를 짓겠다고 밝혔다.\n'
            '―새 캠퍼스는 어디에\n"가람시 외곽에 짓는다."\n―교수들의 반응은\n"교수들도 대체로 찬성하고 있다."\n'
            '―학생들의 의견은\n"학생회와 계속 논의하겠다."\n―예산 마련 방안은\n"정부 지원을 요청하겠다."')
    assert [s.paragraph for s in run_text(text).sentences] == list(range(10))
    assert {q["speaker"]["name"] for q in record_of(text)["quotes"]} == {"한도윤"}


def test_a_sentence_ends_before_a_quote_that_opens_the_next_though_a_particle_follows_its_closing_mark():
    text = '한도윤 시장은 "감사를 받겠다"고 말했다. "인사는 절차에 따라 이뤄졌다"는 말을 되풀이한 그는 따르겠다고 했다.'
    sentences = [text[s[0].start : s[-1].end] for s in sentence_tokens(text)]
    assert sentences == ['한도윤 시장은 "감사를 받겠다"고 말했다.', '"인사는 절차에 따라 이뤄졌다"는 말을 되풀이한 그는 따르겠다고 했다.']

    nested = "박 대표는 '올해는 힘들었다. \"포기하지 말자\"는 말을 되새겼다'고 말했다."
    assert len(sentence_tokens(nested)) == 1  # the full stop inside a quote ends no sentence
