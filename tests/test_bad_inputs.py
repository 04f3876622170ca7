"""Inputs as broken as crawlers and disks leave them: every article in the output or in the errors file, no crash.

Each fixture is built here (WARC records with warcio, files with odd names, JSONL lines nested too deep); the cases
come from a fuzzing run over the reader.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.io.reader import FieldNames, InputReader
from pipeline.record import Article, ErrorRecord

runner = CliRunner()
PAGE = ("<html><head><meta charset='utf-8'><title>가람천 산책로 새로 열려</title></head><body><article>"
        "<h1>가람천 산책로 새로 열려</h1><p>춘천시는 가람천 산책로 3㎞를 새로 열었다고 5일 밝혔다.</p>"
        "<p>시는 내년에 구간을 더 늘린다. 주민들은 \"걷기 좋다\"고 말했다.</p></article></body></html>")


def run(*arguments: str) -> tuple[list[dict], list[dict]]:
    out = Path(arguments[arguments.index("-o") + 1])
    result = runner.invoke(app, ["run", *arguments, "--quiet", "--workers", "1", "--fast"])
    assert result.exit_code in (0, 1) and result.exception is None or isinstance(result.exception, SystemExit), result.output
    errors = out.with_name(out.name.removesuffix(".jsonl") + ".errors.jsonl")
    read = lambda path: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []
    return read(out), read(errors)


def warc_records(*responses: tuple[str, str, bytes]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for uri, status, body in responses:
        headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    return buffer.getvalue()


def test_a_warc_cut_inside_a_records_headers_keeps_the_responses_before_and_says_where_it_stopped(tmp_path):
    whole = warc_records(("https://a.example.kr/1", "200 OK", PAGE.encode()), ("https://a.example.kr/2", "200 OK", PAGE.encode()))
    cut = whole + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\nWARC-Rec"  # the next record's headers, cut off
    (tmp_path / "cut.warc").write_bytes(cut)
    records, errors = run(str(tmp_path / "cut.warc"), "-o", str(tmp_path / "out.jsonl"))
    assert [r["doc_id"] for r in records] == ["https://a.example.kr/1", "https://a.example.kr/2"]
    [error] = errors
    assert "after response 2" in error["error"] and "nothing after it was read" in error["error"]


def test_a_response_without_its_target_uri_is_an_error_and_no_crash(tmp_path):
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE.encode()
    record = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n" \
             + f"Content-Length: {len(body)}\r\n\r\n".encode() + body + b"\r\n\r\n"
    (tmp_path / "nouri.warc").write_bytes(record)
    records, [error] = run(str(tmp_path / "nouri.warc"), "-o", str(tmp_path / "out.jsonl"))
    assert records == [] and error["stage"] == "read" and "WARC" in error["error"]


def test_a_warc_gzipped_as_one_stream_is_read_and_an_error_page_is_no_article(tmp_path):
    whole = warc_records(("https://a.example.kr/1", "200 OK", PAGE.encode()), ("https://a.example.kr/gone", "404 Not Found", PAGE.encode()))
    (tmp_path / "crawl.warc.gz").write_bytes(gzip.compress(whole))
    records, [error] = run(str(tmp_path / "crawl.warc.gz"), "-o", str(tmp_path / "out.jsonl"))
    assert [r["doc_id"] for r in records] == ["https://a.example.kr/1"]
    assert error["doc_id"] == "https://a.example.kr/gone" and "HTTP status 404" in error["error"]


def test_an_id_with_a_lone_surrogate_and_a_file_name_that_is_not_utf8_are_written(tmp_path):
    (tmp_path / "in.jsonl").write_text('{"id": "\\ud800a", "text": "춘천시는 산책로를 열었다고 밝혔다."}\n', encoding="utf-8")
    records, errors = run(str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert [r["doc_id"] for r in records] == ["\ud800a"] and errors == []  # JSON's own escape, read back as it was
    folder = tmp_path / "pages"
    folder.mkdir()
    (Path(os.fsdecode(bytes(folder)) + "/" + os.fsdecode(b"latin1_\xe9.txt"))).write_text("춘천시는 산책로를 열었다고 밝혔다.", encoding="utf-8")
    records, errors = run(str(folder), "-o", str(tmp_path / "named.jsonl"))
    assert [r["doc_id"] for r in records] == ["latin1_\\xe9"] and errors == []


def test_a_jsonl_line_nested_too_deeply_is_its_own_error(tmp_path):
    deep = '{"id": "deep", "text": "가", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    moderate = '{"id": "moderate", "text": "가", "x": ' + "[" * 900 + "]" * 900 + "}"
    good = '{"id": "good", "text": "춘천시는 산책로를 열었다고 밝혔다."}'
    (tmp_path / "in.jsonl").write_text("\n".join([deep, moderate, good]) + "\n", encoding="utf-8")
    records, errors = run(str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert [r["doc_id"] for r in records] == ["good"]
    assert [(e["line"], "nested" in e["error"]) for e in errors] == [(1, True), (2, True)]


def test_files_of_one_name_in_two_folders_are_two_articles_the_second_named_by_its_folders(tmp_path):
    for folder in ("2024/06", "2024/07"):
        (tmp_path / "crawl" / folder).mkdir(parents=True)
        (tmp_path / "crawl" / folder / "1.txt").write_text("춘천시는 산책로를 열었다고 밝혔다.", encoding="utf-8")
    (tmp_path / "crawl" / "top.txt").write_text("춘천시는 산책로를 열었다고 밝혔다.", encoding="utf-8")
    records, errors = run(str(tmp_path / "crawl"), "-o", str(tmp_path / "out.jsonl"))
    assert [r["doc_id"] for r in records] == ["1", "2024/07/1", "top"] and errors == []  # the first keeps its stem


def test_a_file_that_cannot_be_read_and_a_dangling_link_are_errors_and_the_rest_is_read(tmp_path, monkeypatch):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("a.txt", "locked.txt", "z.txt"):
        (folder / name).write_text("춘천시는 산책로를 열었다고 밝혔다.", encoding="utf-8")
    (folder / "gone.txt").symlink_to(folder / "missing.txt")
    real_read = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    items = list(InputReader(FieldNames()).read([str(folder)]))
    assert [(type(i).__name__, i.doc_id if isinstance(i, Article) else i.error) for i in items] == [
        ("Article", "a"), ("ErrorRecord", "no such file or directory"), ("ErrorRecord", "cannot read the file: Permission denied"),
        ("Article", "z")]
    assert all(isinstance(i, (Article, ErrorRecord)) for i in items)


@pytest.mark.parametrize(("line", "said"), [('{"id": null, "text": "가"}', "empty 'id' field"), ('{"text": "가"}', "missing 'id' field"),
                                            ('{"id": "  ", "text": "가"}', "empty 'id' field")])
def test_an_id_that_is_null_blank_or_missing_is_said_so(tmp_path, line, said):
    (tmp_path / "in.jsonl").write_text(line + "\n", encoding="utf-8")
    _, [error] = run(str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert error["error"].startswith(said)


def test_a_run_of_digits_too_long_to_count_and_script_data_nested_too_deeply_lose_no_article(tmp_path):
    (tmp_path / "digits.txt").write_text("1" * 50_000 + "명이 참석했다. 교통, 주거, 일자리 등 3개 분야를 챙긴다.", encoding="utf-8")
    deep = "<script type='application/ld+json'>" + "[" * 100_000 + "]" * 100_000 + "</script>"
    (tmp_path / "deep.html").write_text(PAGE.replace("</head>", deep + "</head>"), encoding="utf-8")
    records, errors = run(str(tmp_path), "-o", str(tmp_path / "out.jsonl"))
    assert [r["doc_id"] for r in records] == ["deep", "digits"] and errors == []
    assert [[i["text"] for i in e["items"]] for e in records[1]["enumerations"]] == [["교통", "주거", "일자리"]]


@pytest.mark.parametrize("compress", [False, True])
def test_a_warc_cut_inside_a_response_or_its_compressed_stream_writes_the_whole_responses_and_reports_the_rest(tmp_path, compress):
    noise = random.Random(7)  # bodies that compress alike, so that a cut at 85 % falls inside the last one
    pages = [PAGE.replace("</article>", f"<p>{noise.getrandbits(8000):x}</p></article>").encode() for _ in range(3)]
    whole = warc_records(*[(f"https://a.example.kr/{i}", "200 OK", page) for i, page in enumerate(pages)])
    data = gzip.compress(whole) if compress else whole
    (tmp_path / "cut.warc.gz").write_bytes(data[: int(len(data) * 0.85)])
    records, errors = run(str(tmp_path / "cut.warc.gz"), "-o", str(tmp_path / "out.jsonl"))
    assert [r["doc_id"] for r in records] == ["https://a.example.kr/0", "https://a.example.kr/1"]
    assert errors and all("cut short" in e["error"] for e in errors)
    assert not any(r["text"].endswith("…") for r in records)


def test_the_corpus_directory_names_the_seed_by_its_stem_as_its_gold_does():
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    ids = [item.doc_id for item in InputReader(FieldNames()).read([str(corpus)]) if isinstance(item, Article)]
    gold = json.loads((corpus / "gold" / "000_3b5ea9a6c37b76ec.gold.json").read_text(encoding="utf-8"))["doc_id"]
    assert gold in ids  # make run scores the seed against this gold by its doc_id
