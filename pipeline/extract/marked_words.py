"""What words in marks are: whether single marks quote speech, and when words in either marks were said by nobody (a
label, a thought, a term that characterises something).

Single marks (``‘…’``) set titles, slogans and terms far more often than words; they quote speech only with a quotative
and a verb of saying after them, or as a headline's statement after its speaker.
"""

from __future__ import annotations

import bisect
import itertools

from pipeline.extract.marks import Marked
from pipeline.extract.saying_verbs import idiom_of_saying, noun_phrase_in_marks
from pipeline.extract.speakers import SpeakerFinder
from pipeline.language.text_words import text_word_start
from pipeline.lexicon import list_cues, quote_cues
from pipeline.record import Morpheme

FIRST_VERB_REACH = 8  # morphemes after a closing mark where its quotative's verb stands
SAYING_REACH = 7  # morphemes after a closing mark that name a saying: 이 | 라는 | 속담 | 이 | 있 | 다
SENTENCE_END_TAGS = ("EF", "SF")
GIST_VERB_REACH = 16  # ‘…’는 취지로 | 나래구청에 대한 전면 감사를 촉구했다: past the gist's noun and the verb's object
OBJECT_TAG = "JKO"  # 을, 를
PAST_TAG, ADNOMINAL_TAG = "EP", "ETM"  # 었; 열리 + ㄴ | 회견
TERM_VERB_REACH = 14  # morphemes after the marks where the verb they go with stands: 이라고 | 국회 에서 열리 ㄴ 회견 에서 말하
THOUGHT_REACH = 6  # morphemes after a closing mark that hold a verb of thinking right after it, and its ending: 라고 | 생각 + 하 + ㄴ다고
QUOTATIVE_TAG = "JKQ"  # kiwipiepy's quotative particle: 라고, 고
OPENING_MARK_TAG = "SSO"  # kiwipiepy's opening mark


def single_is_speech(text: str, marked: Marked, finder: SpeakerFinder) -> bool:
    """Single marks quote words only with a quotative after them (``‘…’라고 말했다``) or as a
    headline's statement after its speaker (``김 지사 ‘…’``, also in headlinese when the headline closes on it:
    ``…가람시 ‘연말까지 개통’``, ``…변호인 ‘항소하겠다’``); titles and terms (``‘안보행보’``) are not."""
    content = text[marked.open + 1 : marked.close].strip()
    paragraph = finder.article.paragraph_at(marked.open)
    rest = text[marked.close + 1 : paragraph.end].strip()  # the headline ends with it, or its part: 시장 ‘…’ vs 시의원 ‘…’
    closes = paragraph.is_headline and (not rest or rest.startswith(tuple(c + " " for c in quote_cues().headline_contrasts)))
    if len(content) < 2 or " " not in content:  # one word: a term, unless a headline closes on it as a statement
        return closes and content.endswith(quote_cues().statement_endings) and finder.headline_quote(marked.open, marked.close, named_only=True)
    after = text[marked.close + 1 : marked.close + 8]
    if after.startswith(quote_cues().followers_longest_first):
        return not names_a_thing(finder, marked.close) and not _characterising_term(finder, marked.open, marked.close)
    statement = content.endswith(quote_cues().statement_endings) and not _ends_in_noun(finder, marked.close)  # not 평가, 국가
    if statement and after.startswith(tuple(quote_cues().gist_followers)):  # ‘…따른다’는 취지로 반발했다
        return _first_verb(finder, marked.close, GIST_VERB_REACH, past_modifiers=True) in quote_cues().speech_verbs
    if closes and not (statement or content.endswith(quote_cues().headline_statement_endings)):  # ‘연말까지 개통’: a speaker's
        return finder.headline_quote(marked.open, marked.close, named_only=True, worded=not _ends_in_noun(finder, marked.close))  # not 출근길 ‘발 동동’
    headline_statement = statement or content.endswith(quote_cues().headline_statement_endings)  # ‘근본 해법 아냐’
    return headline_statement and paragraph.is_headline and finder.headline_quote(marked.open, marked.close)


