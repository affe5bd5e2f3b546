"""What a report covers (:class:`ReportScope`) and turning the names a coordinator
types into database rows, with clear errors for names that do not exist."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models import (
    Cohort,
    Mentor,
    MentoringSession,
    Region,
    Team,
    University,
)


@dataclass(frozen=True)
class ReportScope:
    """Names as the coordinator knows them; every field narrows the report.

    ``cohort``/``university``/``team``/``mentor`` match the name exactly, ignoring
    case (a university may also be given by its short name); ``region`` is a
    Kemendagri code such as ``35.78``; ``session_id`` picks one mentoring session.
    """

    cohort: str | None = None
    university: str | None = None
    region: str | None = None
    team: str | None = None
    mentor: str | None = None
    session_id: int | None = None

    def describe(self) -> str:
        parts = [
            f"{label}: {value}"
            for label, value in (
                ("Angkatan", self.cohort),
                ("Perguruan tinggi", self.university),
                ("Wilayah", self.region),
                ("Tim", self.team),
                ("Mentor", self.mentor),
                ("Sesi", self.session_id),
            )
            if value not in (None, "")
        ]
        return "; ".join(parts)


def _unknown(what: str, name: object) -> UserError:
    texts = {
        "cohort": QT_TRANSLATE_NOOP("Reports", "Unknown cohort '{name}'."),
        "university": QT_TRANSLATE_NOOP("Reports", "Unknown university '{name}'."),
        "region": QT_TRANSLATE_NOOP("Reports", "Unknown region code '{name}'."),
        "team": QT_TRANSLATE_NOOP("Reports", "Unknown team '{name}'."),
        "mentor": QT_TRANSLATE_NOOP("Reports", "Unknown mentor '{name}'."),
        "session": QT_TRANSLATE_NOOP("Reports", "Unknown mentoring session {name}."),
    }
    return UserError(msg(texts[what], name=name))


def _ambiguous(what: str, name: str) -> UserError:
    texts = {
        "team": QT_TRANSLATE_NOOP(
            "Reports", "More than one team is called '{name}'; choose the cohort too."
        ),
        "mentor": QT_TRANSLATE_NOOP(
            "Reports", "More than one mentor is called '{name}'; the logbook needs one."
        ),
    }
    return UserError(msg(texts[what], name=name))


def required(what: str, kind: str) -> UserError:
    texts = {
        "cohort": QT_TRANSLATE_NOOP("Reports", "The {kind} report needs a cohort (--cohort)."),
        "team_or_mentor": QT_TRANSLATE_NOOP(
            "Reports", "The {kind} report needs a team (--team) or a mentor (--mentor)."
        ),
        "session_or_cohort": QT_TRANSLATE_NOOP(
            "Reports", "The {kind} report needs a session (--session) or a cohort (--cohort)."
        ),
    }
    return UserError(msg(texts[what], kind=kind))


def find_cohort(session: Session, name: str) -> Cohort:
    cohort = session.scalars(
        select(Cohort).where(func.lower(Cohort.name) == name.strip().lower())
    ).first()
    if cohort is None:
        raise _unknown("cohort", name)
    return cohort


def find_university(session: Session, name: str) -> University:
    key = name.strip().lower()
    university = session.scalars(
        select(University).where(
            (func.lower(University.name) == key) | (func.lower(University.short_name) == key)
        )
    ).first()
    if university is None:
        raise _unknown("university", name)
    return university


def find_region(session: Session, code: str) -> Region:
    region = session.get(Region, code.strip())
    if region is None:
        raise _unknown("region", code)
    return region


def find_team(session: Session, name: str, cohort: Cohort | None) -> Team:
    query = select(Team).where(func.lower(Team.name) == name.strip().lower())
    if cohort is not None:
        query = query.where(Team.cohort_id == cohort.id)
    teams = session.scalars(query.limit(2)).all()
    if not teams:
        raise _unknown("team", name)
    if len(teams) > 1:
        raise _ambiguous("team", name)
    return teams[0]


def find_mentor(session: Session, name: str) -> Mentor:
    mentors = session.scalars(
        select(Mentor).where(func.lower(Mentor.name) == name.strip().lower()).limit(2)
    ).all()
    if not mentors:
        raise _unknown("mentor", name)
    if len(mentors) > 1:
        raise _ambiguous("mentor", name)
    return mentors[0]


def find_session(session: Session, session_id: int) -> MentoringSession:
    found = session.get(MentoringSession, session_id)
    if found is None:
        raise _unknown("session", session_id)
    return found


@dataclass(frozen=True)
class Resolved:
    """The scope's rows, looked up once (None where the scope leaves it open)."""

    cohort: Cohort | None
    university: University | None
    region: Region | None
    team: Team | None
    mentor: Mentor | None
    mentoring_session: MentoringSession | None


def resolve(session: Session, scope: ReportScope) -> Resolved:
    cohort = find_cohort(session, scope.cohort) if scope.cohort else None
    return Resolved(
        cohort=cohort,
        university=find_university(session, scope.university) if scope.university else None,
        region=find_region(session, scope.region) if scope.region else None,
        team=find_team(session, scope.team, cohort) if scope.team else None,
        mentor=find_mentor(session, scope.mentor) if scope.mentor else None,
        mentoring_session=(
            find_session(session, scope.session_id) if scope.session_id is not None else None
        ),
    )
