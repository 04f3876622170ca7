"""Rules over a sentence's words that find people and bound entity spans, for the rule component.

They read the token texts, tags and spaces once (:class:`~pipeline.language.kiwi_doc.Words`) and the
lexicon's titles, names and suffixes; :mod:`pipeline.language.entity_rules` applies them.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Span

from pipeline.language.government_readings import (addressed, asked_before, going_after, list_particle, next_word, past_spaces,
                                                   place_verb_after, rate_after, request_after)
from pipeline.language.kiwi_doc import Words, word_end
from pipeline.language.word_readings import (fused_particle_name, misread_name, noun_word, one_common_noun, one_proper_noun, proper_noun_word, split_name_word,
                                             surname_then_nouns)
from pipeline.lexicon import (Name, entity_cues, government_post, grammar, holds_compound_title, holds_title, is_job_title, known_names, known_prefixes, numbered_rank,
                              list_cues, names_a_body, quote_cues, role_of_word, starts_with_surname, surnames, titles)

# 김동연, as a whole word, or glued to a parenthesis of who the person is: their party and district, an age, the name in
# hanja (하은석(가람당·목포5) | 의원은), not a word's gloss (고향집(민박) | 사장은), nor a time's dates (이번주(10~14일))
THREE_SYLLABLE_WORD = re.compile(r"(?<!\S)([가-힣]{3})(?:\((?:\d{1,3}|[^()]{0,20}[·,][^()]{0,20}|[\u4e00-\u9fff]{2,4})\)|(?!\S))")
SPACED_WORD = re.compile(r"\S+")
NAME_WORD = re.compile(r"[가-힣A-Za-z0-9·]*")  # a word up to any punctuation: 민정수석은, 해남군수는“…
KOREAN_FULL_NAME = re.compile(r"[가-힣]{3,4}")
LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
TITLE_REACH = 4  # words after a name that may hold its title: up to three of them an affiliation
TITLE_AND_NAME_IN_PARENTHESES = re.compile(r"\((\S+) (\S+)\)")  # 화천군(군수 한도윤)
PARENTHESIS_REACH = 12  # tokens a parenthesis after a name may hold: 광주광역시(시장 홍길동)
KNOWN_NAME_TOKENS = 6  # 과학 + 기술 + 정보 + 통신부: a ministry kiwipiepy reads as four common nouns


def names_before_title_words(words: Words) -> list[int]:
    """Proper nouns right before a job title, or before a second proper noun and a title (강기정
    시장, 남궁 민수 의원): the first is a person. The title may be a word kiwipiepy cuts in pieces
    (한 최고위원은: 최고 + 위원). Returns their token indices. A transliterated common noun
    (``크레인``) is among them, for a foreign family name's sake (:func:`transliterated_noun`)."""
    job = titles().job
    found = []
    for index, (text, tag) in enumerate(zip(words.texts, words.tags)):
        if tag != "NNP" and not (tag == "NNG" and transliterated_noun(words, index)) or text.isascii():
            continue
        following = words.texts[index + 1 : index + 3]
        if following[:1] and following[0] in titles().whole_words_only and not words.spaced[index]:
            continue  # 선 + 대위 of 선대위: a rank only as a word of its own
        if following[:1] and not words.spaced[index] and _heads_a_body(following[0]):
            continue  # 덕천 + 경찰서장: the station's place, written with its head's post
        if following[:1] and following[0] in job or len(following) == 2 and words.tags[index + 1] == "NNP" and following[1] in job:
            found.append(index)
        elif words.spaced[index] and index + 1 < len(words.texts) and holds_title(words.join(index + 1, word_end(words, index + 1))):
            found.append(index)
        elif words.spaced[index] and text in surnames() and index + 1 < len(words.texts) \
                and holds_compound_title(words.join(index + 1, word_end(words, index + 1))):
            found.append(index)  # 권 | 수사과장: a surname alone before a compound title (a place before one names its office)
    return found


def _heads_a_body(title: str) -> bool:
    """Whether a title is the head of an institution it names (경찰서장, 소방서장): a proper noun glued before it names the institution's place."""
    body = title.removesuffix(entity_cues().head_suffix)
    return body != title and any(len(suffix) > 1 and body.endswith(suffix) for suffix in entity_cues().institution_suffixes)


