"""Names the rules know: the gazetteer, the local governments, surnames and news publishers.

- ``gazetteer.tsv``: names that are always the same entity (countries, ministries, parties, news
  media); one that is also a common word (인도, 선전) only where kiwipiepy tags a proper noun.
- ``local_governments.tsv``: the 17 metropolitan and 226 local governments with their short forms
  (충남 -> 충청남도).
- ``surnames.txt``: surnames, for names kiwipiepy splits (김경북 = 김 + 경북).
- ``publishers.tsv``: e-mail domains of news publishers (kyeongin.com -> 경인일보), and the region a
  regional publisher covers (경인일보 -> 경기도).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from pipeline.lexicon.files import LexiconError, read_list, read_tsv
from pipeline.lexicon.tables import entity_cues
from pipeline.record import ENTITY_LABELS

GOVERNMENT_KINDS = ("metropolitan", "local", "administrative")


@dataclass(frozen=True)
class Name:
    label: str
    canonical: str
    government: bool = False
    also: tuple[str, ...] = ()  # other labels the guideline accepts (a country acting: OG)
    proper_only: bool = False  # also a common word (인도, 선전): a name only where tagged a proper noun

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.label, *self.also)


# The level of a local government by the last syllable of its official name.
LOCAL_LEVELS = {"시": "city", "군": "county", "구": "district"}


@dataclass(frozen=True)
class Government:
    official: str
    kind: str
    parent: str | None
    short_forms: tuple[str, ...]

    @property
    def level(self) -> str:
        """metropolitan (a province or metropolitan city), city, county or district."""
        return "metropolitan" if self.kind == "metropolitan" else LOCAL_LEVELS[self.official[-1]]

    @property
    def region(self) -> str:
        """The metropolitan government it belongs to (itself for one)."""
        return self.parent or self.official


@functools.cache
def governments() -> tuple[Government, ...]:
    found = []
    for number, (official, kind, parent, short) in read_tsv("local_governments.tsv", columns=4, required=2):
        if kind not in GOVERNMENT_KINDS:
            raise LexiconError("local_governments.tsv", number, f"kind {kind!r} is not one of {', '.join(GOVERNMENT_KINDS)}")
        found.append(Government(official, kind, parent or None, _with_province_forms(official, kind, short.split("|"))))
    return tuple(found)


def _with_province_forms(official: str, kind: str, short_forms: list[str]) -> tuple[str, ...]:
    """A province's short forms, each also with the province suffix (충남 -> 충남도), as news writes them."""
    forms = [form for form in short_forms if form]
    suffix = entity_cues().province_suffix
    if kind == "metropolitan" and official.endswith(suffix):
        forms += [form + suffix for form in forms if not form.endswith(suffix) and form + suffix not in (official, *forms)]
    return tuple(forms)


@functools.cache
def known_names() -> dict[str, Name]:
    """Surface form -> entity, from the gazetteer and the local-government table (metropolitan wins)."""
    names: dict[str, Name] = {}
    for number, (text, label, canonical, also, proper) in read_tsv("gazetteer.tsv", columns=5, required=2):
        labels = [label, *filter(None, also.split("|"))]
        if any(each not in ENTITY_LABELS for each in labels):
            raise LexiconError("gazetteer.tsv", number, f"labels {labels} are not all KLUE labels ({' '.join(ENTITY_LABELS)})")
        if proper not in ("", "yes"):
            raise LexiconError("gazetteer.tsv", number, f"the proper column holds 'yes' or nothing, not {proper!r}")
        names[text] = Name(label, canonical or text, also=tuple(labels[1:]), proper_only=proper == "yes")
    # Local first, so a metropolitan short form (광주 = 광주광역시) wins over a local one (경기 광주시).
    for government in sorted(governments(), key=lambda g: g.kind == "metropolitan"):
        for form in (government.official, *government.short_forms):
            names[form] = Name("LC", government.official, government=True)
    return names


@functools.cache
def known_prefixes() -> frozenset[str]:
    """Every prefix of every known name, to stop looking at the first token that cannot start one."""
    return frozenset(name[:end] for name in known_names() for end in range(1, len(name) + 1))


def canonical_name(text: str) -> str | None:
    """The official form of a known name: ``충남`` -> ``충청남도``, ``충남도`` -> ``충청남도``, ``경기
    용인시`` -> ``용인시`` (a government named with its province); None for unknown names."""
    name = known_names().get(text)
    if name:
        return name.canonical
    region, _, place = text.partition(" ")
    parent, local = _government(region), _government(place)
    if parent is not None and local is not None and local.parent == parent.official and _unique(place):
        return local.official
    return None


def expanded_name(text: str) -> str | None:
    """An organisation's name with its words in full: a known short first word (``민주당 가람시당`` ->
    더불어민주당 가람시당), a province or metropolitan city's short form starting a word (``충남도의회`` ->
    충청남도의회), abbreviated endings (``전주지법 군산지원`` -> 전주지방법원 군산지원) and a body's short
    form after its organisation (``가람당 선대위`` -> 가람당 선거대책위원회);
    None when nothing is expanded."""
    words = text.split(" ")
    first = known_names().get(words[0])
    if len(words) > 1 and first is not None and not first.government:
        words[0] = first.canonical
    words[0] = _province_in_full(words[0])
    endings, short_forms = entity_cues().abbreviated_endings, entity_cues().body_short_forms
    for index, word in enumerate(words):
        short = next((e for e in endings if word.endswith(e) and len(word) > len(e)), None)
        words[index] = word[: -len(short)] + endings[short] if short else short_forms.get(word, word) if index else word
    expanded = " ".join(words)
    return expanded if expanded != text else None


