"""One function writes every part of a record as JSON values: :func:`to_json`."""

from __future__ import annotations

import functools
from dataclasses import fields, is_dataclass
from typing import Any


def to_json(value: Any) -> Any:
    """A record dataclass (or a list or tuple of them) as JSON values, fields in declaration order.

    A field whose metadata says ``omit_none`` is left out when it is None (an entity's ``role``);
    anything that is not a dataclass is returned as it is.
    """
    if isinstance(value, list | tuple):
        return [to_json(each) for each in value]
    table = _field_table(type(value))
    if table is None:
        return value
    result = {}
    for name, omitted_when_none in table:
        field_value = getattr(value, name)
        if field_value is None and omitted_when_none:
            continue
        result[name] = field_value if type(field_value) in _PLAIN else to_json(field_value)
    return result


_PLAIN = frozenset({str, int, float, bool, type(None)})


@functools.cache
def _field_table(cls: type) -> tuple[tuple[str, bool], ...] | None:
    if not is_dataclass(cls):
        return None
    return tuple((each.name, bool(each.metadata.get("omit_none"))) for each in fields(cls))
