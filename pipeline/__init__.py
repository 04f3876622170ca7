"""kornews: scraped Korean regional news to structured, verified data.

The package is laid out by concern, each folder a layer that imports only the ones below it (checked
by import-linter in ``make test``):

- ``cli``: the ``kornews`` command line;
- ``batch`` (runs over many articles), ``training`` (the NER model), ``analysis`` (pandas, displaCy);
- ``stages``: the pipeline, one module per stage, in order;
- ``extract`` (speakers, lists) and ``io`` (reading inputs, writing outputs);
- ``language``: kiwipiepy, spaCy, the NER model and the entity rules;
- ``lexicon`` (every word list and cue, from ``data/``) and ``evaluation`` (scoring against gold);
- ``record``: the article record and its spans, which every layer shares.
"""

__version__ = "0.1.0"
