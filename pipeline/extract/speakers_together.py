"""Unnamed speakers that stand for people or bodies the article named together before: ``두 의원은`` after ``채윤슬 의원과
모하준 의원은``, ``두 기관은`` after ``동해시와 삼척시는``, as printed."""

from __future__ import annotations

from pipeline.extract.body_names import joint_subject
from pipeline.extract.posts import Reader
from pipeline.lexicon import grammar, quote_cues, role_of_word


def named_together(finder: Reader, title: str, before: int) -> str | None:
    """The two people the article last named before ``before`` joined as one subject with ``title`` (``채윤슬 의원과 모하준
    의원은``, also fused with their governments, ``최형준 장흥군수와 노석진 강진군수는``), or with any titles where ``title``
    names heads of any kind (``두 기관장은``: ``서동현 지사와 유승철 교육감``), as printed: whom ``두 의원은`` stands for."""
    text, post = finder.text, role_of_word(title)
    if title in quote_cues().bodies_of_any_kind:
        return _bodies_named_together(finder, before)
    any_post = title in quote_cues().heads_of_any_kind
    people = [e for e in finder.entities if e.label == "PS" and e.end <= before and e.role]
    for one, other in reversed(list(zip(people, people[1:]))):
        between = text[one.end : other.start].lstrip("(").split(")")[-1].lstrip()
        word = between.rstrip()
        joint = next((j for j in grammar().conjunctive_particles if word.endswith(j) and " " not in word and between.endswith(" ")), None)
        rest = text[other.end : before]
        rest = rest.split(")", 1)[1] if rest.startswith("(") and ")" in rest else rest  # 모하준(더불어민주당·정선2) | 의원은
        after = grammar().without_particle(rest.split()[0]) if rest.startswith(" ") and rest.split() else ""
        titles_of = [role_of_word(word.removesuffix(joint)) if joint else None, role_of_word(after)]
        if joint is not None and all(titles_of) and (any_post or all(t == post for t in titles_of)):
            return f"{one.canonical} {word} {other.canonical} {after}"
    return None


def _bodies_named_together(finder: Reader, before: int) -> str | None:
    """The two bodies the article last named before ``before`` as one subject joined by 과/와, as printed (``동해시와
    삼척시는``, ``가람군(군수 한도윤)과 가람교육지원청은`` without the head): whom ``두 기관은``, ``두 시는`` stand for."""
    entities = finder.article.entities
    for entity in reversed([e for e in entities if e.label in ("OG", "LC") and e.end <= before]):
        joint = joint_subject(entity, entities, finder.text)
        if joint is not None and finder.text.startswith(tuple(quote_cues().opening_subject_particles), entity.end):
            return joint
    return None
