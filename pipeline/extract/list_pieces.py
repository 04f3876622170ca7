"""A list's run of text cut into its pieces: apart by commas, or by middle dots."""

from __future__ import annotations

import re

from pipeline.lexicon import list_cues, quote_cues


def split_items(segment: str) -> list[tuple[int, int]]:
    """Comma-separated pieces of ``segment`` as (start, end); commas inside brackets, a number (2,130억 원) or quote marks
    (``'천년 단오, 골목에 불을 밝히다'를 주제로``: a title's own comma) do not split, and a middle dot typed after a comma is part
    of it; quotes printed side by side at a piece's end split apart by spaces alone. Quote marks count only when they pair up in
    the segment: an apostrophe alone opens nothing."""
    marks = quote_cues().double_and_single_marks
    paired = sum(char in marks for char in segment) % 2 == 0
    pieces, depth, quoted, start = [], 0, False, 0
    for index, char in enumerate(segment):
        if char in "([{（":
            depth += 1
        elif char in ")]}）":
            depth = max(depth - 1, 0)
        elif char in marks and paired:
            quoted = not quoted
        elif char == "," and depth == 0 and not quoted and not (segment[index - 1 : index] + segment[index + 1 : index + 2]).isdigit():
            pieces.append((start, index))
            start = index + 1 + (segment[index + 1 : index + 2] in list_cues().middle_dots)  # 의왕,·과천: one separator, twice typed
    pieces.append((start, len(segment)))
    return [part for piece in pieces for part in _quoted_side_by_side(segment, *piece)]


def _quoted_side_by_side(segment: str, start: int, end: int) -> list[tuple[int, int]]:
    """``시는 ‘가람’ ‘나래’ 등``: a piece that ends in quotes apart by spaces alone, as each quote (the words before them with
    the first); any other piece whole (``‘가람’ ‘나래’ 합동 공연``: one item)."""
    marks = re.escape("".join(quote_cues().double_and_single_marks))
    quote = rf"[{marks}][^{marks}]+[{marks}]"
    run = re.search(rf"(?:(?<=\s)|^){quote}(?:\.? +{quote})+\s*$", segment[start:end])
    if run is None:
        return [(start, end)]
    quotes = [(start + run.start() + m.start(), start + run.start() + m.end()) for m in re.finditer(quote, run.group())]
    return [(start, quotes[0][1]), *quotes[1:]]


def dotted_parts(segment: str) -> list[tuple[int, int]]:
    """The pieces of ``segment`` apart by middle dots, as (start, end)."""
    bounds = [0, *(m.end() for m in list_cues().middle_dot.finditer(segment))]
    ends = [m.start() for m in list_cues().middle_dot.finditer(segment)] + [len(segment)]
    return list(zip(bounds, ends))
