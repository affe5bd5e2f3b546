"""The command line's help and argparse's errors speak Indonesian unless asked for English.

Help is read with whitespace collapsed (argparse wraps to the terminal's width).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from wirausaha_app.cli import parser as cli_parser
from wirausaha_app.cli.common import install_translator
from wirausaha_app.cli.main import build_parser, main
from wirausaha_app.core.i18n import set_translator


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Exit code, stdout and stderr (whitespace collapsed) of ``wirausaha argv``."""
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    out, err = capsys.readouterr()
    code = stopped.value.code
    assert isinstance(code, int)
    return code, " ".join(out.split()), " ".join(err.split())


@pytest.mark.usefixtures("default_language")
def test_main_help_is_indonesian_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["--help"], capsys)
    assert code == 0 and err == ""
    assert out.startswith("Penggunaan: wirausaha [-h] [--version] [--lang {id,en}] [-v] COMMAND")
    assert "Wirausaha Merdeka Manager — alat baris perintah" in out
    assert "Opsi: -h, --help tampilkan bantuan ini lalu keluar" in out
    assert "--version tampilkan nomor versi program lalu keluar" in out
    assert "--lang {id,en} bahasa pesan dan bantuan (bawaan: id)" in out
    assert "Perintah:" in out
    assert "import impor lembar kerja Excel (diperiksa dulu; semua atau tidak sama sekali)" in out
    assert "backup buat cadangan basis data (salinan terverifikasi)" in out
    for english in ("usage:", "options:", "show this help message", "import an Excel sheet"):
        assert english not in out


@pytest.mark.usefixtures("default_language")
def test_import_help_is_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(["import", "--help"], capsys)
    assert code == 0
    assert out.startswith("Penggunaan: wirausaha import [-h] [--db PATH_OR_URL]")
    assert "Memeriksa setiap baris lembar kerja terlebih dahulu" in out
    assert "Argumen posisional: KIND isi lembar kerja: universities, cohorts, students" in out
    assert "FILE.xlsx buku kerja yang akan dibaca" in out
    assert "--db PATH_OR_URL berkas basis data atau URL SQLAlchemy (bawaan:" in out
    assert "--skip-invalid impor baris yang valid walaupun ada baris yang ditolak" in out
    assert "positional arguments" not in out and "show this help" not in out


@pytest.mark.usefixtures("default_language")
def test_report_help_lists_the_kinds_in_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(["report", "--help"], capsys)
    assert code == 0
    assert "Menulis satu laporan PDF. Jenis laporan: cohort Laporan program per angkatan" in out
    assert "--out FILE.pdf tempat menyimpan berkas PDF" in out


@pytest.mark.parametrize(
    "argv",
    [["--lang", "en", "import", "--help"], ["--lang=en", "import", "--help"]],
    ids=["--lang en", "--lang=en"],
)
@pytest.mark.usefixtures("default_language")
def test_lang_en_keeps_the_help_english(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = _run(argv, capsys)
    assert code == 0
    assert out.startswith("usage: wirausaha import [-h] [--db PATH_OR_URL]")
    assert "positional arguments: KIND what the sheet holds: universities" in out
    assert "options: -h, --help show this help message and exit" in out
    assert "--db PATH_OR_URL database file or SQLAlchemy URL (default: the app's own" in out
    assert "Checks every row of the sheet first" in out
    assert "Penggunaan" not in out and "Opsi" not in out


def test_wirausaha_lang_en_keeps_the_help_english(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WIRAUSAHA_LANG", "en")
    code, out, _err = _run(["--help"], capsys)
    assert code == 0
    assert out.startswith("usage: wirausaha")
    assert "import import an Excel sheet (checked first, all or nothing)" in out
    monkeypatch.setenv("WIRAUSAHA_LANG", "id")
    code, out, _err = _run(["--lang", "en", "--help"], capsys)
    assert out.startswith("usage: wirausaha"), "--lang wins over WIRAUSAHA_LANG"


@pytest.mark.usefixtures("default_language")
def test_a_missing_argument_is_an_indonesian_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["import", "students"], capsys)
    assert code == 2 and out == ""
    assert err.startswith("Penggunaan: wirausaha import [-h]")
    assert err.endswith("wirausaha import: kesalahan: argumen berikut wajib diisi: FILE.xlsx")
    code, _out, err = _run(["report", "umkm"], capsys)
    assert code == 2
    assert err.endswith("wirausaha report: kesalahan: argumen berikut wajib diisi: --out")
    code, _out, err = _run([], capsys)
    assert code == 2
    assert err.endswith("wirausaha: kesalahan: argumen berikut wajib diisi: COMMAND")


@pytest.mark.usefixtures("default_language")
def test_an_invalid_choice_is_an_indonesian_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(["demo", "--size", "huge"], capsys)
    assert code == 2
    assert err.startswith("Penggunaan: wirausaha demo")
    assert "wirausaha demo: kesalahan: argumen --size: pilihan tidak dikenal: 'huge'" in err
    assert "(pilih salah satu dari" in err and "small" in err and "large" in err
    code, _out, err = _run(["nonsense"], capsys)
    assert code == 2
    assert "wirausaha: kesalahan: argumen COMMAND: pilihan tidak dikenal: 'nonsense'" in err
    assert "import" in err and "report" in err


@pytest.mark.usefixtures("default_language")
def test_other_argparse_errors_are_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(["export", "--out"], capsys)
    assert code == 2
    assert err.endswith("wirausaha export: kesalahan: argumen --out: memerlukan satu nilai")
    code, _out, err = _run(["stats", "--bogus"], capsys)
    assert code == 2
    assert err.endswith("wirausaha: kesalahan: argumen tidak dikenal: --bogus")
    code, _out, err = _run(["recap", "--weeks", "dua"], capsys)
    assert code == 2
    assert err.endswith("argumen --weeks: bukan bilangan bulat: dua")
    code, _out, err = _run(["recap", "--as-of", "2024-13-01"], capsys)
    assert code == 2
    assert err.endswith("argumen --as-of: bukan tanggal yang sah (YYYY-MM-DD): 2024-13-01")


@pytest.mark.usefixtures("default_language")
def test_lang_en_keeps_the_errors_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(["--lang", "en", "import", "students"], capsys)
    assert code == 2
    assert err.startswith("usage: wirausaha import [-h]")
    assert err.endswith("wirausaha import: error: the following arguments are required: FILE.xlsx")
    code, _out, err = _run(["--lang=en", "demo", "--size", "huge"], capsys)
    assert code == 2
    assert "wirausaha demo: error: argument --size: invalid choice: 'huge'" in err


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        (["--help"], None),
        (["--lang", "en", "import"], "en"),
        (["--lang=en", "import"], "en"),
        (["-v", "--lang", "id", "stats"], "id"),
        (["--la", "en", "stats"], "en"),  # argparse takes an unambiguous abbreviation
        (["--lang", "en", "--lang", "id"], "id"),  # the last one counts, as in argparse
        (["--lang", "fr"], None),
        (["--lang"], None),
        (["backup", "--label", "en"], None),
        (["import", "--lang", "en"], None),  # the subcommand's words: not the main --lang
        (["--", "--lang", "en"], None),
    ],
)
def test_requested_language(argv: list[str], lang: str | None) -> None:
    assert cli_parser.requested_language(argv) == lang


