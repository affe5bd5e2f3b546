"""Demo data: a realistic, internally consistent East Java program year.

``generate(db, "small")`` fills an empty database with about one province year:
3 host polytechnics, 22 origin universities, 3 cohorts, ~1,200 students in ~300
teams, 90 mentors, ~5,000 mentoring sessions, ~2,000 UMKM with snapshots and ~400
pairings whose before/after snapshots show the three transformations (formal,
naik kelas, digital). ``"large"`` adds 1,000,000 UMKM and 100,000 students with bulk
inserts (see :mod:`wirausaha_app.core.demo_bulk`).

Everything is drawn from one ``random.Random(seed)`` and fixed calendar dates, so a
seed always gives the same rows. All writes happen in ONE transaction with Core
``insert()`` executemany (never ORM objects one by one); FTS triggers are dropped
during the load and the indexes rebuilt at the end of the same transaction.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import Connection, text

from wirausaha_app.core import demo_bulk
from wirausaha_app.core import demo_names as N
from wirausaha_app.core.db import fts
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.demo_umkm import UmkmBuilder
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models import Base
from wirausaha_app.core.models.enums import (
    AttendanceStatus,
    OutputStatus,
    SeedFundKind,
    Semester,
    StudentStatus,
    UniversityKind,
)
from wirausaha_app.core.progress import SILENT, Progress
from wirausaha_app.core.rules.scale import load_scale_rules
from wirausaha_app.core.services.stats import entity_counts

SIZES = ("small", "large")
LARGE_EXTRA_UMKM = 1_000_000
LARGE_EXTRA_STUDENTS = 100_000

# Tables that make a database "not empty" for the demo (settings and seeded lists do not).
_PROGRAM_TABLES = ("universities", "cohorts", "students", "teams", "mentors", "umkm", "pairings")
# Codes like "35.78"; a few rows of the regions list carry truncated codes ("31.0").
_REGION_CODE = re.compile(r"^\d\d\.\d\d$")
# Provinces created in 2022 are missing from older NIK region lists; keep NIKs checkable.
_NEW_PROVINCES = frozenset({"65", "92", "93", "94", "95", "96", "97"})
_PHONE_PREFIXES = ("811", "812", "813", "821", "822", "823", "852", "853", "814", "815",
                   "816", "855", "856", "857", "858", "817", "818", "819", "859", "877",
                   "878", "881", "882", "895", "896", "897", "898", "899")


class DemoRefusedError(UserError):
    pass


@dataclass
class CohortPlan:
    id: int
    name: str
    host_index: int
    year: int
    semester: str
    pre: date
    immersion: date
    post: date
    end: date
    expo: date
    finished: bool  # True: the semester is over (statuses completed/finished)
    student_ids: list[int] = field(default_factory=list)
    teams: list[TeamPlan] = field(default_factory=list)


@dataclass
class TeamPlan:
    id: int
    cohort: CohortPlan
    region_code: str
    sector: N.Sector
    members: list[int]
    mentors: list[tuple[int, date, date]] = field(default_factory=list)  # id, from, to


def _cohort_plans() -> list[CohortPlan]:
    # Real-looking calendars: ~4 weeks pre-immersion, ~10 weeks immersion, then field
    # practice and an expo just before the end of the semester.
    spec = [
        (0, 2023, Semester.GANJIL, date(2023, 8, 21), True),
        (1, 2024, Semester.GENAP, date(2024, 2, 19), True),
        (2, 2024, Semester.GANJIL, date(2024, 8, 19), False),
    ]
    plans = []
    for i, (host, year, sem, pre, finished) in enumerate(spec, start=1):
        immersion = pre + timedelta(weeks=4)
        post = immersion + timedelta(weeks=10)
        end = post + timedelta(weeks=7)
        name = f"WMK {N.HOSTS[host].short_name} {year} {sem.value.capitalize()}"
        plans.append(
            CohortPlan(i, name, host, year, sem.value, pre, immersion, post, end,
                       end - timedelta(days=2), finished)
        )
    return plans


class _Builder:
    def __init__(self, conn: Connection, rng: random.Random, progress: Progress) -> None:
        self.conn = conn
        self.rng = rng
        self.progress = progress
        regions = conn.execute(
            text("SELECT code, province_code, population FROM regions ORDER BY code")
        ).all()
        self.regions = [r for r in regions if _REGION_CODE.match(r.code)]
        self.home_regions: dict[str, list[str]] = {}
        for r in self.regions:
            if r.province_code not in _NEW_PROVINCES:
                self.home_regions.setdefault(r.province_code, []).append(r.code)
        self.used_niks: set[str] = set()
        self.used_emails: set[str] = set()
        self.fund_rows: list[dict[str, Any]] = []

    # -- helpers --------------------------------------------------------------------------

    def insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.conn.execute(Base.metadata.tables[table].insert(), rows)

    def phone(self) -> str:
        return "+62" + self.rng.choice(_PHONE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def email(self, name: str, domain: str) -> str:
        parts = [re.sub(r"[^a-z]", "", p.lower()) for p in name.split()]
        local = ".".join(p for p in parts[:2] if p) or "mhs"
        while True:
            candidate = f"{local}{self.rng.randrange(10, 100)}@{domain}"
            if candidate not in self.used_emails:
                self.used_emails.add(candidate)
                return candidate

    def nik(self, province_code: str, birth: date, female: bool) -> str:
        """A valid-format NIK: region(4) + district(2) + DDMMYY (+40 for women) + serial."""
        regions = self.home_regions.get(province_code) or self.home_regions["35"]
        region = self.rng.choice(regions).replace(".", "")
        day = birth.day + (40 if female else 0)
        while True:
            nik = (
                f"{region}{self.rng.randint(1, 30):02d}{day:02d}{birth.month:02d}"
                f"{birth.year % 100:02d}{self.rng.randint(1, 2999):04d}"
            )
            if nik not in self.used_niks:
                self.used_niks.add(nik)
                return nik

    # -- universities and cohorts ---------------------------------------------------------

    def universities(self) -> None:
        rows = []
        infos = [*N.HOSTS, *N.ORIGINS]
        for uid, info in enumerate(infos, start=1):
            host = uid <= len(N.HOSTS)
            signed = date(2022, self.rng.randint(1, 12), self.rng.randint(1, 28))
            contact = N.person_name(self.rng, N.name_group(self.rng, info.region_code[:2]),
                                    self.rng.random() < 0.5)
            rows.append({
                "id": uid,
                "name": info.name,
                "short_name": info.short_name,
                "kind": UniversityKind.BOTH if host else UniversityKind.ORIGIN,
                "region_code": info.region_code,
                "address": f"{self.rng.choice(N.STREET_NAMES)} No. {self.rng.randint(1, 200)}",
                "mou_number": f"{self.rng.randint(10, 999):03d}/WMK/KS.00.{uid:02d}/{signed.year}",
                "mou_valid_from": signed,
                "mou_valid_until": signed.replace(year=signed.year + self.rng.choice((3, 5))),
                "contact_name": contact + self.rng.choice(N.ACADEMIC_SUFFIXES),
                "contact_phone": self.phone(),
                "contact_email": f"wmk@{info.domain}",
            })
        self.universities_info = infos
        self.insert("universities", rows)

    def cohorts(self) -> list[CohortPlan]:
        plans = _cohort_plans()
        self.insert("cohorts", [
            {
                "id": c.id, "name": c.name, "host_university_id": c.host_index + 1,
                "year": c.year, "semester": c.semester, "pre_immersion_start": c.pre,
                "immersion_start": c.immersion, "post_immersion_start": c.post,
                "end_date": c.end, "expo_date": c.expo, "quota_total": 400,
                "quota_internal_percent": 60, "notes": None,
            }
            for c in plans
        ])
        return plans

    # -- students and teams ---------------------------------------------------------------

    def students(self, cohorts: list[CohortPlan]) -> None:
        rng = self.rng
        origins = list(range(len(N.HOSTS), len(self.universities_info)))
        # East Java campuses send more students to East Java hosts.
        weights = [4 if self.universities_info[i].region_code.startswith("35") else 1
                   for i in origins]
        used_nims: dict[int, set[str]] = {}
        rows = []
        sid = 0
        for cohort in cohorts:
            n = rng.randint(388, 412)
            for i in range(n):
                uni_index = cohort.host_index if i < n * 6 // 10 else rng.choices(
                    origins, weights)[0]
                info = self.universities_info[uni_index]
                # Semester 1 starts in August: odd semesters run Aug-Jan, even Feb-Jul.
                if cohort.semester == Semester.GANJIL:
                    semester = rng.choice((5, 5, 7))
                    entry = cohort.year - (semester - 1) // 2
                else:
                    semester = 6
                    entry = cohort.year - semester // 2
                taken = used_nims.setdefault(uni_index, set())
                nim = N.nim(rng, info.nim_pattern, entry)
                while nim in taken:
                    nim = N.nim(rng, info.nim_pattern, entry)
                taken.add(nim)
                female = rng.random() < 0.55
                province = info.region_code[:2]
                name = N.person_name(rng, N.name_group(rng, province), female)
                status = self._student_status(cohort)
                birth = date(entry - 18 - (rng.random() < 0.3), rng.randint(1, 12),
                             rng.randint(1, 28))
                sid += 1
                rows.append({
                    "id": sid,
                    "university_id": uni_index + 1,
                    "cohort_id": cohort.id,
                    "nim": nim,
                    "name": name,
                    "study_program": rng.choice(N.POLYTECHNIC_PROGRAMS if info.polytechnic
                                                else N.UNIVERSITY_PROGRAMS),
                    "semester": semester,
                    "gender": "P" if female else "L",
                    "status": status,
                    "phone": self.phone() if rng.random() < 0.95 else None,
                    "email": (self.email(name, f"student.{info.domain}")
                              if rng.random() < 0.6 else self.email(name, "gmail.com")),
                    "nik": self.nik(province, birth, female) if rng.random() < 0.35 else None,
                    "notes": None,
                })
                if status in (StudentStatus.ACTIVE, StudentStatus.COMPLETED):
                    cohort.student_ids.append(sid)
        self.insert("students", rows)
        self.progress.step(2, 10, "students")

    def _student_status(self, cohort: CohortPlan) -> str:
        r = self.rng.random()
        if r < 0.03:
            return StudentStatus.WITHDRAWN
        if not cohort.finished and r < 0.05:
            return StudentStatus.REGISTERED  # still being placed
        return StudentStatus.COMPLETED if cohort.finished else StudentStatus.ACTIVE

    def teams(self, cohorts: list[CohortPlan]) -> list[TeamPlan]:
        rng = self.rng
        teams: list[TeamPlan] = []
        team_rows, member_rows = [], []
        for cohort in cohorts:
            pool = list(cohort.student_ids)
            rng.shuffle(pool)
            sizes: list[int] = []
            left = len(pool)
            while left > 0:
                size = rng.choice((3, 4, 4, 4, 5))
                if left - size < 3:  # never leave a team of one or two behind
                    size = left if left <= 5 else left - 3
                sizes.append(size)
                left -= size
            host_region = N.HOSTS[cohort.host_index].region_code
            start = 0
            for number, size in enumerate(sizes, start=1):
                members = pool[start : start + size]
                start += size
                sector = rng.choices(N.SECTORS, N.TEAM_SECTOR_WEIGHTS)[0]
                plan = TeamPlan(len(teams) + 1, cohort, host_region, sector, members)
                teams.append(plan)
                cohort.teams.append(plan)
                approved = (cohort.immersion + timedelta(days=rng.randint(7, 24))
                            if rng.random() < 0.9 else None)
                brand = f"{rng.choice(N.TEAM_BRAND_WORDS)} {rng.choice(sector.products)}"
                team_rows.append({
                    "id": plan.id, "cohort_id": cohort.id, "name": f"Kelompok {number:02d}",
                    "business_name": brand, "sector": sector.name,
                    "kbli_code": rng.choice(sector.kbli), "kbli_version": "2020",
                    "region_code": host_region, "business_plan_approved": approved,
                    "bank_account": (f"BRI {rng.randrange(10**4):04d}-01-"
                                     f"{rng.randrange(10**6):06d}-50-{rng.randint(1, 9)}"
                                     if approved else None),
                    "notes": None,
                })
                for k, student_id in enumerate(members):
                    member_rows.append(
                        {"team_id": plan.id, "student_id": student_id, "is_leader": k == 0})
                self._seed_funds(plan, approved)
        self.insert("teams", team_rows)
        self.insert("team_members", member_rows)
        self.insert("seed_fund_entries", self.fund_rows)
        self.progress.step(3, 10, "teams")
        return teams

    def _seed_funds(self, team: TeamPlan, approved: date | None) -> None:
        """Granted → disbursed → reported, only for teams whose business plan was approved."""
        if approved is None:
            return
        rng = self.rng
        amount = rng.choice(range(3_000_000, 5_000_001, 250_000))
        entries = [(approved + timedelta(days=3), SeedFundKind.GRANTED, amount, None),
                   (approved + timedelta(days=rng.randint(8, 15)), SeedFundKind.DISBURSED,
                    amount, "Transfer ke rekening kelompok")]
        if team.cohort.finished or rng.random() < 0.4:
            spent = amount * rng.randint(85, 100) // 100 // 1000 * 1000
            when = team.cohort.post if not team.cohort.finished else team.cohort.end - \
                timedelta(days=rng.randint(5, 20))
            entries.append((when, SeedFundKind.REPORTED, spent, "Laporan penggunaan dana"))
        for entry_date, kind, value, note in entries:
            self.fund_rows.append({"team_id": team.id, "entry_date": entry_date, "kind": kind,
                                    "amount": value, "note": note})

    def outputs(self, teams: list[TeamPlan]) -> None:
        rng = self.rng
        kinds = [r[0] for r in self.conn.execute(
            text("SELECT code FROM output_kinds WHERE active ORDER BY sort_order"))]
        # Probability an output is done by the end of a finished semester.
        done_share = {"product": 0.9, "nib": 0.6, "hki": 0.2, "competency_test": 0.7,
                      "expo": 0.95}
        rows = []
        for team in teams:
            c = team.cohort
            for kind in kinds:
                share = done_share.get(kind, 0.5) * (1.0 if c.finished else 0.5)
                r = rng.random()
                if kind == "expo" and not c.finished:
                    status, when = OutputStatus.PLANNED, None
                elif r < share:
                    status = OutputStatus.DONE
                    when = c.expo if kind == "expo" else c.immersion + timedelta(
                        days=rng.randint(14, (c.end - c.immersion).days))
                elif r < share + 0.25:
                    status, when = OutputStatus.IN_PROGRESS, c.immersion + timedelta(
                        days=rng.randint(7, 60))
                else:
                    status, when = OutputStatus.PLANNED, None
                rows.append({"team_id": team.id, "kind_code": kind, "status": status,
                             "status_date": when, "note": None})
        self.insert("team_outputs", rows)

    # -- mentors, assignments, sessions ---------------------------------------------------

    def mentors(self, cohorts: list[CohortPlan]) -> None:
        rng = self.rng
        mentor_rows, assignment_rows = [], []
        mid = 0
        for cohort in cohorts:
            host = N.HOSTS[cohort.host_index]
            dpl: dict[int, int] = {}
            practitioners: dict[int, int] = {}
            for k in range(30):
                mid += 1
                is_dpl = k < 20
                female = rng.random() < 0.45
                name = N.person_name(rng, N.name_group(rng, "35"), female)
                if is_dpl:
                    name = rng.choice(N.ACADEMIC_PREFIXES) + name + rng.choice(
                        N.ACADEMIC_SUFFIXES)
                    capacity = rng.randint(5, 7)
                    dpl[mid] = capacity
                else:
                    name += rng.choice(N.PRACTITIONER_SUFFIXES)
                    capacity = rng.randint(3, 5)
                    practitioners[mid] = capacity
                mentor_rows.append({
                    "id": mid, "name": name, "kind": "dpl" if is_dpl else "practitioner",
                    "university_id": cohort.host_index + 1 if is_dpl else None,
                    "organisation": host.name if is_dpl else rng.choice(N.PRACTITIONER_ORGS),
                    "expertise": ", ".join(rng.sample(N.EXPERTISE, 2)),
                    "capacity": capacity, "phone": self.phone(),
                    "email": self.email(name.split(",")[0].replace("Dr. ", "")
                                        .replace("Ir. ", "").replace("Prof. ", ""),
                                        host.domain if is_dpl else "gmail.com"),
                    "notes": None,
                })
            start = cohort.pre
            open_end = None if not cohort.finished else cohort.end
            for team in cohort.teams:
                first = self._take(dpl)
                if first is None:
                    continue
                change = rng.random() < 0.1 and any(dpl.values())
                if change:
                    # History: the first DPL handed the team over mid-immersion.
                    switch = cohort.immersion + timedelta(days=rng.randint(14, 50))
                    second = self._take(dpl)
                    assert second is not None
                    assignment_rows.append(self._assignment(first, team, start, switch,
                                                            "Diganti: tugas dinas luar kota"))
                    assignment_rows.append(self._assignment(second, team,
                                                            switch + timedelta(days=1),
                                                            open_end, None))
                    team.mentors += [(first, start, switch),
                                     (second, switch + timedelta(days=1), cohort.end)]
                else:
                    assignment_rows.append(self._assignment(first, team, start, open_end, None))
                    team.mentors.append((first, start, cohort.end))
                if rng.random() < 0.55 and (practitioner := self._take(practitioners)):
                    p_start = cohort.immersion
                    assignment_rows.append(self._assignment(practitioner, team, p_start,
                                                            open_end, None))
                    team.mentors.append((practitioner, p_start, cohort.end))
        self.insert("mentors", mentor_rows)
        self.insert("mentor_assignments", assignment_rows)

    def _take(self, remaining: dict[int, int]) -> int | None:
        """A mentor with capacity left (capacity counts every team ever assigned)."""
        free = [m for m, left in remaining.items() if left > 0]
        if not free:
            return None
        chosen = self.rng.choices(free, [remaining[m] for m in free])[0]
        remaining[chosen] -= 1
        return chosen

    @staticmethod
    def _assignment(mentor: int, team: TeamPlan, start: date, end: date | None,
                    note: str | None) -> dict[str, Any]:
        return {"mentor_id": mentor, "team_id": team.id, "start_date": start,
                "end_date": end, "note": note}

    def sessions(self, teams: list[TeamPlan]) -> None:
        rng = self.rng
        session_rows, attendance_rows = [], []
        session_id = 0
        for team in teams:
            c = team.cohort
            if not team.mentors:
                continue
            span = (c.end - c.pre).days
            for offset in sorted(rng.sample(range(span), rng.randint(13, 21))):
                day = c.pre + timedelta(days=offset)
                if day.weekday() == 6:  # no Sunday sessions
                    day -= timedelta(days=1)
                covering = [m for m, a, b in team.mentors if a <= day <= b] or [
                    team.mentors[0][0]]
                mentor = covering[-1] if len(covering) > 1 and rng.random() < 0.3 else \
                    covering[0]
                stage = "pre" if day < c.immersion else "immersion" if day < c.post else "post"
                online = rng.random() < 0.35
                session_id += 1
                session_rows.append({
                    "id": session_id, "team_id": team.id, "mentor_id": mentor,
                    "session_date": day,
                    "start_time": None if rng.random() < 0.1 else
                    time(rng.randint(8, 16), rng.choice((0, 30))),
                    "duration_minutes": rng.choice((60, 60, 90, 90, 120, 150)),
                    "method": "online" if online else "offline",
                    "place": (f"https://meet.google.com/{rng.randrange(36**3):x}-"
                              f"{rng.randrange(16**4):04x}-{rng.randrange(16**3):03x}"
                              if online else
                              f"Inkubator Bisnis {N.HOSTS[c.host_index].short_name}"),
                    "topic": rng.choice(N.SESSION_TOPICS[stage]),
                    "notes": rng.choice(N.SESSION_NOTES),
                })
                for student in team.members:
                    r = rng.random()
                    status = (AttendanceStatus.PRESENT if r < 0.86 else
                              AttendanceStatus.EXCUSED if r < 0.94 else AttendanceStatus.ABSENT)
                    attendance_rows.append({"session_id": session_id, "student_id": student,
                                            "status": status})
        self.insert("mentoring_sessions", session_rows)
        self.insert("session_attendance", attendance_rows)
        self.progress.step(5, 10, "mentoring sessions")


def _first_filled_table(conn: Connection) -> str | None:
    for table in _PROGRAM_TABLES:
        if conn.execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first() is not None:
            return table
    return None


def database_is_empty(db: Database) -> bool:
    """True when the database holds no program records (so demo data may be offered)."""
    with db.engine.connect() as conn:
        return _first_filled_table(conn) is None


def _refuse_if_not_empty(conn: Connection) -> None:
    if (table := _first_filled_table(conn)) is not None:
        raise DemoRefusedError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Demo",
                    "Demo data goes only into an empty database, and this one already "
                    "holds records ({table}). Nothing was changed; create a new database "
                    "for the demo.",
                ),
                table=table,
            )
        )


def _sync_sequences(conn: Connection) -> None:
    """Rows were written with explicit ids; PostgreSQL's sequences must catch up."""
    if conn.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement:
            conn.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))


