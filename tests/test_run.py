"""``kornews run`` end to end: inputs, atomic output, errors file, nothing lost."""

import json
import random
import subprocess
import sys

from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.record.offsets import entity_overlaps, offset_errors
from tests.conftest import SEED

runner = CliRunner()


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_txt_jsonl_and_directory_inputs(tmp_path):
    corpus = tmp_path / "in"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "b.txt").write_text("둘째 기사다.", encoding="utf-8")
    (corpus / "a.txt").write_bytes("첫 기사다.".encode("cp949"))
    write_jsonl(corpus / "sub" / "c.jsonl", [
        {"id": "c1", "text": "셋째 기사다.", "title": "제목", "url": "https://example.kr/1", "publisher": "경인일보"},
        {"id": "c2", "text": "넷째 기사다.", "published_at": "2023-05-12"},
    ])
    out = tmp_path / "out" / "run.jsonl"
    result = runner.invoke(app, ["run", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = read_jsonl(out)
    assert [r["doc_id"] for r in records] == ["a", "b", "c1", "c2"]
    assert records[0]["source"]["encoding"] == "cp949"
    assert records[2]["metadata"] == {"title": "제목", "url": "https://example.kr/1", "publisher": "경인일보"}
    assert records[3]["metadata"] == {"published_at": "2023-05-12"}
    assert (tmp_path / "out" / "run.errors.jsonl").read_text() == ""
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["run.errors.jsonl", "run.jsonl", "run.manifest.json"]


def test_configurable_field_names(tmp_path):
    source = tmp_path / "in.jsonl"
    write_jsonl(source, [{"article_id": 7, "body": "기사 본문이다.", "section": "정치"}])
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["run", str(source), "-o", str(out), "--field", "id=article_id", "--field", "text=body"])
    assert result.exit_code == 0, result.output
    (record,) = read_jsonl(out)
    assert (record["doc_id"], record["text"], record["metadata"]) == ("7", "기사 본문이다.", {"section": "정치"})


def test_doc_id_is_the_id_when_a_record_has_no_id(tmp_path):
    source = tmp_path / "in.jsonl"
    write_jsonl(source, [{"doc_id": "가람-1", "text": "기사 본문이다."}, {"id": "보람-2", "doc_id": "x", "text": "둘째 기사다."}])
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["run", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [(r["doc_id"], r["metadata"]) for r in read_jsonl(out)] == [("가람-1", {}), ("보람-2", {"doc_id": "x"})]


def test_bad_input_goes_to_the_errors_file_and_the_batch_goes_on(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "good.txt").write_text("좋은 기사다.", encoding="utf-8")
    (corpus / "news.jsonl").write_bytes(
        '{"id": "ok", "text": "괜찮은 기사다."}\n'
        '{"id": "broken", "text": \n'
        '{"id": "no-text"}\n'
        '{"text": "아이디가 없다."}\n'
        '{"id": "ok", "text": "같은 아이디다."}\n'.encode("utf-8")
        + b'{"id": "latin", "text": "\xff\xfe"}\n'
    )
    out = tmp_path / "run.jsonl"
    result = runner.invoke(app, ["run", str(corpus), "-o", str(out)])
    assert result.exit_code == 1
    assert [r["doc_id"] for r in read_jsonl(out)] == ["good", "ok"]
    errors = read_jsonl(tmp_path / "run.errors.jsonl")
    assert [(e["doc_id"], e["line"], e["stage"]) for e in errors] == [
        ("empty", None, "ingest"),
        (None, 2, "read"),
        ("no-text", 3, "read"),
        (None, 4, "read"),
        ("ok", 5, "read"),
        (None, 6, "read"),
    ]
    assert "empty article" in errors[0]["error"]
    assert "not JSON" in errors[1]["error"]
    assert "the record has 'text'; name the id's with --field id=NAME" in errors[3]["error"]
    assert "duplicate doc_id" in errors[4]["error"]
    assert "not UTF-8" in errors[5]["error"]


def test_every_input_is_in_the_output_or_the_errors_file(tmp_path):
    rng = random.Random(7)
    lines, expected = [], 0
    for i in range(60):
        kind = rng.choice(["good", "good", "good", "empty", "broken", "no-text"])
        expected += 1
        if kind == "good":
            lines.append(json.dumps({"id": f"d{i}", "text": f"기사 {i}번이다.\n\n둘째 문단이다."}, ensure_ascii=False))
        elif kind == "empty":
            lines.append(json.dumps({"id": f"d{i}", "text": " \n "}))
        elif kind == "broken":
            lines.append('{"id": ')
        else:
            lines.append(json.dumps({"id": f"d{i}"}))
    source = tmp_path / "mixed.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    runner.invoke(app, ["run", str(source), "-o", str(out)])
    written = read_jsonl(out)
    failed = read_jsonl(tmp_path / "out.errors.jsonl")
    assert len(written) + len(failed) == expected
    assert {r["doc_id"] for r in written}.isdisjoint({e["doc_id"] for e in failed})


def test_stdin_and_console_script_module(tmp_path):
    out = tmp_path / "stdin.jsonl"
    line = json.dumps({"id": "s1", "text": "표준 입력 기사다."}, ensure_ascii=False) + "\n"
    completed = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "-", "-o", str(out)],
        input=line.encode("utf-8"), capture_output=True, check=False,
    )
    assert completed.returncode == 0, completed.stderr.decode()
    assert [r["doc_id"] for r in read_jsonl(out)] == ["s1"]
    assert "articles in" in completed.stderr.decode()


