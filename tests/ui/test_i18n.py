"""The Indonesian catalogue is complete for the checked files, and the .qm is built.

``CHECKED`` covers the whole package and every form: a new visible string without
an Indonesian translation fails here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QWizard,
)

from wirausaha_app.devtools import i18n

CHECKED = [
    "wirausaha_app/**/*.py",
    "forms/*.ui",
]


def test_checked_strings_are_translated_and_released(tmp_path: Path) -> None:
    files = i18n.source_files(CHECKED)
    assert len(files) >= len(CHECKED) - 2
    extracted = tmp_path / "checked.ts"
    i18n.run_lupdate(files, extracted, "id")
    wanted = {(e.context, e.source) for e in i18n.read_entries(extracted)}
    assert len(wanted) > 100

    catalogue = {
        (e.context, e.source): e for e in i18n.read_entries(i18n.catalogue("id")) if not e.vanished
    }
    missing = sorted(
        f"{c}: {s}" for c, s in wanted if not getattr(catalogue.get((c, s)), "finished", False)
    )
    assert not missing, "run: python -m wirausaha_app.devtools.i18n update/missing/apply\n" + (
        "\n".join(missing)
    )

    translator = QTranslator()
    assert translator.load(str(i18n.catalogue("id").with_suffix(".qm")))
    stale = sorted(
        f"{c}: {s}"
        for c, s in wanted
        if translator.translate(c, s) != catalogue[(c, s)].translation
        and "|" not in catalogue[(c, s)].translation
    )
    assert not stale, "run: python -m wirausaha_app.devtools.i18n release\n" + "\n".join(stale)


def test_apply_and_missing_round_trip(tmp_path: Path) -> None:
    ts = tmp_path / "x_id.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="id"><context><name>Ctx</name>'
        "<message><source>Save</source>"
        '<translation type="unfinished"></translation></message>'
        "<message><source>Cancel</source>"
        '<translation type="unfinished"></translation></message>'
        "</context></TS>"
    )
    unknown = i18n.apply({"Ctx": {"Save": "Simpan", "Nope": "x"}}, ts)
    assert unknown == ["Ctx: Nope"]
    assert [(e.source, e.translation) for e in i18n.missing(ts)] == [("Cancel", "")]
    again = i18n.apply({"Ctx": {"Cancel": "Batal"}}, ts)
    assert again == [] and i18n.missing(ts) == []
    assert {e.source: e.translation for e in i18n.read_entries(ts)} == {
        "Save": "Simpan",
        "Cancel": "Batal",
    }


def test_qt_own_strings_speak_indonesian(qapp: QApplication) -> None:
    """Standard buttons, text-field menus and wizard buttons are Qt's strings, not ours."""
    from wirausaha_app.ui import app as ui_app

    qt_ts = i18n.qt_catalogue("id")
    built = QTranslator()
    assert built.load(str(qt_ts.with_suffix(".qm")))
    stale = [
        f"{e.context}: {e.source}"
        for e in i18n.read_entries(qt_ts)
        if built.translate(e.context, e.source, e.comment or None) != e.translation
    ]
    assert not stale, "run: python -m wirausaha_app.devtools.i18n release\n" + "\n".join(stale)

    ui_app.install_translators(qapp, "id")
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Close
        )
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"Simpan", "Batal", "Tutup"}
        question = QMessageBox(
            QMessageBox.Icon.Question,
            "t",
            "x",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        assert question.button(QMessageBox.StandardButton.Yes).text() == "&Ya"
        assert question.button(QMessageBox.StandardButton.No).text() == "&Tidak"
        field = QLineEdit()
        menu = field.createStandardContextMenu()
        assert "&Salin" in [a.text().split("\t")[0] for a in menu.actions()]
        wizard = QWizard()
        assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Lanjut >"
        assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Selesai"
    finally:
        ui_app.install_translators(qapp, "en")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert english.buttons()[0].text() == "Cancel"
