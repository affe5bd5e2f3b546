"""UMKM from a sheet: the business, its latest figures as a dated snapshot, and the
streamed writer that keeps a 100,000-row import fast."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wirausaha_app.core.db import fts
from wirausaha_app.core.models import Umkm, UmkmSnapshot
from wirausaha_app.core.progress import Progress
from wirausaha_app.core.rules import validation as rules
from wirausaha_app.core.rules.errors import FieldError, ValidationError
from wirausaha_app.core.rules.ids import NIB_LENGTH
from wirausaha_app.core.rules.scale import load_scale_rules
from wirausaha_app.core.xlsx import parse, vocab
from wirausaha_app.core.xlsx.headers import FieldSpec as F
from wirausaha_app.core.xlsx.kinds_base import (
    SLOW,
    ColumnChecks,
    ImportOptions,
    KindHandler,
    Lookups,
    Memo,
    Record,
    StreamInserter,
    bulk_insert,
    bulk_update,
    digits_column,
    name_column,
    text_column,
    update_values,
)
from wirausaha_app.core.xlsx.kinds_fields import (
    PHONE_SYNONYMS,
    T,
    name_value,
    text_value,
    unmasked,
)


class UmkmContext(Lookups):
    def __init__(self, session: Session, options: ImportOptions) -> None:
        super().__init__(session, options, prefer_province="35")
        self.existing = dict(session.execute(
            select(Umkm.nib, Umkm.id).where(Umkm.nib.is_not(None))).all())
        self._session = session
        self._without_nib: dict[tuple[str, str, str], int | None] | None = None
        self.scale = load_scale_rules(session)
        self.today = date.today()
        self.memo = Memo()


    def without_nib(self, key: tuple[str, str, str]) -> int | None:
        """The UMKM without an NIB that has this (name, region, owner), if exactly one
        has; read the first time a row without an NIB is met."""
        if self._without_nib is None:
            found: dict[tuple[str, str, str], int | None] = {}
            for uid, name, region, owner in self._session.execute(
                    select(Umkm.id, Umkm.name, Umkm.region_code, Umkm.owner_name)
                    .where(Umkm.nib.is_(None))):
                k = umkm_name_key(name, region, owner)
                found[k] = None if k in found else uid  # two alike: no match
            self._without_nib = found
        return self._without_nib.get(key)


def umkm_name_key(name: Any, region: Any, owner: Any) -> tuple[str, str, str]:
    """How an UMKM without an NIB is recognised: its name, region and owner."""
    return (" ".join(str(name or "").split()).casefold(), str(region or ""),
            " ".join(str(owner or "").split()).casefold())


_FIGURES = ("annual_sales", "capital", "employees", "channels")
_NAME, _NIB = name_column(), digits_column(NIB_LENGTH)


def _PHONE(values: list[Any]) -> list[Any]:
    return parse.phone_column(values, SLOW)


_TEXT, _TEXT_50, _TEXT_200 = text_column(), text_column(50), text_column(200)
_MISSING_SCALE = "?"


def _kbli(pair: tuple[Any, Any], *, field: str) -> tuple[str | None, str | None]:
    code, version = pair
    return rules.kbli(None if code == "" else code, None if version == "" else version,
                      field=field)


class UmkmKind(KindHandler):
    name, title, key_field = "umkm", "UMKM", "nib"
    table = T["umkm"]
    fts_index = fts.UMKM_FTS
    fields = (
        F("name", "Nama Usaha", ("nama umkm", "umkm", "nama", "business name", "name", "usaha"),
          True),
        F("owner_name", "Nama Pemilik", ("pemilik", "owner", "owner name", "nama pelaku usaha")),
        F("region_code", "Kabupaten/Kota", ("kabupaten", "kota", "kab kota", "region", "wilayah",
                                            "kode wilayah", "lokasi", "domisili"), True),
        F("address", "Alamat", ("address", "alamat usaha")),
        F("phone", "Telepon", PHONE_SYNONYMS),
        F("kbli_code", "KBLI", ("kode kbli", "kbli code")),
        F("kbli_version", "Versi KBLI", ("kbli version", "tahun kbli"), note="2020 / 2025"),
        F("nib", "NIB", ("nomor induk berusaha", "no nib", "business id")),
        F("pirt_number", "Nomor P-IRT", ("pirt", "p irt", "no pirt", "sppirt")),
        F("pirt_valid_until", "P-IRT Berlaku Sampai", ("pirt berlaku", "masa berlaku pirt")),
        F("halal_number", "Nomor Halal", ("halal", "sertifikat halal", "no halal")),
        F("channels", "Saluran Penjualan", ("saluran", "channels", "sales channels", "pemasaran"),
          note="marketplace, media sosial, website, toko, reseller (pisahkan dengan koma)"),
        F("needs", "Kebutuhan", ("needs", "kebutuhan pendampingan"),
          note="kode peran rantai nilai, pisahkan dengan koma"),
        F("annual_sales", "Omzet Tahunan", ("omzet", "omset", "omset tahunan", "penjualan tahunan",
                                            "annual sales", "sales", "hasil penjualan tahunan")),
        F("capital", "Modal Usaha", ("modal", "capital", "aset")),
        F("employees", "Tenaga Kerja", ("karyawan", "jumlah karyawan", "pekerja", "employees",
                                        "jumlah tenaga kerja")),
        F("data_date", "Tanggal Data", ("tanggal", "per tanggal", "data date", "as of")),
        F("notes", "Catatan", ("notes", "keterangan", "ket")),
    )

    streams = True

    def load_context(self, session: Session, options: ImportOptions) -> UmkmContext:
        return UmkmContext(session, options)

    def open_stream(self, session: Session) -> UmkmStream:
        return UmkmStream(self, session)

    def convert(self, values: dict[str, Any], ctx: UmkmContext, row: int) -> Record:
        outcome = self.convert_rows({k: [v] for k, v in values.items()}, [row], ctx,
                                    Progress())[0]
        if isinstance(outcome, Record):
            return outcome
        raise outcome

    def convert_rows(
        self, columns: dict[str, list[Any]], rows: list[int], ctx: UmkmContext,
        progress: Progress,
    ) -> list[Record | FieldError | ValidationError]:
        # The hot path of big imports: column by column; repeated-value columns (regions,
        # amounts, dates, codes) keep their answers in the context's caches.
        n = len(rows)
        c = ColumnChecks(columns, n)
        memo = ctx.memo.caches
        cols: dict[str, list[Any]] = {
            "name": c.run("name", name_value, required=True, fast=_NAME),
            "owner_name": c.run("owner_name", text_value, max_length=200, fast=_TEXT_200),
            "region_code": c.run("region_code", ctx.regions.match, required=True,
                                 cache=memo.setdefault("region_code", {})),
            "address": c.run("address", text_value, fast=_TEXT),
            "phone": c.run("phone", unmasked(parse.phone), fast=_PHONE),
            "nib": c.run("nib", rules.nib, fast=_NIB),
            "pirt_number": c.run("pirt_number", rules.pirt),
            "pirt_valid_until": c.run("pirt_valid_until", parse.excel_date,
                                      cache=memo.setdefault("pirt_valid_until", {})),
            "halal_number": c.run("halal_number", text_value, max_length=50, fast=_TEXT_50),
            "channels": c.run("channels", parse.code_list, vocab.SALES_CHANNEL,
                              cache=memo.setdefault("channels", {})),
            "needs": c.run("needs", text_value, max_length=300, cache=memo.setdefault("needs", {})),
            "annual_sales": c.run("annual_sales", rules.parse_money,
                                  cache=memo.setdefault("annual_sales", {})),
            "capital": c.run("capital", rules.parse_money, cache=memo.setdefault("capital", {})),
            "employees": c.run("employees", rules.integer, minimum=0, maximum=1_000_000,
                               cache=memo.setdefault("employees", {})),
            "notes": c.run("notes", text_value, fast=_TEXT),
        }
        progress.step(n // 2, n, "validate")
        blank = [None] * n
        kbli = c.run("kbli_code", _kbli, cache=memo.setdefault("kbli", {}), raw=[
            None if code is None and version is None else (code, version)
            for code, version in zip(columns.get("kbli_code", blank),
                                     columns.get("kbli_version", blank), strict=True)])
        data_date = c.run("data_date", parse.excel_date, cache=memo.setdefault("data_date", {}))
        pairs = [k or (None, None) for k in kbli]
        cols["kbli_code"] = [k[0] for k in pairs]
        cols["kbli_version"] = [k[1] for k in pairs]
        # Rows with figures get a scale class and a first snapshot (dated, or today).
        figured = [a is not None or k is not None or e is not None or ch is not None
                   for a, k, e, ch in zip(cols["annual_sales"], cols["capital"],
                                          cols["employees"], cols["channels"], strict=True)]
        keys = list(cols)
        lists = [cols[k] for k in keys]
        outcomes: list[Record | FieldError | ValidationError] = []
        append = outcomes.append
        errors = c.errors
        classify = ctx.scale.classify
        today = ctx.today
        scale_memo: dict[tuple[int | None, int | None], str | None] = memo.setdefault(
            "scale_class", {})  # type: ignore[assignment]
        for i, (row, cells) in enumerate(zip(rows, zip(*lists, strict=True), strict=True)):
            if errors and i in errors:
                append(ValidationError(errors[i]))
                continue
            out = dict(zip(keys, cells, strict=True))
            if not figured[i]:
                append(Record(row, out))
                continue
            # Sales decide when known (PP 7/2021), so the class repeats per amount.
            sales = out["annual_sales"]
            figures = (sales, out["capital"] if sales is None else None)
            scale = scale_memo.get(figures, _MISSING_SCALE)
            if scale is _MISSING_SCALE:
                scale = scale_memo[figures] = classify(annual_sales=figures[0],
                                                       capital=figures[1])
            out["scale_class"] = scale
            append(Record(row, out, None, {"data_date": data_date[i] or today}))
        return outcomes

    def key(self, record: Record) -> Hashable | None:
        """The NIB; without one, the name, region and owner (a re-imported export, or
        the same row twice, is then the same UMKM, not a new one each time)."""
        v = record.values
        return v["nib"] or umkm_name_key(v["name"], v["region_code"], v.get("owner_name"))

    def describe_key(self, key: Any) -> str:
        return key if isinstance(key, str) else key[0]

    def existing_id(self, key: Any, ctx: UmkmContext) -> int | None:
        if isinstance(key, str):
            return ctx.existing.get(key)
        return ctx.without_nib(key)

    def write(self, session: Session, records: Sequence[Record], ctx: UmkmContext,
              progress: Progress) -> None:
        new = [r for r in records if r.existing_id is None]
        for r in new:
            r.values.setdefault("scale_class", None)  # every row the same columns
        ids = bulk_insert(session, T["umkm"], [r.values for r in new], progress,
                          self.fts_index)
        for r, new_id in zip(new, ids, strict=True):
            r.extra["id"] = new_id
        old = [r for r in records if r.existing_id is not None]
        latest: dict[int, date] = {}
        if old:
            ids_old = [r.existing_id for r in old]
            for start in range(0, len(ids_old), 500):
                latest.update(session.execute(
                    select(UmkmSnapshot.umkm_id, func.max(UmkmSnapshot.snapshot_date))
                    .where(UmkmSnapshot.umkm_id.in_(ids_old[start:start + 500]))
                    .group_by(UmkmSnapshot.umkm_id)).all())
            updates = []
            for r in old:
                assert r.existing_id is not None
                r.extra["id"] = r.existing_id
                values = update_values(r)
                when = r.extra.get("data_date")
                if when is not None and latest.get(r.existing_id, date.min) > when:
                    for k in (*_FIGURES, "scale_class"):  # an older snapshot: keep the latest
                        values.pop(k, None)
                updates.append({**values, "id": r.existing_id})
            bulk_update(session, T["umkm"], updates)
            dated = [(r.existing_id, r.extra["data_date"]) for r in old if "data_date" in r.extra]
            for umkm_id, when in dated:
                session.execute(T["umkm_snapshots"].delete().where(
                    (T["umkm_snapshots"].c.umkm_id == umkm_id)
                    & (T["umkm_snapshots"].c.snapshot_date == when)))
        bulk_insert(session, T["umkm_snapshots"], _snapshot_rows(records), progress)


class UmkmStream:
    """New UMKM and their first snapshots, written batch by batch as they are validated
    (see :class:`StreamInserter`); updates of existing UMKM come last, through
    :meth:`UmkmKind.write`.

    The search index's per-row triggers would cost ~3× the insert itself, and a rebuild
    re-indexes every UMKM already there; so the triggers are dropped for the new rows
    (DDL inside the transaction: a rollback restores them) and each batch's rows are
    indexed with one INSERT … SELECT over its id range, still in the writer's thread."""

    def __init__(self, kind: UmkmKind, session: Session) -> None:
        self.kind, self.session = kind, session
        self.conn = conn = session.connection()
        self.umkm = StreamInserter(conn, T["umkm"])
        self.snapshots = StreamInserter(conn, T["umkm_snapshots"])
        self.fts = fts.available(conn)
        if self.fts:
            fts.drop_triggers(conn, UmkmKind.fts_index)
            index = UmkmKind.fts_index
            cols = ", ".join(index.columns)
            self.fts_sql = (f"INSERT INTO {index.name}(rowid, {cols}) SELECT id, {cols} "
                            f"FROM {index.table} WHERE id BETWEEN ? AND ?")

    def pack(self, records: Sequence[Record]) -> Any:
        """Called by the importing thread: on SQLite, the statements for ``records``
        (ids given here, see :meth:`StreamInserter.pack`); elsewhere the records."""
        for r in records:
            r.values.setdefault("scale_class", None)  # every row the same columns
        if not self.umkm.sqlite:
            return records
        ids, statements = self.umkm.pack([r.values for r in records])
        for r, new_id in zip(records, ids, strict=True):
            r.extra["id"] = new_id
        if self.fts and ids:
            statements.append((self.fts_sql, (ids[0], ids[-1])))  # ids are a range
        statements += self.snapshots.pack(_snapshot_rows(records))[1]
        return _Packed(statements)

    def add(self, packed: Any) -> None:
        """Called by the writer's thread with what :meth:`pack` returned."""
        if isinstance(packed, _Packed):
            self.umkm.run(packed.statements)
            return
        records: Sequence[Record] = packed
        ids = self.umkm.insert([r.values for r in records])
        for r, new_id in zip(records, ids, strict=True):
            r.extra["id"] = new_id
        if self.fts and ids:
            self.conn.exec_driver_sql(self.fts_sql, (ids[0], ids[-1]))
        self.snapshots.insert(_snapshot_rows(records))

    def finish(self, updates: Sequence[Record], ctx: UmkmContext) -> None:
        if self.fts:
            fts.create_triggers(self.conn, UmkmKind.fts_index)  # updates keep it in step
        self.kind.write(self.session, updates, ctx, Progress())


@dataclass
class _Packed:
    statements: list[tuple[str, tuple]]


def _snapshot_rows(records: Sequence[Record]) -> list[dict[str, Any]]:
    return [
        {"umkm_id": r.extra["id"], "snapshot_date": r.extra["data_date"],
         "annual_sales": r.values["annual_sales"], "capital": r.values["capital"],
         "employees": r.values["employees"], "channels": r.values["channels"],
         "has_nib": r.values["nib"] is not None}
        for r in records if "data_date" in r.extra
    ]
