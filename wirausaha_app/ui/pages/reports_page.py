"""The Reports page: choose a report kind and its scope, generate the PDF off the UI
thread (progress + cancel), preview it, open it in the system viewer or print it.

The PDF itself comes from :func:`wirausaha_app.core.reports.build_report`, the same
call as ``wirausaha report``. Preview and printing use QtPdf when the installed
PySide6 has it; otherwise the pages are rendered with poppler's ``pdftoppm``; when
neither is there the page says so and "Open" still works.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QImage, QPainter, QPixmap, QTransform
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QScrollArea, QVBoxLayout, QWidget
from sqlalchemy import select

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, MarkedText
from wirausaha_app.core.models import Cohort, Mentor, MentoringSession, Region, Team, University
from wirausaha_app.core.paths import data_dir
from wirausaha_app.core.progress import Cancelled, Progress
from wirausaha_app.core.reports import ReportScope, build_report
from wirausaha_app.ui import operations
from wirausaha_app.ui.generated.ui_reports_page import Ui_ReportsPage
from wirausaha_app.ui.pages import PageInfo
from wirausaha_app.ui.widgets import messages

if TYPE_CHECKING:
    from wirausaha_app.ui.main_window import MainWindow

PAGE_INFO = PageInfo("reports", 100, QT_TRANSLATE_NOOP("Pages", "Reports"), "reports.svg")

PREVIEW_PAGES = 12  # the poppler preview renders this many pages at most
PREVIEW_DPI = 60
PRINT_DPI = 200
HAS_QTPDF = importlib.util.find_spec("PySide6.QtPdf") is not None


@dataclass(frozen=True)
class Kind:
    key: str
    title: MarkedText
    description: MarkedText
    fields: tuple[str, ...]  # scope pickers shown for this kind


KINDS = (
    Kind(
        "cohort",
        QT_TRANSLATE_NOOP("ReportsPage", "Program report of a cohort"),
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "Cover, summary figures, charts, teams with members and mentors, seed funding, "
            "outputs and UMKM pairings with their outcomes.",
        ),
        ("cohort",),
    ),
    Kind(
        "university",
        QT_TRANSLATE_NOOP("ReportsPage", "Recap per university"),
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "Each origin university's students, teams, mentoring hours and UMKM outcomes. "
            "Leave the university empty for all of them.",
        ),
        ("university", "cohort"),
    ),
    Kind(
        "umkm",
        QT_TRANSLATE_NOOP("ReportsPage", "UMKM outcomes per regency/city"),
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "Scale classes before and after, new NIB, naik kelas, going digital and sales "
            "change, per kabupaten/kota (landscape).",
        ),
        ("region", "cohort"),
    ),
    Kind(
        "logbook",
        QT_TRANSLATE_NOOP("ReportsPage", "Mentoring logbook"),
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "Every session of a team or of a mentor, with attendance and places to sign.",
        ),
        ("cohort", "team", "mentor"),
    ),
    Kind(
        "attendance",
        QT_TRANSLATE_NOOP("ReportsPage", "Blank attendance sheet"),
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "A daftar hadir to print and sign by hand: for one mentoring session, or for a "
            "cohort event (optionally one university or team).",
        ),
        ("cohort", "university", "team", "session"),
    ),
    Kind(
        "certificates",
        QT_TRANSLATE_NOOP("ReportsPage", "Certificates"),
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "One landscape certificate for every student of the cohort who completed the program.",
        ),
        ("cohort", "university", "team"),
    ),
)
FIELDS = ("cohort", "university", "region", "team", "mentor", "session")


def page_count(pdf: Path) -> int:
    """Pages of a PDF written by reportlab (its page tree root carries ``/Count``)."""
    counts = [int(n) for n in re.findall(rb"/Count (\d+)", pdf.read_bytes())]
    return max(counts, default=0)


def rasterise(pdf: Path, folder: Path, dpi: int, first: int, last: int) -> list[Path]:
    """Pages ``first..last`` as PNG files (QtPdf when available, else pdftoppm)."""
    if HAS_QTPDF:
        from PySide6.QtPdf import QPdfDocument

        document = QPdfDocument()
        document.load(str(pdf))
        paths = []
        for index in range(first - 1, min(last, document.pageCount())):
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            target = folder / f"page-{index + 1:05d}.png"
            document.render(index, size).save(str(target))
            paths.append(target)
        return paths
    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    subprocess.run(
        [
            tool,
            "-r",
            str(dpi),
            "-png",
            "-f",
            str(first),
            "-l",
            str(last),
            str(pdf),
            str(folder / "page"),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def can_render() -> bool:
    return HAS_QTPDF or shutil.which("pdftoppm") is not None


class PdfPreview(QScrollArea):
    """The first pages of a PDF as images, one under the other."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWidgetResizable(True)
        self._inner = QWidget(self)
        self._layout = QVBoxLayout(self._inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._inner)
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self.pages: list[QLabel] = []

    def clear(self) -> None:
        for label in self.pages:
            label.deleteLater()
        self.pages = []
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def new_folder(self) -> Path:
        self.clear()
        self._folder = tempfile.TemporaryDirectory(prefix="wirausaha-preview-")
        return Path(self._folder.name)

    def show_images(self, images: list[Path]) -> None:
        for image in images:
            label = QLabel(self._inner)
            label.setPixmap(QPixmap(str(image)))
            label.setFrameShape(QLabel.Shape.Box)
            self._layout.addWidget(label)
            self.pages.append(label)


class ReportsPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.db = window.db
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        font = QFont(self.ui.titleLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.preview = PdfPreview(self)
        self.ui.previewLayout.addWidget(self.preview, 1)
        self.operation: operations.Operation | None = None
        self.last_pdf: Path | None = None
        self._custom_path = False
        for kind in KINDS:
            self.ui.kindCombo.addItem(
                QCoreApplication.translate(kind.title.context, kind.title), kind.key
            )
        self._load_pickers()
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.cohortCombo.currentIndexChanged.connect(self._cohort_changed)
        self.ui.teamCombo.currentIndexChanged.connect(self._team_changed)
        for name in ("university", "region", "mentor", "session"):
            self._combo(name).currentIndexChanged.connect(self._suggest_path)
        self.ui.outputEdit.textEdited.connect(self._path_edited)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.generateButton.clicked.connect(self.generate)
        self.ui.openButton.clicked.connect(self.open_pdf)
        self.ui.printButton.clicked.connect(self.print_pdf)
        self._kind_changed()

    # --- pickers ---------------------------------------------------------------

    def _combo(self, name: str) -> Any:
        return getattr(self.ui, f"{name}Combo")

    def _load_pickers(self) -> None:
        everyone = self.tr("(all)")
        with self.db.session() as session:
            cohorts = (
                session.execute(select(Cohort.name).order_by(Cohort.year.desc(), Cohort.name))
                .scalars()
                .all()
            )
            universities = session.execute(
                select(University.name, University.short_name).order_by(University.name)
            ).all()
            regions = session.execute(
                select(Region.code, Region.name)
                .where(Region.province_code == "35")
                .order_by(Region.name)
            ).all()
            mentors = session.execute(select(Mentor.name).order_by(Mentor.name)).scalars().all()
        self.ui.cohortCombo.addItem(everyone, None)
        for name in cohorts:
            self.ui.cohortCombo.addItem(name, name)
        if cohorts:
            self.ui.cohortCombo.setCurrentIndex(1)
        self.ui.universityCombo.addItem(everyone, None)
        for name, short in universities:
            self.ui.universityCombo.addItem(f"{name} ({short})" if short else name, name)
        self.ui.regionCombo.addItem(everyone, None)
        for code, name in regions:
            self.ui.regionCombo.addItem(f"{name} ({code})", code)
        self.ui.mentorCombo.addItem(self.tr("(none)"), None)
        for name in mentors:
            self.ui.mentorCombo.addItem(name, name)
        self._cohort_changed()

    def _cohort_changed(self) -> None:
        cohort = self.ui.cohortCombo.currentData()
        combo = self.ui.teamCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        self._teams: dict[int, tuple[str, str]] = {}
        with self.db.session() as session:
            query = select(Team.id, Team.name, Cohort.name).join(
                Cohort, Cohort.id == Team.cohort_id
            )
            if cohort is not None:
                query = query.where(Cohort.name == cohort)
            for team_id, team, cohort_name in session.execute(query.order_by(Team.name)):
                label = team if cohort is not None else f"{team} — {cohort_name}"
                combo.addItem(label, team_id)
                self._teams[team_id] = (team, cohort_name)
        combo.blockSignals(False)
        self._team_changed()

    def _team(self) -> tuple[str, str] | None:
        """(team name, its cohort's name) of the team picked, if any."""
        team_id = self.ui.teamCombo.currentData()
        return self._teams.get(team_id) if team_id is not None else None

    def _team_changed(self) -> None:
        team = self._team()
        combo = self.ui.sessionCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none: a cohort event)"), None)
        if team is not None:
            with self.db.session() as session:
                rows = session.execute(
                    select(
                        MentoringSession.id, MentoringSession.session_date, MentoringSession.topic
                    )
                    .join(Team, Team.id == MentoringSession.team_id)
                    .join(Cohort, Cohort.id == Team.cohort_id)
                    .where(Team.name == team[0], Cohort.name == team[1])
                    .order_by(MentoringSession.session_date)
                )
                for sid, day, topic in rows:
                    combo.addItem(f"{day:%d/%m/%Y} — {topic}", sid)
        combo.blockSignals(False)
        self._suggest_path()

    def kind(self) -> Kind:
        return KINDS[max(self.ui.kindCombo.currentIndex(), 0)]

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.ui.kindDescription.setText(
            QCoreApplication.translate(kind.description.context, kind.description)
        )
        for name in FIELDS:
            visible = name in kind.fields
            self._combo(name).setVisible(visible)
            getattr(self.ui, f"{name}Label").setVisible(visible)
        self._suggest_path()

    def scope(self) -> ReportScope:
        """The scope from the visible pickers (hidden ones do not narrow the report)."""
        fields = self.kind().fields

        def value(name: str) -> Any:
            return self._combo(name).currentData() if name in fields else None

        team = self._team() if "team" in fields else None
        cohort = value("cohort")
        if team is not None and cohort is None:
            cohort = team[1]  # a team name is unique only within its cohort
        return ReportScope(
            cohort=cohort,
            university=value("university"),
            region=value("region"),
            team=team[0] if team is not None else None,
            mentor=value("mentor"),
            session_id=value("session"),
        )

    # --- output path -------------------------------------------------------------

    def _path_edited(self) -> None:
        self._custom_path = True

    def _suggest_path(self) -> None:
        if self._custom_path:
            return
        scope = self.scope()
        label = scope.team or scope.mentor or scope.cohort or scope.university or scope.region
        slug = re.sub(r"[^A-Za-z0-9]+", "-", label or "semua").strip("-").lower()[:60]
        name = f"laporan-{self.kind().key}-{slug}-{date.today():%Y%m%d}.pdf"
        self.ui.outputEdit.setText(str(data_dir() / "laporan" / name))

    def browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as"),
            self.ui.outputEdit.text(),
            self.tr("PDF documents (*.pdf)"),
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.ui.outputEdit.setText(path)
            self._custom_path = True

    # --- generate, open, print ------------------------------------------------------

    def generate(self) -> None:
        text = self.ui.outputEdit.text().strip()
        if not text:
            messages.warn(self, self.tr("Reports"), self.tr("Choose where to save the PDF."))
            return
        target = Path(text).expanduser()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            messages.warn(
                self,
                self.tr("Reports"),
                self.tr("Cannot create the folder: {error}").format(error=exc),
            )
            return
        kind, scope, db = self.kind().key, self.scope(), self.db

        def work(progress: Progress) -> Path:
            return build_report(db, kind, target, scope, progress)

        self.ui.generateButton.setEnabled(False)
        self.ui.statusLabel.setText(self.tr("Generating…"))
        self.operation = operations.run_operation(
            self,
            self.tr("Generate report"),
            work,
            on_success=self._generated,
            text=self.tr("Generating the report…"),
        )
        self.operation.finished.connect(lambda: self.ui.generateButton.setEnabled(True))
        self.operation.finished.connect(self._finished)

    def _finished(self) -> None:
        if self.operation is not None and self.operation.exception is not None:
            self.ui.statusLabel.setText(self.tr("No report was written."))

    def _generated(self, path: Path) -> None:
        self.last_pdf = path
        pages = page_count(path)
        self.ui.statusLabel.setText(
            self.tr("Saved {path} ({pages} pages).").format(path=path, pages=pages)
        )
        self.ui.openButton.setEnabled(True)
        self.ui.printButton.setEnabled(can_render())
        self.show_preview(path, pages)

    def show_preview(self, path: Path, pages: int) -> None:
        if not can_render():
            self.preview.clear()
            self.ui.previewNote.setText(
                self.tr("A preview needs QtPdf or poppler's pdftoppm; use Open to view the PDF.")
            )
            return
        folder = self.preview.new_folder()
        shown = min(pages, PREVIEW_PAGES)
        if pages > shown:
            note = self.tr("The first {shown} of {pages} pages.")
        else:
            note = self.tr("{pages} pages.")
        self.ui.previewNote.setText(note.format(shown=shown, pages=pages))
        operations.run_in_background(
            lambda _progress: rasterise(path, folder, PREVIEW_DPI, 1, max(shown, 1)),
            on_success=self.preview.show_images,
        )

    def open_pdf(self) -> None:
        if self.last_pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_pdf)))

    def print_pdf(self) -> None:
        if self.last_pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.last_pdf.name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> operations.Operation | None:
        """Render the pages off the UI thread, then paint them onto ``printer``."""
        if self.last_pdf is None:
            return None
        pdf = self.last_pdf
        pages = page_count(pdf)
        first = printer.fromPage() or 1
        last = min(printer.toPage() or pages, pages)
        folder = tempfile.TemporaryDirectory(prefix="wirausaha-print-")
        dpi = min(PRINT_DPI, max(printer.resolution(), 72))

        def work(progress: Progress) -> list[Path]:
            progress.step(0, None, "")
            return rasterise(pdf, Path(folder.name), dpi, first, last)

        def paint(images: list[Path]) -> None:
            try:
                _paint_pages(printer, images)
            finally:
                folder.cleanup()

        def failed(exc: BaseException) -> None:
            folder.cleanup()
            if not isinstance(exc, Cancelled):
                messages.warn(self, self.tr("Print report"), str(exc))

        return operations.run_operation(
            self,
            self.tr("Print report"),
            work,
            on_success=paint,
            on_error=failed,
            text=self.tr("Preparing the pages…"),
        )

    def refresh(self) -> None:
        """After imports: names in the pickers may have changed."""
        for name in ("cohort", "university", "region", "mentor"):
            self._combo(name).clear()
        self._load_pickers()


def _paint_pages(printer: QPrinter, images: list[Path]) -> None:
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not be started")
    try:
        for index, path in enumerate(images):
            if index:
                printer.newPage()
            image = QImage(str(path))
            area = painter.viewport()
            # A landscape page on portrait paper is turned, as a copier would.
            if (image.width() > image.height()) != (area.width() > area.height()):
                image = image.transformed(QTransform().rotate(90))
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(
                area.x() + (area.width() - scaled.width()) // 2,
                area.y() + (area.height() - scaled.height()) // 2,
                scaled.width(),
                scaled.height(),
            )
            painter.drawImage(target, image)
    finally:
        painter.end()


def create_page(window: MainWindow) -> ReportsPage:
    return ReportsPage(window)
