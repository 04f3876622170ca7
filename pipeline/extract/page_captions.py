"""Photos' captions told by their credits and place on the page: a described photo with its credit, a ``▲`` line, a head
shot's name and title, a photo's alt text printed above its caption, a credit alone among the article's paragraphs
(:func:`photo_captions`, run by :func:`pipeline.extract.page_roles.assign_roles`)."""

from __future__ import annotations

import re

from pipeline.extract.byline_patterns import inner_dateline_pattern
from pipeline.extract.writer_lines import titled_name
from pipeline.extract.page_lines import CHROME, HEADING_BRACKETS, MAX_CAPTION_CHARS, asks, reads_as_sentence, without_bullet
from pipeline.lexicon import grammar, list_cues, role_cues, titles

NUMBERED = re.compile(r"^\d{1,2}\.\s")
MAX_DESCRIPTION_CHARS = 50  # a photo's description as a noun phrase (…골목에 들어선 작은 갤러리.)
YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
MAX_TITLE_WORDS = 3  # words after a name, up to its title, where the article names the person again
MIN_ALT_TEXT_CHARS = 10  # a photo's alt text printed again in its caption: a description, not a word the caption starts with


def _noun_phrase_between_paragraphs(texts: list[str], roles: list[str], i: int, sentences: list[int]) -> bool:
    """``… 골목에 들어선 작은 갤러리.`` between two of the article's ``sentences`` (:func:`_news_sentences`) or above the first:
    a short line closed by a full stop after a noun, not a verb's ending, and quoting no one, describes a photo; the article's
    sentences end in verbs."""
    text, cues = texts[i], role_cues()
    # or above the first, below the page's stamps (입력 … / 숲길. / …이다.), where a deck's nouns (… 확보.) are not
    between = i + 1 in sentences and (i - 1 in sentences or sentences[0] > i and roles[i - 1] in (CHROME, "byline"))
    unfinished = text[:-1].endswith((*cues.unfinished_endings, *cues.question_endings))  # — 앞으로 계획은.: a question
    unfinished = unfinished or text.startswith(list_cues().section_marks) and asks(text)  # ◆ …어떤가.
    return (between and len(text) <= MAX_DESCRIPTION_CHARS and text.endswith(".") and text[-2:-1].isalnum() and not unfinished
            and not text.startswith(list_cues().subtitle_dashes) and not any(mark in text for mark in cues.opening_marks)
            and cues.sentence_end.search(text[:-1]) is None)


def _news_sentences(texts: list[str], roles: list[str]) -> list[int]:
    """The body's lines closed as news sentences are (``…밝혔다.``)."""
    return [j for j, line in enumerate(texts) if roles[j] == "body" and role_cues().article_sentence.search(line)]


