"""The lexicon: every data file loads, typed; a malformed row or key is refused with its file and line."""

from __future__ import annotations

import re

import pytest

from pipeline import lexicon
from pipeline.lexicon import files
from pipeline.lexicon.endings import Endings
from pipeline.lexicon.files import LexiconError, read_list, read_table, read_tsv
from pipeline.lexicon.hangul import hangul_syllables
from pipeline.lexicon.patterns import AnyPattern
from pipeline.lexicon.role_table import RoleCues
from pipeline.lexicon.quote_table import QuoteCues


def test_every_shipped_table_loads():
    assert "은" in lexicon.grammar().particles and "JKS" in lexicon.grammar().tags.subject
    assert lexicon.list_cues().number("세") == 3 and lexicon.list_cues().closing_word == "등"
    assert lexicon.quote_cues().any_mark.search('말했다"') and lexicon.role_cues().sentence_end.search("밝혔다.")
    assert lexicon.entity_cues().institution.search("조선대") and not lexicon.entity_cues().institution.search("대")
    assert len(lexicon.governments()) == 17 + 226 + 2 + 33 and lexicon.canonical_name("충남") == "충청남도"  # and 33 administrative districts (일반구)
    assert lexicon.publisher_for_domain("news.kyeongin.com") == "경인일보" and "남궁" in lexicon.surnames()
    assert all(label in lexicon.ENTITY_LABELS for _, label, _ in lexicon.entity_patterns())


def test_one_place_says_what_a_title_is():
    assert lexicon.job_title_of("광주광역시장") == "시장" and lexicon.job_title_of("경기도지사") == "지사"
    assert lexicon.role_of_word("수석대변인") == "수석대변인" and lexicon.role_of_word("가운데") is None
    assert lexicon.holds_title("시장은") and lexicon.ends_speaker_title("선임연구원") and not lexicon.is_job_title("시장은")
    assert lexicon.grammar().without_particle("위원장께서") == "위원장"


def test_endings_are_found_by_the_word_s_last_characters():
    endings = Endings.of(["장", "국장", "실장", "수산국장", ""])
    assert list(endings.ends("해양수산국장")) == ["수산국장", "국장", "장"]
    assert endings.longest("해양수산국장") == "수산국장" and endings.longest("수산국장", min_stem=1) == "국장"
    assert endings.shortest("국장", min_stem=1) == "장" and endings.shortest("국장", min_stem=2) is None
    assert endings.longest("위원") is None and endings.shortest("") is None
    titles = lexicon.titles()
    assert titles.endings("long_job") is titles.endings("long_job")  # built once per table
    assert titles.title_ending("해양수산국장") == "국장" and titles.title_ending("국장") is None


@pytest.fixture
def data_file(monkeypatch):
    """Serve ``text`` as the content of any data file, as if it were in pipeline/data/."""
    def serve(text: str) -> None:
        monkeypatch.setattr(files, "data_text", lambda filename: text)
    return serve


def test_every_byline_pattern_spells_the_spaced_surnames_as_their_list():
    """The byline patterns of roles.toml write the two-syllable surnames printed apart inline (a TOML string cannot refer
    to a list): each alternation of them must hold exactly the list's surnames."""
    spaced = lexicon.role_cues().spaced_surnames
    text = files.data_text("roles.toml")
    alternations = [set(found.split("|")) for found in re.findall(r"\(\?:((?:[가-힣]{2}\|)+[가-힣]{2})\)", text)]
    with_surnames = [names for names in alternations if names & spaced]
    assert with_surnames and all(names == spaced for names in with_surnames)


def test_a_tsv_row_with_too_many_cells_names_file_and_line(data_file):
    data_file("# comment\n광주\tLC\n서울\tLC\t\t\t\textra\n")
    with pytest.raises(LexiconError, match=r"pipeline/data/x\.tsv, line 3: 6 tab-separated cells"):
        list(read_tsv("x.tsv", columns=5))


def test_a_list_entry_with_a_space_names_file_and_line(data_file):
    data_file("김\n남 궁\n")
    with pytest.raises(LexiconError, match=r"surnames\.txt, line 2: one entry per line"):
        read_list("surnames.txt")


@pytest.mark.parametrize(("toml", "said"), [
    ('marks = ["\\""]\nspeech_followers = 3\n', r"line 2: 'speech_followers' must be a list"),
    ('spech_followers = ["고"]\n', r"line 1: unknown key 'spech_followers'"),
    ('marks = ["\\""]\n', r"missing key 'speech_followers'"),
    ("marks = [\n", r"quotes\.toml: "),
])
def test_a_toml_table_with_a_wrong_key_or_type_is_refused(data_file, toml, said):
    data_file(toml)
    with pytest.raises(LexiconError, match=said):
        read_table(QuoteCues, "quotes.toml")


def test_a_pattern_that_is_not_a_regular_expression_is_refused(data_file):
    data_file('boilerplate = ["(unclosed"]\ncaption = []\nsentence_endings = ["."]\nclosing_marks = [")"]\n')
    with pytest.raises(LexiconError, match=r"roles\.toml, line 1: 'boilerplate': '\(unclosed' is not a regular expression"):
        read_table(RoleCues, "roles.toml")


def test_a_gazetteer_row_with_an_unknown_label_is_refused(data_file, monkeypatch):
    data_file("# text\tlabel\n미국\tCOUNTRY\n")
    monkeypatch.setattr(lexicon.names, "known_names", lexicon.names.known_names.__wrapped__)
    with pytest.raises(LexiconError, match=r"gazetteer\.tsv, line 2: labels \['COUNTRY'\]"):
        lexicon.names.known_names()


def test_transliterated_names_are_told_from_korean_ones_by_their_syllables():
    assert hangul_syllables("ㅋ", "ㅏ", "*")[:2] == ["카", "칵"] and hangul_syllables("ㄷ", "ㅡ", "-") == ["드"]
    foreign = ["마이클", "도널드", "캐슬린", "도미닉", "미셸", "라파엘"]
    korean = ["김동연", "이슬기", "박그루", "남궁민수", "최한결", "이새롬", "정은"]
    assert [lexicon.name_like(name) for name in foreign] == [False] * len(foreign)
    assert [lexicon.name_like(name) for name in korean] == [True] * len(korean)


def test_any_pattern_finds_what_one_of_its_patterns_finds():
    written = ["^작성자\\s*:", "^연락처|연락처\\s*:", "공공누리", "(?:로고|버튼)$", "^(a)\\1$", "(?i)copyright", "^\\d+$"]
    patterns = [re.compile(pattern) for pattern in written]
    joined = AnyPattern(patterns)
    for text in ["작성자 : 홍길동", "담당 연락처 : 1", "연락처", "이 글은 공공누리", "로고", "로고 보기", "aa", "xaa",
                 "COPYRIGHT 2024", "2024", "2024년", "", "본문이다."]:
        assert joined.search(text) == any(pattern.search(text) for pattern in patterns), text


def test_any_pattern_joins_the_page_chrome_cues():
    cues = lexicon.role_cues()
    for text in ["저작권자 © 예시일보", "목록", "• 인쇄", "2024.03.05", "시장은 이날 연락처를 남겼다.", "사진=연합뉴스"]:
        assert cues.any_chrome.search(text) == any(pattern.search(text) for pattern in cues.chrome), text
        assert cues.any_caption.search(text) == any(pattern.search(text) for pattern in cues.caption), text
