"""HTML pages, WARC files and JSONL records of HTML: the main text by trafilatura, never markup or chrome."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.io.html import HtmlError, declared_charset, decode_html, extract, headline_of_title, with_headline
from pipeline.io.markup import looks_like_html, text_content
from tests.conftest import shared

runner = CliRunner()

BODY = ("<p>김동연 경기도지사는 12일 광주광역시청에서 강기정 광주광역시장을 만나 상생발전 합의문을 체결했다.</p>"
        "<p>김 지사는 \"두 지역이 함께 가겠다\"고 말했다. 두 시·도는 AI 산업, 청년 교류, 관광 등 3개 분야에서 협력한다.</p>"
        "<p>강 시장은 \"광주와 경기가 손을 잡은 것은 의미가 크다\"며 \"협약을 잘 이행하겠다\"고 덧붙였다.</p>")
PAGE = (
    "<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>경기도·광주시 상생협약 체결 - 예시일보</title>"
    "<style>p{{color:red}} .menu{{display:none}}</style><script>var tracker = \"x\"; function go(){{}}</script></head>"
    "<body><nav class=\"menu\"><ul><li><a href=\"/\">홈</a></li><li><a href=\"/p\">정치</a></li></ul></nav>"
    "<article><h1>경기도·광주시 상생협약 체결</h1><div class=\"byline\">홍길동 기자 hong@example.kr</div>"
    "{body}</article>"
    "<aside><h3>많이 본 뉴스</h3><ul><li><a href=\"/1\">이재명 \"다 하겠다\"</a></li><li><a href=\"/2\">윤석열 \"끝까지 간다\"</a></li></ul></aside>"
    "<footer>저작권자 &copy; 예시일보 무단전재 및 재배포 금지</footer></body></html>"
)


def page(charset: str = "utf-8") -> str:
    return PAGE.format(charset=charset, body=BODY)


def run(*arguments: str) -> list[dict]:
    out = arguments[arguments.index("-o") + 1]
    result = runner.invoke(app, ["run", *arguments, "--quiet", "--workers", "1"])
    assert result.exit_code in (0, 1), result.output
    with open(out, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def errors(out) -> list[dict]:
    path = out.with_name(out.name.removesuffix(".jsonl") + ".errors.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def assert_main_text_only(record: dict) -> None:
    for chrome in ("color:red", "tracker", "function", "많이 본 뉴스", "이재명", "윤석열"):
        assert chrome not in record["text"]
    assert "강기정 광주광역시장" in record["text"] and record["source"]["format"] == "html"
    assert {q["text"] for q in record["quotes"]} >= {"두 지역이 함께 가겠다", "협약을 잘 이행하겠다"}
    assert not any(q["speaker"] and q["speaker"]["name"] in ("이재명", "윤석열") for q in record["quotes"])


def test_an_html_file_in_cp949_declared_in_its_meta(tmp_path):
    source = tmp_path / "page.html"
    source.write_bytes(page("euc-kr").encode("cp949"))
    [record] = run(str(source), "-o", str(tmp_path / "out.jsonl"))
    assert_main_text_only(record)
    assert record["source"]["encoding"] == "cp949" and record["doc_id"] == "page"
    assert record["metadata"]["title"].startswith("경기도·광주시 상생협약 체결")


def test_a_page_whose_text_prints_no_byline_takes_its_reporters_from_the_meta_author(tmp_path):
    html = page().replace("<div class=\"byline\">홍길동 기자 hong@example.kr</div>", "").replace(
        "<title>", "<meta name=\"author\" content=\"예시일보; 한도윤 기자, 박보람\"><title>")
    source = tmp_path / "page.html"
    source.write_text(html, encoding="utf-8")
    [record] = run(str(source), "-o", str(tmp_path / "out.jsonl"))
    assert [r["name"] for r in record["byline"]["reporters"]] == ["한도윤", "박보람"]  # not the outlet


def test_a_desk_an_outlet_or_a_body_among_a_pages_authors_is_no_reporter():
    from pipeline.extract.bylines import reporters_of_author
    assert [r.name for r in reporters_of_author("가람일보; 편집부; 홍보팀; 원주시청; 시민기자; 한도윤")] == ["한도윤"]


def test_utf8_bytes_that_declare_euc_kr_are_read_as_utf8():
    raw = page("euc-kr").encode("utf-8")
    assert declared_charset(raw) == "euc-kr" and decode_html(raw)[1] == "utf-8"


def test_a_warc_file(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for uri, content_type, body in [
        ("https://news.example.kr/a/1", "text/html; charset=euc-kr", page("euc-kr").encode("cp949")),
        ("https://news.example.kr/logo.png", "image/png", b"\x89PNG\r\n"),
        ("https://news.example.kr/a/2", "text/html", b"   "),
    ]:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers,
                                           warc_headers_dict={"WARC-Date": "2023-05-12T09:30:00Z"})
        writer.write_record(record)
    source = tmp_path / "crawl.warc.gz"
    source.write_bytes(buffer.getvalue())
    out = tmp_path / "out.jsonl"
    [record] = run(str(source), "-o", str(out))
    assert record["doc_id"] == "https://news.example.kr/a/1" and record["metadata"]["warc_date"] == "2023-05-12T09:30:00Z"
    assert_main_text_only(record)
    failed = errors(out)
    assert [e["doc_id"] for e in failed] == ["https://news.example.kr/logo.png", "https://news.example.kr/a/2"]
    assert "not HTML" in failed[0]["error"] and "empty body" in failed[1]["error"]


def test_jsonl_records_of_html_named_or_detected(tmp_path):
    source = tmp_path / "crawl.jsonl"
    source.write_text("\n".join(json.dumps(record, ensure_ascii=False) for record in [
        {"id": "named", "raw_html": page(), "url": "https://news.example.kr/a/1"},
        {"id": "plain", "raw_html": None, "text": "본문만 있는 기사다. 김 지사는 \"좋다\"고 말했다."},
    ]) + "\n", encoding="utf-8")
    records = run(str(source), "-o", str(tmp_path / "named.jsonl"), "--field", "html=raw_html")
    assert_main_text_only(records[0])
    assert records[0]["metadata"]["url"] == "https://news.example.kr/a/1"  # the crawler's own field wins
    assert records[1]["source"]["format"] == "text"
    detected = tmp_path / "detected.jsonl"
    detected.write_text(json.dumps({"id": "d", "text": page()}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert_main_text_only(run(str(detected), "-o", str(tmp_path / "d.jsonl"))[0])


@pytest.mark.parametrize(("html", "stage", "said"), [
    ("<html><body><nav><a href='/'>홈</a></nav></body></html>", "clean", "every paragraph is page chrome"),
    ("<html><body></body></html>", "ingest", "no article text"),
])
def test_a_page_without_article_text_is_one_error_and_the_batch_goes_on(tmp_path, html, stage, said):
    (tmp_path / "empty.html").write_text(html, encoding="utf-8")
    (tmp_path / "good.html").write_text(page(), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    records = run(str(tmp_path), "-o", str(out))
    assert [r["doc_id"] for r in records] == ["good"]
    [failed] = errors(out)
    assert failed["doc_id"] == "empty" and failed["stage"] == stage and said in failed["error"]


def test_broken_markup_still_gives_the_text(tmp_path):
    broken = page().replace("</p>", "").replace("</article>", "<div><span>")
    (tmp_path / "broken.html").write_text(broken, encoding="utf-8")
    [record] = run(str(tmp_path / "broken.html"), "-o", str(tmp_path / "out.jsonl"))
    assert "강기정 광주광역시장" in record["text"]


def test_markup_is_told_from_prose():
    assert looks_like_html("둘째 <b>줄</b>") and looks_like_html("<p>문단</p>")
    assert not looks_like_html("<사진 설명> 시청 전경") and not looks_like_html("3 < 5 그리고 7 > 2")


def test_real_pages_have_no_script_style_or_menus(tmp_path):
    pages = shared("corpus/html")
    out = tmp_path / "html.jsonl"
    records = run(str(pages), "-o", str(out))
    assert len(records) + len(errors(out)) == len(list(pages.glob("*.html")))
    for record in records:
        for markup in ("<script", "<style", "function(", "var ", "{display", "document.write"):
            assert markup not in record["text"], (record["doc_id"], markup)


def test_real_index_pages_are_errors_and_real_articles_are_not(tmp_path):
    """The shared manifest marks two pages as a front page and a section's list: no article, so no record."""
    pages = shared("corpus/html")
    with (pages / "MANIFEST.tsv").open(encoding="utf-8", newline="") as manifest:
        kinds = {row["file"]: row["page_type"] for row in csv.DictReader(manifest, delimiter="\t")}
    out = tmp_path / "html.jsonl"
    written = {record["doc_id"] for record in run(str(pages), "-o", str(out))}
    failed = {error["doc_id"]: error["error"] for error in errors(out)}
    index = {name.removesuffix(".html") for name, kind in kinds.items() if kind == "index"}
    assert index and all(failed.get(doc_id, "").startswith("no article: every paragraph is page chrome") for doc_id in index)
    articles = {name.removesuffix(".html") for name, kind in kinds.items() if kind == "article"}
    assert written >= articles  # also the one that keeps its text in a script's JSON, which trafilatura does not read


