"""Dates, times and quantities as the guideline writes them, after the model.

A quantity is a number with its counter or unit, whatever the model took around it; a date and the
month or day after it are one date; a duration ends at its unit.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.language.canonical import role_after
from pipeline.language.entity_spans import WORD, cut_to
from pipeline.language.span_rules import korean_full_name
from pipeline.lexicon import ends_speaker_title, entity_cues, grammar, list_cues
from pipeline.record import Entity, Morpheme

BARE_NUMBER = re.compile(r"[-+−\d,.()\s]+")
WORD_ENDING_TAGS = ("J", "X", "E", "VCP", "NNB", "SF", "SP", "SS", "SE", "SO", "SW")  # what may close a word: particles, suffixes, endings, a bound noun (상반기 + 중), marks
SQUARED_UNIT = re.compile(r"[\u3380-\u33ff]h?")  # ㎡, ㎞, ㎏: one sign each, an hour after a power's (㎾h)
PERCENT = "%"
NAME_LABELS = ("PS", "LC", "OG")
LEADING_NUMBER = re.compile(r"\d[\d,.]*")
HANGUL_UNIT = re.compile(r"[가-힣]")  # 3만5000원, 2만 원: a sum in words after a measure in signs
FRACTION_NUMERATOR = re.compile(r" ?\d[\d,.]*")
MEASURE_AFTER_DATE = re.compile(r" \d+\.\d+[^\d\s.]+$")  # 2024년 | 26.3도: a decimal's measure, which no date has


def quantities_and_durations(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Quantities and dates as the guideline writes them: a quantity is a number with its counter or unit,
    so a bare number (``19``, ``360``), a number glued to a word (the 19 of ``코로나19``) and a single word
    without a digit (``하나``, ``한번``) are none; a duration ends at its unit (``5일 동안`` -> 5일, ``3년간``
    -> 3년) and a day at its name (``설 전`` -> 설)."""
    found = []
    for entity in _names_apart_from_measures(entities):
        if entity.label == "QT":
            entity = _quantity_in_full(entity, text)
            if _no_quantity(entity, text):
                continue
            if _weeks_of_a_duration(entity, text) or _years(entity):
                entity = replace(entity, label="DT")  # 8주 만에: weeks, longer than a day; 46억 년 전: years
        if entity.label in ("TI", "QT") and (fraction := _fraction(entity, text)) is not None:
            entity = _quantity_in_full(fraction, text)  # 약 3분의 1, 3분의 1가량
        elif entity.label == "TI" and entity.text[-1:].isalpha():
            entity = _time_in_full(_hours_without_tail(entity), text)
        if entity.label == "DT":
            entity = _duration_without_tail(entity)
        found.append(entity)
    # 3분의 | 1씩: a fraction's pieces; cm² of 200kg/cm²: a unit the model read as a name, inside the quantity now
    wholes = [e for e in found if e.label == "QT" and (entity_cues().fraction_joint in e.text or "/" in e.text)]
    return [e for e in found if not any(f is not e and f.start < e.end and e.start < f.end for f in wholes)]


