"""Names of input files as text that can be written whatever bytes the file system holds."""

from __future__ import annotations

import os
from pathlib import Path


def printable(path: Path | str) -> str:
    """The path as text that can be written: bytes of a name that are not UTF-8 are shown escaped (``\\\\xe9``)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace") if isinstance(path, Path) else path
