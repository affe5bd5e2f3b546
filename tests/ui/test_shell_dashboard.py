"""Dashboard: a card opens its list; the last backup is shown."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from wirausaha_app.core.db.backup import create_backup
from wirausaha_app.ui.pages.dashboard_page import DashboardPage


def test_cards_open_their_lists(
    qtbot: QtBot, make_window: WindowFactory, sample_db_path: Path
) -> None:
    window = make_window(sample_db_path)
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    for key, page in (("umkm", "umkm"), ("mentoring_sessions", "logbook")):
        window.show_page("dashboard")
        qtbot.mouseClick(dashboard.cards[key], Qt.MouseButton.LeftButton)
        assert window.current_page() is window.page(page)


def test_last_backup_is_shown(make_window: WindowFactory, sample_db_path: Path) -> None:
    window = make_window(sample_db_path)
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    assert dashboard.backupLabel.text() == "No backup yet: File → Back up now."
    create_backup(sample_db_path, when=datetime(2025, 3, 6, 9, 5))
    window.show_page("umkm")
    window.show_page("dashboard")
    assert dashboard.backupLabel.text().startswith("Last backup: ")
    assert "2025" in dashboard.backupLabel.text()


def test_dashboard_shows_a_backup_made_while_it_is_visible(
    qtbot: QtBot, make_window: WindowFactory, sample_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirausaha_app.ui.actions import backup as backup_actions
    from wirausaha_app.ui.widgets import messages

    monkeypatch.setattr(messages, "info", lambda *_a: None)
    window = make_window(sample_db_path)
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    operation = backup_actions.actions_of(window).backup_now()
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    assert dashboard.backupLabel.text().startswith("Last backup: ")


def test_outcome_cards_show_the_programs_transformations(
    qtbot: QtBot, make_window: WindowFactory, db_path: Path
) -> None:
    from wirausaha_app.core.db.lifecycle import open_database
    from wirausaha_app.core.demo import generate
    from wirausaha_app.core.formatting import format_number
    from wirausaha_app.core.services.outcomes import outcome_counts

    db = open_database(db_path)
    generate(db, "small", seed=3)
    with db.session() as session:
        expected = outcome_counts(session)
    db.dispose()
    assert expected["formalised"] > 0  # the demo year has real outcomes to show

    window = make_window(db_path)
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    card = dashboard.outcomeCards["formalised"]
    qtbot.waitUntil(lambda: card.value.text() != "…", timeout=10_000)
    for key, value in expected.items():
        assert dashboard.outcomeCards[key].value.text() == format_number(value)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.page("pairings")


def test_the_institution_on_the_reports_is_named_and_follows_the_settings(
    qtbot: QtBot,
    make_window: WindowFactory,
    sample_db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from wirausaha_app.core.services.program_settings import ProgramSettings, save_settings
    from wirausaha_app.ui.actions import settings as settings_actions
    from wirausaha_app.ui.dialogs import settings_dialog

    window = make_window(sample_db_path)
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    qtbot.waitUntil(lambda: "“Program Wirausaha Merdeka”: Tools → Program settings" in (
        dashboard.institutionLabel.text()))

    def saved_in_dialog(_parent: object, db: object) -> ProgramSettings:
        return save_settings(window.db, ProgramSettings("LPPM Universitas Jember"))

    monkeypatch.setattr(settings_dialog, "open_settings", saved_in_dialog)
    settings_actions.open_settings(window)  # as if the coordinator saved the dialog
    qtbot.waitUntil(lambda: "“LPPM Universitas Jember”" in dashboard.institutionLabel.text())
