"""Headline counts of the database (status bar, ``wirausaha stats``, report summaries)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wirausaha_app.core import models as m

# Plural table names are the public keys (CLI JSON, status bar).
COUNTED = {
    "universities": m.University,
    "cohorts": m.Cohort,
    "students": m.Student,
    "teams": m.Team,
    "mentors": m.Mentor,
    "mentor_assignments": m.MentorAssignment,
    "mentoring_sessions": m.MentoringSession,
    "umkm": m.Umkm,
    "umkm_snapshots": m.UmkmSnapshot,
    "pairings": m.Pairing,
    "seed_fund_entries": m.SeedFundEntry,
    "team_outputs": m.TeamOutput,
}


OUTCOME_KEYS = ("formalised", "naik_kelas", "digital")


def entity_counts(session: Session) -> dict[str, int]:
    return {
        key: session.execute(select(func.count()).select_from(model)).scalar_one()
        for key, model in COUNTED.items()
    }


def headline_stats(session: Session) -> dict[str, int]:
    """Table counts plus the program outcomes (``formalised``, ``naik_kelas``, ``digital``).

    Outcome counts are of *distinct UMKM* over *active and finished* pairings, each
    pairing measured from the UMKM's snapshots at its start and end (today for an
    active one), as defined in :mod:`wirausaha_app.core.rules.outcomes`. An UMKM
    paired with several teams counts once if any of its pairings shows the change
    (per-pairing counts: :func:`wirausaha_app.core.services.outcomes.rollup`).
    """
    from wirausaha_app.core.services.outcomes import outcome_counts

    return {**entity_counts(session), **outcome_counts(session)}
