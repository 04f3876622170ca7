"""Words of the plain text: where the word holding a position starts, past a space or a line break."""

from __future__ import annotations

from pipeline.lexicon import list_cues, quote_cues


def text_word_start(text: str, position: int) -> int:
    """Where the word that ends at ``position`` (or holds it) starts: after the last space or line break before it, so
    that a paragraph's first word never runs back into the paragraph before."""
    return max(text.rfind(" ", 0, position), text.rfind("\n", 0, position)) + 1


def text_word_ending_at(text: str, end: int) -> str:
    """The word of ``text`` that ends at ``end``, from the whitespace before it."""
    return text[text_word_start(text, end) : end]


def text_past_bullets(text: str, start: int, limit: int) -> int:
    """Past the bullets, an interview's question marks and spaces at ``start``, up to ``limit`` (``▲ 선수들이``: a caption's
    bullet opens no phrase; ``— 가람시의회 일부에서는``, ``Q. 시는``: nor a question's mark)."""
    while start < limit:
        mark = next((m for m in quote_cues().question_marks if text.startswith(m, start)), None)
        if mark is None and not (text[start] in list_cues().bullets or text[start].isspace()):
            return start
        start += len(mark) if mark else 1
    return start