def test_tokens_only_on_request(tmp_path):
    plain, with_tokens = tmp_path / "plain.jsonl", tmp_path / "tokens.jsonl"
    runner.invoke(app, ["run", str(SEED), "-o", str(plain)])
    runner.invoke(app, ["run", str(SEED), "-o", str(with_tokens), "--tokens"])
    assert "tokens" not in read_jsonl(plain)[0]
    assert read_jsonl(with_tokens)[0]["tokens"][0] == {"form": "경기도", "tag": "NNP", "start": 0, "end": 3, "sentence": 0, "oov": False}


def test_same_input_same_bytes(tmp_path):
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    runner.invoke(app, ["run", str(SEED), "-o", str(first)])
    runner.invoke(app, ["run", str(SEED), "-o", str(second)])
    assert first.read_bytes() == second.read_bytes()


def test_a_crash_leaves_no_half_written_file(tmp_path, monkeypatch):
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n")
    import pipeline.batch.tasks

    def explode(articles, stages):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.batch.tasks, "process_batch", explode)
    result = runner.invoke(app, ["run", str(SEED), "-o", str(out)])
    assert result.exit_code != 0
    assert out.read_text() == "previous run\n"
    assert (tmp_path / "out.jsonl.partial").read_text() == ""  # kept for --resume


def test_offsets_hold_on_generated_input(tmp_path):
    rng = random.Random(11)
    pieces = ["김동연 지사는", '"좋다"고', "말했다.", "  ", "\t", "&amp;", "<b>굵게</b>", "😀", "ㄱ", "(AI)", "8개 사항", "\u3000"]
    records = []
    for i in range(40):
        paragraphs = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(rng.randint(1, 6))]
        paragraphs += rng.sample(paragraphs, k=min(2, len(paragraphs)))  # scraped twice
        records.append({"id": f"g{i}", "text": rng.choice(["\n", "\r\n", "\n\n"]).join(paragraphs)})
    source = tmp_path / "generated.jsonl"
    write_jsonl(source, records)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["run", str(source), "-o", str(out), "--tokens"])
    # Only an article of whitespace alone may fail (empty), and these all hold words.
    assert result.exit_code == 0, result.output
    written = read_jsonl(out)
    assert [record["doc_id"] for record in written] == [f"g{i}" for i in range(40)]
    for record in written:
        assert offset_errors(record) == [], record["doc_id"]
        assert entity_overlaps(record) == [], record["doc_id"]
        assert record["entities"] or record["quotes"] or record["sentences"]


def test_half_an_emoji_a_crawler_cut_is_replaced_and_the_record_written(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "cut.jsonl").write_text('{"id": "c1", "text": "김 지사는 \\"안전\\"이라고 밝혔다. \\ud83d"}\n', encoding="utf-8")
    out = tmp_path / "out" / "run.jsonl"
    result = runner.invoke(app, ["run", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    [record] = read_jsonl(out)
    assert record["text"].endswith("\ufffd") and record["quotes"][0]["text"] == "안전"
