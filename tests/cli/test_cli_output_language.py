"""What the commands print while they run speaks Indonesian by default and English with
``--lang en``; machine-readable output (``--json``, exit codes) is the same in both.

The commands run on one demo database (``wirausaha demo``, read only; the tests that
write work on a copy), as ``main(argv)`` with the program's default language (no
``WIRAUSAHA_LANG``, which tests/conftest.py sets to ``en``).
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import run_cli as run
from tests.core.xlsx.conftest import sheet_file
from wirausaha_app.cli.commands import stats as stats_command
from wirausaha_app.cli.common import install_translator
from wirausaha_app.cli.main import main
from wirausaha_app.cli.output import CliProgress, core_problem
from wirausaha_app.core.db.backup import integrity_problems
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.db.lifecycle import open_database

COHORT = "WMK PENS 2023 Ganjil"  # a cohort of the demo data, hosted by PENS


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WIRAUSAHA_DATA_DIR", str(path.parent / "data"))
        assert main(["--lang", "en", "demo", "--db", str(path)]) == 0
    yield path


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    """A copy of the demo database for a test that writes (backups, imports)."""
    path = tmp_path / "copy.db"
    shutil.copyfile(demo_db, path)
    return path


pytestmark = pytest.mark.usefixtures("default_language")


def both(
    argv: list[str], capsys: pytest.CaptureFixture[str], expected_code: int = 0
) -> tuple[str, str]:
    """stdout in the default language and with ``--lang en``; the exit code is the same."""
    code, indonesian, _err = run(argv, capsys)
    assert code == expected_code
    code, english, _err = run(["--lang", "en", *argv], capsys)
    assert code == expected_code
    return indonesian, english


# --- check, stats ------------------------------------------------------------------


def test_check(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    indonesian, english = both(["check", "--db", str(demo_db)], capsys)
    assert re.match(r"skema: \d{4} \(program: \d{4}\)\n", indonesian)
    assert "integrity_check: baik\nforeign_key_check: baik\n" in indonesian
    assert re.match(r"schema: \d{4} \(program: \d{4}\)\n", english)
    assert "integrity_check: ok\nforeign_key_check: ok\n" in english


def test_check_reports_a_broken_foreign_key(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(demo_copy)  # foreign keys are not enforced on this connection
    with conn:
        conn.execute("UPDATE cohorts SET host_university_id = 9999 WHERE id = 1")
    conn.close()
    indonesian, english = both(["check", "--db", str(demo_copy)], capsys, expected_code=1)
    assert "masalah: kunci asing: cohorts baris 1 -> universities\n" in indonesian
    assert "problem: foreign key: cohorts row 1 -> universities\n" in english
    assert "baik" not in indonesian


def test_stats_in_words_and_json_the_same_in_both_languages(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    indonesian, english = both(["stats", "--db", str(demo_db)], capsys)
    lines = indonesian.splitlines()
    assert lines[0].startswith("Perguruan tinggi ") and lines[0].endswith(" 25")
    assert re.search(r"^Mahasiswa +1\.\d{3}$", indonesian, re.MULTILINE)
    for label in ("Kelompok usaha", "Sesi pendampingan", "Pasangan UMKM",
                  "UMKM formal (NIB baru)", "UMKM naik kelas", "UMKM go digital"):
        assert f"\n{label} " in indonesian
    assert english.startswith("Universities ")
    assert re.search(r"^Students +1\.\d{3}$", english, re.MULTILINE)
    assert "\nUMKM moved up a class " in english
    assert len(lines) == len(english.splitlines()) == 15

    json_id, json_en = both(["stats", "--db", str(demo_db), "--json"], capsys)
    assert json_id == json_en
    assert '"naik_kelas": ' in json_id and '"students": ' in json_id


# --- backup, restore -------------------------------------------------------------


def test_backup_list_and_restore(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_copy)
    code, out, _err = run(["backup", "--db", db, "--list"], capsys)
    assert code == 0 and out == f"belum ada cadangan di {demo_copy.parent / 'copy-backups'}\n"
    code, out, _err = run(["--lang", "en", "backup", "--db", db, "--list"], capsys)
    assert code == 0 and out.startswith("no backups in ")

    code, out, _err = run(["backup", "--db", db], capsys)
    assert code == 0
    first, summary = out.splitlines()
    assert first.startswith("cadangan: ") and first.endswith("-manual.db")
    assert summary == "1 cadangan disimpan, 0 dihapus"
    only_newest = ["--keep-daily", "0", "--keep-weekly", "0", "--keep-monthly", "0"]
    code, out, _err = run(
        ["--lang", "en", "backup", "--db", db, "--label", "second", *only_newest], capsys
    )
    assert code == 0
    first, pruned, summary = out.splitlines()
    assert first.startswith("backup: ") and first.endswith("-second.db")
    assert pruned.startswith("pruned: copy-") and pruned.endswith("-manual.db")
    assert summary == "1 backup(s) kept, 1 pruned"
    code, out, _err = run(["backup", "--db", db, "--label", "third", *only_newest], capsys)
    assert code == 0
    assert re.fullmatch(
        r"cadangan: .*-third\.db\ndihapus: copy-.*-second\.db\n1 cadangan disimpan, 1 dihapus\n",
        out,
    )

    code, out, _err = run(["backup", "--db", db, "--list"], capsys)
    assert code == 0
    assert re.match(r"\d\d/\d\d/\d{4} \d\d\.\d\d\.\d\d +\d+,\d MB  third ", out)
    code, out, _err = run(["--lang", "en", "backup", "--db", db, "--list"], capsys)
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d +\d+\.\d MB  third ", out)

    code, out, _err = run(["restore", "--db", db], capsys)
    assert code == 0
    kept, restored = out.splitlines()
    assert kept.startswith(f"basis data sebelumnya disimpan sebagai: {db}.replaced-")
    assert restored.startswith("dipulihkan: ") and restored.endswith(f" -> {db}")
    code, out, _err = run(["--lang", "en", "restore", "--db", db], capsys)
    assert code == 0 and out.startswith("previous database kept as: ")
    assert f"\nrestored {demo_copy.parent / 'copy-backups'}" in out


def test_backup_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.db"
    with pytest.raises(SystemExit) as stopped:
        main(["backup", "--db", str(missing)])
    assert stopped.value.code == f"wirausaha backup: {missing} tidak ada"
    with pytest.raises(SystemExit) as stopped:
        main(["--lang", "en", "backup", "--db", str(missing)])
    assert stopped.value.code == f"wirausaha backup: {missing} does not exist"
    with pytest.raises(SystemExit) as stopped:
        main(["restore", "--db", "postgresql://wmk@localhost/wmk"])
    assert stopped.value.code == (
        "wirausaha restore: hanya berkas basis data SQLite yang dapat dicadangkan dan "
        "dipulihkan di sini"
    )
    code, out, _err = run(["restore", "--db", str(missing)], capsys)
    assert code == 1 and out == "tidak ada cadangan terverifikasi; tidak ada yang dipulihkan\n"
    code, out, _err = run(["--lang", "en", "restore", "--db", str(missing)], capsys)
    assert code == 1 and out == "no verified backup found; nothing restored\n"


def test_restore_of_a_damaged_database(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(demo_copy)]) == 0
    capsys.readouterr()
    with demo_copy.open("r+b") as damaged:  # keep the header, ruin the pages
        damaged.seek(4096)
        damaged.write(b"\x00garbage" * 4096)
    code, out, _err = run(["restore", "--db", str(demo_copy)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"basis data yang rusak disisihkan: {demo_copy}.corrupt-")
    assert lines[1].startswith("  masalah: ")
    assert lines[-1].startswith("dipulihkan: ")
    assert "problem" not in out


# --- demo, import ------------------------------------------------------------------


def test_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(["demo", "--db", str(tmp_path / "a.db"), "--seed", "2"], capsys)
    assert code == 0
    first, *counts = out.splitlines()
    assert re.fullmatch(
        rf"data demo \(small, benih 2\) ditulis ke {re.escape(str(tmp_path / 'a.db'))} "
        r"dalam \d+,\d detik",
        first,
    )
    assert counts[0].startswith("  Perguruan tinggi ") and len(counts) == 12
    assert re.search(r"^  Sesi pendampingan +\d\.\d{3}$", out, re.MULTILINE)

    code, out, err = run(["demo", "--db", str(tmp_path / "a.db")], capsys)
    assert code == 2 and out == ""
    assert err.startswith("wirausaha: Data demo hanya dapat dimasukkan ke basis data kosong")

    code, out, _err = run(
        ["--lang", "en", "demo", "--db", str(tmp_path / "b.db"), "--seed", "2"], capsys
    )
    assert code == 0
    assert re.match(r"demo data \(small, seed 2\) written to .*b\.db in \d+\.\d s\n", out)
    assert "\n  Universities " in out and "\n  Mentoring sessions " in out


def _sheet(path: Path, rows: list[list[str]]) -> Path:
    return sheet_file(path, rows, title="Mahasiswa baru")


def test_import_with_refused_rows(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = _sheet(
        tmp_path / "students.xlsx",
        [
            ["NIM", "Nama", "Perguruan Tinggi", "Hobi"],
            ["9001", "Ani Baru", "PENS", "catur"],
            ["9002", "", "PENS", ""],
        ],
    )
    argv = ["import", "students", str(sheet), "--db", str(demo_copy), "--cohort", COHORT]
    indonesian, english = both(argv, capsys, expected_code=1)
    assert indonesian.splitlines()[0] == "Lembar “Mahasiswa baru”, baris judul 1"
    assert "\n  diabaikan: Hobi\n" in indonesian
    assert "\nbaris 3, kolom Nama: Wajib diisi.\n" in indonesian
    assert "\n2 baris dibaca, 1 diterima (1 baru, 0 diperbarui), 1 ditolak\n" in indonesian
    assert indonesian.endswith(
        "\nTidak ada yang diimpor: perbaiki baris yang ditolak, atau pakai --skip-invalid "
        "untuk mengimpor baris yang valid saja.\n"
    )
    assert english.splitlines()[0] == "Sheet “Mahasiswa baru”, header row 1"
    assert "\n  ignored: Hobi\n" in english
    assert "\nrow 3, column Nama: This field is required.\n" in english
    assert "\n2 row(s) read, 1 accepted (1 new, 0 updated), 1 refused\n" in english
    assert english.endswith("\nNothing was imported: correct the refused rows, or use "
                            "--skip-invalid to import only the valid rows.\n")
    # The column mapping lines are the same in both languages.
    assert "  NIM                          → nim\n" in indonesian
    assert "  NIM                          → nim\n" in english

    code, out, _err = run([*argv, "--dry-run", "--skip-invalid"], capsys)
    assert code == 1 and out.endswith("\nUji coba: tidak ada yang disimpan.\n")
    code, out, _err = run(["--lang", "en", *argv, "--skip-invalid"], capsys)
    assert code == 1 and out.endswith("\nImported: 1 new, 0 updated.\n")
    code, out, _err = run([*argv, "--update-existing", "--skip-invalid"], capsys)
    assert code == 1 and out.endswith("\nDiimpor: 0 baru, 1 diperbarui.\n")


def test_import_of_a_file_without_a_required_column(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = _sheet(tmp_path / "students.xlsx", [["NIM", "Nama"], ["9001", "Ani Baru"]])
    argv = ["import", "students", str(sheet), "--db", str(demo_copy), "--cohort", COHORT]
    indonesian, english = both(argv, capsys, expected_code=2)
    assert (
        "\nberkas, kolom Perguruan Tinggi: Kolom wajib “Perguruan Tinggi” tidak ada.\n"
        "0 baris dibaca, 0 diterima (0 baru, 0 diperbarui), 0 ditolak\n"
    ) in indonesian
    assert (
        "\nfile, column Perguruan Tinggi: The required column “Perguruan Tinggi” is missing.\n"
    ) in english


# --- progress, recap, suggest ------------------------------------------------------


def test_progress(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["progress", "--db", str(demo_db), "--cohort", COHORT]
    indonesian, english = both(argv, capsys)
    header = indonesian.splitlines()[0].split()
    assert header == ["Kelompok", "usaha", "Luaran", "Disetujui", "Dicairkan", "Dilaporkan"]
    assert re.search(
        r"\n\d+ kelompok usaha: luaran \d+/\d+ \(\d+,\d%\), disetujui Rp[\d.]+, "
        r"dicairkan Rp[\d.]+, dilaporkan Rp[\d.]+\n$",
        indonesian,
    )
    assert english.splitlines()[0].split() == [
        "Team", "Outputs", "Granted", "Disbursed", "Reported"
    ]
    assert re.search(
        r"\n\d+ team\(s\): outputs \d+/\d+ \(\d+\.\d %\), granted Rp[\d.]+, "
        r"disbursed Rp[\d.]+, reported Rp[\d.]+\n$",
        english,
    )
    # The rows (names, figures) are the same in both languages.
    assert indonesian.splitlines()[1:-1] == english.splitlines()[1:-1]
    json_id, json_en = both([*argv, "--json"], capsys)
    assert json_id == json_en


def test_recap(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["recap", "--db", str(demo_db), "--cohort", COHORT, "--as-of", "2024-03-01"]
    indonesian, english = both(argv, capsys)
    headings = [line for line in indonesian.splitlines() if line.startswith("==")]
    assert headings[:3] == [
        "== Jam pendampingan per kelompok usaha (sesi, jam)",
        "== Jam pendampingan per mentor (sesi, jam)",
        "== Jam pendampingan per mahasiswa (sesi yang dihadiri, jam)",
    ]
    assert re.fullmatch(r"== Mahasiswa yang belum pernah didampingi \(\d+\)", headings[3])
    assert headings[4] == (
        "== Kelompok usaha tanpa sesi pendampingan dalam 2 minggu terakhir per 1 Maret 2024 "
        "(sesi terakhir)"
    )
    assert re.search(r"^  Kelompok \d+ +\d+ +\d+,\d jam$", indonesian, re.MULTILINE)
    assert re.search(r"^  Kelompok \d+ +\d\d/\d\d/\d{4}$", indonesian, re.MULTILINE)
    assert "== Mentoring hours per team (sessions, hours)\n" in english
    assert "\n== Teams without a session in 2 week(s) as of 2024-03-01 (last session)\n" in (
        english
    )
    assert re.search(r"^  Kelompok \d+ +\d+ +\d+\.\d h$", english, re.MULTILINE)
    assert re.search(r"^  Kelompok \d+ +\d{4}-\d\d-\d\d$", english, re.MULTILINE)
    json_id, json_en = both([*argv, "--json"], capsys)
    assert json_id == json_en


def test_suggest(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    indonesian, english = both(["suggest", "--db", str(demo_db), "--cohort", COHORT], capsys)
    assert re.search(r"\n\d+ pasangan UMKM, skor total [\d.]+(,\d)?\n$", indonesian)
    assert "wilayah sama (+35)" in indonesian
    assert re.search(r"\n\d+ pairing\(s\), total score [\d.]+\n$", english)
    assert "same region (+35)" in english


# --- main, progress on a terminal, the core's findings -----------------------------


def test_an_interrupted_command(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(_args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(stats_command, "run", interrupted)
    code, out, err = run(["stats", "--db", str(demo_db)], capsys)
    assert (code, out, err) == (130, "", "wirausaha: dihentikan\n")
    code, out, err = run(["--lang", "en", "stats", "--db", str(demo_db)], capsys)
    assert (code, err) == (130, "wirausaha: interrupted\n")


def test_progress_lines_name_the_stage_in_the_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    install_translator("id")
    progress = CliProgress()
    progress.step(0, 10, "mentoring sessions")
    progress.step(10, 10, "UMKM")
    progress.step(10, 10, "Membaca data")
    err = capsys.readouterr().err
    assert err == "\rsesi pendampingan   0%\rUMKM              100%\n\rMembaca data      100%\n"
    install_translator("en")
    progress = CliProgress()
    progress.step(10, 10, "validate")
    progress.step(10, 10, "Membaca data")
    assert capsys.readouterr().err == "\rchecking 100%\n\rReading data 100%\n"


def test_the_core_findings_are_translated(tmp_path: Path) -> None:
    """The core words its own findings in the installed language; SQLite's two errors
    for a damaged file are translated by the CLI, other engine words pass through."""
    path = tmp_path / "fk.db"
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id REFERENCES parent (id));"
        "INSERT INTO child VALUES (3, 42);"
    )
    install_translator("id")
    assert integrity_problems(conn) == ["kunci asing: child baris 3 -> parent"]
    assert core_problem("database disk image is malformed").startswith("berkas basis data rusak")
    assert core_problem("row 5 missing from index x") == "row 5 missing from index x"
    install_translator("en")
    assert integrity_problems(conn) == ["foreign key: child row 3 -> parent"]
    assert core_problem("database disk image is malformed") == "database disk image is malformed"
    conn.close()


@pytest.mark.postgres
def test_check_on_postgresql(pg_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import text

    indonesian, english = both(["check", "--db", pg_db.url], capsys)
    assert "\nconstraint, indeks, sequence id: baik\n" in indonesian
    assert "\nconstraints, indexes, id sequences: ok\n" in english
    with pg_db.transaction() as s:
        s.execute(text("INSERT INTO umkm (id, name, region_code) VALUES (7, 'Sari Roti', '35.78')"))
    indonesian, english = both(["check", "--db", pg_db.url], capsys, expected_code=1)
    assert (
        "masalah: sequence public.umkm_id_seq: id berikutnya 1, padahal umkm sudah memiliki "
        "id 7 (data baru akan gagal disimpan)\n"
    ) in indonesian
    assert "problem: sequence public.umkm_id_seq: next id 1 but umkm already has id 7" in english


def test_check_warns_about_a_network_drive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A risk, not damage: said in the report, exit status still 0."""
    from wirausaha_app.cli.commands import check

    db = tmp_path / "shared.db"
    open_database(db).dispose()
    monkeypatch.setattr(check, "network_filesystem", lambda path: "cifs")
    install_translator("id")
    assert main(["--lang", "id", "check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "peringatan: berkas ini ada di drive jaringan (cifs)" in out
    assert "integrity_check: baik" in out
