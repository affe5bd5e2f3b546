"""The list engine: counts, keyset pages in any order, reverse reads, NULL keys, search."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.listing import ListEngine, ListQuery, ListResult, all_specs, get_spec

N_UMKM = 500


def _fill(db: Database) -> None:
    rnd = random.Random(3)
    words = ["Warung", "Toko", "Kedai", "Batik", "Kopi", "Sambal", "Roti"]
    with db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO universities (id, name, short_name, kind) VALUES (:i, :n, :s, :k)"),
            [
                {"i": 1, "n": "Universitas Airlangga", "s": "UNAIR", "k": "host"},
                {"i": 2, "n": "Universitas Brawijaya", "s": "UB", "k": "origin"},
            ],
        )
        conn.execute(
            text(
                "INSERT INTO cohorts (id, name, host_university_id, year, semester) "
                "VALUES (1, 'WMK 2024 Ganjil', 1, 2024, 'ganjil')"
            )
        )
        rows = []
        for i in range(1, N_UMKM + 1):
            rows.append(
                {
                    "i": i,
                    # Repeated names make ties that only the id can order.
                    "n": f"{rnd.choice(words)} {rnd.choice(['Jaya', 'Makmur', 'Sari'])}",
                    "o": None if i % 9 == 0 else f"Pemilik {rnd.randrange(50)}",
                    "r": rnd.choice(["35.78", "35.73", "35.07"]),
                    "nib": None if i % 3 == 0 else f"{1000000000000 + i}",
                    "s": rnd.choice(["mikro", "mikro", "kecil", None]),
                    "a": None if i % 5 == 0 else rnd.randrange(1, 40) * 1_000_000,
                }
            )
        conn.execute(
            text(
                "INSERT INTO umkm (id, name, owner_name, region_code, nib, scale_class, "
                "annual_sales) VALUES (:i, :n, :o, :r, :nib, :s, :a)"
            ),
            rows,
        )
        conn.execute(
            text(
                "INSERT INTO students (id, university_id, cohort_id, nim, name, status) "
                "VALUES (:i, :u, 1, :nim, :n, :s)"
            ),
            [
                {
                    "i": i,
                    "u": 1 + i % 2,
                    "nim": f"2024{i:05d}",
                    "n": f"Mahasiswa {i}",
                    "s": "active",
                }
                for i in range(1, 61)
            ],
        )


def _expected(db: Database, query: ListQuery) -> list[int]:
    """The same list read whole, ordered in Python the way SQLite orders it."""
    result = ListResult(db, query)
    spec = get_spec(query.spec_key)
    sql = result._sql
    statement = f"SELECT {spec.id_expr}, {sql.key_expr} FROM {spec.from_sql}{sql.where_sql()}"
    with db.engine.connect() as conn:
        rows = conn.execute(text(statement), sql.params).all()

    def key(row: Any) -> tuple[Any, ...]:
        value = row[1]
        return (value is not None, value if value is not None else 0, row[0])

    ids = [r[0] for r in sorted(rows, key=key)]
    return ids[::-1] if query.descending else ids


@pytest.fixture
def filled(db: Database) -> Database:
    _fill(db)
    return db


@pytest.fixture
def engine(filled: Database) -> Iterator[ListEngine]:
    """An engine on the filled database, closed afterwards (it holds a connection)."""
    opened = ListEngine(filled)
    yield opened
    opened.close()


@pytest.mark.parametrize("sort", ["name", "owner", "nib", "sales", "scale", "region"])
@pytest.mark.parametrize("descending", [False, True])
def test_pages_in_any_order_match_the_whole_list(
    filled: Database, sort: str, descending: bool
) -> None:
    query = ListQuery("umkm", sort=sort, descending=descending)
    expected = _expected(filled, query)
    result = ListResult(filled, query, page_size=7)
    assert result.count == N_UMKM
    pages = list(range(result.page_count))
    random.Random(sort).shuffle(pages)
    got: dict[int, list[int]] = {}
    for p in pages:  # far jumps, reverse reads from the end, neighbours by keyset
        got[p] = [r.id for r in result.page(p)]
    flat = [i for p in range(result.page_count) for i in got[p]]
    if sort != "region":
        assert flat == expected
    else:  # sorted by region code; the engine orders ties by id as well
        assert sorted(flat) == sorted(expected)
        codes = [result.row(i).key for i in range(result.count)]  # type: ignore[union-attr]
        assert codes == sorted(codes, reverse=descending)


def test_last_page_is_read_backwards_from_the_end(filled: Database) -> None:
    query = ListQuery("umkm", sort="name")
    result = ListResult(filled, query, page_size=10)
    last = result.page(result.page_count - 1)
    assert [r.id for r in last] == _expected(filled, query)[-len(last) :]
    assert "DESC" in result._statement(result._segments[-1], False, None, 0, 10)[0]


def test_count_search_and_filters(filled: Database, engine: ListEngine) -> None:
    assert engine.count(ListQuery("umkm")) == N_UMKM
    warung = engine.count(ListQuery("umkm", search="waru"))
    with filled.engine.connect() as conn:
        by_like = conn.execute(text("SELECT count(*) FROM umkm WHERE lower(name) LIKE 'warung%'"))
        assert warung == by_like.scalar_one() > 0
        nib = conn.execute(text("SELECT count(*) FROM umkm WHERE nib IS NOT NULL")).scalar_one()
    assert engine.count(ListQuery("umkm").with_filter("has_nib", "yes")) == nib
    assert engine.count(ListQuery("umkm").with_filter("has_nib", "no")) == N_UMKM - nib
    one = engine.fetch_page(ListQuery("umkm", search="1000000000002"), 0)
    assert [r.id for r in one] == [2]
    both = ListQuery("umkm", search="warung").with_filter("region", "35.78")
    rows = engine.fetch_page(both, 0)
    assert rows and all(r.values[2] == "Kota Surabaya" for r in rows)
    assert all(r.values[0].startswith("Warung") for r in rows)


def test_search_finds_the_start_of_any_word_on_both_backends(
    filled: Database, engine: ListEngine
) -> None:
    """SQLite (FTS5) and PostgreSQL (migration 0004's word index) find the same rows."""
    from wirausaha_app.core.services.records.lookups import search_umkm

    with filled.engine.connect() as conn:
        expected = {
            row[0]
            for row in conn.execute(text("SELECT id, name FROM umkm"))
            if any(word.lower().startswith("mak") for word in row[1].split())
        }
        both = {
            row[0]
            for row in conn.execute(text("SELECT id, name, owner_name FROM umkm"))
            if row[1].lower().startswith("kopi") and "makmur" in row[1].lower()
        }
    assert expected and both
    found = engine.count(ListQuery("umkm", search="mak"))  # "… Makmur": a second word
    assert found == len(expected)
    rows = engine.fetch_page(ListQuery("umkm", search="MAKMUR kop"), 0)  # any order, any case
    assert {r.id for r in rows} == both
    assert engine.count(ListQuery("umkm", search="pemilik 7")) > 0  # owner's words too
    assert engine.count(ListQuery("umkm", search="makmur & !sari")) == 0  # no query syntax
    assert engine.count(ListQuery("umkm", search="'x':* | 'y")) == 0
    assert {c.id for c in search_umkm(filled, "makmur kopi", limit=500)} == both


def test_words_joined_by_punctuation_are_words_on_both_backends(
    filled: Database, engine: ListEngine
) -> None:
    from wirausaha_app.core.services.records.lookups import search_umkm

    names = ["CV.Maju Sentosa", "Toko Sri/Ani", "UD. Sumber-Rejeki", "Kedai Jum'at Berkah"]
    with filled.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO umkm (id, name, region_code) VALUES (:i, :n, '35.78')"),
            [{"i": 1000 + n, "n": name} for n, name in enumerate(names)],
        )
    engine.invalidate()
    for typed, found in (
        ("maju", "CV.Maju Sentosa"), ("cv maju", "CV.Maju Sentosa"),
        ("ani", "Toko Sri/Ani"), ("sri/ani", "Toko Sri/Ani"),
        ("rejeki", "UD. Sumber-Rejeki"), ("sumber-rej", "UD. Sumber-Rejeki"),
        ("jum'at", "Kedai Jum'at Berkah"),
    ):
        rows = engine.fetch_page(ListQuery("umkm", search=typed), 0)
        assert [r.values[0] for r in rows] == [found], typed
        assert [c.label for c in search_umkm(filled, typed)] == [found], typed
    for only_punctuation in ("-", "&", "—", "*:|!"):  # nothing to find, no query error
        assert engine.count(ListQuery("umkm", search=only_punctuation)) == 0, only_punctuation
        assert search_umkm(filled, only_punctuation) == []


