"""The statistical NER model: training it from KLUE-NER and scoring it on KLUE sentences.

``kornews train-ner`` and ``kornews ner-eval`` use :mod:`~pipeline.training.ner`. Runs of the pipeline
only load the trained model (:mod:`pipeline.language.analysers`); no worker imports this package.
"""
