"""segment: kiwipiepy sentences and morphemes, analysed once and kept on the record.

Sentences are quote-aware (kiwipiepy keeps ``"…했다. …하겠다"고 말했다.`` in one sentence) and
never cross a paragraph. Later stages read ``article.morphemes`` instead of re-analysing.
"""

from __future__ import annotations

from pipeline.nlp import kiwi
from pipeline.record import Article, Morpheme, Sentence


def segment(article: Article) -> Article:
    """Fill ``sentences`` and ``morphemes`` (offsets into ``article.text``).

    ``'김 지사는 "좋다"고 말했다.'`` -> one sentence; morphemes 김/NNP … 했/XSV+EP … ./SF.
    """
    texts = [article.paragraph_text(p) for p in article.paragraphs]
    article.sentences = []
    article.morphemes = []
    for paragraph_index, (paragraph, sentences) in enumerate(
        zip(article.paragraphs, kiwi().split_into_sents(texts, return_tokens=True))
    ):
        offset = paragraph.start
        for sentence in sentences:
            sentence_index = len(article.sentences)
            article.sentences.append(Sentence(offset + sentence.start, offset + sentence.end, paragraph_index))
            article.morphemes.extend(
                Morpheme(token.form, token.tag, offset + token.start, offset + token.end, sentence_index)
                for token in sentence.tokens
            )
    return article
