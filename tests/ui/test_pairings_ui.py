"""The pairings page, pairing form and suggestion review driven as a coordinator would."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.core.services import test_pairings_world as w
from tests.ui.conftest import WindowFactory
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import AppSetting, Pairing
from wirausaha_app.core.services.records.lookups import Choice
from wirausaha_app.ui.dialogs import records
from wirausaha_app.ui.dialogs.editors import pairings as pairing_editor
from wirausaha_app.ui.dialogs.suggestions import SuggestionsDialog
from wirausaha_app.ui.pages.pairings_page import PairingsPage


def _save(qtbot: QtBot, dialog: Any) -> None:
    button = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def world(db: Database) -> dict[str, int]:
    with db.transaction() as s:
        setting = s.get(AppSetting, "max_active_pairings_per_umkm")
        assert setting is not None
        setting.value = "1"
    coh = w.cohort(db, w.university(db))
    return {
        "cohort": coh,
        "a": w.team(db, coh, "Tim Sambal", region=w.SURABAYA, kbli="10792")[0],
        "b": w.team(db, coh, "Tim Kopi", region=w.SURABAYA, kbli="10761")[0],
        "u1": w.umkm(db, "Sambal Bu Tin", region=w.SURABAYA, kbli="10791", needs="distributor"),
        "u2": w.umkm(
            db, "Kopi Pak Man", region=w.SIDOARJO, kbli="10761", needs="packaging_branding"
        ),
        "u3": w.umkm(db, "Batik Sari", region=w.SUMENEP, kbli="13134"),
    }


def _pairing_form(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, team: str, umkm: tuple[int, str]
) -> Any:
    dialog = records.open_editor(None, db, "pairings", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.team_id.lineEdit().setText(f"{team} — WMK 2025")  # typed, then picked
    monkeypatch.setattr(pairing_editor, "pick_umkm", lambda _parent, _db: Choice(*umkm))
    qtbot.mouseClick(dialog.ui.chooseUmkmButton, Qt.MouseButton.LeftButton)
    dialog.ui.role_code.setCurrentIndex(dialog.ui.role_code.findData("distributor"))
    dialog.ui.status.setCurrentIndex(dialog.ui.status.findData("active"))
    dialog.ui.start_date.setValue(date(2025, 3, 1))
    return dialog


def test_create_pairing_through_the_form(
    qtbot: QtBot, db: Database, world: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _pairing_form(qtbot, db, monkeypatch, "Tim Sambal", (world["u1"], "Sambal Bu Tin"))
    assert dialog.ui.umkm_id.text() == "Sambal Bu Tin"
    qtbot.keyClicks(dialog.ui.notes, "Distribusi ke 5 toko")
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        saved = s.get(Pairing, dialog.saved_id)
        assert saved is not None
        assert (saved.team_id, saved.umkm_id, saved.role_code) == (
            world["a"],
            world["u1"],
            "distributor",
        )
        assert (saved.status, saved.start_date, saved.notes) == (
            "active",
            date(2025, 3, 1),
            "Distribusi ke 5 toko",
        )
    # The same UMKM is full now (limit 1): the refusal is shown at the UMKM field.
    second = _pairing_form(qtbot, db, monkeypatch, "Tim Kopi", (world["u1"], "Sambal Bu Tin"))
    _save(qtbot, second)
    assert second.result() != QDialog.DialogCode.Accepted
    assert "Sambal Bu Tin already works with 1 teams" in second.error_text("umkm_id")
    with db.session() as s:
        assert s.query(Pairing).count() == 1


def test_assign_all_review_saves_only_ticked(
    qtbot: QtBot, db: Database, world: dict[str, int], make_window: WindowFactory, db_path: Path
) -> None:
    db.dispose()
    window = make_window(db_path)
    page = window.show_page("pairings")
    assert isinstance(page, PairingsPage)
    dialog = SuggestionsDialog(page, window.db, "cohort", world["cohort"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.findButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.proposals.rowCount() > 0, timeout=10_000)
    # 2 teams × 3 places, 3 UMKM × 1 place: three pairings, every UMKM used once.
    assert sorted(i.umkm_id for i in dialog.items) == [world["u1"], world["u2"], world["u3"]]
    assert "Kopi Pak Man" in [i.umkm_name for i in dialog.items if i.team_id == world["b"]]
    assert dialog.ui.proposals.item(0, 6).text()  # the explanation column
    dialog.tick_all(False)
    dialog.ui.proposals.item(0, 0).setCheckState(Qt.CheckState.Checked)
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with window.db.session() as s:
        rows = s.query(Pairing).all()
    assert [(p.team_id, p.umkm_id, p.status) for p in rows] == [
        (dialog.items[0].team_id, dialog.items[0].umkm_id, "proposed")
    ]
    page.refresh()
    assert page.model.rowCount() == 1


def test_suggest_for_one_team(qtbot: QtBot, db: Database, world: dict[str, int]) -> None:
    dialog = SuggestionsDialog(None, db, "team", world["a"])
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.findButton, Qt.MouseButton.LeftButton)
    assert next(i.umkm_name for i in dialog.items) == "Sambal Bu Tin"
    assert dialog.ui.proposals.item(0, 0).checkState() == Qt.CheckState.Unchecked
    assert "same region" in dialog.ui.proposals.item(0, 6).text()


def test_snapshot_dialog_updates_umkm_scale(
    qtbot: QtBot, db: Database, world: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirausaha_app.core.models import Umkm
    from wirausaha_app.ui.dialogs.editors import snapshots as snapshot_editor

    dialog = records.open_editor(None, db, "snapshots", None)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(
        snapshot_editor, "pick_umkm", lambda _p, _db: Choice(world["u3"], "Batik Sari")
    )
    qtbot.mouseClick(dialog.ui.chooseUmkmButton, Qt.MouseButton.LeftButton)
    dialog.ui.snapshot_date.setValue(date(2025, 6, 30))
    qtbot.keyClicks(dialog.ui.annual_sales, "2,5 M")
    dialog.ui.channel_marketplace.setChecked(True)
    dialog.ui.has_nib.setCurrentIndex(dialog.ui.has_nib.findData(True))
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.ui.errorSummary.text()
    with db.session() as s:
        umkm = s.get(Umkm, world["u3"])
        assert umkm is not None
        assert (umkm.annual_sales, umkm.scale_class, umkm.channels) == (
            2_500_000_000,
            "kecil",
            "marketplace",
        )
