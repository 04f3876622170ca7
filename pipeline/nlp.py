"""The process-wide analysers: one Kiwi, loaded on first use and reused by every stage."""

from __future__ import annotations

import functools

from kiwipiepy import Kiwi


@functools.cache
def kiwi() -> Kiwi:
    # One thread per Kiwi: parallelism comes from worker processes, one Kiwi each.
    return Kiwi(num_workers=1)
