"""Bylines in the forms Korean news sites print them, and the publisher the text names.

Reporters are read, in this order of trust, from a dateline at the start of the lead
(``(부산=연합뉴스) 이가람 기자 =``, ``[강원일보 홍길동 기자]``, ``[예시팩트 | 서산=김철수 기자]``, or after
a summary printed in the lead's paragraph), from the
byline line (``/이가람기자 lee@kyeongin.com``, ``홍길동 기자 | 승인 2024.03.05``, ``경기/인천 / 홍길동 /
2024-03-05``, ``홍길동 발행일 2021-04-08``), and from the end of the article's last paragraph
(``…라고 말했다.표가온 기자``, ``…<춘천/홍길동>``). The publisher comes from the dateline, the byline
line, the page's copyright line (``저작권자 © 예시일보 무단전재 및 재배포 금지``) or, last, a reporter's or
a photographer's e-mail domain (``publishers.tsv``). Photo credits (``사진=홍길동 기자``) are captions,
and reporters named in page chrome (other articles' lists) are never read: only byline, lead and body
paragraphs are.
"""

from __future__ import annotations

import re

from pipeline.lexicon import (canonical_name, entity_cues, governments_named, is_publisher, list_cues, name_like, publisher_for_domain, role_cues, role_of_word, starts_with_surname,
                              titles)
from pipeline.extract.byline_patterns import (EMAIL, EMAIL_AS_PRINTED, dateline_pattern, people_as_subject, inner_dateline_pattern, names_apart, reporter_pattern,
                                              spaced_reporters, trailing_pattern, unglued, writer_after_tag)
from pipeline.extract.writer_lines import credited_writer, is_name_alone, title_unbracketed, titled_name, writer_after_mark
from pipeline.record import Byline, Reporter

CHROME = "boilerplate"
EMAIL_OR_FRAGMENT = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]*")  # 'jwpark@': an address the scrape cut
MAX_LEFTOVER = 12  # characters besides names, job words, e-mails and stamps: an outlet and a desk (OO일보 지역부)
SEPARATOR = re.compile(r"\s*[·,]\s*|\s+")
AUTHOR_SEPARATOR = re.compile(r"[;,]")  # trafilatura's authors: 배윤경; 이상현
LEFTOVER = re.compile(r"[\s/=\[\]()【】<>·•,|:-]|^[가-힣]{1,6}(?==)")
ARTICLE_ROLES = ("subheadline", "lead", "body")  # paragraphs of the article's own words
NAME_ALONE = re.compile(r"^[가-힣]{2,4}$")  # a byline line of the name alone, after the article or bulleted by its date stamp
NAME_WITH_EMAIL = re.compile(rf"^(?P<name>[가-힣]{{2,4}})\s*(?P<open>[(<]?)\s*(?P<email>{EMAIL.pattern})\s*[)>]?$")  # 홍길동(hong@example.kr)
REGION_TAG_CHARS = 3  # [하늬] 홍길동 기자: a short tag of no outlet's form names the region, known or not
SIGN_OFF_WORDS = (2, 3, 4)  # ABC뉴스 홍길동입니다; 가람비씨 뉴스 홍길동입니다; 가람TV 뉴스 남궁 민입니다
SLASHED = re.compile(r"^(?P<region>[가-힣A-Za-z/·]{1,12})\s+/\s+(?P<names>[가-힣]{2,4})\s+/\s+\d{4}[-.]\d{1,2}[-.]\d{1,2}")


TAGGED_MARKER = re.compile(r"^\[(?P<tag>[^\[\]]{2,16})\]\s*")  # [KBS 가람] before a transcript's marker


def name_with_email(text: str) -> Reporter | None:
    """``홍길동(hong@example.kr)``, ``홍길동 hong@example.kr``: a person's name and an e-mail address, nothing else."""
    found = NAME_WITH_EMAIL.match(text.strip())
    if found is None or not starts_with_surname(name := found.group("name")) or canonical_name(name) is not None:
        return None
    return Reporter(name, found.group("email"))


