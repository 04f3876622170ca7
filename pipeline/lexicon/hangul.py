"""Hangul syllables composed from their letters, for tables that name syllables by their sounds
(``entities.toml transliteration_syllables``)."""

from __future__ import annotations

# Unicode composes a Hangul syllable as 0xAC00 + (onset * 21 + vowel) * 28 + final.
HANGUL_BASE, VOWEL_COUNT, FINAL_COUNT = 0xAC00, 21, 28
HANGUL_ONSETS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
HANGUL_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
HANGUL_FINALS = "-ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"  # - : no final
ANY_JAMO = "*"


def hangul_syllables(onsets: str, vowels: str, finals: str) -> list[str]:
    """Every syllable of these onsets, vowels and finals (``*`` any): ``('ㅋ', '*', '*')`` -> 카, 칵, …, ``-`` no final."""
    def indices(jamo: str, alphabet: str) -> list[int]:
        return list(range(len(alphabet))) if jamo == ANY_JAMO else [alphabet.index(letter) for letter in jamo]
    return [chr(HANGUL_BASE + (onset * VOWEL_COUNT + vowel) * FINAL_COUNT + final)
            for onset in indices(onsets, HANGUL_ONSETS) for vowel in indices(vowels, HANGUL_VOWELS) for final in indices(finals, HANGUL_FINALS)]