def _interface(parser: argparse.ArgumentParser) -> dict[str, list[tuple[str, ...]]]:
    """Subcommand → the option strings / destinations of its arguments."""
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    interface = {"": [tuple(a.option_strings) or (a.dest,) for a in parser._actions]}
    for name, sub in commands.choices.items():
        interface[name] = [tuple(a.option_strings) or (a.dest,) for a in sub._actions]
    return interface


def _helps(parser: argparse.ArgumentParser) -> dict[str, str | None]:
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    texts: dict[str, str | None] = {"": parser.description}
    for choice in commands._choices_actions:
        texts[f"{choice.dest} (help)"] = choice.help
    for name, sub in commands.choices.items():
        texts[name] = sub.description
        for action in sub._actions:
            texts[f"{name} {action.dest}"] = action.help
    return texts


def test_translation_changes_texts_but_not_the_interface() -> None:
    install_translator("id")
    indonesian = build_parser()
    install_translator("en")
    english = build_parser()
    assert _interface(indonesian) == _interface(english)
    assert set(_interface(english)) == {
        "", "backup", "check", "demo", "export", "import", "progress", "recap", "report",
        "restore", "settings", "stats", "suggest", "template",
    }
    id_texts, en_texts = _helps(indonesian), _helps(english)
    untranslated = sorted(
        key for key, text in en_texts.items() if text is not None and id_texts[key] == text
    )
    assert untranslated == []
    assert all(text for key, text in en_texts.items() if key != "" and " (help)" not in key), (
        "every command has a description and every argument a help text"
    )


def test_unknown_and_badly_translated_messages_pass_through() -> None:
    assert cli_parser.translate_argparse_message("something new") == "something new"
    set_translator(lambda _ctx, text: "rusak %(nope)s" if "required" in text else text)
    message = "the following arguments are required: --out"
    assert cli_parser.translate_argparse_message(message) == message


@pytest.mark.usefixtures("default_language")
@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["backup", "--keep-daily", "-1"], "argumen --keep-daily: minimal 0: -1"),
        (["suggest", "--cohort", "X", "--candidates", "0"], "argumen --candidates: minimal 1: 0"),
        (["recap", "--weeks", "dua"], "argumen --weeks: bukan bilangan bulat: dua"),
        (["report", "attendance", "--out", "a.pdf", "--session", "-3"],
         "argumen --session: minimal 1: -3"),
    ],
)
def test_counts_out_of_range_are_refused_before_anything_runs(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """No traceback from deep inside (a negative retention count, zero candidates)."""
    db = tmp_path / "never.db"
    code, out, err = _run([*argv, "--db", str(db)], capsys)
    assert code == 2 and out == ""
    assert err.endswith(said) and "Traceback" not in err
    assert not db.exists()  # refused before the database was even opened
