"""Korean language analysis: kiwipiepy, spaCy documents over its morphemes, the NER model and the rules.

- :mod:`~pipeline.language.analysers`: the one Kiwi and the one spaCy entity pipeline of a process,
  loaded lazily and reused by every stage;
- :mod:`~pipeline.language.kiwi_doc`: a spaCy ``Doc`` built from kiwipiepy morphemes, no re-analysis;
- :mod:`~pipeline.language.entity_rules`: the rule components (patterns, gazetteers, titles), with
  :mod:`~pipeline.language.span_rules` (rules over a sentence's words) and
  :mod:`~pipeline.language.matching` (a faster ``Matcher``);
- :mod:`~pipeline.language.canonical`: canonical names (김 지사 -> 김동연) and stated roles.

Words and cues come from :mod:`pipeline.lexicon`; nothing here reads or writes records' files.
"""