def transliterated_noun(words: Words, index: int) -> bool:
    """A common noun of its own word with a syllable only transliterations hold (``크레인``): after a foreign given name it
    may be the family name (``마리엘 크레인 교수``)."""
    text = words.texts[index]
    return (words.tags[index] == "NNG" and index > 0 and words.spaced[index - 1]
            and bool(entity_cues().transliteration.search(text)))


def word_start(words: Words, index: int) -> int:
    """The first token of the word holding token ``index`` (``DJI코리아``: DJI)."""
    while index > 0 and not words.spaced[index - 1] and not words.texts[index - 1].isspace():
        index -= 1
    return index


def without_concept_after(words: Words, start: int, end: int) -> int:
    """Where a name ends before a last word the lexicon calls no name (``국회 | 국정감사``, ``가람시의회 | 행감``: a sitting),
    past the spaces before it; ``end`` when there is none."""
    last = word_start(words, end - 1)
    if last <= start or words.join(last, end) not in entity_cues().not_names:
        return end
    while last > start + 1 and words.texts[last - 1].isspace():
        last -= 1
    return last


def after_clause_breaks(words: Words, start: int, end: int) -> int:
    """A name never runs over a particle or ending that closes a word, a comma or a full stop
    (``다음엔 강``, ``…공동 추진, 후쿠시마 원전``): it starts after the last one."""
    for index in range(start, end - 1):
        tag = words.tags[index].split("+")[-1]
        closes_word = words.spaced[index] or words.texts[index + 1].isspace()
        if tag in ("SP", "SF") or tag.startswith(("J", "E")) and closes_word:
            start = index + 1
    while start < end - 1 and words.texts[start].isspace():
        start += 1
    return start


def before_people(span: Span, people: list[Span]) -> Span | None:
    """A span that runs into a person found by the rules ends before them (``야미리 김``모씨 -> 야미리)."""
    for person in people:
        if span.start < person.start < span.end <= person.end:
            return Span(span.doc, span.start, person.start, label=span.label_, kb_id=span.kb_id_) if person.start - span.start else None
    return span


def person_end(words: Words, start: int, end: int) -> int:
    """Where a person span should end when it runs on into the person's country, organisation, place
    or title (``세르게이 라브로프 러시아``, ``이가람 서울시``, ``김철수 예시면장``, ``박영희 ABC코리아``).

    A foreign name may be several words (``도널드 트럼프``), so only a known name or a title ends it;
    a Korean name is one word, so after one any word that cannot be part of a name does.
    """
    cues = entity_cues()
    word_starts = [start] + [i + 1 for i in range(start, end - 1) if words.spaced[i]]
    korean = korean_full_name(words.join(start, word_starts[1])) if len(word_starts) > 1 else False
    for word_start in word_starts[1:]:
        word = NAME_WORD.match(words.join(word_start, len(words.texts))).group()
        bare = grammar().without_particle(word)
        ends_name = word in known_names() or bare in known_names() or role_of_word(bare) is not None
        not_a_name = korean and (
            cues.institution.search(word) or cues.organisation.search(word) or cues.administrative_unit.search(word)
            or LATIN_OR_DIGIT.search(word)
        )
        if ends_name or not_a_name:
            return word_start
    return end


def korean_full_name(word: str) -> bool:
    """A surname and a given name in one word: 김동연, 남궁민수 (four syllables only with a surname of two: 유수포바
    is no 유 and a given name of three); not a transliterated name that opens with a surname's syllable (마이클, 도널드)."""
    surname = word[:2] in surnames() if len(word) == 4 else starts_with_surname(word)
    return bool(KOREAN_FULL_NAME.fullmatch(word)) and surname and not entity_cues().transliteration.search(word)