def is_byline(text: str) -> bool:
    """A short paragraph made of reporter names, job words, e-mail addresses and date stamps."""
    text = unglued(text)
    if _stamped(text) or SLASHED.search(text):
        return True
    without_emails = role_cues().social_handle.sub(" ", role_cues().email_label.sub(" ", EMAIL_OR_FRAGMENT.sub(" ", text)))  # … 트위터 @hong
    rest = reporter_pattern().sub(" ", without_emails)
    has_reporter = rest != without_emails
    leftover = LEFTOVER.sub("", role_cues().stamp.sub("", rest)) if has_reporter else LEFTOVER.sub("", rest)
    outlet_only = bool(role_cues().outlet.match(text + " ")) and len(leftover) <= MAX_LEFTOVER  # 예시방송 hong@example.kr
    return has_reporter and len(leftover) <= MAX_LEFTOVER or bool(EMAIL.search(text)) and (not leftover or outlet_only)


# The place of a dateline, with or without reporters: (부산=연합뉴스), [경기 광주=뉴시스], 【수원=홍길동 기자】.
DATELINE_PLACE = re.compile(r"^\s*[(\[【<]\s*(?:[^)\]】>=|/]{1,20}[|/]\s*)?(?P<place>[가-힣]{1,6}(?: [가-힣]{1,6})?)\s*=")


def dateline_place(text: str) -> str | None:
    """Where the article was filed from, by its dateline: ``(부산=연합뉴스) …`` -> 부산."""
    found = DATELINE_PLACE.match(text)
    return found.group("place") if found else None


def read_byline(texts: list[str], roles: list[str]) -> Byline | None:
    """The article's reporters and publisher, from its dateline, byline line, last paragraph and copyright."""
    reporters: list[Reporter] = []
    publisher = captioned = None
    for index, (text, role) in enumerate(zip(texts, roles)):
        dateline = dateline_pattern().search(text) if role in ("lead", "body") else None
        if dateline and _photo_dateline(index, dateline, texts, roles):
            captioned = captioned or _dateline_publisher(dateline)
        elif dateline:  # the lead's, or the first body paragraph's below a caption taken for the lead
            reporters = reporters_in(dateline.group("reporters"), spaced_reporters())
            publisher = _dateline_publisher(dateline)
            break
    lead = next((text for text, role in zip(texts, roles) if role == "lead"), "")
    inner = None if reporters else inner_dateline_pattern().search(lead)
    if inner:
        reporters, publisher = reporters_in(inner.group("reporters"), spaced_reporters()), _dateline_publisher(inner)
    publisher = publisher or _tagged_outlet(texts, roles) or _transcript_outlet(texts)  # [충북일보] 충북도와 …, [KBS 가람] [앵커]
    lines = [text for text, role in zip(texts, roles) if role == "byline"]
    if not reporters:
        for index in (i for i, role in enumerate(roles) if role == "byline"):
            text = role_cues().other_credit.sub(" ", texts[index])  # 취재=홍길동 기자, 영상=김철수 기자: the camera's is no reporter
            named = name_with_email(text)
            reporters = (_slashed_reporters(text) or reporters_in(text) or reporters_stamped(text) or ([named] if named else [])
                         or [Reporter(None, e) for e in EMAIL.findall(text)]
                         or ([Reporter(name)] if NAME_ALONE.match(name := text.lstrip("".join(list_cues().line_only_bullets) + " ")) else [])
                         or _column_writer(text))
            dateline = dateline_pattern().search(text)  # [예시농업신문=홍길동 기자] on a line of its own
            publisher = publisher or (_dateline_publisher(dateline) if dateline else None)
            publisher = publisher or _signed_off_outlet(text) or _publisher_before_reporter(text)
            if reporters:
                reporters += _reporters_below(texts, roles, index, reporters)
                reporters += _named_again_with_others(texts, roles, index, reporters)
                break
    publisher = publisher or next(filter(None, map(_signed_off_outlet, lines)), None)  # 홍길동 기자입니다. … kbc 홍길동입니다.
    signed_off = _trailing_sign_off(texts, roles)
    publisher = publisher or (signed_off.group("outlet") if signed_off else None)
    if not reporters:
        reporters = _trailing_reporters(texts, roles) or _introduced_reporters(texts, roles) \
            or ([Reporter(signed_off.group("names"))] if signed_off else []) or _linked_reporters(texts, roles)
    reporters = _with_lone_email(reporters, lines)
    signed = {r.name: r.email for r in _trailing_reporters(texts, roles) if r.email}  # …처리했다.부산=홍길동 기자 hong@…
    reporters = [Reporter(r.name, r.email or signed.get(r.name or "")) for r in reporters]
    credited = [email for text, role in zip(texts, roles) if role == "caption" for email in EMAIL.findall(text)]
    emails = [r.email for r in reporters if r.email] + credited  # a photographer's address names the paper too
    publisher = publisher or copyright_holder(texts, roles)  # the name the page gives itself, before a table's
    publisher = publisher or next(filter(None, (publisher_for_domain(e.split("@")[1]) for e in emails)), None)
    publisher = publisher or _photo_dateline_agency(texts, roles) or captioned
    if not reporters and publisher is None:
        return None
    return Byline(reporters=reporters, publisher=publisher)


