"""Import kinds that link people: teams (with members and leader) and mentoring sessions
(with attendance). Students are found by NIM among the students of the row's cohort."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.models import (
    Mentor,
    MentoringSession,
    SessionAttendance,
    Student,
    Team,
    TeamMember,
)
from wirausaha_app.core.progress import Progress
from wirausaha_app.core.rules import validation as rules
from wirausaha_app.core.rules.errors import ErrorCollector, FieldError
from wirausaha_app.core.xlsx import parse, vocab
from wirausaha_app.core.xlsx.headers import FieldSpec as F
from wirausaha_app.core.xlsx.kinds_base import (
    ImportOptions,
    KindHandler,
    Lookups,
    Record,
    bulk_insert,
    bulk_update,
    folded,
    update_values,
)
from wirausaha_app.core.xlsx.kinds_fields import T


class CohortPeople(Lookups):
    """Students by (cohort, NIM), current team memberships, teams and mentors by name."""

    def __init__(self, session: Session, options: ImportOptions) -> None:
        super().__init__(session, options)
        self.students: dict[tuple[int | None, str], list[int]] = defaultdict(list)
        self.cohort_of: dict[int, int | None] = {}
        self.names: dict[int, str] = {}
        for sid, cid, nim, name in session.execute(
            select(Student.id, Student.cohort_id, Student.nim, Student.name)
        ):
            self.students[(cid, nim)].append(sid)
            self.cohort_of[sid] = cid
            self.names[sid] = f"{name} ({nim})"
        self.team_of: dict[int, int] = dict(
            session.execute(select(TeamMember.student_id, TeamMember.team_id)).all())
        self.teams: dict[tuple[int, str], int] = {
            (cid, folded(name)): tid
            for tid, cid, name in session.execute(select(Team.id, Team.cohort_id, Team.name))
        }
        self.mentors: dict[str, list[int]] = defaultdict(list)
        for mid, name in session.execute(select(Mentor.id, Mentor.name)):
            self.mentors[folded(name)].append(mid)
        self.file_team_of: dict[int, int] = {}  # student -> row of the file that placed them

    def student(self, cohort_id: int | None, nim: str, field: str) -> int:
        found = self.students.get((cohort_id, nim), [])
        if not found:
            raise FieldError(field, msg(QT_TRANSLATE_NOOP(
                "Xlsx", "No student with NIM {nim} in this cohort: import the students first."),
                nim=nim))
        if len(found) > 1:
            raise FieldError(field, msg(QT_TRANSLATE_NOOP(
                "Xlsx", "NIM {nim} belongs to several students of this cohort (different "
                "universities); this cannot be resolved from the sheet."), nim=nim))
        return found[0]


class TeamsKind(KindHandler):
    name, title, key_field = "teams", "Tim", "name"
    table = T["teams"]
    fields = (
        F("name", "Nama Tim", ("tim", "team", "nama kelompok", "kelompok", "team name"), True),
        F("cohort", "Angkatan", ("cohort", "batch"), True),
        F("business_name", "Nama Usaha", ("usaha", "business name", "brand", "merek")),
        F("sector", "Bidang Usaha", ("bidang", "sector", "sektor", "kategori usaha")),
        F("kbli_code", "KBLI", ("kode kbli",)),
        F("kbli_version", "Versi KBLI", ("kbli version",), note="2020 / 2025"),
        F("region_code", "Kabupaten/Kota", ("kabupaten", "kota", "region", "wilayah",
                                            "kode wilayah", "lokasi")),
        F("business_plan_approved", "Rencana Usaha Disetujui", ("business plan approved",
                                                                 "proposal disetujui")),
        F("bank_account", "Rekening Bank", ("rekening", "bank account", "no rekening")),
        F("leader_nim", "NIM Ketua", ("ketua", "nim ketua tim", "leader", "leader nim"), True),
        F("member_nims", "NIM Anggota", ("anggota", "members", "member nims", "nim anggota tim"),
          note="NIM anggota selain ketua, pisahkan dengan koma"),
        F("notes", "Catatan", ("notes", "keterangan", "ket")),
    )

    def load_context(self, session: Session, options: ImportOptions) -> CohortPeople:
        return CohortPeople(session, options)

    def convert(self, values: dict[str, Any], ctx: CohortPeople, row: int) -> Record:
        errors = ErrorCollector()
        g = values.get
        out: dict[str, Any] = {
            "name": errors.check(rules.name, parse.text(g("name")), field="name"),
            "cohort_id": errors.check(ctx.cohort, g("cohort"), field="cohort"),
            "business_name": errors.check(rules.text, parse.text(g("business_name")),
                                          field="business_name", max_length=200),
            "sector": errors.check(rules.text, parse.text(g("sector")), field="sector",
                                   max_length=100),
            "region_code": errors.check(ctx.regions.match, g("region_code"), field="region_code"),
            "business_plan_approved": errors.check(parse.excel_date, g("business_plan_approved"),
                                                   field="business_plan_approved"),
            "bank_account": errors.check(rules.text, parse.text(g("bank_account")),
                                         field="bank_account", max_length=100),
            "notes": errors.check(rules.text, parse.text(g("notes")), field="notes"),
        }
        kbli = errors.check(rules.kbli, g("kbli_code"), g("kbli_version"))
        out["kbli_code"], out["kbli_version"] = kbli or (None, None)
        errors.raise_if_any()
        cohort_id = out["cohort_id"]
        leader_nim = parse.text(g("leader_nim"))
        if not leader_nim:
            errors.check(rules.nim, None, field="leader_nim")
            errors.raise_if_any()
        leader = errors.check(ctx.student, cohort_id, leader_nim, "leader_nim")
        members = [leader] if leader else []
        for nim in parse.id_list(g("member_nims")):
            sid = errors.check(ctx.student, cohort_id, nim, "member_nims")
            if sid:
                members.append(sid)
        errors.raise_if_any()
        existing = ctx.teams.get((cohort_id, folded(out["name"])))
        errors.check(rules.team_members, members, leader, cohort_id=cohort_id,
                     cohort_of=ctx.cohort_of, team_of=ctx.team_of, team_id=existing,
                     names=ctx.names, field="member_nims", leader_field="leader_nim")
        for sid in members:
            other_row = ctx.file_team_of.get(sid)
            if other_row is not None:
                errors.add("member_nims", msg(QT_TRANSLATE_NOOP(
                    "Xlsx", "{student} is already in the team of row {row}."),
                    student=ctx.names.get(sid, sid), row=other_row))
        errors.raise_if_any()
        for sid in members:
            ctx.file_team_of[sid] = row
        return Record(row, out, extra={"members": members, "leader": leader})

    def key(self, record: Record) -> Hashable:
        return (record.values["cohort_id"], folded(record.values["name"]))

    def existing_id(self, key: Any, ctx: CohortPeople) -> int | None:
        return ctx.teams.get(key)

    def write(self, session: Session, records: Sequence[Record], ctx: CohortPeople,
              progress: Progress) -> None:
        new = [r for r in records if r.existing_id is None]
        ids = bulk_insert(session, T["teams"], [r.values for r in new], progress)
        for r, tid in zip(new, ids, strict=True):
            r.extra["id"] = tid
        old = [r for r in records if r.existing_id is not None]
        bulk_update(session, T["teams"], [{**update_values(r), "id": r.existing_id} for r in old])
        for r in old:
            r.extra["id"] = r.existing_id
            session.execute(delete(TeamMember).where(TeamMember.team_id == r.existing_id))
        members = [{"team_id": r.extra["id"], "student_id": sid,
                    "is_leader": sid == r.extra["leader"]}
                   for r in records for sid in r.extra["members"]]
        if members:
            session.execute(T["team_members"].insert(), members)


class SessionsKind(KindHandler):
    name, title, key_field = "sessions", "Sesi Pendampingan", "session_date"
    table = T["mentoring_sessions"]
    fields = (
        F("session_date", "Tanggal", ("tanggal sesi", "date", "hari tanggal", "tgl"), True),
        F("start_time", "Jam Mulai", ("jam", "waktu", "time", "start time", "pukul")),
        F("team", "Nama Tim", ("tim", "team", "kelompok"), True),
        F("cohort", "Angkatan", ("cohort", "batch"), True),
        F("mentor", "Nama Mentor", ("mentor", "pendamping", "dpl"), True),
        F("duration_minutes", "Durasi (menit)", ("durasi", "duration", "lama", "menit"), True),
        F("method", "Metode", ("method", "cara", "moda"), note="luring / daring"),
        F("place", "Tempat", ("lokasi", "place", "link", "tautan")),
        F("topic", "Topik", ("topic", "materi", "judul", "agenda"), True),
        F("notes", "Catatan", ("notes", "keterangan", "hasil")),
        F("present", "Hadir (NIM)", ("hadir", "present", "kehadiran", "nim hadir"),
          note="NIM yang hadir, pisahkan dengan koma"),
        F("absent", "Tidak Hadir (NIM)", ("tidak hadir", "absent", "alpa")),
        F("excused", "Izin (NIM)", ("izin", "excused", "ijin")),
    )

    def load_context(self, session: Session, options: ImportOptions) -> CohortPeople:
        ctx = CohortPeople(session, options)
        ctx.sessions = {  # type: ignore[attr-defined]
            (t, m, d, start, folded(topic), minutes): sid
            for sid, t, m, d, start, topic, minutes in session.execute(
                select(MentoringSession.id, MentoringSession.team_id, MentoringSession.mentor_id,
                       MentoringSession.session_date, MentoringSession.start_time,
                       MentoringSession.topic, MentoringSession.duration_minutes))
        }
        return ctx

    def convert(self, values: dict[str, Any], ctx: CohortPeople, row: int) -> Record:
        errors = ErrorCollector()
        g = values.get
        cohort_id = errors.check(ctx.cohort, g("cohort"), field="cohort")
        team_id = mentor_id = None
        team_name = parse.text(g("team"))
        if not team_name:
            errors.check(rules.name, None, field="team")
        elif cohort_id is not None:
            team_id = ctx.teams.get((cohort_id, folded(team_name)))
            if team_id is None:
                errors.add("team", msg(QT_TRANSLATE_NOOP(
                    "Xlsx", "No team “{name}” in this cohort."), name=team_name))
        mentor_name = parse.text(g("mentor"))
        found = ctx.mentors.get(folded(mentor_name or ""), [])
        if not mentor_name:
            errors.check(rules.name, None, field="mentor")
        elif len(found) != 1:
            errors.add("mentor", msg(QT_TRANSLATE_NOOP(
                "Xlsx", "No mentor named “{name}”.") if not found else QT_TRANSLATE_NOOP(
                "Xlsx", "Several mentors are named “{name}”."), name=mentor_name))
        else:
            mentor_id = found[0]
        out: dict[str, Any] = {
            "team_id": team_id, "mentor_id": mentor_id,
            "session_date": errors.check(parse.excel_date, g("session_date"),
                                         field="session_date"),
            "start_time": errors.check(parse.excel_time, g("start_time"), field="start_time"),
            "duration_minutes": errors.check(rules.integer, g("duration_minutes"),
                                             field="duration_minutes", minimum=1, maximum=720,
                                             required=True),
            "method": errors.check(parse.choice, g("method"), vocab.SESSION_METHOD,
                                   field="method", default="offline"),
            "place": errors.check(rules.text, parse.text(g("place")), field="place",
                                  max_length=300),
            "topic": errors.check(rules.text, parse.text(g("topic")), field="topic",
                                  max_length=300, required=True),
            "notes": errors.check(rules.text, parse.text(g("notes")), field="notes"),
        }
        if out["session_date"] is None and not errors.has("session_date"):
            errors.check(rules.date_value, None, field="session_date", required=True)
        attendance: dict[int, str] = {}
        for key, status in (("present", "present"), ("absent", "absent"),
                            ("excused", "excused")):
            for nim in parse.id_list(g(key)):
                sid = errors.check(ctx.student, cohort_id, nim, key)
                if sid:
                    attendance[sid] = status
        errors.raise_if_any()
        return Record(row, out, extra={"attendance": attendance})

    def key(self, record: Record) -> Hashable:
        v = record.values
        # No natural key: the same team, mentor, date, time, topic and length is one session.
        return (v["team_id"], v["mentor_id"], v["session_date"], v["start_time"],
                folded(v["topic"]), v["duration_minutes"])

    def describe_key(self, key: Any) -> str:
        when = key[2].strftime("%d/%m/%Y") + (f" {key[3]:%H:%M}" if key[3] else "")
        return f"{when} {key[4]}"

    def existing_id(self, key: Any, ctx: CohortPeople) -> int | None:
        return ctx.sessions.get(key)  # type: ignore[attr-defined]

    def write(self, session: Session, records: Sequence[Record], ctx: CohortPeople,
              progress: Progress) -> None:
        new = [r for r in records if r.existing_id is None]
        ids = bulk_insert(session, T["mentoring_sessions"], [r.values for r in new], progress)
        for r, sid in zip(new, ids, strict=True):
            r.extra["id"] = sid
        old = [r for r in records if r.existing_id is not None]
        bulk_update(session, T["mentoring_sessions"],
                    [{**update_values(r), "id": r.existing_id} for r in old])
        for r in old:
            r.extra["id"] = r.existing_id
            session.execute(delete(SessionAttendance).where(
                SessionAttendance.session_id == r.existing_id))
        rows = [{"session_id": r.extra["id"], "student_id": sid, "status": status}
                for r in records for sid, status in r.extra["attendance"].items()]
        if rows:
            session.execute(T["session_attendance"].insert(), rows)
