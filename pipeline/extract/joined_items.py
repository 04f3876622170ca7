"""Items joined inside one comma piece (``A와 B``, ``교통안전·골목정비``, ``안전 관리 및 …``, ``경기도-고양시``), split where the
list's count says they are items of their own."""

from __future__ import annotations

import re

from pipeline.extract.list_items import ListReader, possessive_on_the_right_only
from pipeline.lexicon import grammar, list_cues
from pipeline.record import Item

HYPHEN_BETWEEN_NAMES = re.compile(r"(?<=[가-힣])-(?=[가-힣])")
MIN_QUOTED_PIECES = 3  # '노래, 춤, 연극'등 3가지: fewer words apart by a comma in marks are a title's (‘사랑, 이별’)


class JoinedItems(ListReader):
    def is_particle(self, position: int) -> bool:
        """Whether kiwipiepy reads the syllable at ``position`` as a particle (와/과), not part of a noun (결과)."""
        morpheme = self.morpheme_at.get(position)
        return morpheme is not None and morpheme.tag.startswith("J")

    def split_to_count(self, items: list[Item], count: int) -> list[Item]:
        """Split items at 와/과, 및, · or a hyphen between names, only when that makes exactly the announced count: ``A와 B, C
        등 3개`` -> A | B | C; ``교통안전·골목정비 등 2개 분야``; ``경기도-고양시 등 2개 공공기관`` (not ``… 등 4개``, one item as written);
        at 및 before the closer middle dot (``안전 관리 및 가축·농작물 피해 예방``); the joints add up (``효자동·삼천동과 상관면 등 3개``)."""
        if len(items) == 1 and len(quoted := self._split_inside_marks(items[0])) == count:
            return quoted
        together = items
        for joint_pattern in (list_cues().item_joint, grammar().adverb_joint, list_cues().middle_dot, HYPHEN_BETWEEN_NAMES):
            split, together = self._split_at(items, joint_pattern), self._split_at(together, joint_pattern) or together
            if (found := next((f for f in (split, together) if f is not None and len(f) == count), None)) is not None:
                return found
        return items

    def _split_inside_marks(self, item: Item) -> list[Item]:
        """``'노래, 춤, 연극, 마술'등 4가지``: the list's one item, a pair of quote marks around words apart by commas (three or more,
        one word each), as those words without the marks; else the item as it is (``'살자, 함께 살자'``: a title's own comma)."""
        pair = next((pair for pair in list_cues().quote_pairs if item.text[:1] == pair[0] and item.text[-1:] == pair[1]), None)
        inside = item.text[1:-1]
        if pair is None or inside.count(",") < MIN_QUOTED_PIECES - 1 or any(mark in inside for mark in pair):
            return [item]
        commas = [item.start + 1 + index for index, character in enumerate(inside) if character == ","]
        pieces = [self.item(start, end) for start, end in zip([item.start + 1, *(at + 1 for at in commas)], [*commas, item.end - 1])]
        return pieces if all(piece is not None and " " not in piece.text for piece in pieces) else [item]  # type: ignore[return-value]

    def _split_at(self, items: list[Item], joint_pattern: re.Pattern[str]) -> list[Item] | None:
        """The items split at every joint the pattern finds; None when a piece is left empty."""
        split: list[Item | None] = []
        for item in items:
            start = item.start
            for joint in joint_pattern.finditer(item.text):
                if joint_pattern is list_cues().item_joint and not self.is_particle(item.start + joint.start()):
                    continue  # 결과 is a noun, not 결 + 과
                split.append(self.item(start, item.start + joint.start()))
                start = item.start + joint.end()
            split.append(self.item(start, item.end))
        return split if all(split) else None  # type: ignore[return-value] - all() ruled None out

    def split_first_pair(self, items: list[Item], count: int) -> list[Item]:
        """``A와 B, C 등 8개``: the first two items joined by 와/과, split when that lists no more than announced and
        neither side is possessive (한국과 일본의 협력); at the count already, a one-word A is outside."""
        first = items[0]
        joint = next((j for j in list_cues().first_pair_joint.finditer(first.text) if self.is_particle(first.start + j.start())), None)
        if joint is None or len(items) > count or possessive_on_the_right_only(first.text, joint.start(), joint.end()):
            return items  # 한국과 일본의 협력: the 와 phrase is one noun phrase (a 의 inside A's own modifier is not)
        left, right = self.item(first.start, first.start + joint.start()), self.item(first.start + joint.end(), first.end)
        if len(items) == count:  # not 예산 심사와 | 집행, nor ‘학교와 …’
            outside = first.text[: joint.start()]  # one word, no mark: 가람시와 | B
            return [right, *items[1:]] if left and right and " " not in outside and outside[:1].isalnum() else items
        return [left, right, *items[1:]] if left and right else items