STORY = ("가람시는 1일 청년 주택 300호를 다음 달부터 공급한다고 밝혔다.", "한도윤 가람시 주택정책과장은 \"청년이 머무는 도시를 만들겠다\"고 말했다.")


def script_page(script: str) -> str:
    """A page as a script-built site sends it: a title, an empty mount point and the article as data."""
    return (f"<html><head><title>가람시, 청년 주택 300호 공급 - 가람일보</title>{script}</head>"
            "<body><div id=\"root\"></div><nav><a href=\"/\">홈</a></nav></body></html>")


def test_an_article_kept_only_in_a_json_ld_script_is_read_from_its_article_body(tmp_path):
    article = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "가람일보"},
        {"@type": "NewsArticle", "headline": "가람시, 청년 주택 300호 공급", "articleBody": "\n".join(STORY),
         "datePublished": "2024-03-01T09:30:00+09:00", "author": [{"@type": "Person", "name": "박수린 기자"}],
         "publisher": {"@type": "Organization", "name": "가람일보"}}]}
    script = f"<script type=\"application/ld+json\">{json.dumps(article, ensure_ascii=False)}</script>"
    extracted = extract(script_page(script))
    assert extracted.text.split("\n") == ["가람시, 청년 주택 300호 공급", *STORY]
    assert extracted.metadata | {"title": None} == {"title": None, "author": "박수린 기자", "published_at": "2024-03-01",
                                                     "site_name": "가람일보"}
    (tmp_path / "ld.html").write_text(script_page(script), encoding="utf-8")
    [record] = run(str(tmp_path / "ld.html"), "-o", str(tmp_path / "out.jsonl"))
    assert [(q["text"], q["speaker"]["name"]) for q in record["quotes"] if q["kind"] == "direct"] == [("청년이 머무는 도시를 만들겠다", "한도윤")]
    assert [reporter["name"] for reporter in record["byline"]["reporters"]] == ["박수린"]