def _photo_dateline(index: int, dateline: re.Match[str], texts: list[str], roles: list[str]) -> bool:
    """``(강릉=가람뉴스) 홍길동 기자 = … 즐기고 있다.``: an agency's dateline over one sentence that describes a photo, below a
    paragraph of the article's own, while a byline line signs the article by others alone, is the photo's caption, not the
    article's dateline (which opens the article's words)."""
    described = texts[index][dateline.end() :].strip()
    if "." in described[:-1] or not role_cues().progressive.search(described):
        return False
    if not any(role in ARTICLE_ROLES for role in roles[:index]):
        return False  # the article's first words: its dateline, however its sentence ends
    named = [r.name for r in reporters_in(dateline.group("reporters"), spaced_reporters()) if r.name]
    lines = [line for line, role in zip(texts, roles) if role == "byline"]
    return any(reporters_in(line) for line in lines) and not any(name in line for name in named for line in lines)


def _slashed_reporters(text: str) -> list[Reporter]:
    """``한도윤 / 박수린 / 탁이현 기자``, ``오세린 한재민 기자``: names apart by slashes or spaces before one job word, each a
    surname and a given name, not a desk or a place (``사회부``, ``가람군``)."""
    found = role_cues().slashed_reporters.match(text)
    slashed = bool(found) and "/" in found.group("names")
    names = re.split(r"\s*/\s*|\s+", found.group("names")) if found else []
    while slashed and names and (canonical_name(names[0]) is not None or names[0] in role_cues().section_names):
        names = names[1:]  # 강릉 / 김도현 기자, 정치 / 김도현 기자: the beat or the section before the reporter
    named = names and all((starts_with_surname(name) if slashed else is_name_alone(name) and not governments_named(name))  # 한도윤 / 강진 기자
                          and not name.endswith(titles().desk_endings) for name in names)
    return [Reporter(name) for name in names] if named and len(names) > 1 else []


def _column_writer(text: str) -> list[Reporter]:
    """``권민수 속초시의회 의원``, an opinion piece's byline: the writer's name opens it, a job title closes it (also in
    parentheses below the piece: ``(권민수 속초시의회 의원)``, or after a dash or a slash: ``- 권민수 속초시의회 의원``)."""
    credit = role_cues().writer_credit.match(text) if credited_writer(text) else None  # 글 = 권민수 가람대 교수
    text = text[1:-1] if text.startswith("(") and text.endswith(")") else writer_after_mark(text) or writer_after_tag(text) \
        or (text[credit.end() :].strip() if credit else text)
    return [Reporter(title_unbracketed(text).split(" ")[0])] if titled_name(text) else []


def _reporters_below(texts: list[str], roles: list[str], index: int, found: list[Reporter]) -> list[Reporter]:
    """``채도윤 기자 dychae@…`` / ``빈하람 기자 hrbin@…``: reporters on the byline lines right below the first, one each."""
    below: list[Reporter] = []
    for text, role in zip(texts[index + 1 :], roles[index + 1 :]):
        text = role_cues().other_credit.sub(" ", text)  # 촬영기자:김철수 / 그래픽:박영희 under the sign-off
        more = (reporters_in(text) or reporters_stamped(text)) if role == "byline" else []  # 기자명홍길동 기자 / 기자명김철수 기자
        if not more:
            break
        below += [r for r in more if r.name not in {f.name for f in found + below}]
    return below


