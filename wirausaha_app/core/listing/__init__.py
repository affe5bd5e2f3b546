"""The Qt-free list engine behind every list page (and "export what I see").

- :class:`ListSpec` (``spec.py``): a record kind's list as SQL — columns (header,
  expression, kind → Indonesian formatting, sortable), search (FTS5 prefix MATCH on
  SQLite, indexed ``LIKE 'text%'`` elsewhere), filters, detail fields.
- Specs are discovered from ``core/listing/specs/*.py`` (each defines ``SPEC``):
  :func:`all_specs`, :func:`get_spec`.
- :class:`ListQuery`: spec key + search text + filters + sort — hashable, what
  ``MainWindow.current_list_query()`` returns.
- :class:`ListEngine` / :class:`ListResult` (``engine.py``): ``count(query)``,
  ``fetch_page(query, page_index, page_size=200)`` with keyset paging and a page
  cache, ``detail(kind, id)`` and ``options(kind, filter_key)``.

Example (export every row of what the coordinator sees, page by page)::

    engine = ListEngine(db)
    result = engine.result(window.current_list_query())
    for page_index in range((result.count + result.page_size - 1) // result.page_size):
        for row in result.page(page_index):
            cells = [c.format(v) for c, v in zip(result.spec.columns, row.values)]
"""

from wirausaha_app.core.listing.engine import PAGE_SIZE, ListEngine, ListResult, Row
from wirausaha_app.core.listing.registry import all_specs, get_spec
from wirausaha_app.core.listing.spec import (
    Column,
    DetailField,
    Filter,
    Kind,
    ListQuery,
    ListSpec,
    Option,
    Search,
    display,
)

__all__ = [
    "PAGE_SIZE",
    "Column",
    "DetailField",
    "Filter",
    "Kind",
    "ListEngine",
    "ListQuery",
    "ListResult",
    "ListSpec",
    "Option",
    "Row",
    "Search",
    "all_specs",
    "display",
    "get_spec",
]