def test_an_article_kept_only_in_an_arc_content_store_is_read_from_its_elements():
    story = {"headlines": {"basic": "가람시, 청년 주택 300호 공급"}, "subheadlines": {"basic": "다음 달부터 신청"},
             "first_publish_date": "2024-03-01T00:30:00.000Z",
             "credits": {"by": [{"name": "수린 박", "additional_properties": {"original": {"byline": "박수린 기자"}}}]},
             "content_elements": [{"type": "image", "caption": "가람시청 전경. /가람시"},
                                  {"type": "text", "content": f"<b>{STORY[0]}</b>"}, {"type": "text", "content": "<br/>"},
                                  {"type": "raw_html", "content": "<div>광고</div>"}, {"type": "text", "content": STORY[1]}]}
    script = f"<script>window.x=1;Fusion.globalContent={json.dumps(story, ensure_ascii=False)};Fusion.next={{}};</script>"
    extracted = extract(script_page(script))
    assert extracted.text.split("\n") == ["가람시, 청년 주택 300호 공급", "다음 달부터 신청", "가람시청 전경. /가람시", *STORY]
    assert extracted.metadata["author"] == "박수린 기자" and extracted.metadata["published_at"] == "2024-03-01"


def test_script_data_is_read_with_care():
    """An Arc stamp in UTC is dated in Korean time; a malformed field is skipped, not fatal; a plain body keeps what
    looks like a tag (``<KBS 뉴스>``); a JSON-LD script's type may carry parameters."""
    story = {"headlines": "가람시 소식", "first_publish_date": "2024-02-29T23:10:00.000Z", "credits": [],
             "content_elements": [{"type": "text", "content": STORY[0]}, "광고"]}
    extracted = extract(script_page(f"<script>Fusion.globalContent={json.dumps(story, ensure_ascii=False)};</script>"))
    assert extracted.metadata["published_at"] == "2024-03-01" and STORY[0] in extracted.text.split("\n")
    article = {"@type": "NewsArticle", "headline": "가람시, 청년 주택 300호 공급", "articleBody": "<KBS 뉴스> " + STORY[0]}
    ld = f"<script type=\"application/ld+json; charset=utf-8\">{json.dumps(article, ensure_ascii=False)}</script>"
    assert extract(script_page(ld)).text.split("\n")[1] == "<KBS 뉴스> " + STORY[0]


