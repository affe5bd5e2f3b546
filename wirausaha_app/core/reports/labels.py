"""Indonesian labels for stored codes, as printed in the reports."""

from __future__ import annotations

import re

from wirausaha_app.core.formatting import format_number
from wirausaha_app.core.models.enums import OutputStatus, ScaleClass
from wirausaha_app.core.xlsx import vocab


def _capitalised(vocabulary: vocab.Vocabulary) -> dict[str, str]:
    """The workbook words (one source for the Indonesian terms), capitalised as in prose."""
    return {str(code): text[:1].upper() + text[1:] for code, text in vocabulary.items()}


STUDENT_STATUS = _capitalised(vocab.STUDENT_STATUS)
PAIRING_STATUS = _capitalised(vocab.PAIRING_STATUS)
# A report says a finished output was achieved; the workbook keeps "selesai", which
# the importer reads back, so only the printed word differs.
OUTPUT_STATUS = {**_capitalised(vocab.OUTPUT_STATUS), OutputStatus.DONE.value: "Tercapai"}
SCALE_CLASS = _capitalised(vocab.SCALE_CLASS)
SCALE_ORDER = tuple(c.value for c in ScaleClass)
MENTOR_KIND = _capitalised(vocab.MENTOR_KIND)
METHOD = _capitalised(vocab.SESSION_METHOD)
ATTENDANCE = _capitalised(vocab.ATTENDANCE)
SEMESTER = _capitalised(vocab.SEMESTER)

YES = "Ya"
NO = "Tidak"
DASH = "–"


def natural_key(text: str) -> tuple[object, ...]:
    """Sort key so "Kelompok 9" comes before "Kelompok 10" (people read numbers)."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in re.split(r"(\d+)", text)
        if part
    )


def label(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return DASH
    return table.get(code, code)


def hours(minutes: int | None) -> str:
    """``90`` minutes → ``1,5`` (hours, Indonesian decimal comma)."""
    return format_number((minutes or 0) / 60, decimals=1)


def yes_no(flag: bool) -> str:
    return YES if flag else NO
