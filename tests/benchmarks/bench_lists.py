"""Benchmark of the list pages on a large database (1,000,000 UMKM, 100,000 students).

    wirausaha demo --db /tmp/large.db --size large
    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_lists.py /tmp/large.db [--runs 7]

Each figure (median of several runs, through the real page: lazy model, view,
repaint) is printed beside the raw sqlite3 time of the same SQL (count + page
query of the same list) measured in the same run, as a ratio:

- open the UMKM list to its first painted page (target ≤ 100 ms);
- a search keystroke to the repainted list, median over the keystrokes of typing
  a name and an NIB (target ≤ 50 ms; the 150 ms typing pause before the search
  starts is deliberate and not counted); substring search for comparison;
- sorting by every sortable column (target ≤ 200 ms);
- jumping to the last row (target ≤ 100 ms);
- resident memory while browsing (target ≤ 200 MiB), beside a bare QApplication.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks._common import Figure, median_ms, print_table, rss_mib, timed_ms

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    bare = QMainWindow()
    bare.show()
    app.processEvents()
    bare_rss = rss_mib()

    from wirausaha_app.core.listing import ListQuery, ListResult
    from wirausaha_app.ui import app as ui_app
    from wirausaha_app.ui.main_window import MainWindow
    from wirausaha_app.ui.pages.list_page import ListPage
    from wirausaha_app.ui.widgets.database_open import open_locked

    ui_app.install_translators(app, "id")
    window = MainWindow(open_locked(args.db))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    db = window.db
    raw = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)

    def raw_ms(query: ListQuery, page_only: bool = False, reverse: bool = False) -> float:
        # The same SQL the page runs (optional narrow indexes included).
        result = ListResult(db, query, indexes=engine_indexes())
        page_sql, count_sql = result.statements()
        if reverse:
            page_sql = page_sql.replace(" ASC", " DESC")
        params = result.params

        def run() -> None:
            if not page_only:
                raw.execute(count_sql, params).fetchall()
            raw.execute(page_sql, params).fetchall()

        return median_ms(run, args.runs)

    def engine_indexes() -> frozenset[str]:
        return frozenset(
            r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        )

    def paint(page: ListPage) -> None:
        page.ui.table.viewport().repaint()

    figures: list[Figure] = []

    # 1. Open the UMKM list (a new page: model, count, filter choices, first page painted).
    def open_list() -> ListPage:
        page = ListPage(window, "umkm")
        window.ui.pages.addWidget(page)
        window.ui.pages.setCurrentWidget(page)
        paint(page)
        return page

    opened: list[float] = []
    for _ in range(args.runs + 1):
        page_holder: list[ListPage] = []
        opened.append(timed_ms(lambda h=page_holder: h.append(open_list())))
        old = page_holder[0]
        old.close_page()
        window.ui.pages.removeWidget(old)
        old.deleteLater()
        app.processEvents()
    base = ListQuery("umkm", sort="name")
    figures.append(
        Figure(
            "open UMKM list → first painted page",
            statistics.median(opened[1:]),
            raw_ms(base),
            "count + first page",
            "≤ 100 ms",
        )
    )

    page = open_list()
    model = page.model
    app.processEvents()

    # Memory while browsing as a coordinator would (before the repeated timing loops):
    # searches, every sort, scrolling through, the end, the other lists.
    for word in ("warung", "sambal", "9001"):
        for n in range(1, len(word) + 1):
            model.set_search(word[:n])
            paint(page)
    model.set_search("")
    for n, column in enumerate(model.spec.columns):
        if column.sortable:
            model.sort(n, Qt.SortOrder.DescendingOrder)
            paint(page)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    bar = page.ui.table.verticalScrollBar()
    for fraction in range(0, 101, 5):
        bar.setValue(bar.maximum() * fraction // 100)
        paint(page)
    for key in ("students", "teams", "universities", "umkm"):
        window.show_page(key)
        app.processEvents()
    window.ui.pages.setCurrentWidget(page)
    browsing_rss = rss_mib()

    # 2. Search keystrokes: a name prefix and an NIB typed letter by letter.
    nib = raw.execute("SELECT nib FROM umkm WHERE nib IS NOT NULL LIMIT 1 OFFSET 4321").fetchone()[
        0
    ]
    for label, word in (("name", "warung"), ("NIB", nib[:8])):
        ours, theirs = [], []
        for n in range(1, len(word) + 1):
            prefix = word[:n]

            def before(p: str = prefix) -> None:  # not timed: the list before the key
                model.set_search(p[:-1])
                paint(page)
                model.engine.invalidate()  # nothing of this keystroke cached from a run

            def keystroke(p: str = prefix) -> None:
                page.ui.searchEdit.setText(p)
                page._apply_search_now()  # what the 150 ms typing pause then does
                paint(page)

            ours.append(median_ms(keystroke, max(3, args.runs // 2), setup=before))
            theirs.append(raw_ms(base.with_search(prefix)))
            print(
                f"  search {prefix!r:>12}: {ours[-1]:7.1f} ms  (raw {theirs[-1]:6.1f} ms, "
                f"{model.rowCount():,} rows)"
            )
        figures.append(
            Figure(
                f"search keystroke, {label} prefix (median of {len(word)})",
                statistics.median(ours),
                statistics.median(theirs),
                "same SQL: count + page",
                "≤ 50 ms",
            )
        )
    page.ui.searchEdit.setText("")
    page._apply_search_now()

    # Substring search is not what the UMKM list does (FTS5 prefix words); its cost:
    def substring() -> None:
        raw.execute("SELECT count(*) FROM umkm WHERE name LIKE '%rung%'").fetchall()
        raw.execute(
            "SELECT id, name FROM umkm WHERE name LIKE '%rung%' ORDER BY name, id LIMIT 200"
        ).fetchall()

    figures.append(
        Figure(
            "(raw) substring LIKE '%rung%' count + page",
            median_ms(substring, 3),
            raw_ms(base.with_search("warung")),
            "FTS prefix 'warung'",
            "for comparison",
        )
    )

    # 3. Sorting by every sortable column, both directions (from a list sorted otherwise).
    for n, column in enumerate(model.spec.columns):
        if not column.sortable:
            continue
        other = 1 if n == 0 else 0
        times = []
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            for _ in range(max(3, args.runs // 2)):
                model.sort(other, Qt.SortOrder.AscendingOrder)
                paint(page)
                times.append(timed_ms(lambda c=n, o=order: (model.sort(c, o), paint(page))))
        query = base.with_sort(column.key, True)
        figures.append(
            Figure(
                f"sort by {column.key}",
                statistics.median(times),
                raw_ms(query),
                "count + first page",
                "≤ 200 ms",
            )
        )
    model.sort(0, Qt.SortOrder.AscendingOrder)

    # 4. Jump to the last row (a fresh result each time: no cached pages).
    def jump() -> float:
        model.set_query(model.query)
        page.ui.table.scrollToTop()
        paint(page)
        return timed_ms(lambda: (page.ui.table.scrollToBottom(), paint(page)))

    jumps = [jump() for _ in range(args.runs)]
    figures.append(
        Figure(
            "jump to the last row",
            statistics.median(jumps),
            raw_ms(base, page_only=True, reverse=True),
            "last page (reverse)",
            "≤ 100 ms",
        )
    )

    figures.append(
        Figure(
            "resident memory while browsing",
            browsing_rss,
            bare_rss,
            "bare QApplication+QMainWindow",
            "≤ 200 MiB",
            unit="Mi",
        )
    )
    print_table(f"List pages on {args.db} ({model.engine.count(base):,} UMKM)", figures)
    window.close()
    raw.close()
    from wirausaha_app.ui import operations

    # As the app does after its event loop: no background work may outlive it (the
    # automatic backup of the opened file may have started meanwhile).
    operations.cancel_all(60_000)
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
