"""Import kinds for what hangs off teams: mentor assignments, seed-fund entries, program
outputs and UMKM pairings — so a full export imports back whole (the round trip).

Teams are found by name within the row's cohort, mentors by name, UMKM by NIB (else by
a unique name), roles and output kinds by name or code. Pairings go through the
mentorship service (``services.pairings.create_pairings``) inside the import's single
transaction, so the program's pairing limits apply exactly as in the pairing dialog;
the preview makes the same writes in a transaction that is rolled back, so a row over a
limit is listed with its row number before anything is imported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from functools import cached_property
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models import (
    MentorAssignment,
    OutputKind,
    Pairing,
    SeedFundEntry,
    TeamOutput,
    Umkm,
    ValueChainRole,
)
from wirausaha_app.core.models.enums import PairingStatus
from wirausaha_app.core.progress import SILENT, Progress
from wirausaha_app.core.rules import validation as rules
from wirausaha_app.core.rules.errors import ErrorCollector, FieldError
from wirausaha_app.core.xlsx import parse, vocab
from wirausaha_app.core.xlsx.headers import FieldSpec as F
from wirausaha_app.core.xlsx.kinds_base import ImportOptions, KindHandler, Record, folded
from wirausaha_app.core.xlsx.kinds_fields import T
from wirausaha_app.core.xlsx.kinds_team import CohortPeople


class Links(CohortPeople):
    def __init__(self, session: Session, options: ImportOptions) -> None:
        super().__init__(session, options)
        self.roles: dict[str, str] = {}
        for code, name in session.execute(select(ValueChainRole.code, ValueChainRole.name)):
            self.roles[folded(code)] = code
            self.roles[folded(name)] = code
        self.output_kinds: dict[str, str] = {}
        for code, name in session.execute(select(OutputKind.code, OutputKind.name)):
            self.output_kinds[folded(code)] = code
            self.output_kinds[folded(name)] = code
        self._session = session
        self.existing: dict[Any, int] = {}

    @property
    def umkm_by_nib(self) -> dict[str, int]:
        return self._umkm[0]

    @property
    def umkm_by_name(self) -> dict[Any, list[int]]:
        return self._umkm[1]

    @cached_property
    def _umkm(self) -> tuple[dict[str, int], dict[Any, list[int]]]:
        """Every UMKM, read the first time a row names one: assignments, seed funds and
        outputs never do (on a million UMKM the read took 8.6 s and ~0.9 GB)."""
        by_nib: dict[str, int] = {}
        # Without a NIB an UMKM is told apart by name, then region, then owner.
        by_name: dict[Any, list[int]] = defaultdict(list)
        for uid, name, owner, region, nib in self._session.execute(
            select(Umkm.id, Umkm.name, Umkm.owner_name, Umkm.region_code, Umkm.nib)
        ):
            if nib:
                by_nib[nib] = uid
            by_name[folded(name)].append(uid)
            by_name[(folded(name), region)].append(uid)
            by_name[(folded(name), region, folded(owner or ""))].append(uid)
        return by_nib, by_name

    def team_in_cohort(self, errors: ErrorCollector, values: dict[str, Any]) -> int | None:
        cohort_id = errors.check(self.cohort, values.get("cohort"), field="cohort")
        name = parse.text(values.get("team"))
        if not name:
            errors.check(rules.name, None, field="team")
            return None
        if cohort_id is None:
            return None
        team_id = self.teams.get((cohort_id, folded(name)))
        if team_id is None:
            errors.add("team", msg(QT_TRANSLATE_NOOP(
                "Xlsx", "No team “{name}” in this cohort."), name=name))
        return team_id

    def named(self, errors: ErrorCollector, table: dict[str, str], value: Any,
              field: str) -> str | None:
        text = parse.text(value)
        if not text:
            errors.check(rules.name, None, field=field)
            return None
        code = table.get(folded(text))
        if code is None:
            errors.add(field, msg(QT_TRANSLATE_NOOP("Validation", "Choose one of: {choices}."),
                                  choices=", ".join(sorted(set(table.values())))))
        return code


def _umkm(errors: ErrorCollector, ctx: Links, values: dict[str, Any]) -> int | None:
    """The UMKM of a row: by NIB when given, else by its name (with region and owner
    when several UMKM share the name)."""
    nib = errors.check(rules.nib, values.get("nib"), field="nib")
    name = parse.text(values.get("umkm")) or ""
    if nib:
        umkm_id = ctx.umkm_by_nib.get(nib)
        if umkm_id is None:
            errors.add("nib", msg(QT_TRANSLATE_NOOP("Xlsx", "No UMKM has NIB {nib}."), nib=nib))
        return umkm_id
    if errors.has("nib"):
        return None
    region = errors.check(ctx.regions.match, values.get("region"), field="region")
    owner = folded(parse.text(values.get("owner")) or "")
    found = ctx.umkm_by_name.get(folded(name), [])
    for key in ((folded(name), region), (folded(name), region, owner)):
        if len(found) > 1 and region:
            found = ctx.umkm_by_name.get(key, [])
    if len(found) == 1:
        return found[0]
    errors.add("umkm", msg(QT_TRANSLATE_NOOP(
        "Xlsx", "No UMKM named “{name}”; add its NIB to tell which.") if not found
        else QT_TRANSLATE_NOOP(
        "Xlsx", "Several UMKM are named “{name}”; add the NIB to tell which."), name=name))
    return None


def _date(errors: ErrorCollector, values: dict[str, Any], key: str,
          required: bool = False) -> Any:
    value = errors.check(parse.excel_date, values.get(key), field=key)
    if value is None and required and not errors.has(key):
        errors.check(rules.date_value, None, field=key, required=True)
    return value


TEAM_FIELDS = (F("team", "Nama Tim", ("tim", "team", "kelompok"), True),
               F("cohort", "Angkatan", ("cohort", "batch"), True))


class AssignmentsKind(KindHandler):
    name, title, key_field = "assignments", "Penugasan Mentor", "mentor"
    table = T["mentor_assignments"]
    fields = (
        F("mentor", "Nama Mentor", ("mentor", "pendamping", "dpl"), True), *TEAM_FIELDS,
        F("start_date", "Mulai", ("tanggal mulai", "start", "dari"), True),
        F("end_date", "Selesai", ("tanggal selesai", "end", "sampai")),
        F("note", "Catatan", ("notes", "keterangan")),
    )

    def load_context(self, session: Session, options: ImportOptions) -> Links:
        ctx = Links(session, options)
        ctx.existing = {(m, t, d): i for i, m, t, d in session.execute(select(
            MentorAssignment.id, MentorAssignment.mentor_id, MentorAssignment.team_id,
            MentorAssignment.start_date))}
        return ctx

    def convert(self, values: dict[str, Any], ctx: Links, row: int) -> Record:
        errors = ErrorCollector()
        team_id = ctx.team_in_cohort(errors, values)
        mentor_name = parse.text(values.get("mentor")) or ""
        found = ctx.mentors.get(folded(mentor_name), [])
        if len(found) != 1:
            errors.add("mentor", msg(QT_TRANSLATE_NOOP(
                "Xlsx", "No mentor named “{name}”.") if not found else QT_TRANSLATE_NOOP(
                "Xlsx", "Several mentors are named “{name}”."), name=mentor_name))
        start = _date(errors, values, "start_date", required=True)
        end = _date(errors, values, "end_date")
        errors.check(rules.date_not_before, end, start, field="end_date")
        note = errors.check(rules.text, parse.text(values.get("note")), field="note")
        errors.raise_if_any()
        return Record(row, {"mentor_id": found[0], "team_id": team_id, "start_date": start,
                            "end_date": end, "note": note})

    def key(self, record: Record) -> Hashable:
        v = record.values
        return (v["mentor_id"], v["team_id"], v["start_date"])

    def describe_key(self, key: Any) -> str:
        return key[2].strftime("%d/%m/%Y")

    def existing_id(self, key: Any, ctx: Links) -> int | None:
        return ctx.existing.get(key)


class SeedFundsKind(KindHandler):
    name, title, key_field = "seed_funds", "Dana Usaha", "amount"
    table = T["seed_fund_entries"]
    fields = (
        *TEAM_FIELDS, F("entry_date", "Tanggal", ("date", "tgl"), True),
        F("kind", "Jenis", ("kind", "type", "jenis dana"), True,
          "dialokasikan / dicairkan / dilaporkan"),
        F("amount", "Jumlah", ("amount", "nominal", "jumlah dana", "dana"), True),
        F("note", "Catatan", ("notes", "keterangan")),
    )

    def load_context(self, session: Session, options: ImportOptions) -> Links:
        ctx = Links(session, options)
        ctx.existing = {(t, d, k, a, n or ""): i for i, t, d, k, a, n in session.execute(select(
            SeedFundEntry.id, SeedFundEntry.team_id, SeedFundEntry.entry_date,
            SeedFundEntry.kind, SeedFundEntry.amount, SeedFundEntry.note))}
        return ctx

    def convert(self, values: dict[str, Any], ctx: Links, row: int) -> Record:
        errors = ErrorCollector()
        team_id = ctx.team_in_cohort(errors, values)
        when = _date(errors, values, "entry_date", required=True)
        kind = errors.check(parse.choice, values.get("kind"), vocab.SEED_FUND_KIND,
                            field="kind")
        if kind is None and not errors.has("kind"):
            errors.check(rules.name, None, field="kind")
        amount = errors.check(rules.parse_money, values.get("amount"), field="amount",
                              required=True)
        if amount is not None and amount <= 0:
            errors.add("amount", msg(QT_TRANSLATE_NOOP(
                "SeedFunds", "The amount must be above zero.")))
        note = errors.check(rules.text, parse.text(values.get("note")), field="note")
        errors.raise_if_any()
        return Record(row, {"team_id": team_id, "entry_date": when, "kind": kind,
                            "amount": amount, "note": note})

    def rule_problems(self, db: Database, records: Sequence[Record],
                      ctx: Links) -> list[tuple[Record, FieldError]]:
        """Each team's ledger after the import, as the seed-fund dialog checks it
        (disbursed ≤ granted, reported ≤ disbursed), in a transaction rolled back;
        a breach is shown at the team's last row in the file."""
        return _trial(db, records,
                      lambda session, copies: self._write_checked(session, copies, ctx, SILENT))

    def _write_checked(self, session: Session, records: Sequence[Record], ctx: Links,
                       progress: Progress) -> list[tuple[Record, FieldError]]:
        from wirausaha_app.core.services.seed_funds import check_ledger

        super().write(session, records, ctx, progress)
        last_row: dict[int, Record] = {}
        for record in records:
            last_row[record.values["team_id"]] = record
        breaches = []
        for team_id, record in last_row.items():
            try:
                check_ledger(session, team_id)
            except FieldError as error:
                breaches.append((record, error))
        return breaches

    def write(self, session: Session, records: Sequence[Record], ctx: Links,
              progress: Progress) -> None:
        breaches = self._write_checked(session, records, ctx, progress)
        if breaches:
            raise _nothing_imported(*breaches[0])

    def key(self, record: Record) -> Hashable:
        v = record.values
        return (v["team_id"], v["entry_date"], v["kind"], v["amount"], v["note"] or "")

    def describe_key(self, key: Any) -> str:
        return f"{key[1].strftime('%d/%m/%Y')} {key[3]}"

    def existing_id(self, key: Any, ctx: Links) -> int | None:
        return ctx.existing.get(key)


