"""The parts of the extractors that the stages call: small functions and finders over one record.

- :mod:`~pipeline.extract.speakers`: who said a quote (subject, title phrase, pronoun, carried);
- :mod:`~pipeline.extract.comma_lists`: ``A, B, C 등 8개 사항`` lists in a sentence;
- :mod:`~pipeline.extract.item_modifiers`: whether the modifier before a list's first item is the item's own;
- :mod:`~pipeline.extract.bullet_lists`: ``△A △B`` and one-item-per-line lists.

They read the record's text, morphemes and entities (never re-analysing) and the lexicon's cues,
and return spans; the stage modules put them on the record.
"""