def test_search_by_nim_and_small_table_substring(engine: ListEngine) -> None:
    assert [r.id for r in engine.fetch_page(ListQuery("students", search="202400007"), 0)] == [7]
    assert engine.count(ListQuery("universities", search="brawi")) == 1
    assert engine.count(ListQuery("universities", search="100%")) == 0


def test_every_spec_lists_sorts_and_shows_details(engine: ListEngine) -> None:
    assert {"universities", "cohorts", "students", "teams", "mentors", "umkm"} <= set(all_specs())
    for spec in all_specs().values():
        for column in spec.columns:
            for descending in (False, True):
                query = ListQuery(spec.key, sort=column.key, descending=descending)
                rows = engine.fetch_page(query, 0)
                assert len(rows) == min(engine.count(query), 200)
                assert all(len(r.values) == len(spec.columns) for r in rows)
        for f in spec.filters:
            engine.options(spec.key, f.key)
    details = dict(engine.detail("umkm", 3))
    assert details["NIB"] == ""  # every third UMKM has none
    assert engine.detail("umkm", 10_000) == []


def test_formatting_of_money_and_choices(filled: Database) -> None:
    spec = get_spec("umkm")
    assert spec.column("sales").format(1_500_000) == "Rp1.500.000"
    assert spec.column("scale").format("kecil") == "Small"
    assert spec.column("sales").align == "right"


