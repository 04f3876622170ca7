"""Run in a spawned worker process by tests/test_batch.py: which kornews modules a worker imports."""

from __future__ import annotations

import sys

from pipeline.batch.tasks import process_chunk
from pipeline.record import Article, Origin


def modules_after_a_chunk() -> list[str]:
    outcomes = process_chunk([Article(doc_id="probe", origin=Origin("<probe>"), raw="김동연 지사는 \"좋다\"고 말했다.")])
    assert not outcomes[0].failed, outcomes[0].line
    return sorted(name for name in sys.modules if name == "pipeline" or name.startswith("pipeline."))
