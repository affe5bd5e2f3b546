"""What each exported sheet holds: Indonesian headers, cell types and the query.

Every sheet is a list of :class:`Column` and a generator of row tuples streamed
from the database (``yield_per``), so a 100k-row sheet never sits in memory.
Headers here are also what the importer recognises first (see :mod:`.headers`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeAlias

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from wirausaha_app.core.models import (
    Cohort,
    Mentor,
    MentorAssignment,
    MentoringSession,
    OutputKind,
    Pairing,
    Region,
    SeedFundEntry,
    SessionAttendance,
    Student,
    Team,
    TeamMember,
    TeamOutput,
    Umkm,
    UmkmSnapshot,
    University,
    ValueChainRole,
)
from wirausaha_app.core.xlsx import vocab

BATCH = 2000
AnySelect: TypeAlias = "Select[*tuple[Any, ...]]"


class CellType(Enum):
    TEXT = "text"
    ID = "id"  # digits that must stay text (NIM, NIB, KBLI, codes)
    NIK = "nik"  # masked unless a full export
    PHONE = "phone"  # masked unless a full export
    DATE = "date"
    TIME = "time"
    MONEY = "money"
    INT = "int"
    NUMBER = "number"


@dataclass(frozen=True)
class Column:
    header: str
    type: CellType = CellType.TEXT
    width: float = 16


@dataclass(frozen=True)
class Scope:
    """Which part of the database an export covers (None = everything)."""

    cohort_id: int | None = None
    university_id: int | None = None

    @property
    def everything(self) -> bool:
        return self.cohort_id is None and self.university_id is None

    def team_ids(self) -> AnySelect:
        stmt = select(Team.id)
        if self.cohort_id is not None:
            stmt = stmt.where(Team.cohort_id == self.cohort_id)
        if self.university_id is not None:
            members_from = select(TeamMember.team_id).join(
                Student, Student.id == TeamMember.student_id
            ).where(Student.university_id == self.university_id)
            stmt = stmt.where(
                or_(Team.id.in_(members_from), Team.cohort_id.in_(self.cohort_ids()))
            )
        return stmt

    def cohort_ids(self) -> AnySelect:
        stmt = select(Cohort.id)
        if self.cohort_id is not None:
            stmt = stmt.where(Cohort.id == self.cohort_id)
        if self.university_id is not None:
            stmt = stmt.where(
                or_(
                    Cohort.host_university_id == self.university_id,
                    Cohort.id.in_(
                        select(Student.cohort_id).where(
                            Student.university_id == self.university_id
                        )
                    ),
                )
            )
        return stmt


RowSource = Callable[[Session, Scope], Iterator[tuple[Any, ...]]]


@dataclass(frozen=True)
class SheetSpec:
    key: str
    title: str  # sheet name (≤ 31 characters)
    columns: tuple[Column, ...]
    rows: RowSource


def _stream(session: Session, stmt: AnySelect) -> Iterator[tuple[Any, ...]]:
    for row in session.execute(stmt.execution_options(yield_per=BATCH)):
        yield tuple(row)


def _lab(vocabulary: vocab.Vocabulary) -> Callable[[str | None], str | None]:
    return lambda code: vocab.label(vocabulary, code)


# ----------------------------------------------------------------------- universities
def _universities(session: Session, scope: Scope) -> Iterator[tuple[Any, ...]]:
    stmt = (
        select(
            University.name, University.short_name, University.kind, Region.name,
            University.region_code, University.address, University.mou_number,
            University.mou_valid_from, University.mou_valid_until, University.contact_name,
            University.contact_phone, University.contact_email,
        )
        .outerjoin(Region, Region.code == University.region_code)
        .order_by(University.name)
    )
    if not scope.everything:
        used = select(Cohort.host_university_id).where(Cohort.id.in_(scope.cohort_ids()))
        students = select(Student.university_id).where(Student.cohort_id.in_(scope.cohort_ids()))
        stmt = stmt.where(or_(University.id.in_(used), University.id.in_(students),
                              University.id == scope.university_id))
    kind = _lab(vocab.UNIVERSITY_KIND)
    for r in _stream(session, stmt):
        yield (r[0], r[1], kind(r[2]), *r[3:])


UNIVERSITIES = SheetSpec("universities", "Perguruan Tinggi", (
    Column("Nama Perguruan Tinggi", width=40), Column("Singkatan", width=12),
    Column("Jenis", width=18), Column("Kabupaten/Kota", width=24),
    Column("Kode Wilayah", CellType.ID, 10), Column("Alamat", width=36),
    Column("Nomor MoU", width=20), Column("MoU Berlaku Dari", CellType.DATE, 14),
    Column("MoU Berlaku Sampai", CellType.DATE, 14), Column("Narahubung", width=24),
    Column("Telepon Narahubung", CellType.PHONE, 18), Column("Email Narahubung", width=28),
), _universities)


# ---------------------------------------------------------------------------- cohorts
def _cohorts(session: Session, scope: Scope) -> Iterator[tuple[Any, ...]]:
    stmt = (
        select(
            Cohort.name, University.name, Cohort.year, Cohort.semester,
            Cohort.pre_immersion_start, Cohort.immersion_start, Cohort.post_immersion_start,
            Cohort.end_date, Cohort.expo_date, Cohort.quota_total,
            Cohort.quota_internal_percent, Cohort.notes,
        )
        .join(University, University.id == Cohort.host_university_id)
        .order_by(Cohort.year, Cohort.name)
    )
    if not scope.everything:
        stmt = stmt.where(Cohort.id.in_(scope.cohort_ids()))
    sem = _lab(vocab.SEMESTER)
    for r in _stream(session, stmt):
        yield (r[0], r[1], r[2], sem(r[3]), *r[4:])


COHORTS = SheetSpec("cohorts", "Angkatan", (
    Column("Nama Angkatan", width=32), Column("Perguruan Tinggi Pelaksana", width=36),
    Column("Tahun", CellType.NUMBER, 8), Column("Semester", width=10),  # 2023, not 2.023
    Column("Mulai Pra-Imersi", CellType.DATE, 14), Column("Mulai Imersi", CellType.DATE, 14),
    Column("Mulai Pasca-Imersi", CellType.DATE, 14),
    Column("Tanggal Selesai", CellType.DATE, 14), Column("Tanggal Expo", CellType.DATE, 14),
    Column("Kuota", CellType.INT, 8), Column("Kuota Internal (%)", CellType.INT, 10),
    Column("Catatan", width=30),
), _cohorts)


# --------------------------------------------------------------------------- students
def _students(session: Session, scope: Scope) -> Iterator[tuple[Any, ...]]:
    stmt = (
        select(
            Student.nim, Student.name, University.name, Cohort.name, Student.study_program,
            Student.semester, Student.gender, Student.status, Student.phone, Student.email,
            Student.nik, Team.name, TeamMember.is_leader, Student.notes,
        )
        .join(University, University.id == Student.university_id)
        .outerjoin(Cohort, Cohort.id == Student.cohort_id)
        .outerjoin(TeamMember, TeamMember.student_id == Student.id)
        .outerjoin(Team, Team.id == TeamMember.team_id)
        .order_by(University.name, Student.nim)
    )
    if scope.cohort_id is not None:
        stmt = stmt.where(Student.cohort_id == scope.cohort_id)
    if scope.university_id is not None:
        stmt = stmt.where(Student.university_id == scope.university_id)
    gender, status = _lab(vocab.GENDER), _lab(vocab.STUDENT_STATUS)
    for r in _stream(session, stmt):
        yield (*r[:6], gender(r[6]), status(r[7]), r[8], r[9], r[10], r[11], _yes_no(r[12]),
               r[13])


STUDENTS = SheetSpec("students", "Mahasiswa", (
    Column("NIM", CellType.ID, 16), Column("Nama", width=30),
    Column("Perguruan Tinggi", width=36), Column("Angkatan", width=28),
    Column("Program Studi", width=24), Column("Semester", CellType.INT, 9),
    Column("Jenis Kelamin", width=8), Column("Status", width=14),
    Column("Telepon", CellType.PHONE, 18), Column("Email", width=28),
    Column("NIK", CellType.NIK, 19), Column("Tim", width=24), Column("Ketua Tim", width=9),
    Column("Catatan", width=30),
), _students)


# ------------------------------------------------------------------------------ teams
def _teams(session: Session, scope: Scope) -> Iterator[tuple[Any, ...]]:
    team_ids = scope.team_ids()
    members: dict[int, list[tuple[bool, str]]] = defaultdict(list)
    member_stmt = (
        select(TeamMember.team_id, TeamMember.is_leader, Student.nim)
        .join(Student, Student.id == TeamMember.student_id)
        .order_by(TeamMember.team_id, Student.nim)
    )
    if not scope.everything:
        member_stmt = member_stmt.where(TeamMember.team_id.in_(team_ids))
    for team_id, leader, nim in session.execute(member_stmt):
        members[team_id].append((bool(leader), nim))
    stmt = (
        select(
            Team.id, Team.name, Cohort.name, Team.business_name, Team.sector, Team.kbli_code,
            Team.kbli_version, Region.name, Team.region_code, Team.business_plan_approved,
            Team.bank_account, Team.notes,
        )
        .join(Cohort, Cohort.id == Team.cohort_id)
        .outerjoin(Region, Region.code == Team.region_code)
        .order_by(Cohort.name, Team.name)
    )
    if not scope.everything:
        stmt = stmt.where(Team.id.in_(team_ids))
    for r in _stream(session, stmt):
        people = members.get(r[0], [])
        head = next((nim for lead, nim in people if lead), None)
        others = ", ".join(nim for lead, nim in people if not lead) or None
        yield (*r[1:11], head, others, len(people), r[11])


TEAMS = SheetSpec("teams", "Tim", (
    Column("Nama Tim", width=26), Column("Angkatan", width=28), Column("Nama Usaha", width=26),
    Column("Bidang Usaha", width=18), Column("KBLI", CellType.ID, 8),
    Column("Versi KBLI", CellType.ID, 8), Column("Kabupaten/Kota", width=24),
    Column("Kode Wilayah", CellType.ID, 10),
    Column("Rencana Usaha Disetujui", CellType.DATE, 14), Column("Rekening Bank", width=22),
    Column("NIM Ketua", CellType.ID, 16), Column("NIM Anggota", CellType.ID, 36),
    Column("Jumlah Anggota", CellType.INT, 9), Column("Catatan", width=30),
), _teams)


# ---------------------------------------------------------------------------- mentors
def _mentor_filter(stmt: AnySelect, scope: Scope) -> AnySelect:
    if scope.everything:
        return stmt
    assigned = select(MentorAssignment.mentor_id).where(
        MentorAssignment.team_id.in_(scope.team_ids())
    )
    condition: Any = Mentor.id.in_(assigned)
    if scope.university_id is not None:
        condition = or_(condition, Mentor.university_id == scope.university_id)
    return stmt.where(condition)


def _mentors(session: Session, scope: Scope) -> Iterator[tuple[Any, ...]]:
    stmt = (
        select(
            Mentor.name, Mentor.kind, University.name, Mentor.organisation, Mentor.expertise,
            Mentor.capacity, Mentor.phone, Mentor.email, Mentor.notes,
        )
        .outerjoin(University, University.id == Mentor.university_id)
        .order_by(Mentor.name)
    )
    kind = _lab(vocab.MENTOR_KIND)
    for r in _stream(session, _mentor_filter(stmt, scope)):
        yield (r[0], kind(r[1]), *r[2:])


MENTORS = SheetSpec("mentors", "Mentor", (
    Column("Nama Mentor", width=30), Column("Jenis", width=10),
    Column("Perguruan Tinggi", width=36), Column("Organisasi", width=24),
    Column("Keahlian", width=24), Column("Kapasitas", CellType.INT, 10),
    Column("Telepon", CellType.PHONE, 18), Column("Email", width=28),
    Column("Catatan", width=30),
), _mentors)


def _team_scoped(stmt: AnySelect, team_column: Any, scope: Scope) -> AnySelect:
    return stmt if scope.everything else stmt.where(team_column.in_(scope.team_ids()))


def _assignments(session: Session, scope: Scope) -> Iterator[tuple[Any, ...]]:
    stmt = (
        select(Mentor.name, Team.name, Cohort.name, MentorAssignment.start_date,
               MentorAssignment.end_date, MentorAssignment.note)
        .join(Mentor, Mentor.id == MentorAssignment.mentor_id)
        .join(Team, Team.id == MentorAssignment.team_id)
        .join(Cohort, Cohort.id == Team.cohort_id)
        # The id breaks ties, so SQLite and PostgreSQL write the rows in one order.
        .order_by(Mentor.name, MentorAssignment.start_date, MentorAssignment.id)
    )
    yield from _stream(session, _team_scoped(stmt, MentorAssignment.team_id, scope))


ASSIGNMENTS = SheetSpec("assignments", "Penugasan Mentor", (
    Column("Nama Mentor", width=30), Column("Nama Tim", width=26), Column("Angkatan", width=28),
    Column("Mulai", CellType.DATE, 13), Column("Selesai", CellType.DATE, 13),
    Column("Catatan", width=30),
), _assignments)


# ---------------------------------------------------------------- mentoring sessions
def _sessions(session: Session, scope: Scope) -> Iterator[tuple[Any, ...]]:
    attendance: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    att_stmt = (
        select(SessionAttendance.session_id, SessionAttendance.status, Student.nim)
        .join(Student, Student.id == SessionAttendance.student_id)
        .order_by(Student.nim)
    )
    if not scope.everything:
        att_stmt = att_stmt.join(
            MentoringSession, MentoringSession.id == SessionAttendance.session_id
        ).where(MentoringSession.team_id.in_(scope.team_ids()))
    for session_id, status, nim in session.execute(att_stmt):
        attendance[session_id][status].append(nim)
    stmt = (
        select(
            MentoringSession.id, MentoringSession.session_date, MentoringSession.start_time,
            Team.name, Cohort.name, Mentor.name, MentoringSession.duration_minutes,
            MentoringSession.method, MentoringSession.place, MentoringSession.topic,
            MentoringSession.notes,
        )
        .join(Team, Team.id == MentoringSession.team_id)
        .join(Cohort, Cohort.id == Team.cohort_id)
        .join(Mentor, Mentor.id == MentoringSession.mentor_id)
        .order_by(MentoringSession.session_date, MentoringSession.id)
    )
    method = _lab(vocab.SESSION_METHOD)
    for r in _stream(session, _team_scoped(stmt, MentoringSession.team_id, scope)):
        att = attendance.get(r[0], {})
        present = att.get("present", [])
        yield (*r[1:7], method(r[7]), *r[8:11], ", ".join(present) or None, len(present),
               ", ".join(att.get("absent", [])) or None, ", ".join(att.get("excused", [])) or None)


SESSIONS = SheetSpec("sessions", "Sesi Pendampingan", (
    Column("Tanggal", CellType.DATE, 13), Column("Jam Mulai", CellType.TIME, 9),
    Column("Nama Tim", width=26), Column("Angkatan", width=28), Column("Nama Mentor", width=28),
    Column("Durasi (menit)", CellType.INT, 9), Column("Metode", width=9),
    Column("Tempat", width=24), Column("Topik", width=30), Column("Catatan", width=30),
    Column("Hadir (NIM)", CellType.ID, 36), Column("Jumlah Hadir", CellType.INT, 9),
    Column("Tidak Hadir (NIM)", CellType.ID, 24), Column("Izin (NIM)", CellType.ID, 20),
), _sessions)


# ------------------------------------------------------------------------------- UMKM
def _umkm_query(scope: Scope) -> AnySelect:
    latest = (
        select(UmkmSnapshot.umkm_id, func.max(UmkmSnapshot.snapshot_date).label("d"))
        .group_by(UmkmSnapshot.umkm_id)
        .subquery()
    )
    stmt = (
        select(
            Umkm.name, Umkm.owner_name, Region.name, Umkm.region_code, Umkm.address, Umkm.phone,
            Umkm.kbli_code, Umkm.kbli_version, Umkm.nib, Umkm.pirt_number,
            Umkm.pirt_valid_until, Umkm.halal_number, Umkm.channels, Umkm.needs,
            Umkm.annual_sales, Umkm.capital, Umkm.employees, Umkm.scale_class, latest.c.d,
            Umkm.notes,
        )
        .join(Region, Region.code == Umkm.region_code)
        .outerjoin(latest, latest.c.umkm_id == Umkm.id)
        .order_by(Umkm.id)
    )
    if not scope.everything:
        paired = select(Pairing.umkm_id).where(Pairing.team_id.in_(scope.team_ids()))
        stmt = stmt.where(Umkm.id.in_(paired))
    return stmt


def _channels(codes: str | None) -> str | None:
    if not codes:
        return None
    return ", ".join(vocab.SALES_CHANNEL.get(c, c) for c in codes.split(","))


def _umkm(session: Session, scope: Scope) -> Iterator[tuple[Any, ...]]:
    for r in _stream(session, _umkm_query(scope)):
        yield (*r[:12], _channels(r[12]), *r[13:])


UMKM = SheetSpec("umkm", "UMKM", (
    Column("Nama Usaha", width=30), Column("Nama Pemilik", width=26),
    Column("Kabupaten/Kota", width=24), Column("Kode Wilayah", CellType.ID, 10),
    Column("Alamat", width=36), Column("Telepon", CellType.PHONE, 18),
    Column("KBLI", CellType.ID, 8), Column("Versi KBLI", CellType.ID, 8),
    Column("NIB", CellType.ID, 16), Column("Nomor P-IRT", CellType.ID, 18),
    Column("P-IRT Berlaku Sampai", CellType.DATE, 14), Column("Nomor Halal", CellType.ID, 18),
    Column("Saluran Penjualan", width=26), Column("Kebutuhan", width=24),
    Column("Omzet Tahunan", CellType.MONEY, 18), Column("Modal Usaha", CellType.MONEY, 18),
    Column("Tenaga Kerja", CellType.INT, 9), Column("Kelas Usaha", width=11),
    Column("Tanggal Data", CellType.DATE, 13), Column("Catatan", width=30),
), _umkm)


# --------------------------------------------------------------------------- pairings
def _pairings(session: Session, scope: Scope) -> Iterator[tuple[Any, ...]]:
    before = aliased(UmkmSnapshot)
    after = aliased(UmkmSnapshot)
    first_snap = (
        select(func.max(before.snapshot_date))
        .where(before.umkm_id == Pairing.umkm_id, before.snapshot_date <= Pairing.start_date)
        .correlate(Pairing)
        .scalar_subquery()
    )
    stmt = (
        select(
            Team.name, Cohort.name, Umkm.name, Umkm.owner_name, Region.name, Umkm.nib,
            ValueChainRole.name, Pairing.start_date, Pairing.end_date, Pairing.status,
            Pairing.notes, Pairing.umkm_id, first_snap,
        )
        .join(Team, Team.id == Pairing.team_id)
        .join(Cohort, Cohort.id == Team.cohort_id)
        .join(Umkm, Umkm.id == Pairing.umkm_id)
        .join(Region, Region.code == Umkm.region_code)
        .join(ValueChainRole, ValueChainRole.code == Pairing.role_code)
        .order_by(Cohort.name, Team.name, Pairing.start_date, Pairing.id)
    )
    status = _lab(vocab.PAIRING_STATUS)
    rows = list(_stream(session, _team_scoped(stmt, Pairing.team_id, scope)))
    snaps: dict[tuple[int, Any], Any] = {}
    latest: dict[int, Any] = {}
    umkm_ids = {r[11] for r in rows}
    if umkm_ids:
        for snap in session.scalars(
            select(after).where(after.umkm_id.in_(umkm_ids)).order_by(after.snapshot_date)
        ):
            snaps[(snap.umkm_id, snap.snapshot_date)] = snap
            latest[snap.umkm_id] = snap
    for r in rows:
        first = snaps.get((r[11], r[12]))
        last = latest.get(r[11])
        yield (
            *r[:9], status(r[9]),
            first.annual_sales if first else None, last.annual_sales if last else None,
            first.employees if first else None, last.employees if last else None,
            _yes_no(first.has_nib if first else None), _yes_no(last.has_nib if last else None),
            r[10],
        )


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("ya" if value else "tidak")


PAIRINGS = SheetSpec("pairings", "Pasangan UMKM", (
    Column("Nama Tim", width=26), Column("Angkatan", width=28), Column("Nama Usaha", width=30),
    Column("Nama Pemilik", width=24), Column("Kabupaten/Kota", width=22),
    Column("NIB", CellType.ID, 16), Column("Peran Rantai Nilai", width=24),
    Column("Mulai", CellType.DATE, 13), Column("Selesai", CellType.DATE, 13),
    Column("Status", width=12), Column("Omzet Awal", CellType.MONEY, 18),
    Column("Omzet Terakhir", CellType.MONEY, 18), Column("Tenaga Kerja Awal", CellType.INT, 9),
    Column("Tenaga Kerja Terakhir", CellType.INT, 9), Column("NIB Awal", width=9),
    Column("NIB Terakhir", width=9), Column("Catatan", width=30),
), _pairings)


# ----------------------------------------------------------------- seed fund, outputs
def _seed_funds(session: Session, scope: Scope) -> Iterator[tuple[Any, ...]]:
    stmt = (
        select(Team.name, Cohort.name, SeedFundEntry.entry_date, SeedFundEntry.kind,
               SeedFundEntry.amount, SeedFundEntry.note)
        .join(Team, Team.id == SeedFundEntry.team_id)
        .join(Cohort, Cohort.id == Team.cohort_id)
        .order_by(Cohort.name, Team.name, SeedFundEntry.entry_date, SeedFundEntry.id)
    )
    kind = _lab(vocab.SEED_FUND_KIND)
    for r in _stream(session, _team_scoped(stmt, SeedFundEntry.team_id, scope)):
        yield (r[0], r[1], r[2], kind(r[3]), r[4], r[5])


SEED_FUNDS = SheetSpec("seed_funds", "Dana Usaha", (
    Column("Nama Tim", width=26), Column("Angkatan", width=28),
    Column("Tanggal", CellType.DATE, 13), Column("Jenis", width=14),
    Column("Jumlah", CellType.MONEY, 16), Column("Catatan", width=30),
), _seed_funds)


def _outputs(session: Session, scope: Scope) -> Iterator[tuple[Any, ...]]:
    stmt = (
        select(Team.name, Cohort.name, OutputKind.name, TeamOutput.status,
               TeamOutput.status_date, TeamOutput.note)
        .join(Team, Team.id == TeamOutput.team_id)
        .join(Cohort, Cohort.id == Team.cohort_id)
        .join(OutputKind, OutputKind.code == TeamOutput.kind_code)
        .order_by(Cohort.name, Team.name, OutputKind.sort_order)
    )
    status = _lab(vocab.OUTPUT_STATUS)
    for r in _stream(session, _team_scoped(stmt, TeamOutput.team_id, scope)):
        yield (r[0], r[1], r[2], status(r[3]), r[4], r[5])


OUTPUTS = SheetSpec("outputs", "Luaran", (
    Column("Nama Tim", width=26), Column("Angkatan", width=28), Column("Luaran", width=24),
    Column("Status", width=14), Column("Tanggal Status", CellType.DATE, 13),
    Column("Catatan", width=30),
), _outputs)


def _snapshots(session: Session, scope: Scope) -> Iterator[tuple[Any, ...]]:
    stmt = (
        select(Umkm.name, Umkm.owner_name, Region.name, Umkm.nib, UmkmSnapshot.snapshot_date,
               UmkmSnapshot.annual_sales, UmkmSnapshot.capital, UmkmSnapshot.employees,
               UmkmSnapshot.channels, UmkmSnapshot.has_nib, UmkmSnapshot.note)
        .join(Umkm, Umkm.id == UmkmSnapshot.umkm_id)
        .join(Region, Region.code == Umkm.region_code)
        .order_by(UmkmSnapshot.umkm_id, UmkmSnapshot.snapshot_date)
    )
    if not scope.everything:
        paired = select(Pairing.umkm_id).where(Pairing.team_id.in_(scope.team_ids()))
        stmt = stmt.where(UmkmSnapshot.umkm_id.in_(paired))
    for r in _stream(session, stmt):
        yield (*r[:8], _channels(r[8]), _yes_no(r[9]), r[10])


SNAPSHOTS = SheetSpec("umkm_snapshots", "Riwayat UMKM", (
    Column("Nama Usaha", width=30), Column("Nama Pemilik", width=24),
    Column("Kabupaten/Kota", width=22), Column("NIB", CellType.ID, 16),
    Column("Tanggal Data", CellType.DATE, 13), Column("Omzet Tahunan", CellType.MONEY, 18),
    Column("Modal Usaha", CellType.MONEY, 18), Column("Tenaga Kerja", CellType.INT, 9),
    Column("Saluran Penjualan", width=26), Column("Punya NIB", width=9),
    Column("Catatan", width=30),
), _snapshots)


ALL_SHEETS: tuple[SheetSpec, ...] = (
    UNIVERSITIES, COHORTS, STUDENTS, TEAMS, MENTORS, ASSIGNMENTS, SESSIONS, UMKM, SNAPSHOTS,
    PAIRINGS, SEED_FUNDS, OUTPUTS,
)
SHEETS_BY_KEY = {s.key: s for s in ALL_SHEETS}