def test_a_page_whose_scripts_hold_no_article_is_still_an_error():
    with pytest.raises(HtmlError, match="no script holds the article"):
        extract(script_page("<script type=\"application/ld+json\">{\"@type\": \"WebSite\", \"name\": \"가람일보\"}</script>"
                            "<script>Fusion.globalContent={\"content_elements\": [</script>").replace("<nav><a href=\"/\">홈</a></nav>", ""))
    paywalled = {"@type": "NewsArticle", "headline": "가람시, 청년 주택 300호 공급", "articleBody": ""}  # a headline is no article
    with pytest.raises(HtmlError, match="no script holds the article"):
        extract(script_page(f"<script type=\"application/ld+json\">{json.dumps(paywalled, ensure_ascii=False)}</script>")
                .replace("<nav><a href=\"/\">홈</a></nav>", ""))


def test_the_pages_title_is_the_headline_when_the_extracted_text_leaves_it_out():
    body = "가람시는 1일 청년 주택 300호를 다음 달부터 공급한다고 밝혔다."
    assert with_headline(body, '가람시장 "청년 주택 300호 공급" - 가람일보', "가람일보").split("\n") == ['가람시장 "청년 주택 300호 공급"', body]
    assert with_headline(body, "가람시, 청년 주택 공급 - 연합뉴스", None).startswith("가람시, 청년 주택 공급\n")  # an outlet the lexicon knows
    printed = f"가람시, 청년 주택 공급\n{body}"
    assert with_headline(printed, "가람시, 청년 주택 공급 | 가람일보", "가람일보") == printed
    assert with_headline(body, "가람 미디어", None) == body  # the site's name, no headline


