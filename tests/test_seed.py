"""The seed article end to end: the 'Done when' of the foundation issue."""

from pipeline.record.offsets import entity_overlaps, offset_errors


def test_paragraphs_duplicates_and_roles(seed_record):
    assert len(seed_record["paragraphs"]) + len(seed_record["duplicates"]) == 19
    assert [(d["source_index"], d["duplicate_of"]) for d in seed_record["duplicates"]] == [
        (source, source - 8) for source in range(10, 18)
    ]
    assert [p["source_index"] for p in seed_record["paragraphs"]] == [*range(10), 18]
    assert [p["role"] for p in seed_record["paragraphs"]] == ["lead"] + ["subheadline"] * 3 + ["body"] * 6 + ["byline"]


def test_byline(seed_record):
    assert seed_record["byline"] == {
        "reporters": [{"name": "신현정", "email": "god@kyeongin.com"}],
        "reporter": "신현정",
        "email": "god@kyeongin.com",
        "publisher": "경인일보",
    }


def test_text_is_kept_paragraphs_joined(seed_record):
    text = seed_record["text"]
    assert text.split("\n") == [text[p["start"] : p["end"]] for p in seed_record["paragraphs"]]
    assert text.endswith("/신현정기자 god@kyeongin.com")


def test_quoted_passage_is_one_sentence(seed_record):
    text = seed_record["text"]
    sentences = [text[s["start"] : s["end"]] for s in seed_record["sentences"]]
    assert any(s.startswith('그러면서 "청년들이') and s.endswith("덧붙였다.") for s in sentences)


def test_offsets(seed_record):
    assert offset_errors(seed_record) == []
    assert entity_overlaps(seed_record) == []


def test_nested_entities_are_reported():
    nested = {"entities": [{"start": 0, "end": 3, "text": "경기도"}, {"start": 0, "end": 2, "text": "경기"}]}
    adjacent = {"entities": [{"start": 0, "end": 2, "text": "경기"}, {"start": 2, "end": 3, "text": "도"}]}
    assert len(entity_overlaps(nested)) == 1
    assert entity_overlaps(adjacent) == []
