"""Paragraphs: which were kept or removed as repeats (dedup), their roles, and the byline."""

from __future__ import annotations

from collections import Counter

from pipeline.evaluation.counts import Finding, Ratio, disagreement, short

CHROME = "boilerplate"  # the role of page chrome; every other role is part of the article


def paragraph_status(record: dict) -> dict[int, int | None]:
    """source_index -> None when kept, else the source_index it duplicates."""
    status: dict[int, int | None] = {p["source_index"]: None for p in record.get("paragraphs", [])}
    status.update({d["source_index"]: d["duplicate_of"] for d in record.get("duplicates", [])})
    return status


def score_dedup(gold: dict, predicted: dict, doc_id: str = "") -> tuple[Ratio, list[Finding]]:
    ratio, findings = Ratio(), []
    gold_status, predicted_status = paragraph_status(gold), paragraph_status(predicted)
    for index, expected in sorted(gold_status.items()):
        got = predicted_status.get(index, "absent")
        ratio.add(got == expected)
        if got != expected:
            describe = lambda s: "kept" if s is None else ("absent" if s == "absent" else f"duplicate of {s}")  # noqa: E731
            findings.append(Finding("dedup", doc_id, "wrong", f"source paragraph {index}", detail=f"gold {describe(expected)}, predicted {describe(got)}"))
    return ratio, findings


def score_roles(gold: dict, predicted: dict, doc_id: str = "") -> tuple[Ratio, Ratio, list[Finding]]:
    """Role accuracy over the gold's paragraphs, and the accuracy of telling the article from page chrome
    (``boilerplate`` against every other role)."""
    roles, chrome, findings = Ratio(), Ratio(), []
    predicted_roles = {p["source_index"]: p["role"] for p in predicted.get("paragraphs", [])}
    for paragraph in gold["paragraphs"]:
        got = predicted_roles.get(paragraph["source_index"])
        roles.add(got == paragraph["role"])
        chrome.add((got == CHROME) == (paragraph["role"] == CHROME) and got is not None)
        if got != paragraph["role"]:
            findings.append(Finding("roles", doc_id, "wrong", short(gold["text"][paragraph["start"] : paragraph["end"]]),
                                    paragraph["start"], paragraph["end"], f"gold {paragraph['role']}, predicted {got}"))
    return roles, chrome, findings


def role_confusions(gold: dict, predicted: dict) -> Counter:
    """(gold role, predicted role) -> how many paragraphs got that wrong role: which roles are taken
    for which, where the findings are not listed (a paragraph missing from the prediction has role None)."""
    predicted_roles = {p["source_index"]: p["role"] for p in predicted.get("paragraphs", [])}
    return Counter((p["role"], predicted_roles.get(p["source_index"])) for p in gold["paragraphs"]
                   if predicted_roles.get(p["source_index"]) != p["role"])


def score_extraction_in_chrome(gold: dict, predicted: dict, doc_id: str = "") -> tuple[Ratio, list[Finding]]:
    """The share of predicted quotes, lists and entities that lie outside the gold's page chrome: 1.0
    when nothing was extracted from chrome."""
    chrome = [(p["start"], p["end"]) for p in gold["paragraphs"] if p["role"] == CHROME]
    ratio, findings = Ratio(), []
    for task in ("quotes", "enumerations", "entities"):
        for item in predicted.get(task, []):
            start = item.get("start")
            inside = start is not None and any(a <= start < b for a, b in chrome)
            ratio.add(not inside)
            if inside:
                findings.append(Finding("roles", doc_id, f"{task} from chrome", short(gold["text"][start : item["end"]]), start, item["end"]))
    return ratio, findings


def byline_key(byline: dict | None) -> tuple | None:
    if not byline:
        return None
    return (tuple((r.get("name"), r.get("email")) for r in byline.get("reporters", [])), byline.get("publisher"))


def score_byline_parts(gold: dict, predicted: dict) -> dict[str, str | None]:
    """How each part of the byline disagrees with the gold (None: right), so that a wrong byline says where
    it goes wrong: the reporters with their e-mails, their names alone, the publisher."""
    expected, got = gold.get("byline") or {}, predicted.get("byline") or {}
    names = [tuple(r.get("name") for r in byline.get("reporters", [])) for byline in (expected, got)]
    reporters = [byline_key(byline)[0] if byline else () for byline in (expected, got)]
    return {"reporters": disagreement(*reporters), "names": disagreement(*names),
            "publisher": disagreement(expected.get("publisher"), got.get("publisher"))}


def score_byline(gold: dict, predicted: dict, doc_id: str = "") -> tuple[Ratio, list[Finding]]:
    expected, got = byline_key(gold.get("byline")), byline_key(predicted.get("byline"))
    ratio = Ratio()
    ratio.add(expected == got)
    findings = [] if expected == got else [Finding("byline", doc_id, "wrong", str(got), detail=f"gold {expected}")]
    return ratio, findings
