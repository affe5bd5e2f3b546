"""Indonesian labels of the fixed vocabularies, shared by export, templates and import.

Workbooks are Indonesian documents, so the labels are written in Indonesian; the
importer accepts the label, the stored code and a few common alternatives.
"""

from __future__ import annotations

import re

from wirausaha_app.core.models.enums import (
    AttendanceStatus,
    Gender,
    MentorKind,
    OutputStatus,
    PairingStatus,
    SalesChannel,
    ScaleClass,
    SeedFundKind,
    Semester,
    SessionMethod,
    StudentStatus,
    UniversityKind,
)

Vocabulary = dict[str, str]  # code -> Indonesian label

UNIVERSITY_KIND: Vocabulary = {
    UniversityKind.HOST: "pelaksana",
    UniversityKind.ORIGIN: "asal",
    UniversityKind.BOTH: "pelaksana dan asal",
}
SEMESTER: Vocabulary = {Semester.GANJIL: "ganjil", Semester.GENAP: "genap"}
STUDENT_STATUS: Vocabulary = {
    StudentStatus.REGISTERED: "terdaftar",
    StudentStatus.ACTIVE: "aktif",
    StudentStatus.COMPLETED: "selesai",
    StudentStatus.WITHDRAWN: "mengundurkan diri",
}
GENDER: Vocabulary = {Gender.MALE: "L", Gender.FEMALE: "P"}
MENTOR_KIND: Vocabulary = {MentorKind.DPL: "DPL", MentorKind.PRACTITIONER: "praktisi"}
SESSION_METHOD: Vocabulary = {SessionMethod.OFFLINE: "luring", SessionMethod.ONLINE: "daring"}
ATTENDANCE: Vocabulary = {
    AttendanceStatus.PRESENT: "hadir",
    AttendanceStatus.ABSENT: "tidak hadir",
    AttendanceStatus.EXCUSED: "izin",
}
SEED_FUND_KIND: Vocabulary = {
    SeedFundKind.GRANTED: "dialokasikan",
    SeedFundKind.DISBURSED: "dicairkan",
    SeedFundKind.REPORTED: "dilaporkan",
}
OUTPUT_STATUS: Vocabulary = {
    OutputStatus.PLANNED: "direncanakan",
    OutputStatus.IN_PROGRESS: "berjalan",
    OutputStatus.DONE: "selesai",
}
PAIRING_STATUS: Vocabulary = {
    PairingStatus.PROPOSED: "diusulkan",
    PairingStatus.ACTIVE: "aktif",
    PairingStatus.FINISHED: "selesai",
    PairingStatus.CANCELLED: "dibatalkan",
}
SCALE_CLASS: Vocabulary = {c: c.value for c in ScaleClass}
SALES_CHANNEL: Vocabulary = {
    SalesChannel.MARKETPLACE: "marketplace",
    SalesChannel.SOCIAL_MEDIA: "media sosial",
    SalesChannel.OWN_WEBSITE: "website",
    SalesChannel.OWN_SHOP: "toko",
    SalesChannel.RESELLER: "reseller",
}
YES_NO: Vocabulary = {"1": "ya", "0": "tidak"}

# Extra spellings people type, keyed by vocabulary identity.
_ALIASES: dict[int, dict[str, str]] = {
    id(UNIVERSITY_KIND): {"host": "host", "penyelenggara": "host", "origin": "origin",
                          "both": "both", "keduanya": "both"},
    id(STUDENT_STATUS): {"daftar": "registered", "lulus": "completed", "mundur": "withdrawn",
                         "keluar": "withdrawn"},
    id(GENDER): {"laki-laki": "L", "laki laki": "L", "pria": "L", "male": "L", "m": "L",
                 "perempuan": "P", "wanita": "P", "female": "P", "f": "P", "w": "P"},
    id(MENTOR_KIND): {"dosen": "dpl", "dosen pendamping": "dpl", "mentor praktisi": "practitioner",
                      "industri": "practitioner", "praktisi industri": "practitioner"},
    id(SESSION_METHOD): {"offline": "offline", "tatap muka": "offline", "online": "online",
                         "virtual": "online"},
    id(ATTENDANCE): {"present": "present", "absen": "absent", "alpa": "absent", "sakit": "excused"},
    id(YES_NO): {"y": "1", "yes": "1", "true": "1", "benar": "1", "n": "0", "no": "0",
                 "false": "0", "salah": "0"},
}

_SPACES = re.compile(r"[\s_]+")


def _key(text: str) -> str:
    return _SPACES.sub(" ", text.strip().lower())


def lookup(vocabulary: Vocabulary, text: str) -> str | None:
    """The code for a label, code or alias (any case/spacing), or None."""
    key = _key(text)
    for code, label in vocabulary.items():
        if key in (_key(label), _key(str(code))):
            return str(code)
    return _ALIASES.get(id(vocabulary), {}).get(key)


def label(vocabulary: Vocabulary, code: str | None) -> str | None:
    if code is None:
        return None
    return vocabulary.get(code, code)
