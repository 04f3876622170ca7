import hashlib
import unicodedata

import pytest

from pipeline.record import ArticleError
from pipeline.stages.ingest import ingest, normalise
from tests.conftest import article_from

SENTENCE = "김동연 지사는 12일 광주광역시청에서 강기정 시장을 만났다."


def test_utf8_without_and_with_bom():
    plain = ingest(article_from(SENTENCE.encode("utf-8")))
    bom = ingest(article_from(b"\xef\xbb\xbf" + SENTENCE.encode("utf-8")))
    assert plain.text == bom.text == SENTENCE
    assert plain.source.encoding == "utf-8"
    assert bom.source.encoding == "utf-8-sig"


@pytest.mark.parametrize("encoding", ["cp949", "euc_kr"])
def test_cp949_and_euc_kr_decode(encoding):
    article = ingest(article_from(SENTENCE.encode(encoding)))
    assert article.text == SENTENCE
    assert article.source.encoding in ("cp949", "euc_kr")


def test_short_cp949_is_not_mistaken_for_chinese():
    assert ingest(article_from("강 시장".encode("cp949"))).text == "강 시장"


def test_cp949_only_syllables_decode():
    # 똠 and 햏 exist in CP949 but not in EUC-KR.
    assert ingest(article_from("똠방각하 햏자가 말했다.".encode("cp949"))).text == "똠방각하 햏자가 말했다."


def test_nfd_becomes_nfc():
    decomposed = unicodedata.normalize("NFD", SENTENCE)
    assert decomposed != SENTENCE
    assert ingest(article_from(decomposed.encode("utf-8"))).text == SENTENCE


def test_line_endings_and_entities_of_a_plain_text():
    article = ingest(article_from("첫 줄&nbsp;입니다.\r\n둘째 줄&amp;셋째\r<사진 설명> 시청 전경"))
    assert article.text == "첫 줄\u00a0입니다.\n둘째 줄&셋째\n<사진 설명> 시청 전경" and article.source.format == "text"


def test_a_text_with_stray_tags_keeps_its_words_without_the_tags():
    article = ingest(article_from("김 지사는 <b>굵게</b> 말했다.<br>둘째 줄&amp;셋째<script>var a=1;</script>"))
    assert article.text.rstrip() == "김 지사는 굵게 말했다.\n둘째 줄&셋째" and article.source.format == "html"


def test_escaped_markup_stays_text():
    article = ingest(article_from("&lt;script&gt;alert(1)&lt;/script&gt; 본문"))
    assert article.text == "<script>alert(1)</script> 본문" and article.source.format == "text"


def test_normalise_line_endings_and_invisible_characters():
    assert normalise("가\r\n나\u200b\r다") == "가\n나\n다"
    assert normalise("가\x00나\x1b다\t라") == "가나다\t라"  # control characters a text never prints, not the tab


def test_sha256_of_raw_bytes_or_of_the_utf8_text():
    raw = SENTENCE.encode("cp949")
    assert ingest(article_from(raw)).source.sha256 == hashlib.sha256(raw).hexdigest()
    assert ingest(article_from(SENTENCE)).source.sha256 == hashlib.sha256(SENTENCE.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("raw", [b"", b"  \n\r\n  ", "   ", b"\x00" * 4096])
def test_empty_article_is_an_error(raw):
    with pytest.raises(ArticleError, match="empty"):
        ingest(article_from(raw))


def test_undecodable_bytes_are_an_error():
    with pytest.raises(ArticleError, match="cannot decode"):
        ingest(article_from(bytes(range(256)) * 4))