def government_label(words: Words, start: int, end: int) -> str | None:
    """OG when the government at tokens [start, end) acts or employs: subject, topic or partner (``경기도와 …``,
    ``광주광역시(시장 홍길동)는``), someone's employer (``서울시 관계자``, ``용인시 제공``, ``ⓒ용인시``, ``예시시 주택정책실장``),
    a headline's subject (``용인시, …``); LC when it is a place (``광주에서``, ``전남 지역``); a list's first name takes the
    list's particle (``연천과 동두천에서`` LC); None when nothing around it says."""
    texts, tags, spaced = words.texts, words.tags, words.spaced
    cues = entity_cues()
    if start > 0 and not spaced[start - 1] and texts[start - 1][-1:] in cues.credit_marks:
        return "OG"
    index = _after_parenthesis(words, end - 1)
    following = index + 1
    if following >= len(texts):
        return None
    word = texts[following]
    if not spaced[index]:
        tag = tags[following].split("+")[0]
        if tag == "JC" and following + 1 < len(texts) and _name_at(words, following + 1):
            return "OG" if _headline_pair(words, start) else list_particle(words, following + 1)  # 연천과 동두천에서: the list's particle
        if tag in grammar().tags.actor and (rate_after(words, following + 1) or word in cues.government_place_particles and going_after(words, following + 1)):
            return "LC"  # 전북은 61.9%로, 북구가 0.09% 하락했다: the place a figure describes; 광주까지 원정 (까지 read as JX): where to
        if tag in grammar().tags.actor or tag == "JKB" and word in grammar().partner_particles:
            return "OG"
        if words.join(following, min(len(texts), following + 3)).startswith(quote_cues().source_frames):
            return "OG"  # 괴산군에 따르면: the source of what is said
        if addressed(words, following) and request_after(words, following + 1) and not asked_before(words, start):
            return "OG"  # 순천시에 건의했다: a request made to it (its 에 read JKG before a noun at times: 전라남도에 | 광역철도 …)
        if tag == "JKG" and grammar().without_particle(next_word(words, following + 1)) in cues.government_acts:
            return "OG"  # 순천시의 지원을: its act
        if tag == "JKB" and word in cues.government_place_particles or tag == "JKO" and place_verb_after(words, following + 1):
            return "LC"  # 광주에서, 해남을 경유하는
        if word == "," and (start == 0 or _headline_pair(words, start)) and not (following + 1 < len(texts) and _government(texts[following + 1])):
            return "OG"  # 용인시, … opens a headline, also before a place (곡성군, 섬진강 살리기); 충남, 전남 … is a list
        if word in grammar().list_joints:  # 순천시, 여수시, 예시포럼이 주관했다: a list takes its last word's particle
            listed = list_particle(words, following + 1)
            if listed is not None:
                return listed
        return None
    title_end = word_end(words, following)
    staff = (role_of_word(grammar().without_particle(next_word(words, title_end))) or "").endswith(titles().government_staff_endings)
    named = korean_full_name(words.join(following, title_end)) and staff
    if named:  # 영주시 김도윤 | 시장은, 강화군 최보름 | 해양항만과장은: the official's employer, as before the title alone
        title_end = word_end(words, past_spaces(words, title_end))
    if word in cues.government_affiliation_words or named or role_of_word(grammar().without_particle(words.join(following, title_end))):
        elected = grammar().without_particle(next_word(words, title_end)) in cues.election_nouns  # 영천시 도의원 | 재선거
        return "LC" if elected else "OG"  # 서울시 관계자, 예시시 주택정책실장은: its staff; a seat's constituency is the place
    if word == list_cues().closing_word:  # …, 전북 등이 참여했다: the list's particle after 등
        return list_particle(words, following)
    return "LC" if word in cues.government_area_words else None


def _headline_pair(words: Words, start: int) -> bool:
    """Whether the government at token ``start`` is one of two joined by 와/과 that open the sentence before its comma, a
    headline's parties (``충남도와 당진시, 수소 기업과 투자협약``); not a list going on past it (``…당진시, 서산시는``)."""
    first_end, first = known_name_at(words, 0)
    second = next((i for i in range(first_end + 1, len(words.texts)) if not words.texts[i].isspace()), len(words.texts))
    if first is None or not first.government or second >= len(words.texts) or words.tags[first_end].split("+")[0] != "JC":
        return False
    second_end, name = known_name_at(words, second)
    return name is not None and name.government and start in (0, second) and second_end + 1 < len(words.texts) \
        and words.texts[second_end] == "," and not _name_at(words, second_end + 1)


