"""Small SQL constructs that differ between SQLite and PostgreSQL, compiled per dialect.

The same query object runs on both; each construct picks its SQL when compiled:

- :func:`starts_with_icase` — case-insensitive "starts with". SQLite's ``LIKE`` is
  already case-insensitive for ASCII and can use an index, and SQLAlchemy's ``ilike``
  would wrap both sides in ``lower()`` there (no index). PostgreSQL's ``LIKE`` is
  case-sensitive, so it gets ``lower(column) LIKE lower(pattern)``: unlike ``ILIKE``,
  that can use an expression index ``(lower(column) text_pattern_ops)``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, ColumnElement, SQLColumnExpression, String, func, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import coercions, roles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

LIKE_ESCAPE = "\\"


def escape_like(value: str) -> str:
    """``value`` as a literal inside a LIKE pattern (escape character ``\\``)."""
    return value.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", "\\%").replace("_", "\\_")


class _StartsWithIcase(ColumnElement[bool]):
    inherit_cache = True
    type = Boolean()
    _traverse_internals = [
        ("column", InternalTraversal.dp_clauseelement),
        ("pattern", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: ColumnElement[Any], pattern: ColumnElement[str]) -> None:
        self.column = column
        self.pattern = pattern


@compiles(_StartsWithIcase)
def _starts_with_icase_default(element: _StartsWithIcase, compiler: SQLCompiler, **kw: Any) -> str:
    lowered = func.lower(element.column).like(func.lower(element.pattern), escape=LIKE_ESCAPE)
    return compiler.process(lowered, **kw)


@compiles(_StartsWithIcase, "sqlite")
def _starts_with_icase_sqlite(element: _StartsWithIcase, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.column.like(element.pattern, escape=LIKE_ESCAPE), **kw)


def starts_with_icase(column: SQLColumnExpression[Any], prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, ignoring case, on either database."""
    element = coercions.expect(roles.ExpressionElementRole, column)
    return _StartsWithIcase(element, literal(escape_like(prefix) + "%", String()))