def test_an_html_headline_only_in_the_title_is_the_records_headline(tmp_path):
    html = ('<html><head><title>한도윤 시장 "청년이 머무는 도시 만들겠다" - 가람일보</title>'
            '<meta property="og:site_name" content="가람일보"></head><body><article>' + BODY * 2 + "</article></body></html>")
    (tmp_path / "titled.html").write_text(html, encoding="utf-8")
    [record] = run(str(tmp_path / "titled.html"), "-o", str(tmp_path / "out.jsonl"))
    first = record["paragraphs"][0]
    assert (record["text"][first["start"] : first["end"]], first["role"]) == ('한도윤 시장 "청년이 머무는 도시 만들겠다"', "headline")
    assert "청년이 머무는 도시 만들겠다" in {q["text"] for q in record["quotes"]}


def test_text_dumps_of_real_pages_find_the_headline_the_page_titles(tmp_path):
    """A text scraper's dump of each real article page (every visible line, menus and buttons included) read as text:
    the headline found is the page's <title>, site name aside, on most pages (13 of the 16 when this test was written,
    6 before the portal layouts were read)."""
    pages = shared("corpus/html")
    with (pages / "MANIFEST.tsv").open(encoding="utf-8", newline="") as manifest:
        articles = [row["file"] for row in csv.DictReader(manifest, delimiter="\t") if row["page_type"] == "article"]
    titles = {}
    for name in articles:
        html, _ = decode_html((pages / name).read_bytes()) or ("", "")
        lines = [" ".join(line.split()) for line in text_content(html).split("\n")]
        (tmp_path / f"{name.removesuffix('.html')}.txt").write_text("\n".join(line for line in lines if line), encoding="utf-8")
        titles[name.removesuffix(".html")] = title_of(html)
    records = run(str(tmp_path), "-o", str(tmp_path / "out.jsonl"))
    found = {r["doc_id"]: [r["text"][p["start"] : p["end"]] for p in r["paragraphs"] if p["role"] == "headline"] for r in records}
    right = [doc for doc, headline in found.items() if titles[doc] and headline and titles[doc].startswith(headline[0])]
    assert len(right) >= 13, sorted(set(found) - set(right))


def title_of(html: str) -> str:
    try:
        return extract(html).metadata.get("title", "")
    except HtmlError:
        return ""


@pytest.mark.parametrize(("title", "site", "headline"), [
    ("가람시, 청년 주택 300호 공급 ‹ 사회 ‹ 기사본문 - 가람일보", None, "가람시, 청년 주택 300호 공급"),  # a content system's trail
    ("가람일보 - 가람시 청년 주택 공급", "가람일보", "가람시 청년 주택 공급"),  # the site first
    ("영동신문 :: 포도축제 개막…올해 포도 달다", None, "포도축제 개막…올해 포도 달다"),  # a word shaped like an outlet's name
    ("뉴스 - 가람시 예산 늘린다", None, "뉴스 - 가람시 예산 늘린다"),  # a kind of outlet alone names none
    ("가짜뉴스 : 선관위, 허위사실 유포 엄정 대응", None, "가짜뉴스 : 선관위, 허위사실 유포 엄정 대응"),  # a headline's label
    ("물가 < 임금 역전 3년째 < 경제 < 기사본문", None, "물가 < 임금 역전 3년째"),  # a headline's own mark stays
    ("A > B 비교 결과 발표", None, "A > B 비교 결과 발표"),
])
def test_the_headline_in_a_pages_title(title, site, headline):
    assert headline_of_title(title, site) == headline


def test_a_headline_printed_with_curly_marks_is_not_printed_again():
    text = "한 시장 “청년 머무는 도시” 만든다\n가람시는 1일 청년 주택을 공급한다고 밝혔다."
    assert with_headline(text, '한 시장 "청년 머무는 도시" 만든다 - 가람일보', "가람일보") == text


