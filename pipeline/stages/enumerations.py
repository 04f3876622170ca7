"""enumerations: lists of items with their announced count, complete or partial, linked together.

Finds, sentence by sentence:

- comma lists closed by 등 and a count: ``A, B, C 등 8개 사항`` (a modifier may sit between:
  ``… 등 상생발전을 위한 8개 과제``), and the single-item form ``A 등 8개 사항``; the same closed
  by ``을 포함한``: ``A, B를 포함한 9개소``;
- lists closed by 등 without a count: ``X로는 A, B, C 등이 있다`` (announced count null), unless
  every item is a number with its unit (a breakdown of a total);
- counts announced before the items: ``9개 스타트업은 A, B 등이다``, ``명소는 15개소로 A, B 등이
  있다``, or as the previous sentence's topic (``4개 과제는 … . A, B, C, D 등이다``);
- bullet lists, one item per line or inline (``△A △B △C``, ``- A. - B.``), with a count announced
  after their closing 등 (``△A △B 등 9개 분야``) or on the line before (``다음 3가지``).

Items are separated by commas (not inside parentheses) and bullets, and the first two by 와/과
(``A와 B, C``); ``·`` and ``및`` stay inside an item. The first item starts after the last word
ending in a particle or a verb ending (``경기도와 광주광역시가 | 인공지능(AI) 산업 분야 상호 협력,
…``), past a verb modifier that belongs to the introduction (``기금에 포함된 | A``). A partial list (fewer items than
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
NUMBER_AND_UNIT = re.compile(r"\d[\d,.]*\s?[^\s\d]{0,3}$")
APPROXIMATORS = frozenset({"가량", "정도", "안팎", "내외", "남짓"})
COMITATIVE = frozenset({"와", "과", "이나", "나"})  # A와 B, A나 B: inside a list, not before it
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
    bullets = finder.bullet_lists()
    # △A △B 등 9개 분야: a bullet list closed by 등 is found once, as a bullet list.
    commas = [lst for lst in finder.comma_lists() if not any(_overlap(lst, bullet) for bullet in bullets)]
    found = sorted(commas + bullets, key=lambda lst: lst["start"])
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
            for closing in re.finditer(r"(?:(?<=[^\s,])\s|(?<=[)’'”\"]))등(?=[\s이을의과와도])", text):
                if not self._is_closing_deung(sentence.start + closing.end() - 1):
                    continue  # 중고등, 초등: 등 inside a word
                lst = self._list_before(sentence.start, sentence.start + closing.start(), sentence.start + closing.end(), sentence.end)
                if lst is not None:
                    found.append(lst)
            for closing in re.finditer(r"(?<=[가-힣’”)])(?:을|를) 포함한(?= )", text):
                # A, B를 포함한 9개소: "including", closed by a count only.
                lst = self._list_before(sentence.start, sentence.start + closing.start(), sentence.start + closing.end(), sentence.end)
                if lst is not None and lst["announced_count"] is not None:
                    found.append(lst)
            for count in count_phrase().finditer(text):
                # "A, B, C 4개 기관은": the count right after a comma list, without 등.
                before = text[: count.start()].rstrip()
                if count.start() == 0 or before.endswith("등") or "," not in before or not text[count.start() - 1].isspace():
                    continue
                last = sentence.start + before.rfind(",") + 1
                if self._has_particle_or_ending(last, sentence.start + len(before)) or " 등 " in self.text[last : sentence.start + len(before)]:
                    continue  # the last piece is a clause or an already closed list, not an item
                if count.group("noun") is None or strip_particles(count.group("noun")) == "등" or _ends_with_count(before[: before.rfind(",")]):
                    continue  # 산단형 7곳, 항만형 5곳 …: the items' own numbers, not a count of them
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
        after = self.text[closing_end:sentence_end]
        count = count_phrase().match(after, len(after) - len(after.lstrip()))
        if count is None and after.startswith(" "):
            count = _count_after_modifier(after)  # 등 상생발전을 위한 8개 과제 (not 등을 통해 2개소)
        if not items or count is None and any(_looks_like_amount(item["text"]) for item in items):
            return None  # 국비 1억 원과 지방비 1억 원 등 총 2억 원: a sum, not a list
        if all(count_phrase().search(item["text"]) and count_phrase().search(item["text"]).end() == len(item["text"]) for item in items):
            return None  # 산단형 7곳, 항만형 5곳, 공항형 1곳: a breakdown of a number, not a list
        if not all(self._ends_with_noun(item) for item in items):
            return None  # an item never ends in a verb: the "list" is running text
        if count is None and (len(items) < 2 or not OPEN_LIST_ENDING.match(after)):
            return None  # without a count, only "A, B 등이 있다" / "A, B 등이다" announce a list
        if count is None and all(NUMBER_AND_UNIT.search(item["text"]) for item in items):
            return None  # 119㎡ 766가구, 85㎡ 522가구 등이다: a breakdown of a total
        lst = {"start": items[0]["start"], "items": items, "announced_count": None, "count_noun": None}
        end = closing_end
        if count is None:
            # 9개 스타트업은 A, B 등이다; 4개 과제는 … . A, B 등이다: the count came first.
            ahead = self._count_ahead(sentence_start, items[0]["start"])
            if ahead is not None:
                lst["announced_count"], lst["count_noun"] = ahead
        if count is not None:
            offset = closing_end
            lst["announced_count"] = self._number(count.group("number"))
            lst["count_noun"] = _count_noun(count)
            end = offset + count.end() if lst["count_noun"] == count.group("counter") else offset + count.start("noun") + len(lst["count_noun"])
        lst["end"] = end
        if lst["announced_count"] and len(items) < lst["announced_count"]:
            lst["items"] = items = self._split_to_count(items, lst["announced_count"])
        if lst["announced_count"] and len(items) < lst["announced_count"]:
            lst["items"] = items = self._split_first_pair(items, lst["announced_count"])
        lst["complete"] = lst["announced_count"] is not None and len(items) == lst["announced_count"]
        lst["kind"] = self._kind(sentence_start, sentence_end)
        return lst

    def _count_ahead(self, sentence_start: int, items_start: int) -> tuple[int, str] | None:
        """A count announced as the topic before the items: in the same sentence (``9개 스타트업은
        A, B 등이다``) or, when the items open their sentence, as the previous sentence's topic."""
        lead = self.text[sentence_start:items_start]
        if not lead.strip():
            previous = [s for s in self.article.sentences if s.end <= sentence_start]
            lead = self.text[previous[-1].start : previous[-1].end] if previous else ""
        found = None
        for match in count_phrase().finditer(lead):
            noun = match.group("noun") or ""
            if re.search(r"(은|는|로는)$", noun):
                found = (self._number(match.group("number")), strip_particles(re.sub(r"로는$", "", noun)))
            elif not noun and re.match(r"(으로|로)\s", lead[match.end() :]):
                found = (self._number(match.group("number")), match.group("counter"))  # 명소는 15개소로 A, B 등이 있다
        return found

    def _is_closing_deung(self, position: int) -> bool:
        """Whether the 등 at ``position`` is its own word (kiwipiepy's dependent noun), as in ``A, B 등``."""
        index = bisect.bisect_left(self.morpheme_ends, position + 1)
        morpheme = self.article.morphemes[index] if index < len(self.article.morphemes) else None
        return morpheme is None or morpheme.start == position and morpheme.form == "등"

    def _item_start(self, start: int, end: int) -> int:
        """Move the first item's start past the words that introduce the list (subject, adverbs)."""
        position = start
        for index in range(bisect.bisect_left(self.morpheme_ends, start + 1), len(self.article.morphemes)):
            morpheme = self.article.morphemes[index]
            if morpheme.end > end:
                break
            word_ends = morpheme.end == len(self.text) or self.text[morpheme.end] in " \n,"
            boundary = PARTICLE_OR_ENDING.match(morpheme.tag) and morpheme.form not in COMITATIVE
            if word_ends and (boundary or morpheme.tag in ("MAG", "MAJ") or morpheme.form == "중" and morpheme.tag == "NNB"):
                position = morpheme.end  # 시는 | A, …; 신규사업 중 | A (but A와 B: both items)
        counted = None
        for counted in re.finditer(r"\d+\s?(?:개소|개|곳|가지)(?:으로|로|는|은) ", self.text[start:end]):
            pass
        if counted is not None:
            return start + counted.end()  # 명소는 15개소로 | 일명 연트럴파크라 불리는 A, …: the items follow their count
        while position < end and self.text[position] == " ":
            position += 1
        return self._past_leading_modifier(position, end)

    def _past_leading_modifier(self, start: int, end: int) -> int:
        """Skip a first word that belongs to what came before: a verb modifier (기금에 포함된 | A) or a
        discourse marker (이날 | A)."""
        word = re.match(r"\S+", self.text[start:end])
        if word is None or word.end() == end - start:
            return start
        word_end = start + word.end()
        index = bisect.bisect_left(self.morpheme_ends, word_end)
        ending = self.article.morphemes[index : index + 3]  # 제외한 = 제외 + 하 + ᆫ, the last two ending together
        verb_modifier = any(m.end == word_end and m.tag == "ETM" for m in ending)
        if verb_modifier or word.group() in list_cues().discourse_markers:
            return start + word.end() + 1
        return start

    def _split_to_count(self, items: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
        """Split items at 와/과 or ·, only when that makes exactly the announced count, or at a hyphen
        between names.

        ``A와 B, C 등 3개`` -> A | B | C; ``공약이행·좋은조례 등 2개 분야`` -> 공약이행 | 좋은조례;
        ``경기도-고양시 등 2개 기관`` -> 경기도 | 고양시.
        """
        for pattern in (r"(?<=[가-힣])(와|과) ", r"·", r"(?<=[가-힣])-(?=[가-힣])"):
            split = []
            exact = pattern != r"(?<=[가-힣])-(?=[가-힣])"  # 경기도-고양시 등 4개 기관: a hyphen always joins two
            for item in items:
                start = item["start"]
                for joint in re.finditer(pattern, item["text"]):
                    split.append(self._item(start, item["start"] + joint.start()))
                    start = item["start"] + joint.end()
                split.append(self._item(start, item["end"]))
            if all(split) and (len(split) == count or not exact and len(items) < len(split) <= count):
                return split
        return items

    def _split_first_pair(self, items: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
        """``A와 B, C 등 8개``: Korean joins the first two items of a list with 와/과; split them when
        that still lists no more than announced, and neither side is a possessive phrase (한국과 일본의 협력)."""
        first = items[0]
        joint = re.search(r"(?<=[가-힣’”)])(와|과) ", first["text"])
        if joint is None or len(items) + 1 > count or "의 " in first["text"]:
            return items
        left = self._item(first["start"], first["start"] + joint.start())
        right = self._item(first["start"] + joint.end(), first["end"])
        return [left, right, *items[1:]] if left and right else items

    def _ends_with_noun(self, item: dict[str, Any]) -> bool:
        """The item's last morpheme is a noun, a number, foreign letters or a closing bracket/quote."""
        index = bisect.bisect_left(self.morpheme_ends, item["end"])
        if index >= len(self.article.morphemes) or self.article.morphemes[index].end != item["end"]:
            return True  # not on a morpheme boundary: nothing to judge
        return self.article.morphemes[index].tag.startswith(("N", "SL", "SN", "SH", "SS", "SW", "XSN", "SO"))

    def _has_clause_end(self, start: int, end: int) -> bool:
        """A subject or topic particle or a clause ending that ends a word: 동해시는, 등이 있으며 (not
        활성화를 위한, nor 묘도수도 read as 묘 + 도 + 수도)."""
        first = bisect.bisect_left(self.morpheme_ends, start + 1)
        return any(
            m.tag in CLAUSE_END_TAGS and (m.end == end or self.text[m.end] in " \n,")
            for m in self.article.morphemes[first:] if m.end <= end
        )

    def _has_particle_or_ending(self, start: int, end: int) -> bool:
        first = bisect.bisect_left(self.morpheme_ends, start + 1)
        return any(PARTICLE_OR_ENDING.match(m.tag) for m in self.article.morphemes[first:] if m.end <= end)

    def _item(self, start: int, end: int) -> dict[str, Any] | None:
        while start < end and self.text[start] in " \n":
            start += 1
        while end > start and self.text[end - 1] in " \n,":
            end -= 1
        if end - start < 1 or not any(char.isalnum() for char in self.text[start:end]):
            return None  # 맛, 향토성, …: one syllable can be an item
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
            if bullet is not None and self._sentences_in(paragraph) > 1:
                bullet = None  # ■ 제목=본문 …: a section of several sentences, not a list item
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
        dashes = [m.start() for m in re.finditer(r"(?:^|(?<=[.!?] ))- ", text)]
        if len(dashes) >= 2:
            return self._dash_items(paragraph, dashes)
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

    def _sentences_in(self, paragraph) -> int:
        return sum(paragraph.start <= s.start < paragraph.end for s in self.article.sentences)

    def _dash_items(self, paragraph, dashes: list[int]) -> list[dict[str, Any]]:
        """``- A다. - B다. - C다. 본문 …``: dashes after sentence ends; the last item is one sentence."""
        text = self.text[paragraph.start : paragraph.end]
        items = []
        for index, (start, end) in enumerate(zip(dashes, [*dashes[1:], len(text)])):
            if index == len(dashes) - 1:
                sentence_end = re.search(r"[.!?](?=\s|$)", text[start:end])
                end = start + sentence_end.end() if sentence_end else end
            item = self._item(paragraph.start + start + 2, paragraph.start + start + len(text[start:end].rstrip(" .")))
            if item is not None:
                items.append(item)
        return items

    def _bullet_list(self, items: list[dict[str, Any]], context, inline: bool = False) -> dict[str, Any]:
        announced = None
        noun = None
        closing = re.match(r"\s?등\s", self.text[items[-1]["end"] : items[-1]["end"] + 3])
        after = count_phrase().match(self.text, items[-1]["end"] + closing.end()) if closing else None
        if after is not None:  # △A △B 등 9개 분야
            announced = self._number(after.group("number"))
            noun = _count_noun(after)
            context = None
        if context is not None:
            lead = self.text[context.start : items[0]["start"] if inline else context.end]
            count = None
            for count in count_phrase().finditer(lead):
                pass
            if count is not None:
                announced = self._number(count.group("number"))
                noun = _count_noun(count)
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
    if match is None or re.search(r"[.,](?!\d)", after[: match.start()]):
        return None  # a sentence or clause ends first (a comma inside a number, 1,339억원, does not)
    return match


def _item_end(text: str, start: int, end: int) -> int:
    """An inline bullet item ends before the sentence goes on: at the closing 등 (``△C 등 9개
    분야``, ``△C 등이다.``), else at the end of its run."""
    segment = text[start:end]
    cut = re.search(r"\s?등(?:을|이|의|이다|이며|으로)?(?=[\s.,]|$)", segment)
    return start + (cut.start() if cut else len(segment.rstrip(" ,.")))


def _count_noun(count: re.Match[str]) -> str:
    """``8개 사항에`` -> 사항; ``20개 가량으로`` -> 개 (an approximation, not a noun)."""
    noun = strip_particles(count.group("noun")) if count.group("noun") else None
    return count.group("counter") if noun is None or noun in APPROXIMATORS else noun


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _ends_with_count(text: str) -> bool:
    match = None
    for match in count_phrase().finditer(text):
        pass
    return match is not None and not text[match.end() :].strip()


def _looks_like_amount(text: str) -> bool:
    return bool(re.search(r"\d[\d,.]*\s?(억|만|천)?\s?원$", text))


def _ordered(lst: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "start", "end", "kind", "announced_count", "count_noun", "complete", "items", "refers_to")
    ordered = {key: lst.get(key) for key in keys}
    return ordered
