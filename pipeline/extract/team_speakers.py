"""Teams that speak, named after their head (``도하결 교수 연구팀``): the bare team noun an article goes on with (``연구팀은``)
is the team of the person printed with it, and a team written with its head's name is named by the head's full name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lexicon import grammar, is_job_title, quote_cues
from pipeline.record import Entity, Speaker

TEAM_REACH = 20  # characters after a person's name that may hold their title and team noun
TITLED_TEAM_REACH = 40  # characters after a name that may hold an affiliation and a title's team: 영국 가람대 지리학과 교수팀
MAX_TITLE_PHRASE_WORDS = 4  # the affiliation's words and the team's
SENTENCE_BREAK = re.compile(r"[.?!]\s|\n")  # a sentence or a line ends between a team named and its bare noun


def team_in_full(noun: str, text: str, persons: Sequence[Entity], before: int) -> str | None:
    """The team a bare team ``noun`` stands for where no person was printed with it (:func:`persons_team`): the team the
    text named last before ``before`` with a word that says whose it is (``국내 연구팀``, ``국제 공동 연구진``), else by its
    head's title when it named one team so (``사라 존슨 영국 가람대 교수팀`` -> 사라 존슨 교수팀)."""
    if noun not in quote_cues().team_nouns:
        return None
    named = [found.group("team") for found in quote_cues().modified_team.finditer(text, 0, before) if found.group("noun") == noun]
    if named:
        return named[-1]  # 국내 연구진 … 연구진은: the same noun, though a professor's team came between
    teams = {f"{p.canonical} {team}" for p in persons if (team := _titled_team(text, p.end)) is not None
             and SENTENCE_BREAK.search(text, p.end, before)}  # not the headline's own: 가람대 한도윤 교수팀 …"…"
    return teams.pop() if len(teams) == 1 else None  # two teams named: either


def persons_team(noun: str, text: str, persons: Sequence[Entity]) -> str | None:
    """The team of the latest of ``persons`` printed with the team ``noun`` after their name, maybe past their title and
    the affiliation before it (``도하결 교수 연구팀``, ``도하결 가람대 교수 연구팀`` -> 도하결 교수 연구팀)."""
    if noun not in quote_cues().team_nouns:
        return None
    for person in reversed(persons):
        printed = text[person.end : person.end + TEAM_REACH].split()[:3]
        words = [grammar().without_particle(word) for word in printed]
        if words[:1] == [noun]:
            return f"{person.canonical} {noun}"
        titled = next((at for at in (0, 1) if len(words) > at + 1 and is_job_title(words[at]) and words[at + 1] == noun
                       and (at == 0 or printed[0] == words[0])), None)  # 도하결 가람대 교수 연구팀; not 도하결 씨와 교수 연구팀
        if titled is not None:
            return " ".join([person.canonical, words[titled], noun])
    return None


def _titled_team(text: str, end: int) -> str | None:
    """The team a person's title names after the name, past an affiliation of words with no particle (``사라 존슨 |
    영국 가람대 지리학과 | 교수팀은`` -> 교수팀, ``박지후 | 연구위원팀이`` -> 연구위원팀); None when a word with a particle comes first."""
    for word in text[end : end + TITLED_TEAM_REACH].split()[:MAX_TITLE_PHRASE_WORDS + 1]:
        bare = grammar().without_particle(word.strip(",")) or word
        if bare.endswith(quote_cues().team_suffix) and is_job_title(bare[: -len(quote_cues().team_suffix)]):
            return bare
        if bare != word and word[len(bare) :] not in grammar().conjunctive_particles:
            return None  # 가람연구소의: not 지리학과, read as 지리학 + 과
    return None


def team_by_its_head(speaker: Speaker, people: frozenset[str], persons: Sequence[Entity] = ()) -> Speaker:
    head, _, rest = speaker.name.rpartition(" ")
    if rest not in quote_cues().team_nouns:
        return speaker
    printed_before = next((e for e in persons if speaker.start is not None and e.end + 1 == speaker.start), None)
    if printed_before is not None and speaker.name == speaker.mention:  # 윤서하 | 가람과기원 신소재공학과 교수 연구팀: the head before it
        return _headed(speaker, printed_before.canonical, head, rest)
    person = max((p for p in people if head == p or head.startswith(p + " ")), key=len, default=None)  # 데이비드 노먼 | 가람대
    if person is not None:
        full = next((e.canonical for e in persons if speaker.start is not None and e.start <= speaker.start < e.end
                     and e.text.endswith(person)), person)  # 김 박사팀: 김영수's
        return _headed(speaker, full, head[len(person) + 1 :], rest)
    named, _, title = head.rpartition(" ") if is_job_title(head.rpartition(" ")[2]) else (head, "", "")  # 박수린 교수 | 연구팀
    person = max((p for p in people if named.endswith(" " + p)), key=len, default=None)  # 가람대 | 한도윤 교수팀
    if person is None:
        return speaker
    return replace(speaker, name=" ".join(filter(None, (person, title, rest))), affiliation=speaker.affiliation or named[: -len(person) - 1])


def _headed(speaker: Speaker, head: str, between: str, team: str) -> Speaker:
    """The team named by its ``head``'s full name, and the head's title when the words ``between`` end in one (문태현 교수 연구팀,
    also past an affiliation: 윤서하 | 가람대 | 교수 | 연구팀); the other words between are its affiliation."""
    affiliation, _, title = between.rpartition(" ")
    if is_job_title(title):
        return replace(speaker, name=f"{head} {title} {team}", affiliation=speaker.affiliation or affiliation or None)
    return replace(speaker, name=f"{head} {team}", affiliation=speaker.affiliation or between or None)