TABLE_PAGE = (
    "<html><head><meta charset=\"utf-8\"><title>예시 마을 장터 다시 연다 - 새벽강일보</title></head><body>"
    "<table><tr><td class=\"menu\">홈 &gt; 뉴스</td></tr><tr><td class=\"stamp\">기사입력 2023-11-08 16:20</td></tr>"
    "<tr><td id=\"articleBody\">순천시는 지난 6일 문을 닫았던 마을 장터를 다시 연다고 8일 밝혔다.<br><br>"
    "장터는 매주 토요일 오전 9시부터 오후 3시까지 열린다. 주민 200여 명이 참여할 것으로 보인다.<br><br>"
    "순천시 관계자는 \"주민들이 오래 기다린 장터\"라고 말했다.<br><br>/정유진 기자 yujin@example.kr</td></tr>"
    "<tr><td>Copyright ⓒ 새벽강일보 All rights reserved.</td></tr></table></body></html>")


def test_an_article_laid_out_in_a_tables_cells_keeps_its_paragraphs_and_byline():
    extracted = extract(TABLE_PAGE)
    lines = extracted.text.split("\n")
    assert "순천시는 지난 6일 문을 닫았던 마을 장터를 다시 연다고 8일 밝혔다." in lines
    assert "/정유진 기자 yujin@example.kr" in lines and not any("|" in line for line in lines)


BOX_PAGE = (
    "<html><head><meta charset=\"utf-8\"><title>예시 마을 장터 다시 연다 - 한빛일보</title>"
    "<meta name=\"author\" content=\"김도윤 기자\"></head><body><article><h1>예시 마을 장터 다시 연다</h1>"
    "{body}</article><div class=\"writer\"><div class=\"name\">김도윤 기자</div><div class=\"email\">doyun@example.kr</div></div>"
    "<footer><p>예시시 예시로 1 | 대표 한보람 | Email office@example.kr</p>Copyright &copy; <b>한빛일보</b> All rights reserved.</footer>"
    "</body></html>")


def test_a_reporters_box_and_a_footer_outside_the_article_complete_its_byline(tmp_path):
    source = tmp_path / "box.html"
    source.write_text(BOX_PAGE.format(body=BODY), encoding="utf-8")
    [record] = run(str(source), "-o", str(tmp_path / "out.jsonl"))
    assert (record["byline"]["reporters"], record["byline"]["publisher"]) == ([{"name": "김도윤", "email": "doyun@example.kr"}], "한빛일보")


def test_a_portals_notice_after_the_outlets_copyright_line_names_no_publisher(tmp_path):
    notice = "<div class=\"foot\"><p>각 기사의 저작권은 해당 언론사에 있습니다. 이 콘텐츠의 저작권은 저작권자 또는 제공처에 있습니다.</p></div>"
    source = tmp_path / "portal.html"
    source.write_text(BOX_PAGE.format(body=BODY).replace("</body>", notice + "</body>"), encoding="utf-8")
    [record] = run(str(source), "-o", str(tmp_path / "out.jsonl"))
    assert record["byline"]["publisher"] == "한빛일보"


def test_a_page_whose_title_names_only_the_site_takes_its_headline_from_its_heading(tmp_path):
    site_only = ("<html><head><meta charset=\"utf-8\"><title>예시다문화신문</title></head><body><div class=\"top\"><h1>예시다문화신문</h1>"
                 "<h3>많이 본 뉴스</h3></div><div class=\"view\"><h2>원곡동 다문화음식거리 세계음식 지도 나왔다</h2>"
                 "<div class=\"text\">{body}</div></div></body></html>")
    source = tmp_path / "site.html"
    source.write_text(site_only.format(body=BODY), encoding="utf-8")
    [record] = run(str(source), "-o", str(tmp_path / "out.jsonl"))
    first = record["paragraphs"][0]
    assert (record["text"][first["start"] : first["end"]], first["role"]) == ("원곡동 다문화음식거리 세계음식 지도 나왔다", "headline")
    ticker = ("<html><head><meta charset=\"utf-8\"><title>예시일보</title></head><body><header><h2>[속보] 동해안 폭염경보 확대 발령</h2>"
              "<ul><li><a href=\"/p\">정치</a></li><li><a href=\"/s\">사회</a></li></ul></header><div class=\"text\">{body}</div></body></html>")
    (tmp_path / "ticker.html").write_text(ticker.format(body=BODY), encoding="utf-8")
    [record] = run(str(tmp_path / "ticker.html"), "-o", str(tmp_path / "ticker.jsonl"))
    assert "폭염경보" not in record["text"]  # a heading over the page's menu is no headline of the article