def _named_again_with_others(texts: list[str], roles: list[str], index: int, found: list[Reporter]) -> list[Reporter]:
    """``입력 … | 기자명 홍길동`` above the article, ``홍길동 기자 hong@…`` / ``김철수 기자 kim@…`` below it: a later
    byline line that names a reporter found again is the same byline, and the reporters beside them on it (``대담=홍길동
    기자 / 정리=김철수 기자``) and on the lines right below it are the article's too."""
    names = {reporter.name for reporter in found}
    for later in (i for i in range(index + 1, len(texts)) if roles[i] == "byline"):
        again = reporters_in(role_cues().other_credit.sub(" ", texts[later]))
        if names & {reporter.name for reporter in again}:
            beside = [reporter for reporter in again if reporter.name not in names]  # 대담=홍길동 기자 / 정리=김철수 기자
            return beside + _reporters_below(texts, roles, later, found + beside)
    return []


def reporters_in(text: str, pattern: re.Pattern[str] | None = None) -> list[Reporter]:
    """The reporters ``pattern`` (by default :func:`reporter_pattern`) finds, each with its e-mail; by default also those of
    several bureaus, each after its place (``대구/홍길동, 부산/김철수 기자``)."""
    bureaus = role_cues().bureau_reporters.match(text) if pattern is None else None
    names = [pair.split("/")[1] for pair in re.split(r"\s*,\s*", bureaus.group("pairs"))] if bureaus else []
    if names and all(map(starts_with_surname, names)):
        return _with_emails(names, text)
    matches = (pattern or reporter_pattern()).finditer(unglued(text))
    if pattern is None:  # 대담=홍길동 편집국장 / 정리=김철수 기자: the interviewer by his rank, in the line's order
        matches = sorted([*matches, *role_cues().interviewer_rank.finditer(text)], key=lambda match: match.start("names"))
    found = [name for match in matches for name in names_apart(match.group("names"))
             if not governments_named(name) and name not in titles().newsroom_ranks and not titles().desk.fullmatch(name)  # 정선 주재기자: a place; 홍길동 팀장, …: a rank
             and not people_as_subject(name)]
    return _with_emails(list(dict.fromkeys(found)), text)  # a name printed twice is one reporter


def _with_emails(names: list[str], text: str) -> list[Reporter]:
    """The reporters with the line's e-mails: one each when there are as many, else the first's alone."""
    emails = EMAIL_AS_PRINTED.findall(text)
    if len(emails) == len(names):
        return [Reporter(name, email) for name, email in zip(names, emails)]
    return [Reporter(name, emails[0] if i == 0 and emails else None) for i, name in enumerate(names)]


def reporters_of_author(author: str) -> list[Reporter]:
    """The reporters a page's metadata names as its author (``유덕기 기자``, ``배윤경; 이상현``), for a page whose text
    prints no byline: a name with its job word, or a name alone opened by a surname; never an outlet (``SBS 뉴스``,
    ``뉴스타파``, ``네이버``)."""
    found: list[Reporter] = []
    for part in (part.strip() for part in AUTHOR_SEPARATOR.split(author)):
        named = reporters_in(part) or ([Reporter(part)] if NAME_ALONE.match(part) and starts_with_surname(part) else [])
        found += [reporter for reporter in named if reporter.name not in {r.name for r in found} and _authors_name(reporter.name)]
    return found


def _authors_name(name: str | None) -> bool:
    """A person's name among a page's authors: not an outlet (가람일보, 뉴스타파), a desk or a body (편집부, 홍보팀, 이사회,
    원주시청), a job word (시민기자) or a transliterated word (마스터)."""
    cues = entity_cues()
    return bool(name) and not (is_publisher(name) or name.endswith((*role_cues().outlet_endings, *titles().desk_endings, *cues.organisation_endings))
                               or role_of_word(name) is not None or name.endswith(titles().reporter) or cues.transliteration.search(name))


def reporters_stamped(text: str) -> list[Reporter]:
    """``홍길동 발행일 2021-04-08``, ``경기/인천 / 홍길동 / 2024-03-05``: a name without a job word."""
    found = _stamped(text) or SLASHED.search(text)
    return [Reporter(found.group("names"), (EMAIL.findall(text) or [None])[0])] if found else []


def _stamped(text: str) -> re.Match[str] | None:
    """The first of ``reporter_stamps`` the line matches."""
    return next((m for pattern in role_cues().reporter_stamps if (m := pattern.search(text)) and not people_as_subject(m.group("names"))), None)


def _signed_off_outlet(text: str) -> str | None:
    """``kbc 홍길동입니다``: the broadcaster a reporter signs off with."""
    found = _stamped(text)
    return found.groupdict().get("outlet") if found else None


