"""The dashboard: headline counts of the open database (a click on a card opens its
list) and when the database was last backed up.

Other modules may add sections below the counts (outcome figures…):
``window.page("dashboard").add_section(widget)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wirausaha_app.core.formatting import format_number
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.ui.generated.ui_dashboard_page import Ui_DashboardPage
from wirausaha_app.ui.pages import PageInfo

if TYPE_CHECKING:
    from wirausaha_app.ui.main_window import MainWindow

PAGE_INFO = PageInfo("dashboard", 10, QT_TRANSLATE_NOOP("Pages", "Dashboard"), "dashboard.svg")

# (entity_counts key, label, page to open on click)
HEADLINES = (
    ("universities", QT_TRANSLATE_NOOP("Dashboard", "Universities"), "universities"),
    ("cohorts", QT_TRANSLATE_NOOP("Dashboard", "Cohorts"), "cohorts"),
    ("students", QT_TRANSLATE_NOOP("Dashboard", "Students"), "students"),
    ("teams", QT_TRANSLATE_NOOP("Dashboard", "Teams"), "teams"),
    ("mentors", QT_TRANSLATE_NOOP("Dashboard", "Mentors"), "mentors"),
    ("umkm", QT_TRANSLATE_NOOP("Dashboard", "UMKM"), "umkm"),
    ("pairings", QT_TRANSLATE_NOOP("Dashboard", "UMKM pairings"), "pairings"),
    ("mentoring_sessions", QT_TRANSLATE_NOOP("Dashboard", "Mentoring sessions"), "logbook"),
)
COLUMNS = 4

# The three transformations Dinas KUKM Jatim asks for (outcome_counts keys).
OUTCOMES = (
    ("formalised", QT_TRANSLATE_NOOP("Dashboard", "UMKM formalised (new NIB)")),
    ("naik_kelas", QT_TRANSLATE_NOOP("Dashboard", "UMKM moved up a class")),
    ("digital", QT_TRANSLATE_NOOP("Dashboard", "UMKM gone digital")),
)


class _Card(QFrame):
    clicked = Signal()

    def __init__(self, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(170)
        layout = QVBoxLayout(self)
        self.value = QLabel("…")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # The caption in the normal text colour: a disabled (grey) one is hard to read.
        self.caption = QLabel(label)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class DashboardPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        font = QFont(self.ui.titleLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.ui.databaseLabel.setText(window.db.display_name())
        self.cards: dict[str, _Card] = {}
        keys = set(window.page_keys())
        for n, (key, label, page) in enumerate(HEADLINES):
            card = _Card(QCoreApplication.translate(label.context, label), self)
            card.setObjectName(f"card_{key}")
            if page in keys:
                card.setToolTip(self.tr("Open the list"))
                card.clicked.connect(lambda p=page: window.show_page(p))
            else:
                card.setCursor(Qt.CursorShape.ArrowCursor)
            self.ui.countsGrid.addWidget(card, n // COLUMNS, n % COLUMNS)
            self.cards[key] = card
        window.counts_changed.connect(self.show_counts)
        if window.counts:
            self.show_counts(window.counts)
        self.outcomeCards: dict[str, _Card] = {}
        self._add_outcome_cards(keys)
        self.backupLabel = QLabel(self)
        self.backupLabel.setObjectName("backupLabel")
        self.backupLabel.setWordWrap(True)
        self.add_section(self.backupLabel)
        self.institutionLabel = QLabel(self)
        self.institutionLabel.setObjectName("institutionLabel")
        self.institutionLabel.setWordWrap(True)
        self.add_section(self.institutionLabel)
        # both are filled by showEvent: the page is shown as soon as it is made

    def _add_outcome_cards(self, keys: set[str]) -> None:
        title = QLabel(self.tr("UMKM outcomes of active and finished pairings"), self)
        self.add_section(title)
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for key, label in OUTCOMES:
            card = _Card(QCoreApplication.translate(label.context, label), row)
            card.setObjectName(f"outcome_{key}")
            if "pairings" in keys:
                card.setToolTip(self.tr("Open the pairings"))
                card.clicked.connect(lambda: self.window_.show_page("pairings"))
            layout.addWidget(card)
            self.outcomeCards[key] = card
        self.add_section(row)
        self.load_outcomes()

    def load_outcomes(self) -> None:
        """Outcome counts read snapshots of every pairing: off the UI thread."""
        from wirausaha_app.ui import operations

        db = self.window_.db

        def work(_progress: object) -> dict[str, int]:
            from wirausaha_app.core.services.outcomes import outcome_counts

            with db.session() as session:
                return outcome_counts(session)

        def done(counts: dict[str, int]) -> None:
            if self.window_.has_database and self.window_.db is db:
                self.show_outcomes(counts)

        operations.run_in_background(work, done)

    def show_outcomes(self, counts: dict[str, int]) -> None:
        for key, card in self.outcomeCards.items():
            card.value.setText(format_number(counts[key]) if key in counts else "—")

    def show_backup_state(self) -> None:
        """When the newest backup was taken (a folder listing: cheap)."""
        from wirausaha_app.core.db.retention import list_backups
        from wirausaha_app.core.formatting import format_datetime_id

        path = self.window_.db.path
        if path is None:
            self.backupLabel.setText("")
            return
        backups = list_backups(path)
        if backups:
            text = self.tr("Last backup: {date}").format(
                date=format_datetime_id(backups[0].taken_at)
            )
        else:
            text = self.tr("No backup yet: File → Back up now.")
        self.backupLabel.setText(text)

    def show_institution(self) -> None:
        """Whose name the reports carry, and where to change it (a first-day question).

        Read off the UI thread, like the outcome counts: while the window opens, the
        counting threads hold the import and connection locks (~100 ms of waiting).
        """
        from wirausaha_app.ui import operations

        db = self.window_.db

        def work(_progress: object) -> str:
            from wirausaha_app.core.services.program_settings import load_settings

            return load_settings(db).institution_name

        def done(name: str) -> None:
            if self.window_.has_database and self.window_.db is db:
                self.institutionLabel.setText(
                    self.tr("Reports carry the name “{name}”: Tools → Program settings.").format(
                        name=name
                    )
                )

        operations.run_in_background(work, done)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.window_.has_database:
            self.show_backup_state()
            self.show_institution()

    def show_counts(self, counts: dict[str, int]) -> None:
        for key, card in self.cards.items():
            card.value.setText(format_number(counts[key]) if key in counts else "—")

    def add_section(self, widget: QWidget) -> None:
        self.ui.extraArea.addWidget(widget)

    def refresh(self) -> None:
        self.window_.refresh_counts()
        self.show_backup_state()
        self.show_institution()
        self.load_outcomes()


def create_page(window: MainWindow) -> DashboardPage:
    return DashboardPage(window)