def test_the_date_a_page_prints_with_its_time_wins_over_one_it_never_prints(tmp_path):
    stamped = ("<html><head><meta charset=\"utf-8\"><title>예시 마을 장터 다시 연다 - 한빛일보</title></head><body><table><tr><td>"
               "<font size=\"4\"><b>예시 마을 장터 다시 연다</b></font></td></tr><tr><td><font>기사입력 2011-08-26 15:42 &nbsp;|&nbsp; "
               "조회수 : 1,284</font></td></tr><tr><td class=\"article\"><table><tr><td><img src=\"/data/photo/2011/08/20110826_1542_01.jpg\">"
               "</td></tr></table>{body}</td></tr></table></body></html>")
    source = tmp_path / "stamped.html"
    source.write_text(stamped.format(body=BODY), encoding="utf-8")
    [record] = run(str(source), "-o", str(tmp_path / "out.jsonl"))
    assert record["metadata"]["published_at"] == "2011-08-26"
    sidebar = ("<html><head><meta charset=\"utf-8\"><meta property=\"article:published_time\" content=\"2024-06-03T10:21:00+09:00\">"
               "<title>예시 마을 장터 다시 연다 - 한빛일보</title></head><body><article><h1>예시 마을 장터 다시 연다</h1>"
               "<p>입력 2024년 06월 03일 오전 10시 21분</p>{body}</article><aside><h3>많이 본 뉴스</h3><ul>"
               "<li>가람 축제 개막 2024-05-28 11:00</li></ul></aside></body></html>")
    (tmp_path / "sidebar.html").write_text(sidebar.format(body=BODY), encoding="utf-8")
    [record] = run(str(tmp_path / "sidebar.html"), "-o", str(tmp_path / "side.jsonl"))
    assert record["metadata"]["published_at"] == "2024-06-03"  # a sidebar item's time is no stamp of the article


def test_a_boards_stamp_with_a_two_digit_year_is_read_year_first():
    board = ("<html><head><meta charset=\"utf-8\"><title>예시 마을 장터 다시 연다</title></head><body><div id=\"bo_v\">"
             "<h2>예시 마을 장터 다시 연다</h2><strong class=\"if_date\">작성일 24-04-11 15:27</strong>"
             f"<div id=\"bo_v_con\">{BODY}</div></div></body></html>")
    assert extract(board).metadata["published_at"] == "2024-04-11"


def test_a_table_of_figures_whose_headings_break_lines_stays_a_table():
    html = ("<html><head><meta charset='utf-8'><title>가람군 내년 예산 - 예시일보</title></head><body><article><h1>가람군 내년 예산</h1>"
            "<p>가람군은 내년 예산을 12일 발표했다. 청년 창업 지원 예산이 크게 늘었다. 군은 농업 예산도 늘렸다고 밝혔다.</p>"
            "<table><tr><th>구분<br>(사업명)</th><th>2024년</th><th>2025년</th></tr><tr><td><p>청년 창업 지원</p></td><td>40</td><td>55</td></tr>"
            "<tr><td><p>농업 지원</p></td><td>30</td><td>35</td></tr></table><p>군 관계자는 \"예산을 잘 쓰겠다\"고 말했다.</p></article></body></html>")
    assert "| 청년 창업 지원 | 40 | 55 |" in extract(html).text
