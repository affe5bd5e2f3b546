"""Counting and paging a :class:`ListQuery` in SQL: keyset pages, nothing loaded whole.

The rows of a query are ordered by ``(sort_key, id)``. A page is fetched by keyset
from the nearest row whose key is already known (a neighbouring cached page, the
start or the end of the list), so scrolling on costs an index seek; a far jump
reads from whichever end is nearer — in reverse order from the end, so the last
row costs as little as the first — with an ``OFFSET`` of at most half the list.

NULL sort keys are paged as their own segment (``key IS NULL`` ordered by id),
because ``key > ?`` never matches NULL and ``OR key IS NULL`` would stop SQLite from
walking the index. Keyset conditions are written as ``k >= ? AND (k > ? OR id > ?)``
rather than the row-value form, which SQLite 3.40 does not use indexes for.

When the spec names its base table (``base_from_sql``), counts and the ordered id
walk run on that table alone and only the 200 rows of a page are joined.

Spec SQL says ``:today`` for the current date: the coordinator's local date, as the
services use. ``CURRENT_DATE`` would be UTC on SQLite, a day behind from midnight
to 07:00 in Jawa Timur (an assignment ending today would show as past).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from wirausaha_app.core.db import fts
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.db.sqlfuncs import escape_like
from wirausaha_app.core.i18n import translate
from wirausaha_app.core.listing.registry import get_spec
from wirausaha_app.core.listing.spec import (
    Column,
    DetailField,
    ListQuery,
    ListSpec,
    Option,
    display,
)

PAGE_SIZE = 200

Counter = Callable[[str, dict[str, Any]], int]
Reader = Callable[[str, dict[str, Any]], list[Any]]

# SQLite page cache of the list engine's own connection. Walking several indexes of a
# million rows would otherwise fill the pool's 32 MB caches (the file is in the OS
# cache anyway; a page costs microseconds to re-read).
LIST_CACHE_KIB = 8000


@dataclass(frozen=True)
class Row:
    id: int
    values: tuple[Any, ...]  # raw values, one per spec column
    key: Any  # the sort key (for keyset paging)


def today_param(dialect: str) -> date | str:
    """The value of ``:today`` in spec SQL: the local date, as SQLite stores dates (ISO text)."""
    today = date.today()
    return today.isoformat() if dialect == "sqlite" else today


class _Sql:
    """The SQL pieces of one query: FROM, WHERE, ORDER BY and parameters."""

    def __init__(
        self, spec: ListSpec, query: ListQuery, dialect: str, indexes: frozenset[str] = frozenset()
    ) -> None:
        self.spec = spec
        self.indexes = indexes
        self.dialect = dialect
        self.params: dict[str, Any] = {"today": today_param(dialect)}
        self.sort_column: Column | None = None
        sort_key = query.sort or spec.default_sort
        if sort_key is not None:
            column = spec.column(sort_key)
            if column.sortable:
                self.sort_column = column
        self.descending = query.descending
        self.key_expr = self.sort_column.order_expr if self.sort_column else spec.id_expr
        self.nullable = bool(self.sort_column and self.sort_column.nullable)
        self.base_from = spec.base_from_sql or spec.from_sql
        self.fts_match: str | None = None  # set when the search is an FTS5 MATCH
        self.code_range = False  # set when the search is a range of NIB/NIM codes
        self.words: fts.FtsIndex | None = None  # set for a PostgreSQL word search
        self.where = self._where(query)

    def _where(self, query: ListQuery) -> list[str]:
        spec, where = self.spec, []
        if spec.where_sql:
            where.append(f"({spec.where_sql})")
        search = query.search.strip()
        if search:
            clause = self._search_clause(search)
            if clause:
                where.append(clause)
        for n, (key, value) in enumerate(query.filters):
            f = spec.filter(key)
            if f.clauses is not None:
                if value in f.clauses:
                    where.append(f"({f.clauses[value]})")
            elif f.expr is not None:
                self.params[f"f{n}"] = value
                where.append(f"{f.expr} = :f{n}")
        return where

    def _search_clause(self, search: str) -> str | None:
        s = self.spec.search
        if s.code_column and search.isascii() and search.isdigit():
            # "9" < codes starting with 9 < ":" (the character after "9").
            self.params["qlo"], self.params["qhi"] = search, search[:-1] + chr(ord(search[-1]) + 1)
            self.code_range = True
            return self._code_clause("")
        if s.fts and self.dialect == "sqlite":
            match = fts.match_query(search)
            if not match:
                return None
            self.params["q"] = match
            self.fts_match = match
            return self._fts_clause("")
        if s.fts and self.dialect == "postgresql":
            # The same words FTS5 finds, from migration 0004's GIN index.
            query = fts.pg_query(search)
            if not query:
                return "1 = 0"  # only punctuation: nothing matches, as on SQLite
            self.params["q"] = query
            self.words = fts.by_name(s.fts)
            return f"{self.spec.id_expr} IN ({self._words_sql('id')})"
        sqlite = self.dialect == "sqlite"

        def like_clause(column: str, param: str) -> str:
            # SQLite's LIKE ignores ASCII case; on PostgreSQL lower() LIKE lower() is
            # what the text_pattern_ops indexes of migration 0003 can serve (ILIKE is not).
            if sqlite:
                return f"{column} LIKE :{param} ESCAPE '\\'"
            return f"lower({column}) LIKE lower(:{param}) ESCAPE '\\'"

        parts = []
        if s.prefix_columns:
            self.params["qp"] = escape_like(search) + "%"
            parts += [like_clause(c, "qp") for c in s.prefix_columns]
        if s.substring_columns:
            self.params["qs"] = "%" + escape_like(search) + "%"
            parts += [like_clause(c, "qs") for c in s.substring_columns]
        return "(" + " OR ".join(parts) + ")" if parts else None

    def _fts_clause(self, prefix: str) -> str:
        table = self.spec.search.fts
        return f"{prefix}{self.spec.id_expr} IN (SELECT rowid FROM {table} WHERE {table} MATCH :q)"

    def _words_sql(self, what: str) -> str:
        assert self.words is not None
        return fts.pg_match_sql(self.words, what)

    def sort_matches(self) -> None:
        """PostgreSQL: sort the matches rather than walk the sort key's index.

        The planner cannot estimate a prefix word query (it guessed 8,000 of 87,000
        "warung*"), so it walked the name index testing every row's words: 2.5 s on a
        million UMKM. ``coalesce(k, k)`` orders the same but no index provides it.
        """
        self.key_expr = f"coalesce({self.key_expr}, {self.key_expr})"

    def _code_clause(self, prefix: str) -> str:
        column = self.spec.search.code_column
        return f"({prefix}{column} >= :qlo AND {prefix}{column} < :qhi)"

    @property
    def searching(self) -> bool:
        return bool(self.fts_match) or self.code_range

    def walk_sort_index(self) -> None:
        """Make SQLite walk the sort key's index instead of the matches (unary ``+``)."""
        if self.fts_match:
            plain, walking = self._fts_clause(""), self._fts_clause("+")
        else:
            plain, walking = self._code_clause(""), self._code_clause("+")
        self.where = [walking if w == plain else w for w in self.where]

    def _narrow_index(self) -> str | None:
        """The (id, sort key) index to sort an FTS match from, if usable and present."""
        if not self.fts_match or self.sort_column is None or self.dialect != "sqlite":
            return None
        if self.where != [self._fts_clause("")]:  # filters, or walking the sort index
            return None
        name = self.spec.search.key_indexes.get(self.sort_column.key)
        return name if name in self.indexes else None

    def where_sql(self, extra: list[str] | None = None) -> str:
        parts = [*self.where, *(extra or [])]
        return (" WHERE " + " AND ".join(parts)) if parts else ""

    def count_sql(self, extra: list[str] | None = None) -> str:
        if self.fts_match and len(self.where) == 1 and not extra:
            # Only the search narrows the list: the FTS index counts its own matches,
            # 20× faster than probing the base table with every matching id.
            table = self.spec.search.fts
            return f"SELECT count(*) FROM {table} WHERE {table} MATCH :q"
        if self.words is not None and len(self.where) == 1 and not extra:
            return self._words_sql("count(*)")  # the word index counts its own matches
        return f"SELECT count(*) FROM {self.base_from}{self.where_sql(extra)}"

    def columns_sql(self) -> str:
        return ", ".join(f"{c.expr} AS c{i}" for i, c in enumerate(self.spec.columns))

    def order(self, forward: bool, null_segment: bool, id_expr: str, key_expr: str) -> str:
        desc = self.descending != (not forward)  # a reverse scan flips the direction
        direction = "DESC" if desc else "ASC"
        if null_segment or self.sort_column is None:
            return f" ORDER BY {id_expr} {direction}"
        return f" ORDER BY {key_expr} {direction}, {id_expr} {direction}"

    def page_sql(
        self, extra: list[str], forward: bool, null_segment: bool, limit: int, offset: int
    ) -> str:
        spec = self.spec
        limits = f" LIMIT {int(limit)} OFFSET {int(offset)}"
        if spec.base_from_sql is None:
            return (
                f"SELECT {spec.id_expr} AS row_id, {self.key_expr} AS row_key, "
                f"{self.columns_sql()} FROM {spec.from_sql}{self.where_sql(extra)}"
                f"{self.order(forward, null_segment, spec.id_expr, self.key_expr)}{limits}"
            )
        # Walk the base table's index for the ids, then join only those rows.
        narrow = self._narrow_index()
        if narrow is not None:
            table = spec.search.fts
            inner = (
                f"SELECT {spec.id_expr} AS row_id, {self.key_expr} AS row_key FROM {table} "
                f"CROSS JOIN {spec.base_from_sql} INDEXED BY {narrow} "
                f"WHERE {spec.id_expr} = {table}.rowid AND {table} MATCH :q"
                + "".join(f" AND {condition}" for condition in extra)
                + f"{self.order(forward, null_segment, spec.id_expr, self.key_expr)}{limits}"
            )
        else:
            inner = (
                f"SELECT {spec.id_expr} AS row_id, {self.key_expr} AS row_key "
                f"FROM {spec.base_from_sql}{self.where_sql(extra)}"
                f"{self.order(forward, null_segment, spec.id_expr, self.key_expr)}{limits}"
            )
        return (
            f"SELECT k.row_id, k.row_key, {self.columns_sql()} FROM ({inner}) AS k "
            # CROSS JOIN: SQLite keeps the 200 ids as the outer loop.
            f"CROSS JOIN {spec.from_sql} WHERE {spec.id_expr} = k.row_id"
            f"{self.order(forward, null_segment, 'k.row_id', 'k.row_key')}"
        )


