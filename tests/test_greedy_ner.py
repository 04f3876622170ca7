"""The numpy decoding of the NER model finds, token for token, what spaCy's own loop finds."""

from __future__ import annotations

import numpy
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span

from pipeline.language.analysers import DecodedEntities, entity_pipeline, kiwi
from pipeline.language.greedy_ner import NO_LABEL, ActionTable, class_names, decodable, decode
from pipeline.language.kiwi_doc import make_doc

SENTENCES = [
    "박서윤 청주시장은 7일 오전 10시 상당구청에서 열린 간담회에서 2천억 원 규모의 예산안을 설명했다.",
    "한결전자와 미래바이오는 지난달 세종시 조치원읍에 연구소를 열었다.",
    "충북도의회  교육위원회는\n오는 21일까지 세 차례 회의를 연다.",  # runs of spaces and a line break: space tokens
    "그는 웃었다.",
    "",
    "서울특별시 강남구 역삼동에서 2024년 3월 5일부터 닷새 동안 열리는 박람회에 120여 개 기업이 참가한다고 주최 측인 한국무역협회 관계자가 밝혔다.",
]


def cued_docs(texts: list[str]) -> list[Doc]:
    nlp = entity_pipeline("model+rules")
    docs = [make_doc(nlp.vocab, text, kiwi().tokenize(text)) for text in texts]
    with nlp.select_pipes(enable=["kornews_token_cues"]):
        return list(nlp.pipe(docs))


def spacy_entities(docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
    ner = entity_pipeline("model+rules").get_pipe("ner")
    copies = [doc.copy() for doc in docs]
    EntityRecognizer.set_annotations(ner, copies, EntityRecognizer.predict(ner, copies))
    return [[(span.start, span.end, span.label_) for span in doc.ents] for doc in copies]


def test_numpy_decoding_finds_what_spacys_loop_finds():
    ner = entity_pipeline("model+rules").get_pipe("ner")
    docs = cued_docs(SENTENCES)
    found = decode(ner.model, ActionTable.of(class_names(ner.moves)), docs)
    assert found == spacy_entities(docs)
    assert any(end - start > 1 for spans in found for start, end, _ in spans)  # entities of several tokens were decoded
    assert found[4] == [] and len({label for spans in found for *_, label in spans}) >= 3


def test_the_recognizer_decodes_in_numpy_and_writes_every_other_token_as_outside():
    ner = entity_pipeline("model+rules").get_pipe("ner")
    docs = cued_docs(SENTENCES[:2])
    decoded = ner.predict(docs)
    assert isinstance(decoded, DecodedEntities)
    ner.set_annotations(docs, decoded)
    assert [[(s.start, s.end, s.label_) for s in doc.ents] for doc in docs] == spacy_entities(cued_docs(SENTENCES[:2]))
    assert all(token.ent_iob_ in ("B", "I", "O") for doc in docs for token in doc)


def test_docs_with_entities_preset_go_to_spacys_loop():
    ner = entity_pipeline("model+rules").get_pipe("ner")
    doc = cued_docs(SENTENCES[:1])[0]
    doc.set_ents([Span(doc, 0, 1, label="PS")], default="unmodified")
    states = ner.predict([doc])
    assert not isinstance(states, DecodedEntities)
    ner.set_annotations([doc], states)
    assert (doc.ents[0].start, doc.ents[0].label_) == (0, "PS")


def test_valid_moves_at_the_last_token():
    """An open entity can only end on the last token; with none open, a unit entity or O."""
    table = ActionTable.of(("B-PS", "B-LC", "I-PS", "I-LC", "L-PS", "L-LC", "U-PS", "U-LC", "U-", "O"))
    ps = table.label_names.index("PS")
    valid = table.valid(numpy.array([ps, NO_LABEL]), numpy.array([False, False]), numpy.array([False, False]))
    assert [table.class_name(i) for i in numpy.flatnonzero(valid[0])] == ["L-PS"]
    assert [table.class_name(i) for i in numpy.flatnonzero(valid[1])] == ["U-PS", "U-LC", "O"]


def test_no_entity_starts_on_whitespace_or_runs_into_the_next_sentence():
    table = ActionTable.of(("B-PS", "I-PS", "L-PS", "U-PS", "O"))
    ps = table.label_names.index("PS")
    closed, going_on = numpy.array([NO_LABEL]), numpy.array([True])
    assert [table.class_name(i) for i in numpy.flatnonzero(table.valid(closed, going_on, numpy.array([False]))[0])] == ["B-PS", "U-PS", "O"]
    assert [table.class_name(i) for i in numpy.flatnonzero(table.valid(closed, going_on, numpy.array([True]))[0])] == ["O"]
    at_a_sentence_end = table.valid(numpy.array([ps]), numpy.array([False]), numpy.array([False]))[0]
    assert [table.class_name(i) for i in numpy.flatnonzero(at_a_sentence_end)] == ["L-PS"]


def test_the_shipped_model_is_decodable_and_a_model_of_other_features_is_not():
    assert decodable(entity_pipeline("model+rules").get_pipe("ner").model)

    class Lower:
        def get_dim(self, name: str) -> int:
            return {"nF": 6}[name]  # extra_state_tokens: six state tokens

    class SixFeatures:
        attrs = {"has_upper": True}

        def get_ref(self, name: str) -> Lower:
            return Lower()

    assert not decodable(SixFeatures())
