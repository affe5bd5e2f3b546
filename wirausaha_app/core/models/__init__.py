"""The ORM entities. Import from here so every table is registered on ``Base.metadata``."""

from wirausaha_app.core.models.base import Base
from wirausaha_app.core.models.mentoring import (
    MentorAssignment,
    MentoringSession,
    SessionAttendance,
)
from wirausaha_app.core.models.pairings import Pairing, ValueChainRole
from wirausaha_app.core.models.people import Mentor, Student
from wirausaha_app.core.models.program import Cohort, Region, University
from wirausaha_app.core.models.settings import AppSetting, ChangeLogEntry
from wirausaha_app.core.models.teams import OutputKind, SeedFundEntry, Team, TeamMember, TeamOutput
from wirausaha_app.core.models.umkm import ScaleThreshold, Umkm, UmkmSnapshot

__all__ = [
    "AppSetting",
    "Base",
    "ChangeLogEntry",
    "Cohort",
    "Mentor",
    "MentorAssignment",
    "MentoringSession",
    "OutputKind",
    "Pairing",
    "Region",
    "ScaleThreshold",
    "SeedFundEntry",
    "SessionAttendance",
    "Student",
    "Team",
    "TeamMember",
    "TeamOutput",
    "Umkm",
    "UmkmSnapshot",
    "University",
    "ValueChainRole",
]
