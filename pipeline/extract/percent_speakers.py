"""Shares of a group of people as speakers: ``응답자의 66.9%는`` speaks for the group, as printed, and so do ``주민 대부분은`` and
``가람시의회 일부에서는`` (read among the unnamed speakers)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from pipeline.extract.posts import Reader
from pipeline.lexicon import quote_cues
from pipeline.record import Morpheme, Speaker

SUBJECT_TAGS = ("JKS", "JX")  # 이/가, 은/는: a subject or a topic before the share
ANSWER_VERB_REACH = 6  # morphemes from a quotative to its verb: 다고 | 답 + 하
CLAUSE_BREAK_TAGS = frozenset({"EC", "SP", "SF"})  # a connective ending, a comma, a sentence's end
PREFIX_TAG, NOUN_SUFFIX_TAG = "XPN", "XSN"  # 대 of 대 + 부분, 계 of 의료 + 계
MODIFYING_NOUNS = 2  # 조사 대상 | 주민의 71%: the bare nouns before the group's that the phrase keeps
MODIFYING_NOUN_TAGS = frozenset({"NNG", "NNP"})
NOT_MODIFYING_LABELS = frozenset({"DT", "TI", "QT"})  # 지난달 | 주민의 71%: when, not whose


def percent_shares(finder: Reader, start: int, end: int) -> list[tuple[Speaker, str]]:
    """The percentages of a group of people as subjects between ``start`` and ``end``, each with its particle:
    ``응답자의 66.9%는`` speaks for the group, as printed; alone (``85%는``) after such a share in its paragraph,
    for the same group, also of companies (``응답 기업의 71%가``); never of a thing (``예산의 30%가``)."""
    cues, text = quote_cues(), finder.text
    found: list[tuple[Speaker, str]] = []
    if not any(unit in text[start : end + 1] for unit in cues.percent_units):
        return found  # most stretches hold no percentage: no search
    for match in cues.percent_share.finditer(text, start, end + 1):  # the space after the particle may be ``end``
        if match.end() > end:
            break
        group = match.group("group")
        paragraph_start = finder.article.paragraph_at(match.start()).start
        of_people = cues.names_speakers(group) or group in cues.company_nouns if group else _opens_a_clause(finder, match.start()) and any(
            earlier.group("group") and cues.names_speakers(earlier.group("group")) for earlier in cues.percent_share.finditer(text, paragraph_start, match.start()))
        if of_people and not finder.quoted(match.start()):
            opening = _past_modifying_nouns(finder, match.start()) if group else match.start()
            phrase = text[opening : match.start("particle")]
            found.append((Speaker(phrase, phrase, None, None, opening, match.start("particle")), match.group("particle")))
    return found


def _past_modifying_nouns(finder: Reader, group_start: int) -> int:
    """Where the group's phrase opens, past the bare nouns that modify its noun (``응답 | 업체의 71%``, ``조사 대상 | 주민의
    71%``): the phrase as printed, as an unnamed speaker's is; not past a date (``지난달 | 주민의``), a word with a particle
    or one no speaker's phrase holds (``조사 결과 | 응답자의``)."""
    opening = group_start
    for _ in range(MODIFYING_NOUNS):
        if opening < 2 or finder.text[opening - 1] != " " or finder.text[opening - 2].isspace():
            break
        word_start = opening - 2
        while word_start > 0 and not finder.text[word_start - 1].isspace():
            word_start -= 1
        first, last = (bisect.bisect_left(finder.morpheme_starts, at) for at in (word_start, opening - 1))
        word = finder.morphemes[first:last]
        dated = any(e.label in NOT_MODIFYING_LABELS and e.start < opening - 1 and word_start < e.end for e in finder.entities)
        outside = finder.text[word_start : opening - 1] in quote_cues().not_in_speaker_phrase  # 조사 결과 | 응답자의 55%
        if not word or dated or outside or any(m.tag not in MODIFYING_NOUN_TAGS for m in word):
            break
        opening = word_start
    return opening


def _opens_a_clause(finder: Reader, position: int) -> bool:
    """Whether a clause opens at ``position``: after a comma, a connective ending or a sentence's end (``답했고, | 85%는``),
    not after a noun whose share it is (``예산 | 30%가``)."""
    index = bisect.bisect_left(finder.morpheme_starts, position) - 1
    return index < 0 or finder.morphemes[index].tag in CLAUSE_BREAK_TAGS


def share_answering(finder: Reader, start: int, quotative: int) -> int | None:
    """Where a share of a group of people ends, its particle included, that answers a survey the source frame before
    ``start`` names (``…조사에 따르면 | 응답자의 64%가 | 찬성한다고 답했다``): the group answers, the frame is where the
    figure comes from. None when the verb is not one of answering (``…에 따르면 주민의 30%가 노인이라고 밝혔다``: the source's)."""
    index = bisect.bisect_left(finder.morpheme_starts, quotative)
    reach = range(index, min(index + ANSWER_VERB_REACH, len(finder.morphemes)))
    ending = next((i for i in reach if finder.morphemes[i].tag == "EC"), None)  # past the quotative: 반대하 + ᆫ다고
    verb = next((i for i in reach if ending is not None and i > ending and finder.morphemes[i].tag in ("VV", "XSV")), None)
    if verb is None:
        return None
    stem = (finder.morphemes[verb - 1].form if finder.morphemes[verb].tag == "XSV" else "") + finder.morphemes[verb].form
    if stem not in quote_cues().answering_verbs:
        return None
    share = next((share for share, _ in percent_shares(finder, start, quotative)), None)
    if share is None or share.start is None or share.end is None:
        return None
    before = finder.morphemes[bisect.bisect_left(finder.morpheme_starts, start) : bisect.bisect_left(finder.morpheme_starts, share.start)]
    if any(m.tag in SUBJECT_TAGS for m in before):
        return None  # …에 따르면 응답자들은 | 청년의 30%가 …고 답했다: a share inside what the respondents answered
    return next(end + len(particle) for found, particle in percent_shares(finder, start, quotative) if (end := found.end) == share.end)


def share_of_a_group(morphemes: Sequence[Morpheme], index: int, first: int) -> bool:
    """``정착 청년 상당수는``: a share of a group right after the group's noun speaks for it, also a noun with a suffix
    (``의료계 일부는``: 의료 + 계)."""
    split = index - 1 > first and morphemes[index - 1].tag == PREFIX_TAG and morphemes[index - 1].form + morphemes[index].form in quote_cues().share_nouns
    if not split and morphemes[index].form not in quote_cues().share_nouns or index <= first:
        return False  # 대 + 부분: kiwipiepy may read 대부분 as a prefix and a noun
    index -= 1 if split else 0
    group = morphemes[index - 1]
    glued = index - 2 >= first and group.tag == NOUN_SUFFIX_TAG and morphemes[index - 2].end == group.start  # 의료 + 계
    return quote_cues().is_speaker_noun(morphemes[index - 2].form + group.form if glued else group.form)


def share_of_a_body(finder: Reader, index: int) -> bool:
    """``가람시의회 일부에서는``: a share of a body the article names right before it speaks for that part of the body."""
    share = finder.morphemes[index]
    return share.form in quote_cues().share_nouns and any(e.label == "OG" and e.end + 1 == share.start for e in finder.entities)
