"""UI test fixtures: settings in the test's own folder, English by default, windows.

``WIRAUSAHA_LANG=en`` (from tests/conftest.py) keeps the UI in English unless a
test asks for Indonesian; translators and QSettings paths are global to the
QApplication, so every test sets them again.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.ui import app as ui_app
from wirausaha_app.ui import settings
from wirausaha_app.ui.main_window import MainWindow
from wirausaha_app.ui.widgets.database_open import open_locked

SAMPLE_UMKM = 450
SAMPLE_STUDENTS = 80
WORDS = ("Warung", "Toko", "Kedai", "Batik", "Kopi", "Sambal", "Roti", "Jamu")


@pytest.fixture(autouse=True)
def _ui_settings(qapp: QApplication) -> Iterator[None]:
    settings.configure()
    ui_app.install_translators(qapp, "en")
    yield
    ui_app.install_translators(qapp, "en")


def fill_sample(db: Database, seed: int = 5) -> None:
    """A few hundred rows through plain SQL (fast, independent of the demo generator)."""
    rnd = random.Random(seed)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO universities (id, name, short_name, kind, region_code) "
                "VALUES (:i, :n, :s, :k, :r)"
            ),
            [
                {"i": 1, "n": "Universitas Airlangga", "s": "UNAIR", "k": "host", "r": "35.78"},
                {"i": 2, "n": "Universitas Brawijaya", "s": "UB", "k": "origin", "r": "35.73"},
                {"i": 3, "n": "Universitas Jember", "s": "UNEJ", "k": "both", "r": "35.09"},
            ],
        )
        conn.execute(
            text(
                "INSERT INTO cohorts (id, name, host_university_id, year, semester, "
                "immersion_start) VALUES (:i, :n, 1, :y, :s, :d)"
            ),
            [
                {"i": 1, "n": "WMK 2024 Ganjil", "y": 2024, "s": "ganjil", "d": "2024-09-02"},
                {"i": 2, "n": "WMK 2025 Genap", "y": 2025, "s": "genap", "d": "2025-03-03"},
            ],
        )
        conn.execute(
            text(
                "INSERT INTO students (id, university_id, cohort_id, nim, name, status) "
                "VALUES (:i, :u, :c, :nim, :n, :s)"
            ),
            [
                {
                    "i": i,
                    "u": 1 + i % 3,
                    "c": 1 + i % 2,
                    "nim": f"2024{i:05d}",
                    "n": f"{rnd.choice(['Ayu', 'Budi', 'Citra', 'Dimas'])} Mahasiswa {i}",
                    "s": rnd.choice(["registered", "active"]),
                }
                for i in range(1, SAMPLE_STUDENTS + 1)
            ],
        )
        conn.execute(
            text("INSERT INTO mentors (name, kind, capacity) VALUES (:n, :k, 4)"),
            [{"n": f"Mentor {i}", "k": "dpl" if i % 2 else "practitioner"} for i in range(6)],
        )
        conn.execute(
            text("INSERT INTO teams (cohort_id, name, sector) VALUES (:c, :n, 'Kuliner')"),
            [{"c": 1 + i % 2, "n": f"Tim {i:02d}"} for i in range(12)],
        )
        conn.execute(
            text(
                "INSERT INTO umkm (id, name, owner_name, region_code, nib, scale_class, "
                "annual_sales) VALUES (:i, :n, :o, :r, :nib, :s, :a)"
            ),
            [
                {
                    "i": i,
                    "n": f"{rnd.choice(WORDS)} {rnd.choice(['Jaya', 'Makmur', 'Sari'])} {i}",
                    "o": f"Pemilik {i}",
                    "r": rnd.choice(["35.78", "35.73", "35.07"]),
                    "nib": None if i % 3 == 0 else f"{9000000000000 + i}",
                    "s": rnd.choice(["mikro", "kecil"]),
                    "a": rnd.randrange(1, 90) * 10_000_000,
                }
                for i in range(1, SAMPLE_UMKM + 1)
            ],
        )


@pytest.fixture
def sample_db(db: Database) -> Database:
    fill_sample(db)
    return db


@pytest.fixture
def sample_db_path(tmp_path: Path) -> Path:
    path = tmp_path / "sample.db"
    database = open_database(path)
    fill_sample(database)
    database.dispose()
    return path


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make(path: Path, lang: str = "en") -> MainWindow:
        ui_app.install_translators(qapp, lang)
        window = MainWindow(open_locked(path))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
