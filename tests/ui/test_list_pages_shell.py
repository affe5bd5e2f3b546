"""List pages: newest first where the spec asks, the teams page's "Outputs & funds…",
the mentor kind column wide enough, and stored codes shown as Indonesian labels."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.ui.conftest import WindowFactory, fill_sample
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.listing import Kind, display
from wirausaha_app.core.listing.specs._labels import SALES_CHANNELS
from wirausaha_app.ui import app as ui_app
from wirausaha_app.ui.dialogs import team_progress
from wirausaha_app.ui.pages.list_page import ListPage


@pytest.fixture
def mentoring_db_path(tmp_path: Path) -> Path:
    path = tmp_path / "mentoring.db"
    db = open_database(path)
    fill_sample(db)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO mentoring_sessions (team_id, mentor_id, session_date, "
                "duration_minutes, method, topic) VALUES (1, 1, :d, 60, 'offline', :t)"
            ),
            [{"d": d, "t": f"Topik {d}"} for d in ("2024-10-01", "2025-02-14", "2024-12-20")],
        )
        conn.execute(
            text(
                "INSERT INTO mentor_assignments (mentor_id, team_id, start_date) "
                "VALUES (2, 1, '2024-09-01')"
            )
        )
    db.dispose()
    return path


def test_logbook_lists_the_newest_session_first(
    make_window: WindowFactory, mentoring_db_path: Path
) -> None:
    window = make_window(mentoring_db_path)
    page = window.show_page("logbook")
    assert isinstance(page, ListPage)
    assert page.model.query.descending and page.model.query.sort == "date"
    dates = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert dates == ["14/02/2025", "20/12/2024", "01/10/2024"]
    assert page.ui.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    # A click on the header still sorts ascending as asked.
    page.model.sort(0, Qt.SortOrder.AscendingOrder)
    assert page.model.index(0, 0).data() == "01/10/2024"


def test_pairings_start_newest_first(make_window: WindowFactory, sample_db_path: Path) -> None:
    window = make_window(sample_db_path)
    page = window.show_page("pairings")
    assert isinstance(page, ListPage)
    assert page.model.query.descending and page.model.query.sort == "start"


def test_teams_page_opens_outputs_and_funds_of_the_selected_team(
    make_window: WindowFactory, sample_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[Any, int]] = []
    monkeypatch.setattr(
        team_progress,
        "open_team_progress",
        lambda parent, db, team_id: opened.append((db, team_id)),
    )
    window = make_window(sample_db_path)
    page = window.show_page("teams")
    assert isinstance(page, ListPage)
    action = page.context_menu_actions()[0]
    assert action.objectName() == "actionTeamProgress"
    button = page.findChild(type(page.ui.newButton), "buttonTeamProgress")
    assert button is not None and not button.isEnabled() and not action.isEnabled()
    page.ui.table.selectRow(2)
    assert button.isEnabled() and action.isEnabled()
    team_id = page.current_id()
    button.click()
    action.trigger()
    assert opened == [(window.db, team_id), (window.db, team_id)]
    page.ui.table.selectAll()  # several teams: which one is meant is unclear
    assert not button.isEnabled()


def test_mentor_kind_column_shows_the_whole_indonesian_kind(
    qapp: QApplication, make_window: WindowFactory, mentoring_db_path: Path
) -> None:
    window = make_window(mentoring_db_path, lang="id")
    page = window.show_page("assignments")
    assert isinstance(page, ListPage)
    column = page.spec.column_index("kind")
    shown = page.model.index(0, column).data()
    assert shown.startswith("Dosen pendamping")
    needed = page.ui.table.fontMetrics().horizontalAdvance(shown)
    assert page.ui.table.columnWidth(column) >= needed + 8


def test_sales_channels_read_as_indonesian_labels(qapp: QApplication) -> None:
    ui_app.install_translators(qapp, "id")
    shown = display("marketplace,social_media,shop", Kind.CHOICES, SALES_CHANNELS)
    assert shown == "Marketplace, Media sosial, Toko fisik"


def test_umkm_detail_pane_shows_channel_labels(
    make_window: WindowFactory, sample_db_path: Path, qtbot: QtBot
) -> None:
    window = make_window(sample_db_path, lang="id")
    with window.db.transaction() as session:
        session.execute(text("UPDATE umkm SET channels = 'marketplace,social_media,shop'"))
    page = window.show_page("umkm")
    assert isinstance(page, ListPage)
    page.refresh()
    page.ui.table.selectRow(0)
    form = page.ui.detailForm
    values = {
        form.itemAt(r, form.ItemRole.LabelRole).widget().text(): form.itemAt(
            r, form.ItemRole.FieldRole
        )
        .widget()
        .text()
        for r in range(form.rowCount())
        if form.itemAt(r, form.ItemRole.LabelRole) is not None
    }
    assert values["<b>Saluran penjualan</b>"] == "Marketplace, Media sosial, Toko fisik"