def _ends_in_noun(finder: SpeakerFinder, close_mark: int) -> bool:
    """Whether the marks close on a noun (``'지역문화 대표 브랜드 평가'``), a title's last word, not a sentence's ending that
    shares its syllable (가, 다)."""
    index = bisect.bisect_left(finder.morpheme_starts, close_mark) - 1
    return index >= 0 and finder.morphemes[index].end == close_mark and finder.morphemes[index].tag.startswith("NN")


def names_a_thing(finder: SpeakerFinder, close_mark: int) -> bool:
    """``‘…’라고 이력서에 기재했다``, ``‘…’라고 부른다``: the first verb after the quotative records or names,
    so the marks label a thing; nobody said the words. So does a verb of writing in the form that modifies the
    thing written on (``‘…’라고 적은 팻말``, ``‘…’라고 쓴 현수막``)."""
    verb = _first_verb(finder, close_mark)
    return verb in quote_cues().naming_verbs or verb in quote_cues().writing_verbs and _modifies_a_noun(finder, close_mark)


def _characterising_term(finder: SpeakerFinder, open_mark: int, close_mark: int) -> bool:
    """Single marks that close on a noun phrase before their quotative set the term a sentence characterises something
    with, not words said: what an object is called (``이 일을 ‘명백한 사기’라고 분명히 했다``), or before a verb that is
    no verb of saying (``‘가람 시즌 2’라며 공세를 폈다``, ``‘정당한 해임’이라고 판단했다``); but ``‘매우 만족’이라고
    응답했다`` answers, and a subject makes the words a sentence said (``‘그게 바로 정치’라고``)."""
    if not noun_phrase_in_marks(finder.morphemes, finder.morpheme_starts, open_mark, close_mark):
        return False
    opening = bisect.bisect_left(finder.morpheme_starts, open_mark)
    if opening > 0 and finder.morphemes[opening - 1].tag == OBJECT_TAG:
        return True
    verb = _verb_said_with(finder, close_mark)
    return verb is not None and verb not in quote_cues().speech_verbs


def _verb_said_with(finder: SpeakerFinder, close_mark: int) -> str | None:
    """The stem of the verb the words in marks go with: the first after them that neither modifies a noun (``…열린 회견에서 |
    말했다``) nor tells how they were said (``웃으며 | 말했다``); a verb that reports in turn (``…노력하겠다고 말했다``) says,
    and before another quote opens or past the reach nobody can tell (None)."""
    first = bisect.bisect_left(finder.morpheme_starts, close_mark)
    morphemes = _before_next_quote(finder.morphemes[first : first + TERM_VERB_REACH])
    for at, (morpheme, after) in enumerate(zip(morphemes, morphemes[1:])):
        if not (morpheme.tag.split("-")[0] == "VV" or morpheme.tag == "NNG" and after.tag == "XSV"):
            continue
        stem = morpheme.form + (after.form if morpheme.tag == "NNG" else "")
        ending = next((m for m in morphemes[at + 1 :] if m.tag.startswith("E") and m.tag != PAST_TAG), None)
        if ending is None:
            return None
        if ending.form.endswith(quote_cues().quotative_endings) or idiom_of_saying(finder.text, text_word_start(finder.text, morpheme.start), stem):
            return quote_cues().saying_light_verb  # …노력하겠다고 | 말했다: a report of its own, said; 목소리를 높였다: an idiom
        if stem in quote_cues().speech_verbs or ending.tag != ADNOMINAL_TAG and stem not in quote_cues().manner_verbs:
            return stem  # also a verb of saying that modifies its speaker: ‘…’라고 주장한 | 누리꾼
    return None


def _modifies_a_noun(finder: SpeakerFinder, close_mark: int) -> bool:
    """Whether the first verb after the closing mark is in its adnominal form before a noun (적 + 은 | 팻말)."""
    first = bisect.bisect_left(finder.morpheme_starts, close_mark)
    morphemes = _before_next_quote(finder.morphemes[first : first + FIRST_VERB_REACH + 2])
    return any(m.tag.startswith("VV") and after.tag == "ETM" and noun.tag.startswith("NN")
               for m, after, noun in zip(morphemes, morphemes[1:], morphemes[2:]))


