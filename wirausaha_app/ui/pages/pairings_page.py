"""The Pairings page: the lazy list of pairings (filters status / role / cohort /
region, outcome columns) plus "Suggest…" for one team and "Assign all…" for a
cohort, both opening the review dialog where the coordinator ticks what to save."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.core.models import Pairing
from wirausaha_app.ui.dialogs.suggestions import Mode, review_suggestions
from wirausaha_app.ui.pages import PageInfo
from wirausaha_app.ui.pages.list_page import ListPage

if TYPE_CHECKING:
    from wirausaha_app.ui.main_window import MainWindow

PAGE_INFO = PageInfo("pairings", 80, QT_TRANSLATE_NOOP("Pages", "Pairings"), "pairings.svg")


class PairingsPage(ListPage):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "pairings")
        self.suggestButton = QPushButton(self.tr("&Suggest…"), self)
        self.suggestButton.setObjectName("suggestButton")
        self.suggestButton.setToolTip(self.tr("Suggested UMKM for one team, with reasons"))
        self.assignAllButton = QPushButton(self.tr("Assign &all…"), self)
        self.assignAllButton.setObjectName("assignAllButton")
        self.assignAllButton.setToolTip(
            self.tr("Propose the best overall pairing of a cohort's teams with UMKM")
        )
        at = self.ui.headerLayout.indexOf(self.ui.newButton)
        self.ui.headerLayout.insertWidget(max(at, 0), self.assignAllButton)
        self.ui.headerLayout.insertWidget(max(at, 0), self.suggestButton)
        self.suggestButton.clicked.connect(lambda: self.review("team"))
        self.assignAllButton.clicked.connect(lambda: self.review("cohort"))

    def _selected_team(self) -> int | None:
        record_id = self.current_id()
        if record_id is None:
            return None
        with self.window_.db.session() as session:
            pairing = session.get(Pairing, record_id)
            return pairing.team_id if pairing is not None else None

    def review(self, mode: Mode) -> None:
        target = self._selected_team() if mode == "team" else self._cohort_filter()
        saved = review_suggestions(self, self.window_.db, mode, target)
        if saved:
            self._changed(saved[0])

    def _cohort_filter(self) -> int | None:
        value = self.model.query.filter_value("cohort")
        return int(value) if value else None


def create_page(window: MainWindow) -> PairingsPage:
    return PairingsPage(window)