@pytest.mark.sqlite_only  # reads SQLite's EXPLAIN QUERY PLAN
@pytest.mark.sqlite_only  # EXPLAIN QUERY PLAN is SQLite's
def test_large_sort_uses_indexes(filled: Database) -> None:
    """Every sortable UMKM column walks an index (no full sort of a million rows)."""
    for column in get_spec("umkm").columns:
        result = ListResult(filled, ListQuery("umkm", sort=column.key))
        page_sql = result.statements()[0]
        inner = page_sql[page_sql.index("(SELECT") + 1 : page_sql.index(") AS k")]
        with filled.engine.connect() as conn:
            plan = " ".join(
                r[3] for r in conn.execute(text("EXPLAIN QUERY PLAN " + inner), result.params)
            )
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, (column.key, plan)


@pytest.mark.sqlite_only  # INDEXED BY and FTS5 are SQLite's
@pytest.mark.parametrize("sort", ["name", "owner"])
@pytest.mark.parametrize("descending", [False, True])
def test_optional_narrow_index_gives_the_same_pages(
    filled: Database, sort: str, descending: bool
) -> None:
    query = ListQuery("umkm", search="warung", sort=sort, descending=descending)
    with filled.engine.begin() as conn:  # migration 0002 made them; start without
        conn.execute(text("DROP INDEX ix_umkm_id_name"))
        conn.execute(text("DROP INDEX ix_umkm_id_owner_name"))
    before = ListEngine(filled)
    expected = [r.id for p in range(3) for r in before.fetch_page(query, p, page_size=5)]
    with filled.engine.begin() as conn:
        conn.execute(text("CREATE INDEX ix_umkm_id_name ON umkm (id, name)"))
        conn.execute(text("CREATE INDEX ix_umkm_id_owner_name ON umkm (id, owner_name)"))
    after = ListEngine(filled)
    result = after.result(query, page_size=5)
    assert "INDEXED BY" in result.statements()[0]
    got = {p: [r.id for r in result.page(p)] for p in (2, 0, 1)}  # out of order: anchors
    assert [i for p in range(3) for i in got[p]] == expected
    last = result.page(result.page_count - 1)
    assert last and [r.id for r in last] == [
        r.id for r in before.result(query, page_size=5).page(result.page_count - 1)
    ]
    # With a filter the plain plan is used (the narrow index has no region).
    filtered = after.result(query.with_filter("region", "35.78"))
    assert "INDEXED BY" not in filtered.statements()[0]
    before.close()
    after.close()
