"""The one lazy table model behind every list: rows come from SQL, page by page.

It shows a :class:`core.listing.ListResult`: ``rowCount`` is the SQL count, cells
come from 200-row pages fetched on demand (keyset paging, cached by the result),
``sort()`` / :meth:`set_search` / :meth:`set_filter` become a new query — counted
in SQL, never filtered or sorted in Python, no proxy model. Display text is
formatted by the spec's columns (Indonesian dates and rupiah).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.listing import ListEngine, ListQuery, ListResult, ListSpec, Row, get_spec
from wirausaha_app.core.listing.spec import Align

ID_ROLE = Qt.ItemDataRole.UserRole
RAW_ROLE = Qt.ItemDataRole.UserRole + 1

_ALIGN = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    Align.CENTER: Qt.AlignmentFlag.AlignCenter,
}

AnyIndex = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel):
    """A read-only table over one list spec; ``count_changed(n)`` after every re-query."""

    count_changed = Signal(int)

    def __init__(self, db: Database, spec_key: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.engine = ListEngine(db)
        self.spec: ListSpec = get_spec(spec_key)
        self._query = ListQuery(spec_key, sort=self.spec.default_sort)
        self._result: ListResult = self.engine.result(self._query)

    # -- queries ------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def result(self) -> ListResult:
        return self._result

    def set_query(self, query: ListQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._result = self.engine.result(query)
        self.endResetModel()
        self.count_changed.emit(self._result.count)

    def set_search(self, text: str) -> None:
        if text != self._query.search:
            self.set_query(self._query.with_search(text))

    def set_filter(self, key: str, value: str | None) -> None:
        query = self._query.with_filter(key, value)
        if query != self._query:
            self.set_query(query)

    def refresh(self) -> None:
        """Count and read again (after the data changed)."""
        self.engine.invalidate()
        self.set_query(self._query)

    def record_id(self, row: int) -> int | None:
        found = self._result.row(row) if 0 <= row < self._result.count else None
        return found.id if found is not None else None

    def row_of(self, record_id: int) -> int | None:
        return self._result.find_row(record_id)

    # -- Qt model ------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._result.count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def _row(self, index: AnyIndex) -> Row | None:
        if not index.isValid() or not 0 <= index.row() < self._result.count:
            return None
        return self._result.row(index.row())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.spec.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._row(index)
            if row is None:
                return None
            return self.spec.columns[index.column()].format(row.values[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN[self.spec.columns[index.column()].align]
        if role == ID_ROLE:
            row = self._row(index)
            return row.id if row is not None else None
        if role == RAW_ROLE:
            row = self._row(index)
            return row.values[index.column()] if row is not None else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.spec.columns):
            column = self.spec.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(column.header.context, column.header)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _ALIGN[column.align]
            if role == Qt.ItemDataRole.ToolTipRole and not column.sortable:
                return QCoreApplication.translate("LazyTableModel", "This column cannot be sorted")
        elif (
            orientation == Qt.Orientation.Vertical
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self._result.count
        ):
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemNeverHasChildren)
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.spec.columns) or not self.spec.columns[column].sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = self._query.with_sort(self.spec.columns[column].key, descending)
        if query == self._query:
            return
        # A layout change keeps the view's scroll position and selection model sane.
        self.layoutAboutToBeChanged.emit()
        self._query = query
        self._result = self.engine.result(query)
        persistent = self.persistentIndexList()  # rows moved: forget them
        self.changePersistentIndexList(persistent, [QModelIndex()] * len(persistent))
        self.layoutChanged.emit()
        self.count_changed.emit(self._result.count)

    def sort_state(self) -> tuple[int, Qt.SortOrder] | None:
        key = self._query.sort or self.spec.default_sort
        if key is None:
            return None
        order = (
            Qt.SortOrder.DescendingOrder
            if self._query.descending
            else (Qt.SortOrder.AscendingOrder)
        )
        return self.spec.column_index(key), order