def names_read_as_times(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """``한소망 | 가람시장은``: a word without a digit that reads as a Korean full name right before a title, and that kiwipiepy
    reads as a proper name, is a person the model read as a date or a time; not a word of time (``지난해 | 탄소시장``, a market;
    ``지난주 | 위원장 회의``: 지나 + ㄴ + 주)."""
    by_start = {m.start: m for m in morphemes}
    found = []
    for entity in entities:
        title = WORD.match(text, entity.end + 1) if text[entity.end : entity.end + 1] == " " else None
        read = by_start.get(entity.start)
        proper = read is not None and (read.tag == "NNP" or read.oov)
        if entity.label in ("DT", "TI") and korean_full_name(entity.text) and proper and title is not None \
                and ends_speaker_title(grammar().without_particle(title.group())):
            entity = replace(entity, label="PS", role=role_after(text, entity.end))
        found.append(entity)
    return found


def cities_counted_as_times(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``두 시의 힘겨루기``, ``세 시·군``, ``두 대학``: a native numeral that counts cities or anything else but hours, which the
    model read as a time (also the numeral alone), is no time; ``두 시에``, ``세 시간`` are."""
    numerals, followers, city = list_cues().numerals, entity_cues().counted_city_followers, entity_cues().city_unit
    found = []
    for entity in entities:
        words = entity.text.split()
        counted = entity.label == "TI" and words[0] in numerals
        if counted and len(words) > 1 and words[1] != city and not words[1].startswith(tuple(entity_cues().clock_units)):
            continue  # 두 대학: a count of universities
        tail = text[entity.end :] if len(words) == 2 else text[entity.end :].removeprefix(" " + city)
        cities = counted and words[1:] in ([], [city]) and tail.startswith(tuple(followers)) and (len(words) == 2 or tail != text[entity.end :])
        if not cities:
            found.append(entity)
    return found


def _names_apart_from_measures(entities: Sequence[Entity]) -> list[Entity]:
    """``봉산 231㎜``, ``10㎞ 3만5000원``: a name the model ran into the measure after it, in a unit's sign or Latin letters
    (rainfall by place in a weather report), is the name and a quantity; a measure so written and the quantity after it,
    two quantities (a course's distance and its fee)."""
    found = []
    for entity in entities:
        head, _, last = entity.text.rpartition(" ") if entity.label in NAME_LABELS else entity.text.partition(" ")
        measured = head and entity.label in NAME_LABELS and _measure_in_signs(last)
        two = last and entity.label == "QT" and _measure_in_signs(head) and last[:1].isdigit() and HANGUL_UNIT.search(last)  # not 1m 80㎝
        if not (measured or two):
            found.append(entity)
            continue
        found += [cut_to(entity, entity.start, head), replace(cut_to(entity, entity.end - len(last), last), label="QT", role=None)]
    return found


def _measure_in_signs(word: str) -> bool:
    """``231㎜``, ``10km``: a number and a unit glued to it in signs or Latin letters, nothing after."""
    number = LEADING_NUMBER.match(word)
    return number is not None and (unit := _glued_unit().match(word, number.end())) is not None and unit.end() == len(word)


def _duration_without_tail(entity: Entity) -> Entity:
    """``5일 동안`` -> 5일, ``30분간`` -> 30분, ``2시간 동안`` -> 2시간: a duration ends at its unit (the 간 of 시간 is the unit's)."""
    cues = entity_cues()
    unit_ending = entity.text.endswith(cues.hour_unit)
    tail = next((t for t in cues.duration_tails if entity.text.endswith(t) and len(entity.text) > len(t)
                 and not (unit_ending and cues.hour_unit.endswith(t))), None)
    return cut_to(entity, entity.start, entity.text[: -len(tail)]) if tail else entity


def _hours_without_tail(entity: Entity) -> Entity:
    """``2시간 동안`` -> 2시간, ``30분간`` -> 30분: a time's duration without its tail, where a number or the unit of hours is
    left (not the 간 of ``야간``, night)."""
    cut = _duration_without_tail(entity)
    kept = cut is not entity and (any(c.isdigit() for c in cut.text) or cut.text.endswith(entity_cues().hour_unit))
    return cut if kept else entity


def _weeks_of_a_duration(entity: Entity, text: str) -> bool:
    """``8주 만에``, ``2주 동안``: a number of weeks before a duration's tail, a date's span (not ``100주``, shares)."""
    cues = entity_cues()
    number = entity.text.rstrip("".join(cues.week_units))
    return entity.text.endswith(cues.week_units) and number[-1:].isdigit() and text.startswith(cues.duration_tails, entity.end)


def _years(entity: Entity) -> bool:
    """``46억 년 전``, ``7000만 년``: a number of years, before a duration's tail or not."""
    cues = entity_cues()
    tail = next((t for t in cues.duration_tails if entity.text.endswith(t) and len(entity.text) > len(t)), "")
    span = entity.text[: len(entity.text) - len(tail)].rstrip()
    return bool(cues.years.search(span)) and any(map(str.isdigit, span))


def _fraction(entity: Entity, text: str) -> Entity | None:
    """``40분의 1``: a fraction the model read as minutes, as one quantity with its numerator."""
    joint = entity_cues().fraction_joint
    if not entity.text[:1].isdigit() or not text.startswith(joint, entity.end - 1):
        return None
    numerator = FRACTION_NUMERATOR.match(text, entity.end - 1 + len(joint))
    return None if numerator is None else replace(cut_to(entity, entity.start, text[entity.start : numerator.end()]), label="QT")


def _time_in_full(entity: Entity, text: str) -> Entity:
    """A time with the approximator glued after it (``오후 3시께``, ``7시간 30분가량``), particles allowed after that (``2시께부터``,
    ``10분께에는``), and a duration with the approximator before it (``약 2시간``)."""
    cues = entity_cues()
    rest = WORD.match(text, entity.end).group()
    suffix = next((s for s in cues.time_approximators if rest.startswith(s) and _particles_only(rest[len(s) :])), "")
    start = entity.start
    lead = next((lead for lead in cues.quantity_leads if text[max(0, start - len(lead) - 1) : start] == lead + " "), None)
    if lead is not None and entity.text[:1].isdigit() and (start - len(lead) - 1 == 0 or not text[start - len(lead) - 2].isalnum()):
        start -= len(lead) + 1
    end = entity.end + len(suffix)
    return entity if (start, end) == (entity.start, entity.end) else cut_to(entity, start, text[start:end])


def _particles_only(rest: str) -> bool:
    """Whether ``rest`` is nothing or particles only, at most two of them (``부터``, ``에는``)."""
    for _ in range(2):
        rest = next((rest[len(p) :] for p in _time_particles() if rest.startswith(p)), rest)
    return not rest


@functools.cache
def _time_particles() -> tuple[str, ...]:
    """The case particles and the particles of time, longest first."""
    return tuple(sorted((*grammar().particles, *entity_cues().time_particles), key=len, reverse=True))


def dates_together(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A date and the month or day after it are one date (``올해 1월``, ``지난해 12월 31일``), as the
    guideline writes ``2023년 5월``: the model sometimes reads them apart. A day and another date word
    after it stay two (``지난 11일 연말``, ``4~5일 이틀``). A date takes 오는/지난 before its number (``오는 29~30일``),
    and the lead alone is no date (``지난 대선``)."""
    found: list[Entity] = []
    leads = entity_cues().date_leads
    for entity in _measures_apart(entities):
        if entity.label == "DT" and entity.text in leads:
            continue  # 지난 | 대선: the lead alone dates nothing
        before = found[-1] if found else None
        if before is not None and before.label == entity.label == "DT" and text[before.end : entity.start] == " " \
                and entity.text[0].isdigit() and not before.text.endswith(entity_cues().date_day):
            found[-1] = cut_to(before, before.start, text[before.start : entity.end])
            continue
        lead = next((lead for lead in sorted(leads) if entity.label == "DT" and entity.text[:1].isdigit()
                     and text[max(0, entity.start - len(lead) - 1) : entity.start] == lead + " "), None)
        if lead is not None and (entity.start - len(lead) - 1 == 0 or not text[entity.start - len(lead) - 2].isalnum()):
            entity = cut_to(entity, entity.start - len(lead) - 1, text[entity.start - len(lead) - 1 : entity.end])  # 오는 | 29~30일
        found.append(entity)
    return found


def _measures_apart(entities: Sequence[Entity]) -> list[Entity]:
    """A date with a decimal measure after it, read as one date (``2024년 26.3도``), is the date and a quantity."""
    found = []
    for entity in entities:
        measure = MEASURE_AFTER_DATE.search(entity.text) if entity.label == "DT" else None
        if measure is None or measure.group().endswith(entity_cues().decimal_date_units):  # 2024년 1.4분기: a quarter, a date
            found.append(entity)
            continue
        found += [cut_to(entity, entity.start, entity.text[: measure.start()]),
                  replace(cut_to(entity, entity.start + measure.start() + 1, entity.text[measure.start() + 1 :]), label="QT")]
    return found


def _quantity_in_full(entity: Entity, text: str) -> Entity:
    """A quantity with the unit glued to it in Latin letters or signs (``300만TEU``, ``20㎡``), an
    approximation before or after it (``약 30m``, ``100m가량``) and a range suffix (``3000명대``, ``30위권``)."""
    cues = entity_cues()
    end = entity.end
    if entity.text[-1].isdigit() or not entity.text[-1].isascii() or entity.text.endswith("/") or text.startswith("/", end):
        unit = _glued_unit().match(text, end)  # also the unit per another after one read (400Wh | /㎏, 1A/ | ㎠)
        end = unit.end() if unit else end
    elif entity.text.endswith(PERCENT):
        end += next((len(t) for t in cues.percent_point_tails if text.startswith(t, end) and not _latin_letter(text[end + len(t) : end + len(t) + 1])), 0)  # 1%포인트, 1.2%p
    rest = WORD.match(text, end).group()
    suffix = next((s for s in _quantity_tails() if rest.startswith(s) and rest[len(s) :] in ("", *grammar().particles)), "")
    end += len(suffix)
    if BARE_NUMBER.fullmatch(text[entity.start : end]):
        return entity  # no unit: no quantity, with or without 약
    start = entity.start
    units = [lead for lead, endings in cues.unit_leads.items() if text[entity.start : end].endswith(tuple(endings)) and entity.text[:1].isdigit()]
    for lead in (*cues.quantity_leads, *units):  # 영하 15도, 만 24세; not 홍보 영상 | 3편
        at = entity.start - len(lead) - 1
        if at >= 0 and text[at : entity.start] == lead + " " and (at == 0 or not text[at - 1].isalnum()):
            start = at
    return entity if (start, end) == (entity.start, entity.end) else cut_to(entity, start, text[start:end])


def _latin_letter(character: str) -> bool:
    return character.isascii() and character.isalpha()


@functools.cache
def _quantity_tails() -> list[str]:
    """Approximators and range suffixes after a quantity, longest first (가량, 대, 권)."""
    cues = entity_cues()
    return sorted({*cues.approximators, *cues.quantity_suffixes}, key=lambda s: (-len(s), s))


@functools.cache
def _glued_unit() -> re.Pattern[str]:
    """A unit written in Latin letters (``entities.toml`` ``glued_units``) or a squared sign, maybe per another,
    not followed by another Latin letter: 300만TEU, 20㎡, 10㎍/㎥; not the G of 5G."""
    units = sorted(entity_cues().glued_units, key=len, reverse=True)
    unit = f"(?:{'|'.join(map(re.escape, units))}|{SQUARED_UNIT.pattern})"
    per = f"(?:{unit}|{'|'.join(map(re.escape, entity_cues().rate_units))})"  # 3km/h, 20m/s: per hour, per second
    # a power's sign goes with its unit (200kg/cm², 2.5g/cm³), and a unit runs into no letter or digit (not the G of 5G)
    return re.compile(f"(?:{unit}(?:/{per})?|/{per})[²³]?(?![A-Za-z0-9])")


def _no_quantity(entity: Entity, text: str) -> bool:
    glued = entity.start > 0 and text[entity.start - 1].isalpha() and entity.text[:1].isdigit()
    digits = any(character.isdigit() for character in entity.text)
    instance = entity.text[:1].isdigit() and entity.text.lstrip("0123456789·") == entity_cues().court_instance  # 1심, 1·2심: a court's instance
    return glued or instance or BARE_NUMBER.fullmatch(entity.text) is not None or not digits and " " not in entity.text


def dates_at_word_ends(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """``올해 12월 쇄|빙연구선을`` -> ``올해 12월``: a date or time the model ran into the first syllables of the next
    word ends before that word, when the word has no digit and goes on past the span in more than a particle, a
    suffix, an ending, a duration's tail or an approximator (``5월 말|까지``, ``두 시간|씩``, ``두 달|만에`` end where the span
    does)."""
    by_start = {m.start: m for m in morphemes}
    cues = entity_cues()
    tails = (*cues.duration_tails, *cues.time_approximators, *cues.quantity_suffixes)  # 두 달|만에, 2월 초|쯤
    found = []
    for entity in entities:
        head, _, last = entity.text.rpartition(" ")
        following = by_start.get(entity.end)
        cut = entity.label in ("DT", "TI") and head and not any(character.isdigit() for character in last) \
            and following is not None and text[entity.end - 1 : entity.end].isalpha() \
            and (not following.tag.startswith(WORD_ENDING_TAGS) or following.form in list_cues().middle_dots and last not in cues.date_part_words) \
            and not text.startswith(tails, entity.end)
        found.append(cut_to(entity, entity.start, head) if cut else entity)
    return found