def thought(finder: SpeakerFinder, close_mark: int) -> bool:
    """``"…"라고 생각했다``, ``"…"고 마음먹었다``, ``"…" 싶었다``: words the marks set before a verb of thinking, right after
    the quotative or the mark, are a thought; nobody said them."""
    first = bisect.bisect_left(finder.morpheme_starts, close_mark + 1)
    following = finder.morphemes[first : first + THOUGHT_REACH]
    if following and following[0].tag == QUOTATIVE_TAG:
        following = following[1:]  # 라고 | 생각했다
    stem = "".join(m.form for m in following[:2] if m.tag.startswith(("VV", "VX", "NNG", "XSV")))
    reported = any(m.tag == "EC" and m.form.endswith(tuple(quote_cues().reporting_endings)) for m in following[1:])  # 생각한다고 말했다
    return bool(following) and any(stem.startswith(verb) for verb in quote_cues().thought_verbs) and not reported


def a_saying(finder: SpeakerFinder, open_mark: int, close_mark: int) -> bool:
    """``"…"는 말이 있다``, ``"…"라는 속담처럼``: words the marks name as a saying (a noun of sayings right after the quote's
    adnominal, then 있다 or a particle of likeness) are nobody's words, whatever their ending; not words someone's genitive
    owns (``한도윤 군수의 "…"는 말처럼``) nor words a record holds (``녹취록에는 "…"는 말이 있다``)."""
    word_end = open_mark
    while word_end > 0 and finder.text[word_end - 1].isspace():
        word_end -= 1
    word = finder.text[max(finder.text.rfind(" ", 0, word_end), finder.text.rfind("\n", 0, word_end)) + 1 : word_end]  # the word before the quote
    recorded = next((p for p in sorted(quote_cues().record_particles, key=len, reverse=True) if word.endswith(p) and len(word) > len(p)), None)
    if word.endswith(list_cues().possessive) or recorded and word[: -len(recorded)] not in quote_cues().saying_nouns:
        return False
    first = bisect.bisect_left(finder.morpheme_starts, close_mark + 1)
    following = finder.morphemes[first : first + SAYING_REACH]
    if following and following[0].tag == "VCP":
        following = following[1:]  # 이 | 라는 속담
    if len(following) < 3 or following[0].tag != ADNOMINAL_TAG or following[1].form not in quote_cues().saying_nouns:
        return False
    after = following[2:5]
    if after[0].form in quote_cues().likeness_particles:
        return True
    verb = next((i for i, m in enumerate(after) if m.form in quote_cues().existence_verbs and m.tag.startswith("VV")), None)
    ending = after[verb + 1] if verb is not None and verb + 1 < len(after) else None  # 있다. | 있듯이; not 있다고 하자: reported
    return ending is not None and (ending.tag == "EF" or ending.form in quote_cues().likeness_endings)


def _first_verb(finder: SpeakerFinder, close_mark: int, reach: int = FIRST_VERB_REACH, past_modifiers: bool = False) -> str | None:
    """The stem of the first verb after a closing mark (kiwipiepy's form: 기재하, 반발하, 부르), if near, and before
    another quote opens (``"…"며 | "우리가 쓸 수 있는 …"``: that quote's words); with ``past_modifiers``, past the verbs
    that only stand for a postposition (``‘…’는 취지로 구청에 대한 | 감사를 촉구했다``; not ``취지로 도입된 제도``), within the sentence."""
    first = bisect.bisect_left(finder.morpheme_starts, close_mark)
    morphemes = _before_next_quote(finder.morphemes[first : first + reach])
    if past_modifiers:
        morphemes = list(itertools.takewhile(lambda m: m.tag not in SENTENCE_END_TAGS, morphemes))
    for morpheme, after in zip(morphemes, morphemes[1:]):
        verb = morpheme.tag.split("-")[0] == "VV" or morpheme.tag == "NNG" and after.tag == "XSV"  # VV-I: 묻다
        if verb and past_modifiers and after.tag == ADNOMINAL_TAG and morpheme.form in quote_cues().postposition_verbs:
            continue
        if verb:
            return morpheme.form + (after.form if morpheme.tag == "NNG" else "")
    return None


def _before_next_quote(morphemes: list[Morpheme]) -> list[Morpheme]:
    """``morphemes`` up to the opening mark of another quote."""
    return list(itertools.takewhile(lambda m: m.tag != OPENING_MARK_TAG, morphemes))
