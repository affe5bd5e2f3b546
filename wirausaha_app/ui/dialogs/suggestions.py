"""Review suggested pairings before anything is saved (forms/suggestions_dialog.ui).

Two uses: ``mode="team"`` lists one team's best UMKM (``suggest_for_team``, fast
enough for the UI thread); ``mode="cohort"`` runs "assign all"
(``propose_for_cohort``, seconds on a large database) as a background operation
with progress and cancel. The coordinator ticks the rows to keep; Save writes
them as ``proposed`` pairings in one transaction (``accept_proposal``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.formatting import format_number
from wirausaha_app.core.i18n import UserError
from wirausaha_app.core.progress import Progress
from wirausaha_app.core.services.records import lookups
from wirausaha_app.core.services.suggestions import Suggestion, suggest_for_team
from wirausaha_app.core.services.suggestions_assign import (
    Proposal,
    accept_proposal,
    propose_for_cohort,
)
from wirausaha_app.ui.dialogs.editors.pairings import team_choices
from wirausaha_app.ui.generated.ui_suggestions_dialog import Ui_SuggestionsDialog
from wirausaha_app.ui.operations import Operation, run_operation

Mode = Literal["team", "cohort"]


class SuggestionsDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, db: Database, mode: Mode, target_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.mode = mode
        self.items: list[Suggestion] = []
        self.team_names: dict[int, str] = {}
        self.saved_ids: list[int] = []
        self.operation: Operation | None = None
        self.ui = Ui_SuggestionsDialog()
        self.ui.setupUi(self)
        if mode == "team":
            self.setWindowTitle(self.tr("Suggested UMKM for a team"))
            choices = team_choices(db)
            self.team_names = {int(c.id): c.label.split(" — ")[0] for c in choices}
        else:
            self.setWindowTitle(self.tr("Assign all teams of a cohort"))
            choices = lookups.cohorts(db)
        self.ui.target.set_choices(choices)
        self.region_names = {str(r.id): r.label for r in lookups.regions(db)}
        if target_id is not None:
            self.ui.target.set_value(target_id)
        self.ui.startDate.setValue(date.today())
        table = self.ui.proposals
        headers = [
            self.tr("Keep"),
            self.tr("Team"),
            self.tr("UMKM"),
            self.tr("Region"),
            self.tr("Role"),
            self.tr("Score"),
            self.tr("Why"),
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((48, 150, 200, 130, 150, 56)):
            table.setColumnWidth(column, width)
        self.ui.findButton.clicked.connect(self.find_suggestions)
        self.ui.tickAllButton.clicked.connect(lambda: self.tick_all(True))
        self.ui.tickNoneButton.clicked.connect(lambda: self.tick_all(False))
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save ticked as proposed"))
        save.setEnabled(False)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.summaryLabel.setText(
            self.tr("Choose a team and press Find.")
            if mode == "team"
            else self.tr("Choose a cohort and press Find: the best overall assignment is proposed.")
        )

    # -- finding ------------------------------------------------------------------
    def find_suggestions(self) -> None:
        target = self.ui.target.value()
        if target is None:
            self.ui.summaryLabel.setText(self.tr("Choose from the list first."))
            return
        if self.mode == "team":
            try:
                with self.db.session() as session:
                    found = suggest_for_team(session, int(target), limit=10)
            except UserError as error:
                QMessageBox.warning(self, self.tr("No suggestions"), str(error))
                return
            self.show_items(found, ticked=False)
            return
        cohort_id = int(target)

        def work(progress: Progress) -> Proposal:
            with self.db.session() as session:
                return propose_for_cohort(session, cohort_id, progress=progress)

        self.ui.findButton.setEnabled(False)
        self.operation = run_operation(
            self, self.tr("Assign all"), work, on_success=self._proposal_ready,
            on_error=self._proposal_failed, text=self.tr("Finding the best assignment…"),
        )  # fmt: skip

    def _proposal_ready(self, proposal: Proposal) -> None:
        self.ui.findButton.setEnabled(True)
        self.team_names.update(proposal.team_names)
        self.show_items(list(proposal.items), ticked=True)
        if proposal.unmatched_team_ids:
            self.ui.summaryLabel.setText(
                self.ui.summaryLabel.text()
                + " "
                + self.tr(
                    "%n team(s) with places left got no partner.",
                    "",
                    len(proposal.unmatched_team_ids),
                )
            )

    def _proposal_failed(self, error: BaseException) -> None:
        self.ui.findButton.setEnabled(True)
        if isinstance(error, UserError):
            QMessageBox.warning(self, self.tr("No suggestions"), str(error))

    def show_items(self, items: Sequence[Suggestion], ticked: bool) -> None:
        self.items = list(items)
        table = self.ui.proposals
        table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            keep = QTableWidgetItem()
            keep.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            keep.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            table.setItem(row, 0, keep)
            cells = (
                self.team_names.get(item.team_id, str(item.team_id)),
                item.umkm_name,
                self.region_names.get(item.region_code, item.region_code),
                item.role_name,
                format_number(item.score, decimals=1),
                item.explanation(),
            )
            for column, text in enumerate(cells, start=1):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == 6:
                    cell.setToolTip(text)
                if column == 5:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, cell)
        total = sum(i.score for i in self.items)
        self.ui.summaryLabel.setText(
            self.tr("%n suggestion(s), total score %1.", "", len(self.items)).replace(
                "%1", format_number(total, decimals=1)
            )
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.items))

    def tick_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.ui.proposals.rowCount()):
            item = self.ui.proposals.item(row, 0)
            if item is not None:
                item.setCheckState(state)

    def ticked(self) -> list[Suggestion]:
        out = []
        for row, suggestion in enumerate(self.items):
            item = self.ui.proposals.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(suggestion)
        return out

    # -- saving -------------------------------------------------------------------
    def save(self) -> None:
        chosen = self.ticked()
        if not chosen:
            self.ui.summaryLabel.setText(self.tr("Tick the pairings to save first."))
            return
        try:
            self.saved_ids = accept_proposal(
                self.db, chosen, start_date=self.ui.startDate.value() or date.today()
            )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return
        self.accept()


def review_suggestions(
    parent: QWidget | None, db: Database, mode: Mode, target_id: int | None = None
) -> list[int]:
    """Open the dialog; the ids of the pairings saved (empty when none)."""
    dialog = SuggestionsDialog(parent, db, mode, target_id)
    dialog.exec()
    return dialog.saved_ids
