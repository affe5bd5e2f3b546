"""Fixed vocabularies stored as short codes (``CHECK`` constraints keep them honest).

Lists a coordinator may extend (value-chain roles, output kinds, scale thresholds)
are tables instead, seeded by the first migration.
"""

from __future__ import annotations

from enum import StrEnum


class UniversityKind(StrEnum):
    HOST = "host"  # perguruan tinggi pelaksana
    ORIGIN = "origin"  # perguruan tinggi asal
    BOTH = "both"


class Semester(StrEnum):
    GANJIL = "ganjil"
    GENAP = "genap"


class StudentStatus(StrEnum):
    REGISTERED = "registered"
    ACTIVE = "active"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class Gender(StrEnum):
    MALE = "L"
    FEMALE = "P"


class MentorKind(StrEnum):
    DPL = "dpl"  # dosen pendamping lapangan / academic mentor
    PRACTITIONER = "practitioner"  # mentor praktisi / industry


class SessionMethod(StrEnum):
    OFFLINE = "offline"
    ONLINE = "online"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class SeedFundKind(StrEnum):
    GRANTED = "granted"
    DISBURSED = "disbursed"
    REPORTED = "reported"


class OutputStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class PairingStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    FINISHED = "finished"
    CANCELLED = "cancelled"


class ScaleClass(StrEnum):
    MIKRO = "mikro"
    KECIL = "kecil"
    MENENGAH = "menengah"
    BESAR = "besar"


class KbliVersion(StrEnum):
    KBLI_2020 = "2020"
    KBLI_2025 = "2025"


class SalesChannel(StrEnum):
    MARKETPLACE = "marketplace"
    SOCIAL_MEDIA = "social_media"
    OWN_WEBSITE = "website"
    OWN_SHOP = "shop"  # toko fisik / offline
    RESELLER = "reseller"


# Channels that count as "digital" for the go-digital outcome.
DIGITAL_CHANNELS = frozenset(
    {SalesChannel.MARKETPLACE, SalesChannel.SOCIAL_MEDIA, SalesChannel.OWN_WEBSITE}
)


def values(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]