def _trailing_sign_off(texts: list[str], roles: list[str]) -> re.Match[str] | None:
    """``… 하고 있습니다 ABC뉴스 홍길동입니다``: a broadcaster's sign-off (its outlet and reporter) at the end of
    a transcript's last paragraph, kept on one line (the paragraph's last two or three words), also before a crew's
    credit line (``영상취재 : 김철수``)."""
    body = [text for text, role in zip(texts, roles) if role in ("lead", "body")]
    words = [paragraph.split() for paragraph in reversed(body[-2:])]
    signed = (_stamped(" ".join(line[-count:])) for line in words for count in SIGN_OFF_WORDS if len(line) > count)
    return next((found for found in signed if found is not None and found.groupdict().get("outlet")), None)


def _trailing_reporters(texts: list[str], roles: list[str]) -> list[Reporter]:
    """``…라고 말했다.표가온 기자``: a reporter glued to the end of the article's last paragraph."""
    body = [text for text, role in zip(texts, roles) if role in ("lead", "body")]
    found = trailing_pattern().search(body[-1]) if body else None
    return [Reporter(found.group("names") or found.group("slashed"), found.group("email"))] if found else []


def _dateline_publisher(dateline: re.Match[str]) -> str | None:
    """The agency after the place (``(부산=연합뉴스)``), the outlet before it (``[헤럴드경제(안동)=…``), or
    the word before ``=`` when it is an outlet's name, not a place: named like one (``[예시농업신문=홍길동
    기자]``) or one the publishers' table knows (``[데일리안 = 홍길동 기자]``); a place in brackets (``[순천]``)
    tags the region, and a desk (``[지역취재본부]``) the newsroom, not the outlet."""
    place = (dateline.group("place") or "").strip()
    outlet = place if place.endswith(role_cues().outlet_endings) or is_publisher(place) else None
    tagged = _without_desks(_clean_publisher(dateline.group("publisher")))
    if tagged and reporter_pattern().search(tagged):
        tagged = None  # [홍길동 기자 / 김철수 기자]: the first reporter, not an outlet
    if tagged and not (is_publisher(tagged) or tagged.endswith(role_cues().outlet_endings) or not tagged.isalpha() or tagged.isascii()) \
            and (canonical_name(tagged) is not None or tagged.endswith(titles().desk_endings) or len(tagged) <= REGION_TAG_CHARS):
        tagged = None  # [순천] 홍길동 기자, [하늬] …, [지역취재본부] 홍길동 기자: a region's tag or a desk, not an outlet
    return _clean_publisher(dateline.group("agency") or tagged or dateline.group("outlet") or dateline.group("slashed") or outlet)


def _introduced_reporters(texts: list[str], roles: list[str]) -> list[Reporter]:
    """``…, 홍길동 기자가 보도합니다.``: a broadcast anchor's introduction names the reporter."""
    for text, role in zip(texts, roles):
        found = role_cues().anchor_intro.search(text) if role in ("lead", "body") else None
        name = found.group("names") if found else ""
        if found and not people_as_subject(name) and name not in role_cues().reporter_kind_words and not titles().desk.fullmatch(name):
            return [Reporter(name)]  # not 담당 기자가 알아봤습니다, 사회부 기자가 취재했습니다
    return []


def _linked_reporters(texts: list[str], roles: list[str]) -> list[Reporter]:
    """``한도윤 기자 다른기사 보기``: the reporter a page names only in the link to their other articles."""
    links = (role_cues().other_articles_link.match(text) for text, role in zip(texts, roles) if role == CHROME)
    return next(([Reporter(link.group("name"))] for link in links if link and name_like(link.group("name").replace(" ", ""))), [])


