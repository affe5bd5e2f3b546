"""Header mapping: exact names first wherever they stand, guesses only for the fields
still free, and no guess from a header that is about something else."""

from __future__ import annotations

from wirausaha_app.core.xlsx.headers import auto_mapping
from wirausaha_app.core.xlsx.kinds import KINDS


def _mapped(kind: str, headers: list[str]) -> dict[str, str]:
    mapping = auto_mapping(headers, KINDS[kind].fields)
    return {headers[i]: key for i, key in mapping.items()}


def test_exact_names_win_over_earlier_guesses() -> None:
    assert _mapped("umkm", ["Jenis Usaha", "Nama Usaha", "NIK Pemilik", "Nama Pemilik",
                            "Kabupaten/Kota"]) == {
        "Nama Usaha": "name", "Nama Pemilik": "owner_name", "Kabupaten/Kota": "region_code"}
    assert _mapped("umkm", ["Omzet per Bulan", "Omzet Tahunan"]) == {
        "Omzet Tahunan": "annual_sales"}
    teams = _mapped("teams", ["Nama Ketua", "NIM Ketua", "Nama Tim", "Angkatan"])
    assert "Nama Ketua" not in teams and teams["NIM Ketua"] == "leader_nim"


def test_headers_about_something_else_are_left_unmapped() -> None:
    students = _mapped("students", ["Nama Ibu", "Nama", "Status Pernikahan", "Status",
                                    "Tanggal Lahir"])
    assert students["Nama"] == "name" and students["Status"] == "status"
    assert not {"Nama Ibu", "Status Pernikahan", "Tanggal Lahir"} & set(students)
    umkm = _mapped("umkm", ["Nama Usaha", "Omzet per Bulan"])  # no annual column at all
    assert "Omzet per Bulan" not in umkm


def test_useful_guesses_still_work() -> None:
    students = _mapped("students", ["No. HP / WA", "Nama Mahasiswa", "NIM"])
    assert students["No. HP / WA"] == "phone"
