"""Reading inputs and writing outputs: files and records in, JSON lines out, nothing analysed here.

- :mod:`~pipeline.io.reader`: ``.txt`` files, JSONL records, directories and standard input, as
  articles in input order (or error records for what cannot be read);
- :mod:`~pipeline.io.writer`: JSONL written line by line to a partial file and renamed when done, so
  a crash never leaves a half-written output and a run can resume.
"""
