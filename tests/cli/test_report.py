"""``wirausaha report``: exit codes, messages and the written PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.reports.sample import populate
from wirausaha_app.cli.main import main
from wirausaha_app.core.db.engine import Database


def test_report_command_writes_a_pdf(
    db: Database, db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = populate(db, students=8)
    out = tmp_path / "out" / "laporan.pdf"
    out.parent.mkdir()
    code = main(
        [
            "report",
            "cohort",
            "--db",
            db_target,
            "--out",
            str(out),
            "--cohort",
            sample.cohort_name.upper(),
        ]
    )  # names match ignoring case
    assert code == 0
    assert str(out) in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
    assert "Halaman 1 dari" in (PdfReader(str(out)).pages[0].extract_text() or "")


def test_unknown_cohort_exits_2_with_message(
    db: Database, db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    populate(db, students=4)
    out = tmp_path / "x.pdf"
    code = main(
        [
            "report",
            "certificates",
            "--db",
            db_target,
            "--out",
            str(out),
            "--cohort",
            "Angkatan Fiktif",
        ]
    )
    assert code == 2
    assert "Unknown cohort 'Angkatan Fiktif'" in capsys.readouterr().err
    assert not out.exists()


def test_missing_scope_and_bad_kind(
    db: Database, db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["report", "logbook", "--db", db_target, "--out", str(out)]) == 2
    assert "--team" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "nonsense", "--db", db_target, "--out", str(out)])
    assert exit_info.value.code == 2
    missing_folder = tmp_path / "nope" / "x.pdf"
    assert main(["report", "umkm", "--db", db_target, "--out", str(missing_folder)]) == 2
    assert "does not exist" in capsys.readouterr().err
