"""The lazy table model: passes qtmodeltester, counts and sorts in SQL, formats cells."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from sqlalchemy import text

from tests.ui.conftest import SAMPLE_UMKM
from wirausaha_app.core.db.engine import Database
from wirausaha_app.ui.models.lazy_table import ID_ROLE, LazyTableModel


@pytest.mark.parametrize("kind", ["umkm", "students", "universities", "cohorts", "teams"])
def test_model_passes_qtmodeltester(qtmodeltester: ModelTester, sample_db: Database, kind: str):
    model = LazyTableModel(sample_db, kind)
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_search("a")
    qtmodeltester.check(model, force_py=True)


def test_counts_pages_and_formats_in_sql(sample_db: Database) -> None:
    model = LazyTableModel(sample_db, "umkm")
    assert model.rowCount() == SAMPLE_UMKM
    assert model.columnCount() == len(model.spec.columns)
    with sample_db.engine.connect() as conn:
        names = [r[0] for r in conn.execute(text("SELECT name FROM umkm ORDER BY name, id"))]
        sales = conn.execute(
            text("SELECT annual_sales FROM umkm ORDER BY name, id LIMIT 1")
        ).scalar_one()
    assert model.index(0, 0).data() == names[0]
    assert model.index(SAMPLE_UMKM - 1, 0).data() == names[-1]  # the last row, read backwards
    sales_col = model.spec.column_index("sales")
    assert model.index(0, sales_col).data() == "Rp" + f"{sales:,}".replace(",", ".")
    assert model.index(0, sales_col).data(Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )
    assert isinstance(model.index(5, 0).data(ID_ROLE), int)
    # Never everything in memory: only the pages looked at were read.
    assert len(model.result._pages) == 2


def test_sort_search_and_filter_recount(sample_db: Database) -> None:
    model = LazyTableModel(sample_db, "umkm")
    counts: list[int] = []
    model.count_changed.connect(counts.append)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    first_desc = model.index(0, 0).data()
    assert first_desc == max(
        model.result.row(i).values[0]
        for i in range(model.rowCount())  # type: ignore[union-attr]
    )
    model.set_search("warung")
    with sample_db.engine.connect() as conn:
        warung = conn.execute(text("SELECT count(*) FROM umkm WHERE name LIKE 'Warung%'")).scalar()
    assert model.rowCount() == warung and counts[-1] == warung
    assert all(model.index(r, 0).data().startswith("Warung") for r in range(model.rowCount()))
    model.set_filter("region", "35.78")
    assert 0 < model.rowCount() < warung
    assert model.query.filter_value("region") == "35.78"
    model.set_filter("region", None)
    assert model.rowCount() == warung


def test_unsortable_column_is_ignored(sample_db: Database) -> None:
    model = LazyTableModel(sample_db, "students")
    before = model.query
    model.sort(model.spec.column_index("team"), Qt.SortOrder.AscendingOrder)
    assert model.query == before