class OutputsKind(KindHandler):
    name, title, key_field = "outputs", "Luaran", "kind"
    table = T["team_outputs"]
    fields = (
        *TEAM_FIELDS, F("kind", "Luaran", ("output", "jenis luaran", "kind"), True),
        F("status", "Status", ("status luaran",), note="direncanakan / berjalan / selesai"),
        F("status_date", "Tanggal Status", ("tanggal", "date")),
        F("note", "Catatan", ("notes", "keterangan")),
    )

    def load_context(self, session: Session, options: ImportOptions) -> Links:
        ctx = Links(session, options)
        ctx.existing = {(t, k): i for i, t, k in session.execute(select(
            TeamOutput.id, TeamOutput.team_id, TeamOutput.kind_code))}
        return ctx

    def convert(self, values: dict[str, Any], ctx: Links, row: int) -> Record:
        errors = ErrorCollector()
        team_id = ctx.team_in_cohort(errors, values)
        kind = ctx.named(errors, ctx.output_kinds, values.get("kind"), "kind")
        status = errors.check(parse.choice, values.get("status"), vocab.OUTPUT_STATUS,
                              field="status", default="planned")
        when = _date(errors, values, "status_date")
        note = errors.check(rules.text, parse.text(values.get("note")), field="note")
        errors.raise_if_any()
        return Record(row, {"team_id": team_id, "kind_code": kind, "status": status,
                            "status_date": when, "note": note})

    def key(self, record: Record) -> Hashable:
        return (record.values["team_id"], record.values["kind_code"])

    def existing_id(self, key: Any, ctx: Links) -> int | None:
        return ctx.existing.get(key)