@dataclass
class _Segment:
    null: bool  # the rows whose sort key is NULL (ordered by id only)
    start: int  # global index of its first row
    size: int


class ListResult:
    """The rows of one query: counted now, fetched page by page, cached."""

    def __init__(
        self,
        db: Database,
        query: ListQuery,
        page_size: int = PAGE_SIZE,
        max_pages: int = 30,
        counter: Counter | None = None,
        reader: Reader | None = None,
        indexes: frozenset[str] = frozenset(),
    ) -> None:
        self.db = db
        self.query = query
        self.spec = get_spec(query.spec_key)
        self.page_size = page_size
        self._max_pages = max_pages
        self._counter = counter or self._count_sql
        self._reader = reader or self._read_sql
        self._sql = _Sql(self.spec, query, db.engine.dialect.name, indexes)
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        # global row index → (key, id): the edges of every page read so far.
        self._anchors: dict[int, tuple[Any, int]] = {}
        self._segments = self._count()
        self.count = sum(s.size for s in self._segments)
        if self._sql.searching and self._sql.sort_column is not None and self.count > 20_000:
            # A broad search (over a tenth of the table, e.g. "w") is faster read along
            # the sort index, testing each id against the matches, than sorted whole.
            table_rows = self._counter(f"SELECT count(*) FROM {self._sql.base_from}", {})
            if self.count * 10 > table_rows:
                self._sql.walk_sort_index()
        elif self._sql.words is not None and self._sql.sort_column is not None:
            # A match of under a tenth of the table: sorted whole, not found along
            # the sort index (beyond that, the index walk meets 200 matches soon).
            estimate = self._counter(
                "SELECT coalesce(max(reltuples), 0)::bigint FROM pg_class"
                " WHERE oid = to_regclass(:t)",
                {"t": self._sql.words.table},
            )
            if self.count * 10 <= estimate:
                self._sql.sort_matches()

    def _count_sql(self, statement: str, params: dict[str, Any]) -> int:
        return int(self._read_sql(statement, params)[0][0])

    def _read_sql(self, statement: str, params: dict[str, Any]) -> list[Any]:
        with self.db.engine.connect() as conn:
            return list(conn.execute(text(statement), params).all())

    def _count(self) -> list[_Segment]:
        sql = self._sql
        total = self._counter(sql.count_sql(), sql.params)
        if not sql.nullable:
            return [_Segment(False, 0, total)]
        nulls = 0
        if total:
            nulls = self._counter(sql.count_sql([f"{sql.key_expr} IS NULL"]), sql.params)
        # SQLite puts NULLs first ascending and last descending; follow that everywhere.
        if sql.descending:
            return [_Segment(False, 0, total - nulls), _Segment(True, total - nulls, nulls)]
        return [_Segment(True, 0, nulls), _Segment(False, nulls, total - nulls)]

    # -- public ---------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return (self.count + self.page_size - 1) // self.page_size

    def page(self, page_index: int) -> list[Row]:
        if page_index in self._pages:
            self._pages.move_to_end(page_index)
            return self._pages[page_index]
        start = page_index * self.page_size
        if start >= self.count or page_index < 0:
            return []
        rows = self._read(start, min(self.page_size, self.count - start))
        self._pages[page_index] = rows
        if rows:
            self._anchors[start] = (rows[0].key, rows[0].id)
            self._anchors[start + len(rows) - 1] = (rows[-1].key, rows[-1].id)
        while len(self._pages) > self._max_pages:
            old, dropped = self._pages.popitem(last=False)
            if dropped:
                first = old * self.page_size
                self._anchors.pop(first, None)
                self._anchors.pop(first + len(dropped) - 1, None)
        return rows

    def row(self, index: int) -> Row | None:
        page = self.page(index // self.page_size)
        offset = index % self.page_size
        return page[offset] if offset < len(page) else None

    def cached(self, index: int) -> Row | None:
        page = self._pages.get(index // self.page_size)
        offset = index % self.page_size
        return page[offset] if page is not None and offset < len(page) else None

    def find_row(self, record_id: int) -> int | None:
        """The index of a record among the pages read so far."""
        for page_index, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == record_id:
                    return page_index * self.page_size + offset
        return None

    def statements(self) -> list[str]:
        """The first page's query and the count (for EXPLAIN QUERY PLAN and benchmarks)."""
        seg = self._segments[0]
        return [self._statement(seg, True, None, 0, self.page_size)[0], self._sql.count_sql()]

    @property
    def params(self) -> dict[str, Any]:
        return dict(self._sql.params)

    # -- reading ----------------------------------------------------------------------------
    def _read(self, start: int, n: int) -> list[Row]:
        rows: list[Row] = []
        for seg in self._segments:
            lo = max(start, seg.start)
            hi = min(start + n, seg.start + seg.size)
            if lo < hi:
                rows += self._read_segment(seg, lo, hi - lo)
        return rows

    def _read_segment(self, seg: _Segment, lo: int, n: int) -> list[Row]:
        end = seg.start + seg.size
        # (rows to skip, scan forward?, anchor to start after; None = the segment's edge)
        no_anchor: tuple[Any, int] | None = None
        best = (lo - seg.start, True, no_anchor)
        if end - (lo + n) < best[0]:
            best = (end - (lo + n), False, None)
        for pos, known in self._anchors.items():
            if not seg.start <= pos < end:
                continue
            if pos < lo and lo - pos - 1 < best[0]:
                best = (lo - pos - 1, True, known)
            elif pos >= lo + n and pos - (lo + n) < best[0]:
                best = (pos - (lo + n), False, known)
        offset, forward, start_after = best
        statement, params = self._statement(seg, forward, start_after, offset, n)
        raw = self._reader(statement, params)
        rows = [Row(r[0], tuple(r[2:]), r[1]) for r in raw]
        if not forward:
            rows.reverse()
        return rows

    def _statement(
        self, seg: _Segment, forward: bool, anchor: tuple[Any, int] | None, offset: int, n: int
    ) -> tuple[str, dict[str, Any]]:
        sql = self._sql
        extra: list[str] = []
        params = dict(sql.params)
        if sql.nullable:
            extra.append(f"{sql.key_expr} IS NULL" if seg.null else f"{sql.key_expr} IS NOT NULL")
        if anchor is not None:
            key, rid = anchor
            greater = forward != sql.descending  # "after" means greater on an ascending scan
            op, op_eq = (">", ">=") if greater else ("<", "<=")
            params["ak"], params["aid"] = key, rid
            id_expr = sql.spec.id_expr
            if seg.null or sql.sort_column is None:
                extra.append(f"{id_expr} {op} :aid")
            else:
                k = sql.key_expr
                extra.append(f"{k} {op_eq} :ak AND ({k} {op} :ak OR {id_expr} {op} :aid)")
        return sql.page_sql(extra, forward, seg.null, n, offset), params


class ListEngine:
    """Lists over one database; remembers counts until :meth:`invalidate` (after writes).

    An engine reads through one connection of its own (small page cache, each read
    its own short transaction); use an engine from one thread only, and
    :meth:`close` it when done (a page does when it goes away).
    """

    def __init__(self, db: Database, keep: int = 3) -> None:
        self.db = db
        self._results: OrderedDict[tuple[ListQuery, int], ListResult] = OrderedDict()
        self._counts: dict[tuple[str, tuple[tuple[str, Any], ...]], int] = {}
        self._keep = keep
        self._conn: Connection | None = None
        self._indexes: frozenset[str] | None = None

    def indexes(self) -> frozenset[str]:
        """Names of the database's indexes (to use optional ones where they exist)."""
        if self._indexes is None:
            if self.db.is_sqlite:
                rows = self._read("SELECT name FROM sqlite_master WHERE type = 'index'", {})
                self._indexes = frozenset(str(r[0]) for r in rows)
            else:
                self._indexes = frozenset()
        return self._indexes

    def _read(self, statement: str, params: dict[str, Any]) -> list[Any]:
        if self._conn is None or self._conn.closed:
            self._conn = self.db.engine.connect()
            if self.db.is_sqlite:
                self._conn.exec_driver_sql(f"PRAGMA cache_size = -{LIST_CACHE_KIB}")
                self._conn.commit()
        try:
            return list(self._conn.execute(text(statement), params).all())
        finally:
            # No read transaction left open: it would pin the WAL and hide new writes.
            self._conn.rollback()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.invalidate()  # its page cache goes with it
            self._conn.close()
            self._conn = None

    def _count(self, statement: str, params: dict[str, Any]) -> int:
        # Re-sorting keeps the search and filters, so the same count is asked again.
        key = (statement, tuple(sorted(params.items())))
        if key not in self._counts:
            if len(self._counts) > 256:
                self._counts.clear()
            self._counts[key] = int(self._read(statement, params)[0][0])
        return self._counts[key]

    def result(self, query: ListQuery, page_size: int = PAGE_SIZE) -> ListResult:
        """A result with no pages read yet (counts may come from the cache)."""
        result = ListResult(
            self.db,
            query,
            page_size,
            counter=self._count,
            reader=self._read,
            indexes=self.indexes(),
        )
        self._results[(query, page_size)] = result
        self._results.move_to_end((query, page_size))
        while len(self._results) > self._keep:
            self._results.popitem(last=False)
        return result

    def cached_result(self, query: ListQuery, page_size: int = PAGE_SIZE) -> ListResult:
        found = self._results.get((query, page_size))
        return found if found is not None else self.result(query, page_size)

    def count(self, query: ListQuery) -> int:
        return self.cached_result(query).count

    def fetch_page(
        self, query: ListQuery, page_index: int, page_size: int = PAGE_SIZE
    ) -> list[Row]:
        return self.cached_result(query, page_size).page(page_index)

    def invalidate(self) -> None:
        """Forget counts and pages (after a write)."""
        self._results.clear()
        self._counts.clear()
        self._indexes = None

    def detail(self, spec_key: str, record_id: int) -> list[tuple[str, str]]:
        """(label, shown value) of every detail field of one record."""
        spec = get_spec(spec_key)
        fields = spec.details or tuple(
            DetailField(c.header, c.expr, c.kind, c.labels) for c in spec.columns
        )
        select = ", ".join(f.expr for f in fields)
        statement = f"SELECT {select} FROM {spec.from_sql} WHERE {spec.id_expr} = :id"
        rows = self._read(
            statement, {"id": record_id, "today": today_param(self.db.engine.dialect.name)}
        )
        if not rows:
            return []
        row = rows[0]
        return [(f.title(), display(v, f.kind, f.labels)) for f, v in zip(fields, row, strict=True)]

    def options(self, spec_key: str, filter_key: str) -> list[Option]:
        """The choices of a filter, in display order (codes translated, names as stored)."""
        f = get_spec(spec_key).filter(filter_key)
        if f.labels is not None:
            return [Option(c, translate(label.context, label)) for c, label in f.labels.items()]
        if f.options_sql is None:
            return []
        return [Option(str(v), str(label)) for v, label in self._read(f.options_sql, {})]
