"""Tools → Program settings…: the institution and city the reports name, the report
logo, and the pairing limits (``core.services.program_settings``).

A refused value is marked at its field with the reason, the first one focused, and
everything typed stays; nothing is saved until every field is right.
"""

from __future__ import annotations

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.paths import resource
from wirausaha_app.core.rules.errors import ValidationError
from wirausaha_app.core.services import program_settings
from wirausaha_app.core.services.program_settings import ProgramSettings
from wirausaha_app.ui.dialogs.editors.base import clear_mark, mark_invalid
from wirausaha_app.ui.generated.ui_settings_dialog import Ui_SettingsDialog

PREVIEW_HEIGHT = 48


class SettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.saved: ProgramSettings | None = None
        self._stored_logo: str | None = None
        self._fields: dict[str, tuple[QWidget, str]] = {
            "institution_name": (self.ui.institutionName, self.ui.institutionNameLabel.text()),
            "report_city": (self.ui.reportCity, self.ui.reportCityLabel.text()),
            "report_logo": (self.ui.reportLogo, self.ui.reportLogoLabel.text()),
            "max_pairings_per_team": (self.ui.maxPairingsPerTeam, self.ui.teamLimitLabel.text()),
            "max_pairings_per_umkm": (self.ui.maxPairingsPerUmkm, self.ui.umkmLimitLabel.text()),
        }
        self.ui.errorSummary.setStyleSheet("color: #b00020;")
        self.ui.errorSummary.hide()
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.browseLogo.clicked.connect(self._browse_logo)
        self.ui.defaultLogo.clicked.connect(self.ui.reportLogo.clear)
        self._load(program_settings.load_settings(db))
        # connected after loading: _load shows the logo and the note once itself
        self.ui.reportLogo.textChanged.connect(self._show_logo)
        self.ui.maxPairingsPerTeam.valueChanged.connect(self._show_limit_note)
        self.ui.maxPairingsPerUmkm.valueChanged.connect(self._show_limit_note)

    # -- values ----------------------------------------------------------------------
    def _load(self, settings: ProgramSettings) -> None:
        self._stored_logo = settings.report_logo
        self.ui.institutionName.setText(settings.institution_name)
        self.ui.reportCity.setText(settings.report_city or "")
        self.ui.reportLogo.setText(settings.report_logo or "")
        self.ui.maxPairingsPerTeam.setValue(settings.max_pairings_per_team)
        self.ui.maxPairingsPerUmkm.setValue(settings.max_pairings_per_umkm)
        self._show_logo()
        self._show_limit_note()

    def values(self) -> ProgramSettings:
        return ProgramSettings(
            institution_name=self.ui.institutionName.text(),
            report_city=self.ui.reportCity.text(),
            report_logo=self.ui.reportLogo.text(),
            max_pairings_per_team=self.ui.maxPairingsPerTeam.value(),
            max_pairings_per_umkm=self.ui.maxPairingsPerUmkm.value(),
        )

    def save(self) -> bool:
        self._clear_marks()
        try:
            self.saved = program_settings.save_settings(self.db, self.values())
        except ValidationError as error:
            self._mark(error)
            return False
        self.accept()
        return True

    # -- showing ---------------------------------------------------------------------
    def _mark(self, error: ValidationError) -> None:
        lines = []
        first: QWidget | None = None
        for problem in error.errors:
            widget, label = self._fields[problem.field]
            text = problem.message.render()
            mark_invalid(widget, text)
            lines.append(f"{label.replace('&', '').rstrip(':')}: {text}")
            first = first or widget
        self.ui.errorSummary.setText("\n".join(lines))
        self.ui.errorSummary.show()
        if first is not None:
            first.setFocus()

    def _clear_marks(self) -> None:
        for widget, _label in self._fields.values():
            clear_mark(widget)
        self.ui.errorSummary.hide()

    def _browse_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Report logo"), self.ui.reportLogo.text(),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.ui.reportLogo.setText(path)

    def _show_logo(self) -> None:
        text = self.ui.reportLogo.text().strip()
        pixmap = QPixmap(text or str(resource("logo.png")))
        if pixmap.isNull() and text and text == self._stored_logo:
            # The file has gone, but its image is kept in the database for the reports.
            with self.db.session() as session:
                stored = program_settings.logo_image(session)
            if stored is not None:
                pixmap.loadFromData(stored)
        if pixmap.isNull():
            self.ui.logoPreview.clear()
            return
        self.ui.logoPreview.setPixmap(pixmap.scaledToHeight(PREVIEW_HEIGHT))

    def _show_limit_note(self) -> None:
        with self.db.session() as session:
            teams, umkm = program_settings.over_limit(
                session, self.ui.maxPairingsPerTeam.value(), self.ui.maxPairingsPerUmkm.value()
            )
        if teams or umkm:
            note = self.tr(
                "{teams} team(s) and {umkm} UMKM already have more active pairings than this. "
                "They keep them; new active pairings wait until they are below the limit."
            ).format(teams=teams, umkm=umkm)
        else:
            note = self.tr("Proposed pairings do not count; active ones do.")
        self.ui.limitNote.setText(note)


def open_settings(parent: QWidget | None, db: Database) -> ProgramSettings | None:
    """Show the dialog; the saved settings, or None when cancelled."""
    dialog = SettingsDialog(db, parent)
    dialog.exec()
    return dialog.saved