class PairingsKind(KindHandler):
    name, title, key_field = "pairings", "Pasangan UMKM", "umkm"
    table = T["pairings"]
    fields = (
        *TEAM_FIELDS, F("umkm", "Nama Usaha", ("umkm", "nama umkm", "usaha"), True),
        F("owner", "Nama Pemilik", ("pemilik", "owner")),
        F("region", "Kabupaten/Kota", ("kabupaten", "kota", "wilayah")),
        F("nib", "NIB", ("nomor induk berusaha",)),
        F("role", "Peran Rantai Nilai", ("peran", "role", "value chain role"), True),
        F("start_date", "Mulai", ("tanggal mulai", "start"), True),
        F("end_date", "Selesai", ("tanggal selesai", "end")),
        F("status", "Status", ("status pasangan",),
          note="diusulkan / aktif / selesai / dibatalkan"),
        F("notes", "Catatan", ("notes", "keterangan")),
    )

    def load_context(self, session: Session, options: ImportOptions) -> Links:
        ctx = Links(session, options)
        ctx.existing = {(t, u, r, d): i for i, t, u, r, d in session.execute(select(
            Pairing.id, Pairing.team_id, Pairing.umkm_id, Pairing.role_code,
            Pairing.start_date))}
        return ctx

    def convert(self, values: dict[str, Any], ctx: Links, row: int) -> Record:
        errors = ErrorCollector()
        team_id = ctx.team_in_cohort(errors, values)
        umkm_id = _umkm(errors, ctx, values)
        role = ctx.named(errors, ctx.roles, values.get("role"), "role")
        start = _date(errors, values, "start_date", required=True)
        end = _date(errors, values, "end_date")
        status = errors.check(parse.choice, values.get("status"), vocab.PAIRING_STATUS,
                              field="status", default="proposed")
        notes = errors.check(rules.text, parse.text(values.get("notes")), field="notes")
        errors.raise_if_any()
        return Record(row, {"team_id": team_id, "umkm_id": umkm_id, "role_code": role,
                            "start_date": start, "end_date": end, "status": status,
                            "notes": notes})

    def key(self, record: Record) -> Hashable:
        v = record.values
        return (v["team_id"], v["umkm_id"], v["role_code"], v["start_date"])

    def describe_key(self, key: Any) -> str:
        return key[3].strftime("%d/%m/%Y")

    def existing_id(self, key: Any, ctx: Links) -> int | None:
        return ctx.existing.get(key)

    def rule_problems(self, db: Database, records: Sequence[Record],
                      ctx: Links) -> list[tuple[Record, FieldError]]:
        """The pairing service's rules (limits, one open pairing per team and UMKM) met
        by the rows, found by doing what :meth:`write` does — changes to existing
        pairings first (a row finishing one frees its place), then the new ones in file
        order — in a write transaction of its own that is always rolled back."""
        def check(session: Session, copies: list[Record]) -> list[tuple[Record, FieldError]]:
            found: list[tuple[Record, FieldError]] = []
            self._write_checked(session, copies, ctx, SILENT, found)
            return found

        return _trial(db, records, check)

    def _write_checked(self, session: Session, records: Sequence[Record], ctx: Links,
                       progress: Progress,
                       refused: list[tuple[Record, FieldError]] | None) -> None:
        """Write ``records``; a pairing the rules refuse is added to ``refused`` (the
        preview), or, when that is None, stops the whole import (the commit)."""
        from wirausaha_app.core.services.pairings import (
            PairingInput,
            create_pairings,
            update_pairings,
        )

        old = [r for r in records if r.existing_id is not None]
        # Changes that free a place (finishing, cancelling) before those that take one,
        # then the new pairings: every change meets the rules the dialog applies.
        old.sort(key=lambda r: r.values["status"] == PairingStatus.ACTIVE.value)
        new = [r for r in records if r.existing_id is None]
        for n, record in enumerate([*old, *new]):
            if n % 200 == 0:
                progress.step(n, len(records), "pairings")
            data = PairingInput(**record.values)
            try:
                if record.existing_id is not None:
                    update_pairings(session, [(record.existing_id, data)])
                else:
                    create_pairings(session, [data])
            except FieldError as error:  # refused before anything was changed
                if refused is None:
                    # The whole import rolls back: say which row broke the pairing rules.
                    raise _nothing_imported(record, error) from error
                refused.append((record, error))

    def write(self, session: Session, records: Sequence[Record], ctx: Links,
              progress: Progress) -> None:
        self._write_checked(session, records, ctx, progress, None)