def _province_in_full(word: str) -> str:
    """``충남도의회`` -> 충청남도의회: a metropolitan government's short form before a body's ending."""
    split = government_and_body(word)
    found = _governments_by_form().get(split[0], ()) if split else ()
    if split and len(found) == 1 and found[0].kind == "metropolitan" and split[0] != found[0].official:
        return found[0].official + split[1]
    return word


def government_and_body(word: str) -> tuple[str, str] | None:
    """``동구의회`` -> (동구, 의회): a government's name and the ending of one of its bodies
    (``government_body_endings``); a hall (청) only after the government's unit (``동구청``, ``부산시청``,
    ``충남도청``): ``서울청`` or ``충남청`` is a regional office of the state. None for other words."""
    cues = entity_cues()
    for end in range(len(word) - 1, 0, -1):
        government, body = word[:end], word[end:]
        if _governments_by_form().get(government):
            hall_ok = body != cues.government_hall or government.endswith(cues.administrative_units)
            return (government, body) if body in cues.government_body_endings and hall_ok else None
    return None


@functools.lru_cache(maxsize=65536)
def governments_named(text: str) -> tuple[Government, ...]:
    """Every government ``text`` may name: one for most (``순천`` -> 순천시), several for a name two or
    more share (``동구``, ``고성군``, ``광주시``: 광주광역시 or Gyeonggi's 광주시), one again when the
    text gives the province (``경기 광주시``, ``부산 동구``); empty for other names."""
    found = _governments_by_form().get(text)
    if found:
        return found
    region, _, place = text.partition(" ")
    parents = {g.official for g in _governments_by_form().get(region, ()) if g.kind == "metropolitan"}
    return tuple(g for g in _governments_by_form().get(place, ()) if g.parent in parents)


def _government(text: str) -> Government | None:
    found = _governments_by_form().get(text)
    return found[0] if found else None


def _unique(text: str) -> bool:
    """Whether only one government goes by ``text`` (not 동구, 서구, 고성군)."""
    return len(_governments_by_form().get(text, ())) == 1


@functools.cache
def _governments_by_form() -> dict[str, tuple[Government, ...]]:
    forms: dict[str, tuple[Government, ...]] = {}
    for government in governments():
        for form in (government.official, *government.short_forms):
            forms[form] = (*forms.get(form, ()), government)
    return forms


@functools.cache
def surnames() -> frozenset[str]:
    return frozenset(read_list("surnames.txt"))


@functools.cache
def hanja_surnames() -> dict[str, str]:
    """``{'尹': '윤', '李': '이', ...}`` from ``hanja_surnames.tsv``."""
    return {hanja: hangul for _, (hanja, hangul) in read_tsv("hanja_surnames.tsv", columns=2, required=2)}


def starts_with_surname(word: str) -> bool:
    """``김동연``, ``남궁민수``: the word's first one or two syllables are a surname."""
    return word[:1] in surnames() or word[:2] in surnames()


def name_like(word: str) -> bool:
    """A Korean person's name: two to four syllables opened by a surname (김동연, 남궁민수), none of them
    a transliterated name's (마이클)."""
    return 2 <= len(word) <= 4 and starts_with_surname(word) and not entity_cues().transliteration.search(word)


def names_a_body(word: str) -> bool:
    """``도의회``, ``시의회``: a syllable that may be a surname, then an institution's ending of two
    syllables or more. Such a word is a body, never a person's name."""
    return len(word) >= 3 and word[1:] in _institution_suffixes()


@functools.cache
def _institution_suffixes() -> frozenset[str]:
    """The institution suffixes as a set: :func:`names_a_body` is asked of most words opened by a surname,
    and a tuple of them is searched end to end."""
    return frozenset(entity_cues().institution_suffixes)


@functools.cache
def publishers_by_domain() -> dict[str, str]:
    """``{'kyeongin.com': '경인일보', ...}`` from ``publishers.tsv``."""
    return {domain.lower(): publisher for _, (domain, publisher, _) in read_tsv("publishers.tsv", columns=3, required=2)}


@functools.cache
def publisher_regions() -> dict[str, str]:
    """``{'경인일보': '경기도', ...}``: the metropolitan government a regional publisher covers."""
    metropolitan = {g.official for g in governments() if g.kind == "metropolitan"}
    regions = {}
    for number, (_, publisher, region) in read_tsv("publishers.tsv", columns=3, required=2):
        if region and region not in metropolitan:
            raise LexiconError("publishers.tsv", number, f"region {region!r} is not a metropolitan government of local_governments.tsv")
        if region:
            regions[publisher] = region
    return regions


def is_publisher(name: str) -> bool:
    """``데일리안``: an outlet ``publishers.tsv`` names."""
    return name in _publisher_names()


@functools.cache
def _publisher_names() -> frozenset[str]:
    return frozenset(publishers_by_domain().values())


def publisher_for_domain(domain: str) -> str | None:
    """``news.kyeongin.com`` -> ``경인일보``: the longest known suffix of the domain wins."""
    table = publishers_by_domain()
    labels = domain.lower().split(".")
    for i in range(len(labels) - 1):
        publisher = table.get(".".join(labels[i:]))
        if publisher:
            return publisher
    return None
