"""The Cohorts page: the generic list page over the ``cohorts`` list spec."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.ui.pages import PageInfo
from wirausaha_app.ui.pages.list_page import ListPage

if TYPE_CHECKING:
    from wirausaha_app.ui.main_window import MainWindow

PAGE_INFO = PageInfo("cohorts", 30, QT_TRANSLATE_NOOP("Pages", "Cohorts"), "cohorts.svg")


def create_page(window: MainWindow) -> ListPage:
    return ListPage(window, "cohorts")
