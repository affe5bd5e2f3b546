"""Import templates: one workbook per kind with Indonesian headers, an example row,
drop-down lists for fixed values and an instruction sheet ("Petunjuk").

The data sheet's header row is exactly what the importer matches first, so a filled
template always imports without correcting the mapping. Region lists come from the
shipped official list; with a database, universities, cohorts, mentors and teams
already entered are offered as drop-downs too.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from wirausaha_app.core.atomic import replaced_on_success
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models import Cohort, Mentor, Team, University, ValueChainRole
from wirausaha_app.core.paths import resource
from wirausaha_app.core.xlsx import vocab
from wirausaha_app.core.xlsx.kinds import KINDS
from wirausaha_app.core.xlsx.styles import SAFE_OPTIONS, Formats

TEMPLATE_KINDS = ("universities", "cohorts", "students", "mentors", "umkm", "teams", "sessions")
VALIDATION_ROWS = 5000
LISTS_SHEET = "Daftar"
GUIDE_SHEET = "Petunjuk"

EXAMPLES: dict[str, dict[str, Any]] = {
    "universities": {"name": "Universitas Contoh Nusantara", "short_name": "UCN", "kind": "asal",
                     "region_code": "Kota Surabaya", "contact_name": "Budi Santoso",
                     "contact_phone": "0812-3456-7890", "contact_email": "wmk@ucn.ac.id"},
    "cohorts": {"name": "WMK Contoh 2024 Ganjil", "host_university": "Universitas Contoh Nusantara",
                "year": 2024, "semester": "ganjil", "immersion_start": "02/09/2024",
                "quota_total": 300},
    "students": {"nim": "0123456789", "name": "Siti Contoh", "university": "Universitas Contoh "
                 "Nusantara", "cohort": "WMK Contoh 2024 Ganjil", "study_program": "Manajemen",
                 "semester": 5, "gender": "P", "status": "terdaftar",
                 "phone": "0812-3456-7890", "email": "siti@contoh.ac.id"},
    "mentors": {"name": "Dr. Contoh Wibowo", "kind": "DPL", "university": "Universitas Contoh "
                "Nusantara", "expertise": "Pemasaran digital", "capacity": 5,
                "email": "contoh@ucn.ac.id"},
    "umkm": {"name": "Keripik Contoh", "owner_name": "Bu Contoh", "region_code": "Kabupaten Malang",
             "phone": "0812-3456-7890", "nib": "0123456789012", "kbli_code": "10794",
             "kbli_version": "2020", "channels": "marketplace, toko",
             "annual_sales": "Rp 150.000.000", "capital": "40 jt", "employees": 3,
             "data_date": "01/09/2024"},
    "teams": {"name": "Tim Contoh", "cohort": "WMK Contoh 2024 Ganjil", "business_name": "Kopi "
              "Contoh", "sector": "Kuliner", "region_code": "Kota Surabaya",
              "leader_nim": "0123456789", "member_nims": "0123456790, 0123456791"},
    "sessions": {"session_date": "12/09/2024", "start_time": "09:30", "team": "Tim Contoh",
                 "cohort": "WMK Contoh 2024 Ganjil", "mentor": "Dr. Contoh Wibowo",
                 "duration_minutes": 90, "method": "daring", "topic": "Rencana usaha",
                 "present": "0123456789, 0123456790"},
}

# Field → fixed vocabulary offered as a drop-down.
_CHOICES: dict[str, vocab.Vocabulary] = {
    "kind@universities": vocab.UNIVERSITY_KIND, "semester@cohorts": vocab.SEMESTER,
    "gender@students": vocab.GENDER, "status@students": vocab.STUDENT_STATUS,
    "kind@mentors": vocab.MENTOR_KIND, "method@sessions": vocab.SESSION_METHOD,
}
_ID_FIELDS = {"nim", "nik", "nib", "phone", "contact_phone", "kbli_code", "kbli_version",
              "pirt_number", "leader_nim", "member_nims", "present", "absent", "excused"}
_DATE_FIELDS = {"mou_valid_from", "mou_valid_until", "pre_immersion_start", "immersion_start",
                "post_immersion_start", "end_date", "expo_date", "pirt_valid_until", "data_date",
                "business_plan_approved", "session_date"}

GENERAL_RULES = [
    "Isi satu baris per data, mulai baris 2 lembar data. Hapus baris contoh sebelum mengimpor.",
    "Baris judul di atas tabel, sel gabungan, dan baris kosong boleh ada: kolom dikenali dari "
    "judulnya (Indonesia atau Inggris).",
    "Ketik NIM, NIK, NIB dan nomor telepon sebagai teks (kolom ini sudah berformat teks) agar "
    "angka 0 di depan dan digit terakhir tidak hilang. NIK 16 digit yang tersimpan sebagai "
    "angka ditolak karena Excel bisa membulatkannya.",
    "Tanggal: tanggal Excel, 01/09/2024, 2024-09-01 atau 1 September 2024.",
    "Uang: 1500000, Rp 1.500.000 atau 1,5 jt.",
    "Kabupaten/kota: nama resmi (Kabupaten Malang, Kota Surabaya); 'Kab. Malang' juga dikenali. "
    "Nama yang bisa berarti dua wilayah (mis. 'Malang') ditolak.",
    "Rumus (formula) tidak diterima: salin lalu tempel sebagai nilai.",
    "Jika ada satu baris yang ditolak, tidak ada yang disimpan; perbaiki lalu impor ulang.",
]


def _regions(jatim_only: bool) -> list[str]:
    with resource("data", "kabupaten_kota.csv").open(encoding="utf-8", newline="") as f:
        return [r["nama"] for r in csv.DictReader(f)
                if not jatim_only or r["kode_provinsi"] == "35"]


def _db_lists(db: Database | None) -> dict[str, list[str]]:
    if db is None:
        return {}
    with db.session() as s:
        return {
            "university": list(s.scalars(select(University.name).order_by(University.name))),
            "cohort": list(s.scalars(select(Cohort.name).order_by(Cohort.name))),
            "mentor": list(s.scalars(select(Mentor.name).order_by(Mentor.name))),
            "team": list(s.scalars(select(Team.name).order_by(Team.name).distinct())),
            "roles": [f"{c} — {n}" for c, n in s.execute(
                select(ValueChainRole.code, ValueChainRole.name)
                .where(ValueChainRole.active).order_by(ValueChainRole.sort_order))],
        }


@contextlib.contextmanager
def atomic_workbook(out: str | Path) -> Iterator[Any]:
    """An XlsxWriter workbook (data validation, comments: templates need them) on a temp
    file next to ``out``, renamed over it only when complete."""
    import xlsxwriter

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with replaced_on_success(out, ".xlsx.part") as tmp:
        workbook = xlsxwriter.Workbook(str(tmp), SAFE_OPTIONS)
        yield workbook
        workbook.close()


def write_template(kind: str, out: str | Path, db: Database | None = None) -> Path:
    if kind not in TEMPLATE_KINDS:
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "Xlsx", "Unknown kind “{kind}”; choose one of {kinds}."),
            kind=kind, kinds=", ".join(TEMPLATE_KINDS)))
    handler = KINDS[kind]
    fields = handler.fields
    lists = _db_lists(db)
    list_columns: dict[str, list[str]] = {
        "Kabupaten/Kota": _regions(jatim_only=kind == "umkm"),
        **{f"Daftar {k}": v for k, v in lists.items() if v and k != "roles"},
    }
    with atomic_workbook(out) as wb:
        formats = Formats.create(wb)
        ws = wb.add_worksheet(handler.title)
        guide = wb.add_worksheet(GUIDE_SHEET)
        lists_ws = wb.add_worksheet(LISTS_SHEET)
        ranges = _write_lists(lists_ws, formats, list_columns)
        lists_ws.hide()
        example = EXAMPLES.get(kind, {})
        italic = wb.add_format({"italic": True, "font_color": "#7F7F7F"})
        italic_text = wb.add_format({"italic": True, "font_color": "#7F7F7F", "num_format": "@"})
        for c, spec in enumerate(fields):
            is_id = spec.key in _ID_FIELDS
            ws.set_column(c, c, max(14, len(spec.header) + 4),
                          formats.text if is_id else formats.date if spec.key in _DATE_FIELDS
                          else None)
            ws.write_string(0, c, spec.header, formats.header)
            value = example.get(spec.key)
            if isinstance(value, int | float):
                ws.write_number(1, c, value, italic)
            elif value is not None:
                ws.write_string(1, c, str(value), italic_text if is_id else italic)
            source = _source_for(kind, spec.key, ranges)
            if source is not None:
                ws.data_validation(1, c, VALIDATION_ROWS, c, {
                    "validate": "list", "source": source,
                    "error_type": "warning", "error_title": "Nilai tidak dikenal",
                    "error_message": "Pilih dari daftar, atau ketik nilai yang benar.",
                })
            if spec.required:
                ws.write_comment(0, c, "Wajib diisi")
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, 1, len(fields) - 1)
        _write_guide(guide, formats, kind, handler.title, fields, example, lists.get("roles"))
        ws.activate()
    return Path(out)


def _write_lists(ws: Any, formats: Formats, columns: dict[str, list[str]]) -> dict[str, str]:
    ranges: dict[str, str] = {}
    for c, (title, values) in enumerate(columns.items()):
        ws.write_string(0, c, title, formats.header)
        for r, value in enumerate(values, start=1):
            ws.write_string(r, c, value)
        letter = chr(ord("A") + c)
        ranges[title] = f"={LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}"
    return ranges


def _source_for(kind: str, key: str, ranges: dict[str, str]) -> Any:
    vocabulary = _CHOICES.get(f"{key}@{kind}")
    if vocabulary is not None:
        return list(vocabulary.values())
    if key == "region_code":
        return ranges.get("Kabupaten/Kota")
    if key == "kbli_version":
        return ["2020", "2025"]
    by_lookup = {"university": "Daftar university", "host_university": "Daftar university",
                 "cohort": "Daftar cohort", "mentor": "Daftar mentor", "team": "Daftar team"}
    if key in by_lookup:
        return ranges.get(by_lookup[key])
    return None


def _write_guide(ws: Any, formats: Formats, kind: str, title: str, fields: Sequence[Any],
                 example: dict[str, Any], roles: list[str] | None) -> None:
    ws.set_column(0, 0, 28)
    ws.set_column(1, 1, 10)
    ws.set_column(2, 2, 60)
    ws.set_column(3, 3, 30)
    ws.write_string(0, 0, f"Petunjuk pengisian — {title}", formats.title)
    row = 2
    for rule in GENERAL_RULES:
        ws.write_string(row, 0, "•")
        ws.write_string(row, 2, rule, formats.wrap)
        row += 1
    row += 1
    for c, head in enumerate(("Kolom", "Wajib", "Keterangan", "Contoh")):
        ws.write_string(row, c, head, formats.header)
    for spec in fields:
        row += 1
        ws.write_string(row, 0, spec.header)
        ws.write_string(row, 1, "wajib" if spec.required else "")
        note = spec.note
        vocabulary = _CHOICES.get(f"{spec.key}@{kind}")
        if vocabulary and not note:
            note = " / ".join(vocabulary.values())
        if spec.key == "needs" and roles:
            note = f"{note}: {'; '.join(roles)}"
        ws.write_string(row, 2, note, formats.wrap)
        if spec.key in example:
            ws.write_string(row, 3, str(example[spec.key]))
