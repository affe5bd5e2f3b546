"""The Teams page: the generic list page over the ``teams`` list spec, plus
"Outputs & funds…" (button and context menu) opening the selected team's outputs
(luaran) and seed-fund entries (``ui/dialogs/team_progress.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.ui.pages import PageInfo
from wirausaha_app.ui.pages.list_page import ListPage

if TYPE_CHECKING:
    from wirausaha_app.ui.main_window import MainWindow

PAGE_INFO = PageInfo("teams", 50, QT_TRANSLATE_NOOP("Pages", "Teams"), "teams.svg")


class TeamsPage(ListPage):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "teams")
        self.progress_action = self.add_record_action(
            self.tr("&Outputs && funds…"),
            self.open_progress,
            "actionTeamProgress",
            self.tr("Outputs (luaran) and seed funding of the selected team"),
        )

    def open_progress(self, team_id: int) -> None:
        from wirausaha_app.ui.dialogs.team_progress import open_team_progress

        open_team_progress(self, self.window_.db, team_id)
        self._changed(team_id)  # the list shows the granted funds; keep the team selected


def create_page(window: MainWindow) -> TeamsPage:
    return TeamsPage(window)