def _with_lone_email(reporters: list[Reporter], lines: list[str]) -> list[Reporter]:
    """One reporter named in a dateline and one e-mail on a byline line of its own (``walden@yna.co.kr``), on a line that
    names no other reporter (not a photographer's credit, ``잠실=김철수 기자 kim@…``), are the same person, and so are several and a line of as many e-mails alone, in their order
    (``hong@yna.co.kr kim@yna.co.kr``); a reporter named again with an e-mail on another byline line
    (``기자명홍길동 기자`` at the top, ``홍길동 기자 hong@…`` at the end) has that e-mail."""
    names = {r.name for r in reporters}
    own = [line for line in lines if not any(r.name not in names for r in reporters_in(line))]  # not 잠실=김철수 기자 kim@…, a photo's
    emails = sorted({email for line in own for email in EMAIL.findall(line)})
    if len(reporters) == 1 and reporters[0].email is None and len(emails) == 1:
        return [Reporter(reporters[0].name, emails[0])]
    listed = next((found for line in lines if (found := EMAIL.findall(line)) and not EMAIL.sub("", line).strip(" ,/·")), [])
    if len(reporters) > 1 and len(listed) == len(reporters) and not any(r.email for r in reporters):
        return [Reporter(r.name, email) for r, email in zip(reporters, listed)]
    elsewhere = {r.name: r.email for line in lines for r in reporters_in(line) if r.email}
    return [Reporter(r.name, r.email or elsewhere.get(r.name or "")) for r in reporters]


def _publisher_before_reporter(text: str) -> str | None:
    """``[강원일보] 홍길동 기자``, ``OO일보 지역부 홍길동 기자 |``: the outlet named first on the byline line."""
    named = role_cues().outlet.match(text)
    return _clean_publisher(named.group("name")) if named else None


def _tagged_outlet(texts: list[str], roles: list[str]) -> str | None:
    """``[충북일보] 충북도와 …``: the outlet that tags the article's first paragraph, the lead's or, below
    a caption taken for the lead, a body paragraph's."""
    opening = (text for text, role in zip(texts, roles) if role in ("lead", "body") and text[:1] in "[【(")
    return next(filter(None, map(_publisher_before_reporter, opening)), None)


def _transcript_outlet(texts: list[str]) -> str | None:
    """``[KBS 가람] [앵커]``: the broadcaster, with its local station's place, that tags a transcript's first marker."""
    for text in texts:
        tagged = TAGGED_MARKER.match(text)
        if tagged and role_cues().transcript_marker.match(text[tagged.end() :]):
            outlet = tagged.group("tag").split()[0]
            return outlet if is_publisher(outlet) else None
    return None


def _photo_dateline_agency(texts: list[str], roles: list[str]) -> str | None:
    """``… 부사장 (서울=연합뉴스) 홍길동 기자 = 3일 …``: an agency's dateline on a photo's caption (on a
    line of its own or run into the text) names the publisher, as a photographer's e-mail does, when
    nothing else does; the publishers' table must know the agency, unless the caption opens with the whole dateline,
    reporter and all (``(가람=나래통신) 홍길동 기자 = 18일 …``), as a lead does."""
    for text, role in zip(texts, roles):
        opening = dateline_pattern().match(text) if role == "caption" else None
        if opening is not None and (agency := _dateline_publisher(opening)):
            return agency
        if role in ("lead", "body", "caption"):
            for found in role_cues().agency_dateline.finditer(text):
                if is_publisher(found.group("agency")):
                    return found.group("agency")
    return None


def copyright_holder(texts: list[str], roles: list[str]) -> str | None:
    """``저작권자 © 예시일보 무단전재 및 재배포 금지`` -> 예시일보: the last copyright line's holder (also the sign and
    the name alone on a line of the page's chrome, ``ⓒ 예시일보``); one named only in Latin words (``Copyright ©
    Example Broadcasting. All rights reserved.``) when none is in Korean."""
    holder = latin_holder = None
    for text, role in zip(texts, roles):
        if not (role_cues().copyright_line.search(text) or role == CHROME and role_cues().copyright_sign_line.match(text)):
            continue
        found = role_cues().holder.search(text)
        if found and re.search(r"[가-힣]", found.group("publisher")):
            holder = found.group("publisher")
        elif latin := role_cues().latin_holder.search(text):
            latin_holder = latin.group("publisher")  # Copyright © Gwangju Example Broadcasting. All rights reserved.
    return holder or latin_holder


def _without_desks(name: str | None) -> str | None:
    """``하늬경제 영남취재본부`` -> 하늬경제: the outlet before its desk (``[예시경제 영남취재본부 홍길동 기자]``)."""
    words = (name or "").split()
    while len(words) > 1 and words[-1].endswith(titles().desk_endings):
        words.pop()
    return " ".join(words) or None


def _clean_publisher(name: str | None) -> str | None:
    name = (name or "").strip(" =|/")
    return name or None
