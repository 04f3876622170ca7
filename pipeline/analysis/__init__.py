"""For analysts in pandas and Jupyter: records as tidy DataFrames and articles rendered with displaCy.

- :mod:`~pipeline.analysis.frames`: one DataFrame per list of the record format, and of an evaluation;
- :mod:`~pipeline.analysis.display`: an article with its entities highlighted, and Hangul in plots.
"""
