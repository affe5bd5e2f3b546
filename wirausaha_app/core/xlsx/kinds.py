"""The importable kinds: fields (headers + synonyms), conversion and writing.

Conversion runs the core validation rules (:mod:`wirausaha_app.core.rules.validation`)
on spreadsheet-normalised cells (:mod:`.parse`), so an imported record obeys the same
checks as one typed into a form. Writing uses Core bulk inserts (one executemany per
batch) inside the caller's single transaction.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.core.db import fts
from wirausaha_app.core.models import Mentor, Student
from wirausaha_app.core.rules import validation as rules
from wirausaha_app.core.rules.errors import ErrorCollector
from wirausaha_app.core.xlsx import parse, vocab
from wirausaha_app.core.xlsx.headers import FieldSpec as F
from wirausaha_app.core.xlsx.kinds_base import (
    ImportOptions,
    KindHandler,
    Lookups,
    Record,
    run_rules,
)
from wirausaha_app.core.xlsx.kinds_links import (
    AssignmentsKind,
    OutputsKind,
    PairingsKind,
    SeedFundsKind,
    SnapshotsKind,
)
from wirausaha_app.core.xlsx.kinds_team import SessionsKind, TeamsKind

__all__ = ["KINDS", "ImportOptions", "KindHandler", "Record"]

from wirausaha_app.core.xlsx.kinds_base import folded
from wirausaha_app.core.xlsx.kinds_fields import (
    PHONE_SYNONYMS,
    T,
    choice_rule,
    name_value,
    region_rule,
    text_value,
    unmasked,
)
from wirausaha_app.core.xlsx.kinds_umkm import UmkmKind


# ---------------------------------------------------------------------- universities
class UniversitiesKind(KindHandler):
    name, title, key_field = "universities", "Perguruan Tinggi", "name"
    table = T["universities"]
    update_defaults = ("kind",)
    fields = (
        F("name", "Nama Perguruan Tinggi", ("nama", "perguruan tinggi", "nama pt", "university",
                                            "name", "kampus", "nama kampus"), True),
        F("short_name", "Singkatan", ("short name", "akronim", "abbreviation")),
        F("kind", "Jenis", ("kind", "type", "jenis pt", "peran"), note="pelaksana / asal / "
          "pelaksana dan asal"),
        F("region_code", "Kabupaten/Kota", ("kabupaten", "kota", "kab kota", "region", "wilayah",
                                            "kode wilayah", "lokasi")),
        F("address", "Alamat", ("address",)),
        F("mou_number", "Nomor MoU", ("no mou", "mou", "mou number")),
        F("mou_valid_from", "MoU Berlaku Dari", ("mou dari", "mou from", "mou mulai")),
        F("mou_valid_until", "MoU Berlaku Sampai", ("mou sampai", "mou until", "mou berakhir")),
        F("contact_name", "Narahubung", ("contact", "contact name", "kontak", "pic")),
        F("contact_phone", "Telepon Narahubung", ("contact phone", "telepon", "no hp", "hp",
                                                  "phone", "wa", "no wa")),
        F("contact_email", "Email Narahubung", ("contact email", "email", "e-mail", "surel")),
    )

    def convert(self, values: dict[str, Any], ctx: Lookups, row: int) -> Record:
        out = run_rules(values, {
            "name": (name_value, {}), "short_name": (text_value, {"max_length": 40}),
            "kind": (choice_rule(vocab.UNIVERSITY_KIND, "origin"), {}),
            "region_code": (region_rule(ctx), {}), "address": (text_value, {}),
            "mou_number": (text_value, {"max_length": 100}),
            "mou_valid_from": (parse.excel_date, {}), "mou_valid_until": (parse.excel_date, {}),
            "contact_name": (text_value, {"max_length": 200}),
            "contact_phone": (unmasked(parse.phone), {}),
            "contact_email": (rules.email, {}),
        })
        errors = ErrorCollector()
        errors.check(rules.date_not_before, out["mou_valid_until"], out["mou_valid_from"],
                     field="mou_valid_until")
        errors.raise_if_any()
        return Record(row, out)

    def key(self, record: Record) -> Hashable:
        return folded(record.values["name"])

    def existing_id(self, key: Any, ctx: Lookups) -> int | None:
        return ctx.universities.get(key)


# --------------------------------------------------------------------------- cohorts
class CohortsKind(KindHandler):
    name, title, key_field = "cohorts", "Angkatan", "name"
    table = T["cohorts"]
    fields = (
        F("name", "Nama Angkatan", ("angkatan", "cohort", "nama", "name", "batch"), True),
        F("host_university", "Perguruan Tinggi Pelaksana", ("pelaksana", "host", "host university",
                                                            "perguruan tinggi", "pt"), True),
        F("year", "Tahun", ("year",), True),
        F("semester", "Semester", ("term",), True, "ganjil / genap"),
        F("pre_immersion_start", "Mulai Pra-Imersi", ("pra imersi", "pre immersion")),
        F("immersion_start", "Mulai Imersi", ("imersi", "immersion")),
        F("post_immersion_start", "Mulai Pasca-Imersi", ("pasca imersi", "post immersion")),
        F("end_date", "Tanggal Selesai", ("selesai", "end", "end date")),
        F("expo_date", "Tanggal Expo", ("expo", "demo day")),
        F("quota_total", "Kuota", ("quota", "kuota total")),
        F("quota_internal_percent", "Kuota Internal (%)", ("kuota internal", "internal")),
        F("notes", "Catatan", ("notes", "keterangan", "ket")),
    )

    def has_default(self, field_key: str, options: ImportOptions) -> bool:
        return False

    def convert(self, values: dict[str, Any], ctx: Lookups, row: int) -> Record:
        out = run_rules(values, {
            "name": (name_value, {}),
            "host_university": (lambda v, *, field: ctx.university(v, field=field), {}),
            "year": (rules.integer, {"minimum": 2020, "maximum": 2100, "required": True}),
            "semester": (choice_rule(vocab.SEMESTER), {}),
            **{k: (parse.excel_date, {}) for k in ("pre_immersion_start", "immersion_start",
                                                   "post_immersion_start", "end_date",
                                                   "expo_date")},
            "quota_total": (rules.integer, {"minimum": 0, "maximum": 100_000}),
            "quota_internal_percent": (rules.integer, {"minimum": 0, "maximum": 100}),
            "notes": (text_value, {}),
        })
        if out["semester"] is None:
            errors = ErrorCollector()
            errors.check(rules.choice, None, ["ganjil", "genap"], field="semester")
            errors.raise_if_any()
        errors = ErrorCollector()
        errors.check(rules.date_not_before, out["immersion_start"], out["pre_immersion_start"],
                     field="immersion_start")
        errors.raise_if_any()
        out["host_university_id"] = out.pop("host_university")
        return Record(row, out)

    def key(self, record: Record) -> Hashable:
        return folded(record.values["name"])

    def existing_id(self, key: Any, ctx: Lookups) -> int | None:
        return ctx.cohorts.get(key)


# -------------------------------------------------------------------------- students
class StudentsContext(Lookups):
    def __init__(self, session: Session, options: ImportOptions) -> None:
        super().__init__(session, options)
        self.existing = {(u, n): i for i, u, n in session.execute(
            select(Student.id, Student.university_id, Student.nim))}




class StudentsKind(KindHandler):
    name, title, key_field = "students", "Mahasiswa", "nim"
    table = T["students"]
    update_defaults = ("status",)
    fts_index = fts.STUDENTS_FTS
    fields = (
        F("nim", "NIM", ("nomor induk mahasiswa", "student number", "student id", "npm"), True),
        F("name", "Nama", ("nama mahasiswa", "nama lengkap", "name", "full name"), True),
        F("university", "Perguruan Tinggi", ("perguruan tinggi asal", "pt asal", "asal pt",
                                             "university", "kampus", "universitas", "pt"), True),
        F("cohort", "Angkatan", ("cohort", "batch", "angkatan wmk"), True),
        F("study_program", "Program Studi", ("prodi", "jurusan", "study program", "program")),
        F("semester", "Semester", ("smt", "term")),
        F("gender", "Jenis Kelamin", ("jk", "l p", "gender", "sex", "kelamin"), note="L / P"),
        F("status", "Status", ("status mahasiswa",), note="terdaftar / aktif / selesai / "
          "mengundurkan diri"),
        F("phone", "Telepon", PHONE_SYNONYMS),
        F("email", "Email", ("e-mail", "surel", "mail", "alamat email")),
        F("nik", "NIK", ("nomor induk kependudukan", "no ktp", "ktp", "national id")),
        F("notes", "Catatan", ("notes", "keterangan", "ket")),
    )

    def load_context(self, session: Session, options: ImportOptions) -> StudentsContext:
        return StudentsContext(session, options)

    def convert(self, values: dict[str, Any], ctx: StudentsContext, row: int) -> Record:
        out = run_rules(values, {
            "nim": (rules.nim, {}), "name": (name_value, {}),
            "university": (lambda v, *, field: ctx.university(v, field=field), {}),
            "cohort": (lambda v, *, field: ctx.cohort(v, field=field, required=False), {}),
            "study_program": (text_value, {"max_length": 200}),
            "semester": (rules.integer, {"minimum": 1, "maximum": 14}),
            "gender": (choice_rule(vocab.GENDER), {}),
            "status": (choice_rule(vocab.STUDENT_STATUS, "registered"), {}),
            "phone": (unmasked(parse.phone), {}), "email": (rules.email, {}),
            "nik": (unmasked(rules.nik), {}), "notes": (text_value, {}),
        })
        out["university_id"] = out.pop("university")
        out["cohort_id"] = out.pop("cohort")
        return Record(row, out)

    def key(self, record: Record) -> Hashable:
        return (record.values["university_id"], record.values["nim"])

    def existing_id(self, key: Any, ctx: StudentsContext) -> int | None:
        return ctx.existing.get(key)


# --------------------------------------------------------------------------- mentors
class MentorsContext(Lookups):
    def __init__(self, session: Session, options: ImportOptions) -> None:
        super().__init__(session, options)
        self.existing = {(folded(n), u): i for i, n, u in session.execute(
            select(Mentor.id, Mentor.name, Mentor.university_id))}


class MentorsKind(KindHandler):
    name, title, key_field = "mentors", "Mentor", "name"
    table = T["mentors"]
    update_defaults = ("kind", "capacity")
    fields = (
        F("name", "Nama Mentor", ("nama", "mentor", "name", "nama dosen", "dpl", "nama dpl"), True),
        F("kind", "Jenis", ("jenis mentor", "kind", "type", "peran"), note="DPL / praktisi"),
        F("university", "Perguruan Tinggi", ("university", "kampus", "universitas", "pt")),
        F("organisation", "Organisasi", ("instansi", "perusahaan", "organization", "company")),
        F("expertise", "Keahlian", ("bidang keahlian", "expertise", "keilmuan")),
        F("capacity", "Kapasitas", ("capacity", "kuota tim", "maks tim")),
        F("phone", "Telepon", PHONE_SYNONYMS),
        F("email", "Email", ("e-mail", "surel", "mail")),
        F("notes", "Catatan", ("notes", "keterangan", "ket")),
    )

    def load_context(self, session: Session, options: ImportOptions) -> MentorsContext:
        return MentorsContext(session, options)

    def convert(self, values: dict[str, Any], ctx: MentorsContext, row: int) -> Record:
        out = run_rules(values, {
            "name": (name_value, {}), "kind": (choice_rule(vocab.MENTOR_KIND, "dpl"), {}),
            "university": (lambda v, *, field: ctx.university(v, field=field, required=False),
                           {}),
            "organisation": (text_value, {"max_length": 200}),
            "expertise": (text_value, {"max_length": 300}),
            "capacity": (lambda v, *, field: 5 if parse.blank(v)
                         else rules.mentor_capacity(v, field=field), {}),
            "phone": (unmasked(parse.phone), {}), "email": (rules.email, {}),
            "notes": (text_value, {}),
        })
        out["university_id"] = out.pop("university")
        return Record(row, out)

    def key(self, record: Record) -> Hashable:
        return (folded(record.values["name"]), record.values["university_id"])

    def describe_key(self, key: Any) -> str:
        return str(key[0])

    def existing_id(self, key: Any, ctx: MentorsContext) -> int | None:
        return ctx.existing.get(key)


# ------------------------------------------------------------------------------ UMKM
KINDS: dict[str, KindHandler] = {k.name: k for k in (
    UniversitiesKind(), CohortsKind(), StudentsKind(), MentorsKind(), UmkmKind(), TeamsKind(),
    SessionsKind(), AssignmentsKind(), SeedFundsKind(), OutputsKind(), PairingsKind(),
    SnapshotsKind(),
)}

# Kinds in the order a whole workbook must be imported (references first).
WORKBOOK_ORDER = ("universities", "cohorts", "students", "mentors", "teams", "umkm",
                  "umkm_snapshots", "sessions", "assignments", "seed_funds", "outputs",
                  "pairings")