def _name_at(words: Words, index: int) -> bool:
    """Whether a name the lexicon knows starts at token ``index`` (past a space)."""
    while index < len(words.texts) and words.texts[index].isspace():
        index += 1
    return index < len(words.texts) and known_name_at(words, index)[1] is not None


def _after_parenthesis(words: Words, index: int) -> int:
    """The last token of a parenthesis right after token ``index`` (``광주광역시(시장 홍길동)``), else ``index``."""
    texts = words.texts
    if index + 1 < len(texts) and not words.spaced[index] and texts[index + 1] == "(":
        for close in range(index + 2, min(index + PARENTHESIS_REACH, len(texts))):
            if texts[close] == ")":
                return close
    return index


def names_before_titles(doc: Doc, words: Words) -> list[Span]:
    """Whole words that are a surname and a given name before a title (``김경북 예시군수``).

    kiwipiepy sometimes splits such a name into words it knows (김 + 경북); the title says it is one
    person, so the whole word is the entity, whatever the model or the gazetteer made of its parts.
    """
    spans = []
    text = words.text
    after_title = 0  # where the title of the last name found ends: words before it are its affiliation
    for match in THREE_SYLLABLE_WORD.finditer(text):
        (start, end), word = match.span(1), match.group(1)
        if start < after_title or not starts_with_surname(word) or end < match.end() and one_common_noun(doc, start, end):
            continue  # 지난해(2023년) 시장, 한마음(봉사단체) 회장: a word kiwipiepy knows, before a parenthesis, is no name
        following = [found.span() for found in itertools.islice(SPACED_WORD.finditer(text, match.end()), TITLE_REACH)]
        after = [text[title_start:title_end].rstrip(",;") for title_start, title_end in following]  # 회계사, …
        if not any(holds_title(each) or holds_compound_title(each) for each in after):
            continue  # no title within reach: most such words (3 syllables from a surname) are not names
        # 채윤슬 도 농업정책과장, 나새봄 전남도 관광국장: a government and a post in it say the word before is the post's
        # holder; the bare short form (도) also that a name cut into pieces (채 + 윤 + 슬) is one
        of_government = government_post(after)
        # A title ending a longer word (조사연구팀장) follows a proper noun's name only: 보람위 | 공동보람위원장
        titled = [holds_title(word) or holds_compound_title(word) and (of_government or proper_noun_word(doc, start, end)) for word in after]
        if not any(titled):
            continue  # only a compound title, after no proper noun's name
        of_short_form = of_government and after[0] in entity_cues().government_short_forms
        misread = misread_name(doc, start, end) or of_short_form or titled[0] and (surname_then_nouns(doc, start, end) or fused_particle_name(doc, start, end))
        read_as_a_name = noun_word(doc, start, end) or split_name_word(doc, start, end) or misread
        if not read_as_a_name or word in known_names() or entity_cues().institution.search(word) or names_a_body(word) \
                or word.endswith(entity_cues().townships) or titles().rank_of(word) \
                or one_common_noun(doc, start, end) and (role_of_word(word) is not None or of_government):
            continue  # 가람면 이유리 이장: a township is no one's name; 지부장 직무대행: nor a title; 지난해 도 과장: nor a time
        # The title may follow an affiliation (추민완 국민의힘 중앙선거본부 수석대변인은), unless the word is
        # one common noun, which may be a name kiwipiepy does not know (추민완 동해시장은) but then only
        # right before its title.
        reach = TITLE_REACH if proper_noun_word(doc, start, end) or misread or of_government else 1
        for (title_start, title_end), title in zip(following[:reach], titled):
            following_word = text[title_start:title_end]
            if title:
                span = doc.char_span(start, end, label="PS", kb_id="rule")
                if span is not None:
                    spans.append(span)
                    after_title = title_end
                break
            bare = grammar().without_particle(following_word)
            government = of_government and title_start == following[0][0]  # 전남도, whatever name it looks like
            if not (following_word in known_names() or government) and (bare != following_word or not noun_word(doc, title_start, title_end)):
                break  # only nouns or known names (an affiliation) may stand between a name and its title
            if not government and korean_full_name(following_word) and one_proper_noun(doc, title_start, title_end) and not one_proper_noun(doc, start, end):
                break  # 가람당 한도윤 의원: the name nearer the title is the person (but 문하린 전교조 대변인)
    return spans