def _setting(conn: Connection, key: str, default: int) -> int:
    row = conn.execute(text("SELECT value FROM app_settings WHERE key = :k"), {"k": key}).first()
    try:
        return int(row[0]) if row else default
    except ValueError:
        return default


def generate(
    db: Database,
    size: str = "small",
    seed: int = 1,
    progress: Progress = SILENT,
    *,
    extra_umkm: int | None = None,
    extra_students: int | None = None,
) -> dict[str, int]:
    """Fill an EMPTY database with demo data; return the row counts (``stats`` keys).

    ``extra_umkm`` / ``extra_students`` override the bulk part of ``large`` (tests use
    a scaled-down large build). Raises :class:`DemoRefusedError` on a non-empty
    database; on any failure or cancel nothing is written.
    """
    if size not in SIZES:
        raise ValueError(f"size must be one of {SIZES}, not {size!r}")
    large = size == "large"
    n_umkm = extra_umkm if extra_umkm is not None else LARGE_EXTRA_UMKM if large else 0
    n_students = (extra_students if extra_students is not None
                  else LARGE_EXTRA_STUDENTS if large else 0)
    rng = random.Random(seed)
    with db.transaction() as session:
        conn = session.connection()
        _refuse_if_not_empty(conn)
        progress.step(0, 10, "demo data")
        for index in fts.INDEXES:
            fts.drop_triggers(conn, index)
        builder = _Builder(conn, rng, progress)
        builder.universities()
        cohorts = builder.cohorts()
        builder.students(cohorts)
        teams = builder.teams(cohorts)
        builder.outputs(teams)
        builder.mentors(cohorts)
        builder.sessions(teams)
        umkm = UmkmBuilder(conn, rng, load_scale_rules(session), builder.regions, seed)
        umkm.build(
            teams,
            max_per_team=_setting(conn, "max_active_pairings_per_team", 3),
            max_per_umkm=_setting(conn, "max_active_pairings_per_umkm", 2),
        )
        progress.step(7, 10, "UMKM")
        if n_umkm or n_students:
            demo_bulk.add_bulk(conn, rng, umkm, n_umkm=n_umkm, n_students=n_students,
                               progress=progress, seed=seed)
        progress.step(9, 10, "search index")
        _sync_sequences(conn)
        for index in fts.INDEXES:
            fts.rebuild(conn, index)
            fts.create_triggers(conn, index)
        counts = entity_counts(session)
        progress.step(10, 10, "demo data")
    return counts