def photo_captions(texts: list[str], roles: list[str], titled_apart: bool) -> list[int]:
    """Captions told by their place: a photo's description with a credit above the article's first
    sentence (``… 발언하고 있다. 연합뉴스``), one further down with a credit that names no reporter (a
    reporter's name there is the article's byline, ``…말했다. 홍길동 기자``), numbered lines right after a
    caption (a release's photos under ``사진 설명)``), a description that ends in a caption noun
    (``… 방송화면.``), a paragraph opened by ``▲`` above the lead, between paragraphs that are not list
    items (a list has several) or ending in a caption noun, and a name and title alone below the lead
    (``홍길동 위원장``, under a head shot), also above the lead of a text printed below its stated title (``titled_apart``), the
    person named again below; between the article's paragraphs, a person by name and title after what they are doing
    (``질의하는 한도윤 의원``) and a scene named by a caption noun (``개막식 현장 모습``), neither a section's title (``◇ …``)."""
    cues, reporter_words = role_cues(), titles().reporter
    credit = cues.credit
    captions, above_lead = [], True
    sentences = _news_sentences(texts, roles)  # once: the roles do not change here
    for i, (text, role) in enumerate(zip(texts, roles)):
        if role not in ("body", "subheadline") or len(text) > MAX_CAPTION_CHARS:
            above_lead = above_lead and not (role == "body" and reads_as_sentence(text))
            continue
        after_caption = i > 0 and (roles[i - 1] == "caption" or i - 1 in captions)
        under_label = after_caption and bool(cues.label_of_caption.match(texts[i - 1])) and (
            text.rstrip(".").endswith(cues.caption_nouns) or bool(cues.progressive.search(text)))  # … 기탁 모습, … 자르고 있다.
        if after_caption and NUMBERED.match(text) or under_label:
            captions.append(i)  # 사진 설명) / 1. 나주시가 … 선정됐다. / 2. …: a release's photos, numbered; [사진 설명] / … 기탁 모습
            continue
        found = next(filter(None, map(credit.search, cues.photo_descriptions(text))), None)
        lead_follows = "body" in roles[i + 1 :]
        credit_words = found.group("credit") if found else ""
        reporter = credit_words.endswith(reporter_words) and not (found.group("progressive") and _photographer(texts, roles, i, found))
        below = bool(found) and (found.group("progressive") or credit_words.endswith(cues.credit_words)) and not reporter
        credited = bool(found) and (above_lead and lead_follows or below)
        glued = inner_dateline_pattern().search(text)  # ▲ 한도윤 가람시장[예시뉴스=홍길동 기자] 가람시가 …: the lead, its photo's caption run into it
        triangle = text.startswith(cues.caption_bullet) and not (glued and reads_as_sentence(text[glued.end() :])) \
            and (above_lead and lead_follows or _lone_triangle(texts, i)
                                                             or text.rstrip(".").endswith(cues.caption_nouns)
                                                             or bool(cues.progressive.search(text)) and not _among_triangles(texts, i))  # ▲ … 질의하는 장면, ▲ … 하고 있다.
        headshot = (not above_lead and role == "subheadline" or text.endswith(".")) and titled_name(text.removesuffix(".")) \
            or titled_apart and above_lead and role == "subheadline" and _head_shot_above_lead(texts, roles, i)
        under_image = i > 0 and bool(cues.image.match(texts[i - 1])) and bool(cues.progressive.search(text) or not cues.article_sentence.search(text))
        described = _noun_phrase_between_paragraphs(texts, roles, i, sentences)
        titled = text.startswith(list_cues().section_marks) or bool(NUMBERED.match(text))  # ◇ …, 1. …: a section's title
        scene = not above_lead and not titled and not reads_as_sentence(text) and (_person_doing(text) or _named_scene(texts, i)) \
            and any(later_role == "body" and reads_as_sentence(later) for later, later_role in zip(texts[i + 1 :], roles[i + 1 :]))
        if credited or triangle or headshot or under_image or described or scene or cues.noun_caption.search(cues.beside_photo_mark.sub("", text)) \
                or cues.picture_caption.match(text) and not text.startswith(list_cues().section_marks):
            captions.append(i)
        elif role == "body" and reads_as_sentence(text):
            above_lead = False
    return captions


def _person_doing(text: str) -> bool:
    """``질의하는 최민혁 의원``, ``인사말을 하고 있는 홍길동 군수``: a person by name and title after what the photo shows them doing."""
    words = text.split(" ")
    return any(words[k - 1].endswith(role_cues().scene_verb_endings) and titled_name(" ".join(words[k:])) for k in range(1, len(words) - 1))


def _named_scene(texts: list[str], index: int) -> bool:
    """``개막식 현장 모습``, ``△ 봉사회원들이 점심을 준비하는 모습``: a line between the article's paragraphs that ends in a caption
    noun, no item of a list its neighbours open with the same bullet."""
    text = without_bullet(texts[index].lstrip("".join(list_cues().bullets) + " "))
    bullet = texts[index][: len(texts[index]) - len(text)].strip()
    listed = bool(bullet) and any(0 <= j < len(texts) and texts[j].startswith(bullet) for j in (index - 1, index + 1))
    return not listed and not texts[index].startswith(list_cues().section_marks) and text.rstrip(".").endswith(role_cues().caption_nouns)