def names_in_title_parentheses(doc: Doc, words: Words) -> list[Span]:
    """The head named in a parenthesis after their organisation, title first (``화천군(군수 한도윤)``,
    ``보람재단(이사장 박영희)``): a surname and a given name there are a person, whatever the model read."""
    spans = []
    for match in TITLE_AND_NAME_IN_PARENTHESES.finditer(words.text):
        title, name = match.group(1), match.group(2)
        if is_job_title(title) and korean_full_name(name) and name not in known_names():
            span = doc.char_span(match.start(2), match.end(2), label="PS", kb_id="rule")
            if span is not None:
                spans.append(span)
    return spans


def names_before_ages(doc: Doc, words: Words) -> list[Span]:
    """A surname and a given name before an age in parentheses and 씨 (``석해온(67)씨는``): a person,
    however kiwipiepy split the word (석 + 해 + 온)."""
    spans = []
    for match in entity_cues().aged_name.finditer(words.text):
        if korean_full_name(match.group(1)) and match.group(1) not in known_names():
            span = doc.char_span(match.start(1), match.end(1), label="PS", kb_id="rule")
            spans += [span] if span is not None else []
    return spans


def anonymised_people(doc: Doc, words: Words) -> list[Span]:
    """People news keeps anonymous: a surname and 모, or a capital letter, before 씨/군/양
    (``정모(40)씨``, ``A씨``, ``B(3)군``). The entity is the surname or the letter, as KLUE marks it;
    :func:`pipeline.language.canonical.resolve_canonicals` names them ``정모``, ``A``."""
    spans = []
    for match in entity_cues().anonymised.finditer(words.text):
        group = 1 if match.group(1) else 2
        if group == 1 and not starts_with_surname(match.group(1)):
            continue
        span = doc.char_span(match.start(group), match.end(group), label="PS", kb_id="rule", alignment_mode="strict")
        if span is not None:
            spans.append(span)
    return spans


def known_name_at(words: Words, start: int, longest: int = KNOWN_NAME_TOKENS) -> tuple[int, Name | None]:
    """The longest known name made of up to ``longest`` tokens written together from ``start``, or apart
    where the name is written so too (국민의 힘)."""
    found: tuple[int, Name | None] = (start + 1, None)
    names, prefixes = known_names(), known_prefixes()
    text = ""
    for index in range(start, min(start + longest, len(words.texts))):
        text += words.texts[index]
        if text not in prefixes:
            break
        if text in names:
            found = (index + 1, names[text])
        if words.spaced[index]:
            if text + " " not in prefixes:
                break
            text += " "
    return found


def title_follows(words: Words, end: int) -> bool:
    """Whether a job title follows the tokens ending at ``end``, past a parenthesis (``D(40) 교수``), or a numbered rank (``9 + 단``)."""
    index, texts = _after_parenthesis(words, end - 1) + 1 if end > 0 else end, words.texts
    while index < len(texts) and texts[index].isspace():
        index += 1
    return index < len(texts) and (is_job_title(texts[index]) or index + 1 < len(texts) and numbered_rank(texts[index] + texts[index + 1]))


def opens_with_a_country(words: Words, start: int, end: int) -> bool:
    """Whether tokens [start, end) open with a country's name (a known place that may act, 일본) before more words."""
    name = known_names().get(words.texts[start])
    return end - start > 1 and name is not None and name.label == "LC" and "OG" in name.also


def overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def institution_word(word: str) -> bool:
    """A word closed by an institution's ending of two syllables or more after a word of its own
    (종합기술원, 가람대학교; not 산업 nor 공사 alone), and not a title (연구원 is also a job)."""
    return not is_job_title(word) and any(word.endswith(s) and len(word) > len(s) for s in entity_cues().long_institution_suffixes)


def unit_word(word: str) -> bool:
    """A unit's or branch's word (솔내지원, 감염내과, 선대위), not a common noun that is also an ending (지원)."""
    cues = entity_cues()
    return word not in cues.venue_words and (word in cues.unit_words or any(word.endswith(ending) and len(word) > len(ending) for ending in cues.unit_endings))


def _government(word: str) -> bool:
    name = known_names().get(word)
    return name is not None and name.government
