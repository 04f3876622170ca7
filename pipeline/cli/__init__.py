"""The command line: ``kornews`` (:mod:`~pipeline.cli.app`) and what it prints (:mod:`~pipeline.cli.report`).

The top layer: it may import every other package, and nothing imports it.
"""