def _head_shot_above_lead(texts: list[str], roles: list[str], index: int) -> bool:
    """``한도윤 의원`` (also in brackets, ``[한도윤 가람도의원]``) right above the article's first sentence, the person
    named again below: the caption of a head shot a portal prints first, over the lead; a writer's name and title
    there, named nowhere below, signs a column."""
    text = texts[index].strip(HEADING_BRACKETS)
    below = index + 1 < len(texts) and roles[index + 1] == "body" and reads_as_sentence(texts[index + 1])
    return below and titled_name(text) and any(_named_with_a_title(later, text.split(" ")[0]) for later in texts[index + 1 :])


def _named_with_a_title(text: str, name: str) -> bool:
    """``한도윤(가람당 …) 의원이``, ``박서준 가람시 소통담당관은``: the name as a person's, before a parenthesis or a title a
    few words on (not ``정다운 이웃들이``, the same letters as a phrase)."""
    for found in re.finditer(rf"(?<![가-힣]){re.escape(name)}", text):
        words = text[found.end() :].split(" ")[:MAX_TITLE_WORDS + 1]
        if text.startswith("(", found.end()) or any(
                titled_name(" ".join([name, *words[1:k], grammar().without_particle(words[k])])) for k in range(1, len(words))):
            return True
    return False


def _photographer(texts: list[str], roles: list[str], index: int, credit: re.Match[str]) -> bool:
    """``… 포장하고 있다. /홍길동 기자`` with the article going on below: the photographer's credit after a slash,
    not the article's byline, which closes the article."""
    slashed = "/" in texts[index][credit.start() : credit.start("credit")]
    return slashed and any(roles[j] == "body" and reads_as_sentence(texts[j]) for j in range(index + 1, len(texts)))


def captions_printed_again(texts: list[str], roles: list[str]) -> list[int]:
    """A caption the page prints again further down among the article's paragraphs (the dedup stage removes the copy): the
    copy is a caption too, no lead and no headline printed twice."""
    captions = {text: i for i, (text, role) in reversed(list(enumerate(zip(texts, roles)))) if role == "caption"}
    last = max((i for i, role in enumerate(roles) if role == "body"), default=-1)  # not in the page's footer: ⓒ 가람군 there is its copyright
    return [i for i, text in enumerate(texts) if roles[i] != "caption" and (captions.get(text, i) < i < last or _alt_text_of(texts, roles, i))]


def _alt_text_of(texts: list[str], roles: list[str], index: int) -> bool:
    """``… 누르고 있다.`` / ``… 누르고 있다. /보성군 제공``: a photo's alt text right above its caption, which prints it again with
    a credit after it."""
    below = texts[index + 1] if index + 1 < len(roles) and roles[index + 1] == "caption" else ""
    alt = texts[index].rstrip(". ")
    described = texts[index].endswith(".") or bool(role_cues().progressive.search(alt + "."))  # not a headline the caption repeats
    return described and len(alt) >= MIN_ALT_TEXT_CHARS and below != texts[index] and below.startswith(alt)


def credits_inside(texts: list[str], roles: list[str]) -> list[int]:
    """A photo's credit alone on its line (``ⓒ 예시군``) with the article's sentences after it: a caption, where after
    the article it would be the page's copyright line (and with a year, ``ⓒ 2025 예시일보``, it is that line)."""
    return [i for i, text in enumerate(texts) if roles[i] == CHROME and role_cues().mark_credit.match(text) and not YEAR.search(text)
            and any(role == "body" and reads_as_sentence(later) for later, role in zip(texts[i + 1 :], roles[i + 1 :]))]


def _among_triangles(texts: list[str], i: int) -> bool:
    """Whether the line before or after also opens with the caption's triangle: a list of ▲ items, not a photo's caption."""
    bullet = role_cues().caption_bullet
    return any(0 <= j < len(texts) and texts[j].lstrip().startswith(bullet) for j in (i - 1, i + 1))


def _lone_triangle(texts: list[str], i: int) -> bool:
    bullet = role_cues().caption_bullet
    others = [j for j, text in enumerate(texts) if text != texts[i]]  # a caption may be printed twice
    neighbours = [texts[j] for j in (max((j for j in others if j < i), default=None), min((j for j in others if j > i), default=None)) if j is not None]
    items = any(n.lstrip().startswith(list_cues().bullets) for n in neighbours)
    return texts[i].startswith(bullet) and texts[i].count(bullet) == 1 and not items