def _nothing_imported(record: Record, error: FieldError) -> UserError:
    """The whole import rolls back: which row broke a rule of the program."""
    return UserError(msg(QT_TRANSLATE_NOOP("Xlsx", "Nothing was imported: row {row}: {problem}"),
                         row=record.row, problem=error.message.render()))


class _TrialOver(Exception):
    """Ends the preview's trial write, so its transaction is rolled back."""


Refusals = list[tuple[Record, FieldError]]


def _trial(db: Database, records: Sequence[Record],
           check: Callable[[Session, list[Record]], Refusals]) -> Refusals:
    """``check`` (the import's own writes, reporting what the rules refuse) in a write
    transaction that is always rolled back, on copies of the records (the bulk writer
    prepares values in place); the refusals, mapped back to the records."""
    copies = [Record(r.row, dict(r.values), r.existing_id, dict(r.extra)) for r in records]
    original = {id(c): r for c, r in zip(copies, records, strict=True)}
    found: Refusals = []
    try:
        with db.transaction() as session:
            found = check(session, copies)
            raise _TrialOver
    except _TrialOver:
        pass
    return [(original[id(copy)], error) for copy, error in found]


class SnapshotsKind(KindHandler):
    """Dated figures of an UMKM (its history); the UMKM row mirrors the latest one, kept in
    step by the snapshot service's ``refresh_latest`` in the same transaction."""

    name, title, key_field = "umkm_snapshots", "Riwayat UMKM", "snapshot_date"
    table = T["umkm_snapshots"]
    fields = (
        F("umkm", "Nama Usaha", ("umkm", "nama umkm", "usaha"), True),
        F("owner", "Nama Pemilik", ("pemilik", "owner")),
        F("region", "Kabupaten/Kota", ("kabupaten", "kota", "wilayah")),
        F("nib", "NIB", ("nomor induk berusaha",)),
        F("snapshot_date", "Tanggal Data", ("tanggal", "per tanggal", "date"), True),
        F("annual_sales", "Omzet Tahunan", ("omzet", "omset", "penjualan tahunan")),
        F("capital", "Modal Usaha", ("modal", "capital")),
        F("employees", "Tenaga Kerja", ("karyawan", "jumlah karyawan", "employees")),
        F("channels", "Saluran Penjualan", ("saluran", "channels")),
        F("has_nib", "Punya NIB", ("ada nib", "has nib"), note="ya / tidak"),
        F("note", "Catatan", ("notes", "keterangan")),
    )

    def load_context(self, session: Session, options: ImportOptions) -> Links:
        from wirausaha_app.core.models import UmkmSnapshot

        ctx = Links(session, options)
        ctx.existing = {}
        ctx.snapshot_values = {}  # type: ignore[attr-defined]
        for snap in session.scalars(select(UmkmSnapshot)):
            ctx.existing[(snap.umkm_id, snap.snapshot_date)] = snap.id
            ctx.snapshot_values[snap.id] = (  # type: ignore[attr-defined]
                snap.annual_sales, snap.capital, snap.employees, snap.channels, snap.has_nib,
                snap.note)
        return ctx

    def convert(self, values: dict[str, Any], ctx: Links, row: int) -> Record:
        errors = ErrorCollector()
        umkm_id = _umkm(errors, ctx, values)
        when = _date(errors, values, "snapshot_date", required=True)
        out = {
            "umkm_id": umkm_id, "snapshot_date": when,
            "annual_sales": errors.check(rules.parse_money, values.get("annual_sales"),
                                         field="annual_sales"),
            "capital": errors.check(rules.parse_money, values.get("capital"), field="capital"),
            "employees": errors.check(rules.integer, values.get("employees"),
                                      field="employees", minimum=0, maximum=1_000_000),
            "channels": errors.check(parse.code_list, values.get("channels"),
                                     vocab.SALES_CHANNEL, field="channels"),
            "has_nib": errors.check(parse.choice, values.get("has_nib"), vocab.YES_NO,
                                    field="has_nib"),
            "note": errors.check(rules.text, parse.text(values.get("note")), field="note"),
        }
        errors.raise_if_any()
        out["has_nib"] = None if out["has_nib"] is None else out["has_nib"] == "1"
        return Record(row, out)

    def key(self, record: Record) -> Hashable:
        return (record.values["umkm_id"], record.values["snapshot_date"])

    def describe_key(self, key: Any) -> str:
        return key[1].strftime("%d/%m/%Y")

    def existing_id(self, key: Any, ctx: Links) -> int | None:
        return ctx.existing.get(key)

    def unchanged(self, record: Record, ctx: Links) -> bool:
        v = record.values
        return ctx.snapshot_values.get(record.existing_id) == (  # type: ignore[attr-defined]
            v["annual_sales"], v["capital"], v["employees"], v["channels"], v["has_nib"],
            v["note"])

    def write(self, session: Session, records: Sequence[Record], ctx: Links,
              progress: Progress) -> None:
        from wirausaha_app.core.rules.scale import load_scale_rules
        from wirausaha_app.core.services.snapshots import refresh_latest

        super().write(session, records, ctx, progress)
        scale = load_scale_rules(session)
        for n, umkm_id in enumerate(sorted({r.values["umkm_id"] for r in records})):
            if n % 500 == 0:
                progress.step(n, None, "refresh")
            refresh_latest(session, umkm_id, scale)
