"""The import's fast paths give exactly the slow paths' answers, and the streamed import
(validation overlapped with writing) stays one all-or-nothing transaction."""

from __future__ import annotations

import gc
import random
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.i18n import UserError
from wirausaha_app.core.models import Umkm, UmkmSnapshot
from wirausaha_app.core.models.base import Base
from wirausaha_app.core.progress import Cancelled, Progress
from wirausaha_app.core.rules import validation as rules
from wirausaha_app.core.rules.errors import FieldError
from wirausaha_app.core.xlsx import importer, kinds_base, parse
from wirausaha_app.core.xlsx.export import export_rows
from wirausaha_app.core.xlsx.importer import (
    KINDS,
    ImportOptions,
    commit,
    prepare,
    run_import,
    validate,
)
from wirausaha_app.core.xlsx.sheets import CellType, Column


def _rule_answer(rule: Any, value: Any, **kwargs: Any) -> Any:
    try:
        return rule(value, field="f", **kwargs)
    except FieldError as error:
        return ("refused", error.message.render())


def test_indonesian_validity_matches_phonenumbers() -> None:
    rnd = random.Random(11)
    # Every leading digit pair, every length phonenumbers knows, plus the mobile,
    # toll-free, premium, UAN and fixed-line prefixes the metadata names.
    leads = [f"{a}{b}" for a in "123456789" for b in "0123456789"]
    leads += ["811", "812", "813", "815", "817", "818", "819", "821", "822", "823", "831",
              "838", "852", "853", "855", "856", "857", "858", "859", "877", "878", "881",
              "895", "896", "897", "898", "899", "800", "809", "804", "1500", "8071", "177",
              "21", "22", "24", "31", "341", "619", "61"]
    checked = valid = 0
    for lead in leads:
        for length in range(max(len(lead), 5), 18):
            for _ in range(12):
                national = lead + "".join(rnd.choice("0123456789")
                                          for _ in range(length - len(lead)))
                expected = phonenumbers.is_valid_number(
                    phonenumbers.PhoneNumber(country_code=62, national_number=int(national)))
                assert parse._valid_id_number(national) == expected, national
                checked += 1
                valid += expected
    assert checked > 10_000 and 1000 < valid < checked  # both answers well exercised


def test_phone_shortcut_agrees_with_rule_on_sheet_shapes() -> None:
    rnd = random.Random(3)
    for _ in range(4000):
        national = rnd.choice(["81", "85", "87", "89", "21", "31", "80", "18"]) + "".join(
            rnd.choice("0123456789") for _ in range(rnd.randint(5, 11)))
        for raw in ("+62" + national, "0" + national, national, float(national),
                    "62" + national):
            assert _rule_answer(parse.phone, raw) == _rule_answer(rules.phone, raw), raw


