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


def entity_counts(session: Session) -> dict[str, int]:
    return {
        key: session.execute(select(func.count()).select_from(model)).scalar_one()
        for key, model in COUNTED.items()
    }
