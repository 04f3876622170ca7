"""Whether words in double marks reproduce what someone said: followed by a quotative, shaped like a
statement, or named as a remark or an answer by the words after them."""

from __future__ import annotations

from pipeline.lexicon import grammar, list_cues, name_like, quote_cues

OWNER_WORDS = 4  # "…"라는 | 한도윤 가람전자 대표의 | 신년사를, 공항 인근의 한 주민의 | 말이: the words that may name whose remark it is


def is_speech(text: str, open_mark: int, close_mark: int) -> bool:
    """Whether a quoted span reproduces words: followed by a quotative, or shaped like a statement."""
    content = text[open_mark + 1 : close_mark].strip()
    if len(content) < 2:
        return False
    after = text[close_mark + 1 : close_mark + 8]
    if after.startswith(quote_cues().followers_longest_first):
        return True
    statement = content.endswith(quote_cues().statement_endings) and " " in content
    return statement and not after[:1].isalnum() or statement and after.startswith(quote_cues().statement_modifiers) \
        or " " in content and (_named_as_a_statement(text, close_mark + 1) or _answered_question(text, content, close_mark + 1)
                               or _owned_remark(text, close_mark + 1))


def _owned_remark(text: str, after_mark: int) -> bool:
    """``"…내년 종자값 갚을 일이 걱정"이라는 게 이씨의 말이다``: words a remark of someone's is said to be, though no
    sentence's ending closes them (``"…"는 게 도해람씨의 설명이다``)."""
    cues = quote_cues()
    modifier = next((m for m in sorted(cues.statement_modifiers, key=len, reverse=True) if text.startswith(m + " ", after_mark)), None)
    if modifier is None:
        return False
    words = text[after_mark + len(modifier) + 1 :].split(maxsplit=3)[:3]
    if len(words) < 3 or words[0] not in cues.quoted_remark_fillers or not words[1].endswith(list_cues().possessive):
        return False
    remark = words[2].rstrip(".")
    return any(remark == noun + copula for noun in cues.statement_nouns for copula in grammar().copula)  # 말이다, 설명이다


def _answered_question(text: str, content: str, after_mark: int) -> bool:
    """``"…어디로 가라는 거냐"는 답이 돌아왔다``: a question given as the answer, words someone said; not one that
    only has none (``"…왜 일하느냐"는 답 없는 질문``)."""
    cues = quote_cues()
    modifier = next((m for m in cues.statement_modifiers if text.startswith(m + " ", after_mark)), None)
    if modifier is None or not content.endswith(cues.answered_question_endings):
        return False
    word = text[after_mark + len(modifier) + 1 :].split(maxsplit=1)[:1]
    noun = next((n for n in sorted(cues.answer_nouns, key=len, reverse=True) if word and word[0].startswith(n)), None)
    return noun is not None and word[0][len(noun) :].rstrip(".,") in cues.answer_particles  # 답이, 답만; not 답 없는 질문


def _named_as_a_statement(text: str, after_mark: int) -> bool:
    """``"주민이 먼저"라는 | 말을 되풀이했다``: words a modifier names a remark or a stance (말, 발언, 입장) that someone
    utters, its object, maybe with its owner before it (``"…"라는 한도윤 대표의 | 신년사를 거론하며``), are said, though no ending of a sentence closes them; not a name (``"청년 도시"라는 비전``) nor a term
    (``"지방 소멸"이라는 말이 나온 지 오래다``)."""
    cues = quote_cues()
    modifier = next((m for m in cues.naming_modifiers if text.startswith(m, after_mark)), None)
    if modifier is None or text[after_mark + len(modifier) : after_mark + len(modifier) + 1] != " ":
        return False
    words = [w.rstrip(".,") for w in text[after_mark + len(modifier) + 1 :].split(maxsplit=OWNER_WORDS + 1)[: OWNER_WORDS + 1]]
    at = next((i for i, w in enumerate(words) if grammar().without_particle(w) in cues.statement_nouns), None)
    possessive = list_cues().possessive
    if at is None or at > 0 and not (len(words[at - 1]) > 1 and words[at - 1].endswith(possessive)):
        return False
    bare = grammar().without_particle(words[at])  # 말을 되풀이했다; not 말이 나온 지 오래다, a term; but 한도윤 대표의 | 신년사를,
    if words[at][len(bare) :] in cues.object_particles:
        return True
    owner = words[at - 1].removesuffix(possessive) if at > 0 else ""  # and a speaker's remark whatever its particle: 한 주민의 | 말이 맴돈다,
    phrase = all(grammar().without_particle(w) == w or w.endswith(possessive) for w in words[: at - 1])  # not 현실 앞에서 정부의 답은
    return bool(owner) and phrase and (cues.names_speakers(owner) or name_like(owner) or owner in cues.reflexives)
