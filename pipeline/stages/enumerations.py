"""enumerations: lists of items with their announced count, complete or partial, linked together.

Finds, sentence by sentence:

- comma lists closed by 등 and a count: ``A, B, C 등 8개 사항`` (a modifier may sit between:
  ``… 등 상생발전을 위한 8개 과제``), and the single-item form ``A 등 8개 사항``;
- lists closed by 등 without a count: ``X로는 A, B, C 등이 있다`` (announced count null);
- counts announced before the items: ``8개 사항은 A, B, C이다``;
- bullet lists, one item per line or inline (``△A △B △C``), with a count announced on the line
  before when there is one (``다음 3가지``).

Items are separated by commas (not inside parentheses) and bullets; ``·`` and ``및`` stay inside an
item. The first item starts after the last word ending in a particle or a verb ending
(``경기도와 광주광역시가 | 인공지능(AI) 산업 분야 상호 협력, …``). A partial list (fewer items than
announced) that summarises a complete list with the same count in the article gets ``refers_to``
and, per item, the index of its best match. A count that does not add up without 등 is a warning.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from pipeline.record import Article

# Where a clause ends inside a sentence: particles and clause endings, but not the adnominal ones that
# sit inside a noun phrase (비잔틴풍의 교회 건물인 ‘성니콜라스 대성당’: JKG, ETM).
PARTICLE_OR_ENDING = re.compile(r"^(J(?!KG)|EC|EF|EP|ETN)")
CLAUSE_END_TAGS = frozenset({"JX", "JKS", "EC", "EF"})
PRIVATE_USE_BULLET = re.compile("[\ue000-\uf8ff]")
OPEN_LIST_ENDING = re.compile(r"^(이|가)?\s?(있|이다|입니다|이며|이고|으로 꼽|을 꼽|를 꼽)")


@dataclass(frozen=True)
class ListCues:
    numerals: dict[str, int]
    counters: tuple[str, ...]
    agreement_words: tuple[str, ...]
    bullets: tuple[str, ...]
    discourse_markers: frozenset[str]


@functools.cache
def list_cues() -> ListCues:
    data = tomllib.loads(resources.files("pipeline").joinpath("data", "enumerations.toml").read_text(encoding="utf-8"))
    return ListCues(
        numerals=dict(data["numerals"]),
        counters=tuple(sorted(data["counters"], key=len, reverse=True)),
        agreement_words=tuple(data["agreement_words"]),
        bullets=tuple(data["bullets"]),
        discourse_markers=frozenset(data["discourse_markers"]),
    )


@functools.cache
def count_phrase() -> re.Pattern[str]:
    """``8개 사항``, ``세 가지``, ``3곳``: number, counter, then an optional noun."""
    numerals = "|".join(sorted(list_cues().numerals, key=len, reverse=True))
    counters = "|".join(map(re.escape, list_cues().counters))
    return re.compile(rf"(?P<number>\d+|{numerals})\s?(?P<counter>{counters})(?:\s(?P<noun>[가-힣A-Za-z]+))?")


def enumerations(article: Article) -> Article:
    """Fill ``enumerations`` and add count mismatches to ``warnings``.

    ``'두 도시는 AI 협력, 청년 교류, 관광 협력 등 3개 사항에 합의했다.'`` -> one agreement list, items AI 협력 |
    청년 교류 | 관광 협력, announced 3 사항, complete.
    """
    finder = ListFinder(article)
    found = finder.comma_lists() + finder.bullet_lists()
    found.sort(key=lambda lst: lst["start"])
    for index, lst in enumerate(found):
        lst["id"] = index
    link_partial_lists(found)
    article.enumerations = [_ordered(lst) for lst in found]
    article.warnings = [warning for lst in found for warning in lst.pop("_warnings", [])]
    return article


class ListFinder:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.morpheme_ends = [m.end for m in article.morphemes]

    # ------------------------------------------------------------------ comma lists

    def comma_lists(self) -> list[dict[str, Any]]:
        found = []
        for sentence in self.article.sentences:
            text = self.text[sentence.start : sentence.end]
            for closing in re.finditer(r"(?<=[^\s,])\s?등(?=[\s이을을의과와도])", text):
                lst = self._list_before(sentence.start, sentence.start + closing.start(), sentence.start + closing.end(), sentence.end)
                if lst is not None:
                    found.append(lst)
            for count in count_phrase().finditer(text):
                # "A, B, C 4개 기관은": the count right after a comma list, without 등.
                before = text[: count.start()].rstrip()
                if count.start() == 0 or before.endswith("등") or "," not in before or not text[count.start() - 1].isspace():
                    continue
                last = sentence.start + before.rfind(",") + 1
                if self._has_particle_or_ending(last, sentence.start + len(before)) or " 등 " in self.text[last : sentence.start + len(before)]:
                    continue  # the last piece is a clause or an already closed list, not an item
                lst = self._list_before(sentence.start, sentence.start + len(before), sentence.start + len(before), sentence.end)
                if lst is not None and lst["announced_count"] is not None and len(lst["items"]) >= 2:
                    if not lst["complete"]:
                        lst["_warnings"] = [f"list at {lst['start']}: {len(lst['items'])} items listed, {lst['announced_count']} announced"]
                    found.append(lst)
        return found

    def _list_before(self, sentence_start: int, items_end: int, closing_end: int, sentence_end: int) -> dict[str, Any] | None:
        segment = self.text[sentence_start:items_end]
        pieces = split_items(segment)
        if not pieces:
            return None
        # The list starts after the last clause boundary before its last item: earlier pieces belong
        # to an introduction ("한편, 동해시는 A와 B, C 등" -> A와 B | C).
        for index in range(len(pieces) - 1, -1, -1):
            start, end = pieces[index]
            if self._has_clause_end(sentence_start + start, sentence_start + end) or index == 0:
                moved = self._item_start(sentence_start + start, sentence_start + end) - sentence_start
                pieces = [(moved, end), *pieces[index + 1 :]]
                break
        items = [self._item(sentence_start + s, sentence_start + e) for s, e in pieces]
        items = [item for item in items if item is not None and item["text"] not in list_cues().discourse_markers]
        if not items or any(_looks_like_amount(item["text"]) for item in items):
            return None
        if all(count_phrase().search(item["text"]) and count_phrase().search(item["text"]).end() == len(item["text"]) for item in items):
            return None  # 산단형 7곳, 항만형 5곳, 공항형 1곳: a breakdown of a number, not a list
        if not all(self._ends_with_noun(item) for item in items):
            return None  # an item never ends in a verb: the "list" is running text
        after = self.text[closing_end:sentence_end]
        count = count_phrase().match(after, len(after) - len(after.lstrip())) or _count_after_modifier(after)
        if count is None and (len(items) < 2 or not OPEN_LIST_ENDING.match(after)):
            return None  # without a count, only "A, B 등이 있다" / "A, B 등이다" announce a list
        lst = {"start": items[0]["start"], "items": items, "announced_count": None, "count_noun": None}
        end = closing_end
        if count is not None:
            offset = closing_end
            lst["announced_count"] = self._number(count.group("number"))
            lst["count_noun"] = strip_particles(count.group("noun")) if count.group("noun") else count.group("counter")
            end = offset + count.end() if count.group("noun") is None else offset + count.start("noun") + len(lst["count_noun"])
        lst["end"] = end
        if lst["announced_count"] and len(items) < lst["announced_count"]:
            lst["items"] = items = self._split_to_count(items, lst["announced_count"])
        lst["complete"] = lst["announced_count"] is not None and len(items) == lst["announced_count"]
        lst["kind"] = self._kind(sentence_start, sentence_end)
        return lst

    def _item_start(self, start: int, end: int) -> int:
        """Move the first item's start past the words that introduce the list (subject, adverbs)."""
        position = start
        for index in range(bisect.bisect_left(self.morpheme_ends, start + 1), len(self.article.morphemes)):
            morpheme = self.article.morphemes[index]
            if morpheme.end > end:
                break
            word_ends = morpheme.end == len(self.text) or self.text[morpheme.end] in " \n"
            if word_ends and PARTICLE_OR_ENDING.match(morpheme.tag) or morpheme.tag in ("MAG", "MAJ") and word_ends:
                position = morpheme.end
        while position < end and self.text[position] == " ":
            position += 1
        return position

    def _split_to_count(self, items: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
        """Split items at 와/과 or ·, only when that makes exactly the announced count.

        ``A와 B, C 등 3개`` -> A | B | C; ``공약이행·좋은조례 등 2개 분야`` -> 공약이행 | 좋은조례.
        """
        for pattern in (r"(?<=[가-힣])(와|과) ", r"·"):
            split = []
            for item in items:
                start = item["start"]
                for joint in re.finditer(pattern, item["text"]):
                    split.append(self._item(start, item["start"] + joint.start()))
                    start = item["start"] + joint.end()
                split.append(self._item(start, item["end"]))
            if len(split) == count and all(split):
                return split
        return items

    def _ends_with_noun(self, item: dict[str, Any]) -> bool:
        """The item's last morpheme is a noun, a number, foreign letters or a closing bracket/quote."""
        index = bisect.bisect_left(self.morpheme_ends, item["end"])
        if index >= len(self.article.morphemes) or self.article.morphemes[index].end != item["end"]:
            return True  # not on a morpheme boundary: nothing to judge
        return self.article.morphemes[index].tag.startswith(("N", "SL", "SN", "SH", "SS", "SW", "XSN", "SO"))

    def _has_clause_end(self, start: int, end: int) -> bool:
        """A subject or topic particle or a clause ending: 동해시는, 등이 있으며 (not 활성화를 위한)."""
        first = bisect.bisect_left(self.morpheme_ends, start + 1)
        return any(m.tag in CLAUSE_END_TAGS for m in self.article.morphemes[first:] if m.end <= end)

    def _has_particle_or_ending(self, start: int, end: int) -> bool:
        first = bisect.bisect_left(self.morpheme_ends, start + 1)
        return any(PARTICLE_OR_ENDING.match(m.tag) for m in self.article.morphemes[first:] if m.end <= end)

    def _item(self, start: int, end: int) -> dict[str, Any] | None:
        while start < end and self.text[start] in " \n":
            start += 1
        while end > start and self.text[end - 1] in " \n,":
            end -= 1
        if end - start < 2:
            return None
        return {"start": start, "end": end, "text": self.text[start:end]}

    def _kind(self, start: int, end: int) -> str:
        paragraph = next((p for p in self.article.paragraphs if p.start <= start < p.end + 1), None)
        window = self.text[paragraph.start : paragraph.end] if paragraph else self.text[start:end]
        return "agreement" if any(word in window for word in list_cues().agreement_words) else "list"

    def _number(self, written: str) -> int:
        return int(written) if written.isdigit() else list_cues().numerals[written]

    # ------------------------------------------------------------------ bullet lists

    def bullet_lists(self) -> list[dict[str, Any]]:
        """Runs of paragraphs that start with a bullet, and inline ``△A △B`` runs."""
        found: list[dict[str, Any]] = []
        run: list[dict[str, Any]] = []
        paragraphs = self.article.paragraphs
        for index, paragraph in enumerate([*paragraphs, None]):
            text = self.text[paragraph.start : paragraph.end] if paragraph else ""
            bullet = next((b for b in list_cues().bullets if text.startswith(b)), None)
            if bullet is None and text[:1] and PRIVATE_USE_BULLET.match(text[:1]):
                bullet = text[0]  # symbol-font bullets scraped as private-use characters
            inline = self._inline_bullets(paragraph) if paragraph and bullet is None else []
            if bullet is not None and text.count(bullet) == 1:
                item = self._item(paragraph.start + len(bullet), paragraph.end)
                if item is not None:
                    run.append(item)
                continue
            if bullet is not None:
                inline = self._inline_bullets(paragraph)
            if len(run) >= 2:
                found.append(self._bullet_list(run, paragraphs[index - len(run) - 1] if index - len(run) - 1 >= 0 else None))
            run = []
            if len(inline) >= 2:
                found.append(self._bullet_list(inline, paragraph, inline=True))
        return found

    def _inline_bullets(self, paragraph) -> list[dict[str, Any]]:
        text = self.text[paragraph.start : paragraph.end]
        marks = [m for m in list_cues().bullets if m not in ("-", "·", "•") and text.count(m) >= 2]
        if not marks:
            return []
        mark = marks[0]
        positions = [m.start() for m in re.finditer(re.escape(mark), text)]
        items = []
        for start, end in zip(positions, [*positions[1:], len(text)]):
            item = self._item(paragraph.start + start + len(mark), paragraph.start + _item_end(text, start + len(mark), end))
            if item is not None:
                items.append(item)
        return items

    def _bullet_list(self, items: list[dict[str, Any]], context, inline: bool = False) -> dict[str, Any]:
        announced = None
        noun = None
        if context is not None:
            lead = self.text[context.start : items[0]["start"] if inline else context.end]
            count = None
            for count in count_phrase().finditer(lead):
                pass
            if count is not None:
                announced = self._number(count.group("number"))
                noun = strip_particles(count.group("noun")) if count.group("noun") else count.group("counter")
        lst = {"start": items[0]["start"], "end": items[-1]["end"], "items": items, "announced_count": announced,
               "count_noun": noun, "kind": self._kind(items[0]["start"], items[-1]["end"])}
        lst["complete"] = announced is None or announced == len(items)
        if announced is not None and announced != len(items):
            lst["_warnings"] = [f"list at {lst['start']}: {len(items)} items listed, {announced} announced"]
        return lst


def split_items(segment: str) -> list[tuple[int, int]]:
    """Comma-separated pieces of ``segment`` as (start, end); commas inside brackets do not split."""
    pieces, depth, start = [], 0, 0
    for index, char in enumerate(segment):
        if char in "([{（":
            depth += 1
        elif char in ")]}）":
            depth = max(depth - 1, 0)
        elif char == "," and depth == 0:
            pieces.append((start, index))
            start = index + 1
    pieces.append((start, len(segment)))
    return pieces


def strip_particles(word: str) -> str:
    """``사항에`` -> ``사항``; ``과제를`` -> ``과제``."""
    return re.sub(r"(이다|입니다|에서|으로|에|을|를|이|가|은|는|의|로|과|와|도|다)$", "", word) or word


def link_partial_lists(found: list[dict[str, Any]]) -> None:
    """A partial list points at the complete list with the same count; items get their best match."""
    complete = [lst for lst in found if lst["complete"] and lst["announced_count"]]
    for lst in found:
        if lst["complete"] or not lst["announced_count"]:
            continue
        target = next((c for c in complete if c["announced_count"] == lst["announced_count"]), None)
        if target is None:
            continue
        lst["refers_to"] = target["id"]
        for item in lst["items"]:
            scores = [difflib.SequenceMatcher(None, item["text"], other["text"]).ratio() for other in target["items"]]
            item["matches"] = max(range(len(scores)), key=scores.__getitem__)


def _count_after_modifier(after: str) -> re.Match[str] | None:
    """``등 상생발전을 위한 8개 과제``: a count within a short modifier after 등."""
    match = count_phrase().search(after[:24])
    if match is None or re.search(r"[.,]", after[: match.start()]):
        return None
    return match


def _item_end(text: str, start: int, end: int) -> int:
    """An inline bullet item ends before the sentence goes on: at a comma-free clause end."""
    segment = text[start:end]
    cut = re.search(r"\s(등|등을|등이|등의)\s", segment)
    return start + (cut.start() if cut else len(segment.rstrip(" ,.")))


def _looks_like_amount(text: str) -> bool:
    return bool(re.search(r"\d[\d,.]*\s?(억|만|천)?\s?원$", text))


def _ordered(lst: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "start", "end", "kind", "announced_count", "count_noun", "complete", "items", "refers_to")
    ordered = {key: lst.get(key) for key in keys}
    return ordered
