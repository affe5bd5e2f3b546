"""Indonesian labels for stored codes, as printed in the reports."""

from __future__ import annotations

import re

from wirausaha_app.core.formatting import format_number

STUDENT_STATUS = {
    "registered": "Terdaftar",
    "active": "Aktif",
    "completed": "Selesai",
    "withdrawn": "Mengundurkan diri",
}
PAIRING_STATUS = {
    "proposed": "Diusulkan",
    "active": "Aktif",
    "finished": "Selesai",
    "cancelled": "Dibatalkan",
}
OUTPUT_STATUS = {"planned": "Direncanakan", "in_progress": "Berjalan", "done": "Tercapai"}
SCALE_CLASS = {"mikro": "Mikro", "kecil": "Kecil", "menengah": "Menengah", "besar": "Besar"}
SCALE_ORDER = ("mikro", "kecil", "menengah", "besar")
MENTOR_KIND = {"dpl": "DPL", "practitioner": "Praktisi"}
METHOD = {"offline": "Luring", "online": "Daring"}
ATTENDANCE = {"present": "Hadir", "absent": "Tidak hadir", "excused": "Izin"}
SEMESTER = {"ganjil": "Ganjil", "genap": "Genap"}

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