def test_control_pattern_is_unicode_cc() -> None:
    cc = {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cc"}
    pattern = kinds_base._CONTROL
    assert {chr(c) for c in range(0x110000) if pattern.match(chr(c))} == cc


CELLS: list[Any] = [
    None, "", " ", "\t", "  x  ", "Usaha Jaya", "a\tb", "a\x00b", "a\x85b", "\u00a0x\u00a0",
    "x" * 50, "x" * 51, "x" * 200, "x" * 201, " " + "y" * 200 + " ", "Rp 1.000", "=cmd",
    "é ü ñ", "😀", 0, 1, 12.0, 12.5, True, "1200000000000", "120000000000", "12000000000001",
    "1200000000000 ", "1.200.000.000.000", "１２００００００００００００", 1200000000000.0,
]


@pytest.mark.parametrize(("fast", "rule", "kwargs"), [
    (kinds_base.text_column(), rules.text, {}),
    (kinds_base.text_column(50), rules.text, {"max_length": 50}),
    (kinds_base.text_column(200), rules.text, {"max_length": 200}),
    (kinds_base.name_column(), rules.name, {}),
    (kinds_base.digits_column(13), rules.nib, {}),
])
def test_fast_columns_agree_with_rules(fast: Any, rule: Any, kwargs: dict[str, Any]) -> None:
    rnd = random.Random(2)
    cells = CELLS + ["".join(rnd.choice("ab 1\t.-") for _ in range(rnd.randint(0, 15)))
                     for _ in range(300)]
    answers = fast(cells)
    assert len(answers) == len(cells)
    for cell, answer in zip(cells, answers, strict=True):
        if answer is kinds_base.SLOW:
            continue
        if cell is None or cell == "":
            assert answer is None  # ColumnChecks leaves blanks of optional columns empty
            continue
        assert answer == _rule_answer(rule, cell, **kwargs), repr(cell)


def test_column_checks_with_fast_path_equal_without() -> None:
    cells = CELLS * 3
    slow = kinds_base.ColumnChecks({"name": cells}, len(cells))
    quick = kinds_base.ColumnChecks({"name": cells}, len(cells))
    assert (slow.run("name", rules.name, required=True)
            == quick.run("name", rules.name, required=True, fast=kinds_base.name_column()))
    render = {i: [e.message.render() for e in errs] for i, errs in slow.errors.items()}
    assert render == {i: [e.message.render() for e in errs]
                      for i, errs in quick.errors.items()}
    assert render  # blanks and control characters were refused


# ------------------------------------------------------------------ streamed import
COLUMNS = [Column("Nama Usaha"), Column("Nama Pemilik"), Column("Kabupaten/Kota"),
           Column("Telepon"), Column("NIB", CellType.ID), Column("Omzet Tahunan", CellType.MONEY),
           Column("Tenaga Kerja", CellType.INT), Column("Tanggal Data", CellType.DATE),
           Column("Catatan")]
ODD_TEXT = ['kutip "ganda" dan \\ miring', "baris\nbaru\tdan tab", "Ünïcödé 😀 ✓",
            "  spasi luar  ", "'kutip tunggal'", "[1, 2]", '{"json": true}', None]


def _umkm_rows(n: int, *, bad_at: int | None = None, start: int = 0) -> Iterator[tuple]:
    regions = ["Kota Surabaya", "Kabupaten Malang", "Kab. Jember", "Kota Batu"]
    for i in range(start, start + n):
        yield (f"Usaha {i} Jaya" if i != bad_at else "", f"Pemilik {i}", regions[i % 4],
               f"0812{i:08d}" if i % 3 else None, f"{1100000000000 + i}",
               1_000_000 * (i % 500 + 1), i % 40, date(2024, 1 + i % 12, 1 + i % 28),
               ODD_TEXT[i % len(ODD_TEXT)])


_NOT_COMPARED = ("id", "created_at", "updated_at")  # snapshot ids follow insert order


def _state(db: Database) -> tuple[list[tuple], list[tuple], list[tuple], list[str]]:
    with db.session() as s:
        umkm = [tuple(r) for r in s.execute(select(*[c for c in Umkm.__table__.c if c.name
                                                    not in ("created_at", "updated_at")])
                                            .order_by(Umkm.id))]
        snaps = [tuple(r) for r in s.execute(select(*[c for c in UmkmSnapshot.__table__.c
                                                     if c.name not in _NOT_COMPARED])
                                             .order_by(UmkmSnapshot.umkm_id,
                                                       UmkmSnapshot.snapshot_date))]
        found: list[tuple] = []
        triggers: list[str] = []
        if db.is_sqlite:
            found = [tuple(r) for r in s.execute(text(
                "SELECT rowid FROM umkm_fts WHERE umkm_fts MATCH '\"jaya\" OR \"pemilik\"' "
                "ORDER BY rowid"))]
            found += [tuple(r) for r in s.execute(text(
                "SELECT rowid FROM umkm_fts WHERE umkm_fts MATCH '\"1100000000007\"'"))]
            triggers = sorted(s.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    return umkm, snaps, found, triggers


def _sequential(db: Database, path: Path, options: ImportOptions | None = None) -> Any:
    plan = validate(db, prepare(path, "umkm"), options)
    return plan, (commit(db, plan) if not plan.problems or plan.options.skip_invalid else None)


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "_CHUNK", 37)  # many chunks from a small sheet


def test_streamed_import_writes_what_the_sequential_one_writes(
        db: Database, tmp_path: Path, small_chunks: None) -> None:
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    export_rows(first, "UMKM", COLUMNS, _umkm_rows(150))
    export_rows(second, "UMKM", COLUMNS, _umkm_rows(200, start=100))  # 50 already there
    other = open_database(tmp_path / "sequential.db")
    try:
        for target, run in ((db, lambda d, p, o=None: run_import(d, "umkm", p, options=o)),
                            (other, _sequential)):
            run(target, first)
            _plan, result = run(target, second, ImportOptions(update_existing=True))
            assert result is not None and (result.inserted, result.updated) == (150, 50)
        streamed, sequential = _state(db), _state(other)
    finally:
        other.dispose()
    assert len(streamed[0]) == 300 and len(streamed[1]) >= 300
    assert streamed[0] == sequential[0] and streamed[1] == sequential[1]
    notes = {row[-1] for row in streamed[0]}
    assert {'kutip "ganda" dan \\ miring', "Ünïcödé 😀 ✓", '{"json": true}'} <= notes
    if db.is_sqlite:
        assert streamed[2] == sequential[2] and len(streamed[2]) > 300  # search index
        assert streamed[3] == sequential[3] and len(streamed[3]) >= 3  # triggers back


def test_refused_row_late_in_file_writes_nothing(db: Database, tmp_path: Path,
                                                 small_chunks: None) -> None:
    path = tmp_path / "late.xlsx"
    export_rows(path, "UMKM", COLUMNS, _umkm_rows(300, bad_at=290))
    before = _state(db)
    plan, result = run_import(db, "umkm", path)
    assert result is None and plan.refused_rows == {292}  # header row + 0-based 290
    assert _state(db) == before  # chunks written before row 292 were rolled back
    # With skip_invalid the other 299 rows are imported.
    plan, result = run_import(db, "umkm", path, options=ImportOptions(skip_invalid=True))
    assert result is not None and result.inserted == 299 and result.skipped_rows == 1
    assert len(_state(db)[0]) == 299


def test_cancel_mid_import_leaves_nothing(db: Database, tmp_path: Path,
                                          small_chunks: None) -> None:
    path = tmp_path / "cancel.xlsx"
    export_rows(path, "UMKM", COLUMNS, _umkm_rows(300))
    before = _state(db)

    class CancelLater(Progress):
        steps = 0

        def report(self, done: int, total: int | None, text: str) -> None:
            self.steps += 1
            if text == "validate" and done > 150:
                self.cancel()

    progress = CancelLater()
    with pytest.raises(Cancelled):
        run_import(db, "umkm", path, progress=progress)
    assert progress.steps >= 4
    assert _state(db) == before
    assert run_import(db, "umkm", path)[1] is not None  # the database is not left locked


def test_writer_failure_is_reported_and_rolled_back(
        db: Database, tmp_path: Path, small_chunks: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "fail.xlsx"
    export_rows(path, "UMKM", COLUMNS, _umkm_rows(300))
    before = _state(db)
    calls = {"n": 0}
    real_run, real_insert = kinds_base.StreamInserter.run, kinds_base.StreamInserter.insert

    def fail_sixth() -> None:
        calls["n"] += 1
        if calls["n"] == 6:
            raise IntegrityError("INSERT …", {}, Exception("CHECK constraint failed"))

    def run(self: kinds_base.StreamInserter, statements: list[Any]) -> None:
        fail_sixth()
        real_run(self, statements)

    def insert(self: kinds_base.StreamInserter, rows: list[dict[str, Any]]) -> list[int]:
        fail_sixth()
        return real_insert(self, rows)

    monkeypatch.setattr(kinds_base.StreamInserter, "run", run)  # SQLite
    monkeypatch.setattr(kinds_base.StreamInserter, "insert", insert)  # PostgreSQL
    with pytest.raises(UserError, match="database refused a row"):
        run_import(db, "umkm", path)
    assert _state(db) == before


def test_stream_inserter_keeps_every_value_exactly(db: Database) -> None:
    names = ['kutip " \\ \\u0000 tulisan', "😀\u2028\u0085", "x" * 190, "'; DROP TABLE umkm; --"]
    if db.is_sqlite:
        names.append("nul\x00di tengah")  # PostgreSQL text cannot hold NUL at all
    names = [f"{n} {i}" for i in range(5) for n in names]  # several statements' worth
    rows = [{"name": n, "region_code": "35.78", "annual_sales": 2**62, "capital": None,
             "pirt_valid_until": date(2025, 2, 3), "employees": 0} for n in names]
    with db.transaction() as s:
        inserter = kinds_base.StreamInserter(s.connection(), Base.metadata.tables["umkm"])
        if db.is_sqlite:
            assert inserter.max_params >= 999
            inserter.max_params = 20  # 2 rows of 7 columns per statement
        ids = inserter.insert(rows[:7]) + inserter.insert(rows[7:])
    assert ids == [ids[0] + i for i in range(len(rows))]
    with db.session() as s:
        got = s.execute(select(Umkm.id, Umkm.name, Umkm.annual_sales, Umkm.capital,
                               Umkm.pirt_valid_until, Umkm.employees)
                        .order_by(Umkm.id)).all()
    assert [tuple(g) for g in got] == [(i, n, 2**62, None, date(2025, 2, 3), 0)
                                       for i, n in zip(ids, names, strict=True)]


def test_cycle_collector_paused_during_import_and_back_after(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "gc.xlsx"
    export_rows(path, "UMKM", COLUMNS, _umkm_rows(30, bad_at=20))
    seen: list[bool] = []
    real = KINDS["umkm"].convert_rows

    def convert_rows(*args: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args)

    monkeypatch.setattr(KINDS["umkm"], "convert_rows", convert_rows)
    assert gc.isenabled()
    assert run_import(db, "umkm", path)[1] is None  # refused
    assert gc.isenabled() and seen == [False]
    with pytest.raises(UserError):
        run_import(db, "umkm", tmp_path / "missing.xlsx")
    assert gc.isenabled()
    gc.disable()
    try:  # a caller that runs without the collector keeps it that way
        run_import(db, "umkm", path, options=ImportOptions(skip_invalid=True))
        assert not gc.isenabled()
    finally:
        gc.enable()
