"""The shell: pages discovered, real counts, languages, recent files, refusals, one
window per database, the smoke test and a light start-up."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.ui.conftest import SAMPLE_STUDENTS, SAMPLE_UMKM, WindowFactory
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.ui import app as ui_app
from wirausaha_app.ui import settings
from wirausaha_app.ui.pages import discover_pages
from wirausaha_app.ui.widgets import messages
from wirausaha_app.ui.widgets.database_open import (
    DatabaseInUseError,
    open_interactively,
    open_locked,
)

MY_PAGES = ["dashboard", "universities", "cohorts", "students", "teams", "mentors", "umkm"]


def test_fresh_database_shows_every_page_and_zero_counts(
    qtbot: QtBot, make_window: WindowFactory, db_path: Path
) -> None:
    window = make_window(db_path)
    keys = window.page_keys()
    assert keys == [e.info.key for e in discover_pages()]
    assert keys[: len(MY_PAGES)] == MY_PAGES or set(MY_PAGES) <= set(keys)
    assert window.ui.navigation.count() == len(keys)
    assert window.ui.navigation.item(0).text() == "Dashboard"
    assert str(db_path) in window._db_label.text()
    with qtbot.waitSignal(window.counts_changed, timeout=5000) as blocker:
        window.refresh_counts()
    assert blocker.args[0]["students"] == 0
    assert "Students: 0" in window._counts_label.text()
    for key in keys:  # every page can be created and shown
        assert window.show_page(key) is window.current_page()


def test_counts_are_real_on_a_database_with_data(
    qtbot: QtBot, make_window: WindowFactory, sample_db_path: Path
) -> None:
    window = make_window(sample_db_path)
    dashboard = window.page("dashboard")
    with qtbot.waitSignal(window.counts_changed, timeout=5000):
        window.refresh_counts()
    assert window.counts["umkm"] == SAMPLE_UMKM
    assert window.counts["students"] == SAMPLE_STUDENTS
    assert f"UMKM: {SAMPLE_UMKM}" in window._counts_label.text()
    assert dashboard.cards["umkm"].value.text() == str(SAMPLE_UMKM)  # type: ignore[attr-defined]


def test_indonesian_by_default_and_english_on_request(
    make_window: WindowFactory, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WIRAUSAHA_LANG")
    assert ui_app.choose_language(None) == "id"
    assert ui_app.choose_language("en") == "en"
    settings.set_language("en")
    assert ui_app.choose_language(None) == "en"

    indonesian = make_window(db_path, "id")
    titles = [indonesian.ui.navigation.item(i).text() for i in range(7)]
    assert "Mahasiswa" in titles and "Perguruan Tinggi" in titles and "Dasbor" in titles
    assert indonesian.ui.menuFile.title() == "&Berkas"
    indonesian.close()

    english = make_window(db_path, "en")
    titles = [english.ui.navigation.item(i).text() for i in range(7)]
    assert "Students" in titles and "Mahasiswa" not in titles
    assert english.ui.menuFile.title() == "&File"


def test_recent_databases_and_switching(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    window = make_window(first)
    window.show_page("students")
    with qtbot.waitSignal(window.database_changed):
        assert window.open_target(str(second))
    assert window.db.path == second.resolve()
    assert settings.recent_databases()[:2] == [str(second.resolve()), str(first.resolve())]
    window._fill_recent()
    assert [a.text() for a in window.ui.menuRecent.actions()] == [str(first.resolve())]
    assert window.current_page() is window.page("students")  # recreated on the new database
    # The first file is free again: its lock went with it.
    open_locked(first).close()


def test_a_second_window_on_the_same_database_is_refused(db_path: Path) -> None:
    opened = open_locked(db_path)
    try:
        with pytest.raises(DatabaseInUseError, match="already open"):
            open_locked(db_path)
    finally:
        opened.close()
    open_locked(db_path).close()


def test_a_newer_database_is_refused_with_a_message(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(db_path)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    database.dispose()
    before = db_path.read_bytes()
    shown: list[str] = []

    def choose(_parent: Any, _title: str, text_: str, choices: list[str]) -> int:
        shown.append(text_)
        return len(choices) - 1  # Cancel

    monkeypatch.setattr(messages, "choose", choose)
    assert open_interactively(None, db_path) is None
    assert "newer version" in shown[0]
    assert ui_app.main(["--db", str(db_path)]) == 1  # no traceback, just a refusal
    assert db_path.read_bytes() == before
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "ffff_future"
        )


def test_smoke_test_and_no_heavy_imports_at_start(sample_db_path: Path) -> None:
    script = (
        "import sys\n"
        "from wirausaha_app.ui.app import main\n"
        f"code = main(['--db', {str(sample_db_path)!r}, '--smoke-test'])\n"
        "heavy = sorted(m for m in ('openpyxl', 'reportlab', 'scipy', 'xlsxwriter') "
        "if m in sys.modules)\n"
        "print('heavy:', heavy)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "smoke ok" in done.stdout
    assert "heavy: []" in done.stdout
    assert "Traceback" not in done.stderr


def test_first_paint_waits_for_no_database_and_no_qt_namespace() -> None:
    """What makes the window appear as fast as a bare one (bench_startup.py measures it).

    PySide6 builds a class's Python enum types when the class is first imported or
    used; ``Qt`` alone has ~100 of them (11 ms), ``QGradient`` a 180-member one.
    """
    script = (
        "import enum, sys\n"
        "create = enum.EnumType.__dict__['_create_']\n"
        "built = []\n"
        "def spy(cls, name, names, **kw):\n"
        "    built.append(name)\n"
        "    return create(cls, name, names, **kw)\n"
        "enum.EnumType._create_ = spy\n"
        "from wirausaha_app.ui.app import create_application\n"
        "app = create_application()\n"
        "from wirausaha_app.ui.main_window import MainWindow\n"
        "window = MainWindow()\n"
        "def painted():\n"
        "    loaded = sorted(m for m in ('sqlalchemy', 'alembic', 'platformdirs',\n"
        "                    'wirausaha_app.ui.operations') if m in sys.modules)\n"
        "    print('built:', sorted({'Key', 'AlignmentFlag', 'Preset'} & set(built)))\n"
        "    print('loaded:', loaded)\n"
        "    app.quit()\n"
        "window.first_painted.connect(painted)\n"
        "window.show()\n"
        "app.exec()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "built: []" in done.stdout, done.stdout
    assert "loaded: []" in done.stdout, done.stdout


def test_pages_are_discovered_without_importing_them(tmp_path: Path) -> None:
    from wirausaha_app.ui.pages import _static_info

    page = tmp_path / "x_page.py"
    page.write_text(
        "import numpy\n"
        "PAGE_INFO = PageInfo(\n"
        '    "x", 5, QT_TRANSLATE_NOOP("Pages", "Things (all)"), "x.svg"\n'
        ")\n"
        "def create_page(window):\n    return None\n"
    )
    info = _static_info(page.read_text())
    assert info is not None and (info.key, info.order, info.icon) == ("x", 5, "x.svg")
    assert info.title == "Things (all)" and info.title.context == "Pages"
    page.write_text("PAGE_INFO = make_info()\ndef create_page(window):\n    return None\n")
    assert _static_info(page.read_text()) is None  # read by importing instead
    entries = discover_pages()
    assert not any(e._module for e in entries)  # nothing imported until shown


def test_language_menu_stores_the_choice(
    make_window: WindowFactory, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _p, _t, text: told.append(text))
    window = make_window(db_path)
    english = window.findChild(QAction, "actionLanguage_en")
    assert english is not None
    english.trigger()
    assert settings.language() == "en" and told
    monkeypatch.delenv("WIRAUSAHA_LANG")
    assert ui_app.choose_language(None) == "en"


def test_first_start_offers_demo_data(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirausaha_app.core import demo
    from wirausaha_app.core.paths import default_database_path

    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda _p, _t, text: asked.append(text) or True)

    def generate(db: Any, size: str = "small", seed: int = 1, progress: Any = None) -> None:
        progress.step(1, 1, "")
        with db.transaction() as session:
            session.execute(
                text("INSERT INTO universities (name, kind) VALUES ('Universitas Demo', 'host')")
            )

    monkeypatch.setattr(demo, "generate", generate)
    window = make_window(default_database_path())
    with qtbot.waitSignal(window.counts_changed, timeout=10_000):
        ui_app.offer_demo_data(window)
    assert asked and window.counts["universities"] == 1
    ui_app.offer_demo_data(window)  # asked once only
    assert len(asked) == 1


def test_a_database_on_a_network_drive_opens_with_a_warning(
    sample_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirausaha_app.core.db import filesystem

    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: warned.append((title, text)))
    opened = open_interactively(None, sample_db_path)
    assert opened is not None and warned == []  # a local file: nothing to say
    opened.close()
    monkeypatch.setattr(filesystem, "network_filesystem", lambda path: "cifs")
    opened = open_interactively(None, sample_db_path)
    assert opened is not None  # opened all the same: a risk, not a refusal
    opened.close()
    ((title, text),) = warned
    assert title == "Database on a network drive"
    assert str(sample_db_path) in text and "(cifs)" in text and "Copy it" in text


def test_a_missing_database_with_backups_offers_the_newest(
    sample_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirausaha_app.core.db.backup import create_backup

    create_backup(sample_db_path)
    sample_db_path.unlink()
    offered: list[list[str]] = []

    def restore_it(_parent: object, _title: str, _text: str, choices: list[str]) -> int:
        offered.append(choices)
        return 0

    monkeypatch.setattr(messages, "choose", restore_it)
    opened = open_interactively(None, sample_db_path)
    assert opened is not None
    try:
        with opened.db.session() as s:
            assert s.execute(text("SELECT count(*) FROM umkm")).scalar() == SAMPLE_UMKM
    finally:
        opened.close()
    assert offered == [["Restore the newest backup", "Start an empty database", "Cancel"]]


def test_a_copy_left_by_a_killed_restore_is_removed_on_opening(sample_db_path: Path) -> None:
    leftover = sample_db_path.with_name(sample_db_path.name + ".restore-tmp")
    leftover.write_bytes(b"half a copy")
    opened = open_locked(sample_db_path)
    opened.close()
    assert not leftover.exists()
