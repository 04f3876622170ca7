"""The stretches of a span outside its direct quotes: what the speaker modules read instead of testing each quoted word."""

from __future__ import annotations

import pytest

from pipeline.extract.quoted_spans import QuotedSpans
from tests.conftest import run_text

TEXT = '한 주민은 "관계자가 왔다"고 했고, 시 관계자는 "주민이 옳다"고 답했다.'
OPEN, CLOSE = TEXT.index('"'), TEXT.index('"', TEXT.index('"') + 1)
SECOND = (TEXT.index('"', CLOSE + 1), TEXT.rindex('"'))


def _quotes() -> QuotedSpans:
    return QuotedSpans([SECOND, (OPEN, CLOSE)], [], [])


def test_a_position_between_the_marks_is_quoted_and_the_marks_are_not() -> None:
    quotes = _quotes()
    assert [quotes.quoted(p) for p in (OPEN, OPEN + 1, CLOSE - 1, CLOSE)] == [False, True, True, False]


@pytest.mark.parametrize(("start", "end"), [(0, len(TEXT)), (0, OPEN), (OPEN + 2, len(TEXT)), (CLOSE, SECOND[0] + 3), (OPEN + 1, CLOSE)])
def test_the_stretches_hold_every_unquoted_position_and_no_other(start: int, end: int) -> None:
    quotes = _quotes()
    stretches = quotes.unquoted(start, end)
    covered = [p for a, b in stretches for p in range(a, b)]
    assert covered == [p for p in range(start, end) if not quotes.quoted(p)]


def test_the_morphemes_read_are_the_unquoted_ones_up_to_the_end() -> None:
    article = run_text(TEXT)
    assert article.text.startswith(TEXT)
    morphemes = article.morphemes
    starts = [m.start for m in morphemes]
    quotes = QuotedSpans([SECOND, (OPEN, CLOSE)], morphemes, starts)
    end = SECOND[0] + 4  # inside the second quote: reading stops there
    read = [morphemes[i].form for i in quotes.unquoted_morphemes(0, end)]
    expected = []
    for morpheme in morphemes:
        if morpheme.end > end:
            break
        if not quotes.quoted(morpheme.start):
            expected.append(morpheme.form)
    assert read == expected
    assert "관계자" in read and "주민" in read and read.count("관계자") == 1  # the quoted 관계자 is skipped
