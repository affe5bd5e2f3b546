"""``wirausaha settings``: the program settings shown (Indonesian by default, English with
``--lang en``, JSON alike in both), changed one option at a time, and refused field by
field with nothing saved.

The commands run as ``main(argv)`` on a fresh database (``db_target``: a file, or a
PostgreSQL URL when the module runs there) with the program's default language.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli.conftest import run_cli as run
from tests.core.services import test_pairings_world as w
from wirausaha_app.cli.main import main
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.paths import resource
from wirausaha_app.core.services.pairings import PairingInput, create_pairing
from wirausaha_app.core.services.program_settings import (
    DEFAULT_INSTITUTION,
    ProgramSettings,
    load_settings,
)

LOGO = resource("logo.png")
KEYS = ["institution_name", "report_city", "report_logo",
        "max_pairings_per_team", "max_pairings_per_umkm"]


pytestmark = pytest.mark.usefixtures("default_language")


def lines(text: str) -> list[list[str]]:
    """Each ``label  value`` line as [label, value] (split at the first run of 2+ spaces)."""
    rows = []
    for line in text.splitlines():
        label, _, value = line.partition("  ")
        rows.append([label, value.strip()])
    return rows


def test_show_in_both_languages(db: Database, db_target: str,
                                capsys: pytest.CaptureFixture[str]) -> None:
    stored = load_settings(db)
    code, indonesian, _ = run(["settings", "--db", db_target], capsys)
    assert code == 0
    assert lines(indonesian) == [
        ["Lembaga", DEFAULT_INSTITUTION],
        ["Kota", stored.report_city or "(belum diisi)"],
        ["Logo", "(logo bawaan program)"],
        ["Pasangan aktif per kelompok, paling banyak", "3"],
        ["Kelompok per UMKM, paling banyak", "2"],
    ]
    code, english, _ = run(["--lang", "en", "settings", "--db", db_target], capsys)
    assert code == 0
    assert lines(english) == [
        ["Institution", DEFAULT_INSTITUTION],
        ["City", stored.report_city or "(not set)"],
        ["Logo", "(the program's own logo)"],
        ["Active pairings per team, at most", "3"],
        ["Teams per UMKM, at most", "2"],
    ]
    # The values line up in one column.
    for text in (indonesian, english):
        starts = {line.index(value) for line, (_, value) in
                  zip(text.splitlines(), lines(text), strict=True)}
        assert len(starts) == 1


def test_json_keys_and_values_the_same_in_both_languages(
    db: Database, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, indonesian, _ = run(["settings", "--db", db_target, "--json"], capsys)
    assert code == 0
    code, english, _ = run(["--lang", "en", "settings", "--db", db_target, "--json"], capsys)
    assert code == 0 and indonesian == english
    data = json.loads(indonesian)
    assert list(data) == KEYS
    stored = load_settings(db)
    assert data == {
        "institution_name": DEFAULT_INSTITUTION,
        "report_city": stored.report_city,
        "report_logo": None,
        "max_pairings_per_team": 3,
        "max_pairings_per_umkm": 2,
    }


def test_change_two_values_the_rest_kept(db: Database, db_target: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    before = load_settings(db)
    code, out, err = run(["settings", "--db", db_target,
                          "--institution", "  LPPM Universitas Jember ",
                          "--max-per-team", "5"], capsys)
    assert code == 0 and err == ""
    after = load_settings(db)
    assert after == ProgramSettings(
        institution_name="LPPM Universitas Jember",
        report_city=before.report_city,
        report_logo=None,
        max_pairings_per_team=5,
        max_pairings_per_umkm=2,
    )
    assert out.splitlines()[0] == "pengaturan disimpan"
    assert ["Lembaga", "LPPM Universitas Jember"] in lines(out)
    assert ["Pasangan aktif per kelompok, paling banyak", "5"] in lines(out)

    # The same values again: nothing to save.
    code, out, _ = run(["--lang", "en", "settings", "--db", db_target,
                        "--max-per-team", "5"], capsys)
    assert code == 0
    assert out.splitlines()[0] == "no change: the settings already had these values"
    assert load_settings(db) == after

    # --json prints the saved values, the same keys.
    code, out, _ = run(["settings", "--db", db_target, "--city", "Jember", "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert list(data) == KEYS and data["report_city"] == "Jember"
    assert load_settings(db).report_city == "Jember"


def test_refused_values_name_the_field_and_save_nothing(
    db: Database, db_target: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = load_settings(db)
    missing = tmp_path / "nope.png"
    argv = ["settings", "--db", db_target, "--institution", " ", "--city", "Jember",
            "--logo", str(missing), "--max-per-umkm", "21"]
    code, out, err = run(argv, capsys)
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "lembaga: Wajib diisi.",
        f"logo: Berkas “{missing}” tidak ada.",
        "kelompok per UMKM: Masukkan angka dari 1 sampai 20.",
    ]
    code, out, err = run(["--lang", "en", *argv], capsys)
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "institution: This field is required.",
        f"logo: The file “{missing}” does not exist.",
        "teams per UMKM: Enter a number from 1 to 20.",
    ]
    assert load_settings(db) == before  # not even the good city

    code, out, err = run(["settings", "--db", db_target, "--institution", ""], capsys)
    assert code == 1 and err == "lembaga: Wajib diisi.\n"
    code, out, err = run(["settings", "--db", db_target, "--logo", str(missing)], capsys)
    assert code == 1 and err.startswith("logo: ")
    assert load_settings(db) == before


def test_a_limit_below_one_is_refused_by_the_parser(
    db: Database, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = load_settings(db)
    for option in ("--max-per-team", "--max-per-umkm"):
        with pytest.raises(SystemExit) as exit_:
            main(["--lang", "en", "settings", "--db", db_target, option, "0"])
        assert exit_.value.code == 2
        assert f"argument {option}: must be 1 or more: 0" in capsys.readouterr().err
    assert load_settings(db) == before


def test_logo_set_then_back_to_the_programs_own(
    db: Database, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["settings", "--db", db_target, "--logo", str(LOGO)], capsys)
    assert code == 0
    assert load_settings(db).report_logo == str(LOGO.resolve())
    assert ["Logo", str(LOGO.resolve())] in lines(out)

    code, out, _ = run(["settings", "--db", db_target, "--logo", "", "--city", ""], capsys)
    assert code == 0
    settings = load_settings(db)
    assert settings.report_logo is None and settings.report_city is None
    assert ["Logo", "(logo bawaan program)"] in lines(out)
    assert ["Kota", "(belum diisi)"] in lines(out)
    code, out, _ = run(["settings", "--db", db_target, "--json"], capsys)
    data = json.loads(out)
    assert data["report_logo"] is None and data["report_city"] is None


def test_a_lowered_limit_tells_who_is_above_it(
    db: Database, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    coh = w.cohort(db, w.university(db))
    team, _ = w.team(db, coh, "Tim A")
    start = date.today() - timedelta(days=30)
    for name, role in (("Warung Bu Sri", "digital_marketing"), ("Toko Pak Budi", "bookkeeping")):
        create_pairing(db, PairingInput(team, w.umkm(db, name), role, start, status="active"))

    code, out, _ = run(["settings", "--db", db_target, "--max-per-team", "1"], capsys)
    assert code == 0
    assert out.splitlines()[-1] == (
        "catatan: 1 kelompok dan 0 UMKM sudah punya pasangan aktif melebihi batas. Pasangan "
        "itu tetap berjalan; pasangan aktif baru menunggu sampai jumlahnya di bawah batas.")
    assert load_settings(db).max_pairings_per_team == 1
    # The pairings stay.
    code, out, _ = run(["stats", "--db", db_target, "--json"], capsys)
    assert json.loads(out)["pairings"] == 2

    # With --json the note goes to stderr: stdout stays JSON.
    code, out, err = run(["--lang", "en", "settings", "--db", db_target,
                          "--max-per-umkm", "1", "--json"], capsys)
    assert code == 0
    assert json.loads(out)["max_pairings_per_umkm"] == 1
    assert err.startswith("note: 1 team(s) and 0 UMKM already have more active pairings")

    # No note when nobody is above the limits.
    code, out, err = run(["settings", "--db", db_target, "--max-per-team", "2"], capsys)
    assert code == 0 and "catatan" not in out and err == ""
