"""What a list is made of: columns, search, filters and detail fields (Qt-free).

A :class:`ListSpec` describes one record kind's list as SQL fragments. The engine
(:mod:`wirausaha_app.core.listing.engine`) turns a :class:`ListQuery` over a spec
into count and page queries; the UI's lazy table model only shows the result.

Conventions: ``from_sql`` names the base table with an alias and the joins needed
by the columns; ``id_expr`` is the base table's primary key. Sort expressions
should be indexed columns of the base table (``EXPLAIN QUERY PLAN`` every new
one on a large database): the keyset paging is only fast when SQLite can walk an
index in ``(sort_key, id)`` order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from wirausaha_app.core.formatting import format_date_id, format_number, format_rupiah
from wirausaha_app.core.i18n import MarkedText, translate


class Kind(StrEnum):
    """How a value is shown and aligned."""

    TEXT = "text"
    INT = "int"
    MONEY = "money"
    DATE = "date"
    BOOL = "bool"
    CHOICE = "choice"  # a code shown through ``labels``
    CHOICES = "choices"  # comma-separated codes, each shown through ``labels``


class Align(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"


_RIGHT = {Kind.INT, Kind.MONEY}


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str):  # SQLite text dates in raw SQL results
        try:
            return (
                datetime.fromisoformat(value).date()
                if "T" in value or " " in value
                else (date.fromisoformat(value[:10]))
            )
        except ValueError:
            return None
    return None


def display(value: Any, kind: Kind, labels: Mapping[str, MarkedText] | None = None) -> str:
    """A raw SQL value as the coordinator reads it (Indonesian number/date formats)."""
    if value is None or value == "":
        return ""
    if kind is Kind.MONEY:
        return format_rupiah(value)
    if kind is Kind.INT:
        return format_number(value)
    if kind is Kind.DATE:
        return format_date_id(_as_date(value), short=True)
    if kind is Kind.BOOL:
        mark = "Yes" if value else "No"
        return translate("Listing", mark)
    if kind is Kind.CHOICE and labels:
        label = labels.get(str(value))
        return translate(label.context, label) if label is not None else str(value)
    if kind is Kind.CHOICES and labels:
        return ", ".join(
            display(code.strip(), Kind.CHOICE, labels) for code in str(value).split(",") if code
        )
    return str(value)


@dataclass(frozen=True)
class Column:
    key: str
    header: MarkedText
    expr: str  # SQL expression of the shown value
    kind: Kind = Kind.TEXT
    sortable: bool = True
    # What ORDER BY uses (default ``expr``); e.g. a region code instead of a joined name.
    sort_expr: str | None = None
    # Whether the sort expression can be NULL (the engine then pages NULLs separately).
    nullable: bool = True
    labels: Mapping[str, MarkedText] | None = None
    width: int = 0  # a hint in characters; 0 = let the view decide
    formatter: Callable[[Any], str] | None = None

    @property
    def order_expr(self) -> str:
        return self.sort_expr or self.expr

    @property
    def align(self) -> Align:
        return Align.RIGHT if self.kind in _RIGHT else Align.LEFT

    def format(self, value: Any) -> str:
        if self.formatter is not None:
            return self.formatter(value)
        return display(value, self.kind, self.labels)

    def title(self) -> str:
        return translate(self.header.context, self.header)


@dataclass(frozen=True)
class Option:
    value: str
    label: str  # already translated (or a name from the database)


@dataclass(frozen=True)
class Filter:
    """A choice the coordinator narrows the list with (combo box in the UI).

    Either ``expr`` (the value is compared with ``=``) or ``clauses`` (one fixed SQL
    condition per option value, e.g. has NIB yes/no). Options come from ``labels``
    (fixed codes) or ``options_sql`` (``SELECT value, label ...`` from the database).
    """

    key: str
    label: MarkedText
    expr: str | None = None
    labels: Mapping[str, MarkedText] | None = None
    options_sql: str | None = None
    clauses: Mapping[str, str] | None = None

    def title(self) -> str:
        return translate(self.label.context, self.label)


@dataclass(frozen=True)
class Search:
    """How typed text narrows the list.

    ``fts``: an FTS5 table over the base table (rowid = id), used on SQLite with a
    prefix MATCH, and on PostgreSQL the same columns' word index (migration 0004):
    both find the start of any word. ``prefix_columns`` are the indexed columns
    searched with ``LIKE 'text%'`` by a spec without ``fts``; ``substring_columns``
    are searched with ``LIKE '%text%'`` — only sensible on small tables.
    """

    fts: str | None = None
    prefix_columns: tuple[str, ...] = ()
    substring_columns: tuple[str, ...] = ()
    # An indexed code column (NIB, NIM): text of digits only is looked up as a prefix
    # range on it (``nib >= '901' AND nib < '902'``) — one index range, where an FTS
    # prefix of one digit would match a third of a million rows.
    code_column: str | None = None
    # Narrow indexes ``(id, sort key)`` by sort column key, e.g. {"name": "ix_umkm_id_name"}.
    # When one exists in the database, a broad FTS match (80,000 "warung") is sorted
    # from it instead of from 80,000 reads of the wide rows (~5× faster). Optional.
    key_indexes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DetailField:
    label: MarkedText
    expr: str
    kind: Kind = Kind.TEXT
    labels: Mapping[str, MarkedText] | None = None

    def title(self) -> str:
        return translate(self.label.context, self.label)


@dataclass(frozen=True)
class ListSpec:
    key: str  # the record kind, e.g. "umkm", "students" (also the records dialog kind)
    title: MarkedText
    from_sql: str
    id_expr: str
    columns: tuple[Column, ...]
    search: Search = field(default_factory=Search)
    filters: tuple[Filter, ...] = ()
    details: tuple[DetailField, ...] = ()
    default_sort: str | None = None  # a column key; None = by id
    # Newest first by default (logbook, pairings): the first sort is descending.
    default_descending: bool = False
    # Extra fixed condition (e.g. a spec over part of a table).
    where_sql: str | None = None
    # The base table alone (e.g. ``"umkm AS u"``). When set, counting and keyset paging
    # run on it without the joins (a join makes ``count(*)`` of a million rows 30× slower
    # and every skipped OFFSET row pay for it); search, filter and sort expressions must
    # then reference the base table only. Leave unset for small tables.
    base_from_sql: str | None = None

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(f"{self.key} has no column {key!r}")

    def filter(self, key: str) -> Filter:
        for f in self.filters:
            if f.key == key:
                return f
        raise KeyError(f"{self.key} has no filter {key!r}")

    def default_query(self) -> ListQuery:
        """What the list shows before the coordinator searches, filters or sorts."""
        return ListQuery(self.key, sort=self.default_sort, descending=self.default_descending)

    def column_index(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)

    def title_text(self) -> str:
        return translate(self.title.context, self.title)


@dataclass(frozen=True)
class ListQuery:
    """What the coordinator sees: a spec, typed search text, filters and sort order.

    Hashable, so results can be cached per query; ``filters`` holds (key, value)
    pairs with the option values as strings.
    """

    spec_key: str
    search: str = ""
    filters: tuple[tuple[str, str], ...] = ()
    sort: str | None = None  # column key; None = the spec's default
    descending: bool = False

    def with_search(self, text: str) -> ListQuery:
        return ListQuery(self.spec_key, text, self.filters, self.sort, self.descending)

    def with_filter(self, key: str, value: str | None) -> ListQuery:
        rest = tuple((k, v) for k, v in self.filters if k != key)
        if value is not None and value != "":
            rest = (*rest, (key, value))
        filters = tuple(sorted(rest))
        return ListQuery(self.spec_key, self.search, filters, self.sort, self.descending)

    def with_sort(self, column_key: str | None, descending: bool = False) -> ListQuery:
        return ListQuery(self.spec_key, self.search, self.filters, column_key, descending)

    def filter_value(self, key: str) -> str | None:
        return dict(self.filters).get(key)
