"""The main window: sidebar of pages, stacked pages, menus and a status bar.

Public API for pages, actions and dialogs of other modules:

- ``window.db`` — the open :class:`core.db.engine.Database` (changes when another
  database is opened; pages are then created anew, see ``ui/pages/__init__.py``).
  The window is shown before the database is opened (start-up paints first);
  ``window.has_database`` tells, and pages are only created once it is open.
- ``window.menu("file" | "tools" | "help")`` — the QMenu to add actions to
  (``ui/actions/<name>.py`` modules with ``install(window)`` are installed at start).
- ``window.current_page()`` — the visible page widget; ``window.page(key)`` creates
  and returns a page by its key; ``window.show_page(key)`` switches to it.
- ``window.current_list_query()`` — the ``core.listing.ListQuery`` of the visible
  list (spec, search text, filters, sort), or None on a page without a list; for
  "export what I see".
- ``window.database_changed`` — signal emitted after another database was opened.
- ``window.database_opened`` — signal emitted after every opening, the first one
  included (automatic backups, health checks).
- ``window.is_closing`` — the window is closing: callbacks of work cancelled by the
  close should neither reopen nor report anything.
- ``window.close_database()`` — close the open database (pages removed, lock
  released), e.g. to replace its file with a backup; ``set_database`` opens again.
- ``window.counts_changed`` — signal with the ``entity_counts`` dict (status bar,
  dashboard); ``window.counts`` holds the last one.
- ``window.refresh_counts()`` — recount (off the UI thread) after writes/imports.
- ``window.refresh_pages()`` — recount and refresh every created page that has
  ``refresh()`` (after bulk changes such as an import).
- ``window.first_painted`` — emitted once, after the first paint; ``window.closed``
  when the window has closed.

Menu actions added by ``ui/actions`` modules are installed right after the first
paint (or when a database is set, whichever comes first: they and the ``operations``
module they use import Qt's enum-heavy namespaces, which the first paint need not
wait for) and stay disabled while no database is open (the window shows before the
database opens, and while a backup is being restored).
Closing the window while an operation with a progress dialog runs asks first, then
cancels it and waits; work in the background (counts, automatic backups) is waited for.

A page may define ``close_page()``: called before the window closes or switches
databases (release connections, stop timers).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidgetItem, QMainWindow, QMenu, QWidget

from wirausaha_app import APP_NAME, __version__
from wirausaha_app.core.paths import resource
from wirausaha_app.ui import settings
from wirausaha_app.ui.generated.ui_main_window import Ui_MainWindow
from wirausaha_app.ui.pages import PageEntry, discover_pages

# ``operations``, ``widgets.messages`` and ``actions`` are imported where used: they
# import ``Qt`` and QMessageBox/QProgressDialog, whose Python enum types PySide6 builds
# on import (~15 ms), and nothing before the first paint needs them.

if TYPE_CHECKING:
    # Kept out of start-up: SQLAlchemy and Alembic load after the first paint.
    from wirausaha_app.core.db.engine import Database
    from wirausaha_app.ui.widgets.database_open import OpenedDatabase

log = logging.getLogger(__name__)

# How long closing waits for work that cannot be interrupted (a backup of a 600 MB
# file takes ~13 s); a "Finishing…" dialog shows meanwhile.
CLOSE_WAIT_MS = 180_000

# What the status bar counts, in this order.
STATUS_COUNTS = ("universities", "cohorts", "students", "teams", "mentors", "umkm", "pairings")


def icon(name: str) -> QIcon:
    path = resource("icons", name) if name else None
    return QIcon(str(path)) if path is not None and path.exists() else QIcon()


class MainWindow(QMainWindow):
    database_changed = Signal()
    database_opened = Signal()
    counts_changed = Signal(dict)
    first_painted = Signal()
    closed = Signal()

    def __init__(self, opened: OpenedDatabase | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False  # before setupUi: event() runs for every child added
        self._closed = False
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._opened: OpenedDatabase | None = None
        self._had_database = False
        self._closing = False
        self.counts: dict[str, int] = {}
        self._entries: list[PageEntry] = discover_pages()
        self._pages: dict[str, QWidget] = {}
        self._menus: dict[str, QMenu] = {
            "file": self.ui.menuFile,
            "tools": self.ui.menuTools,
            "help": self.ui.menuHelp,
        }
        self.setWindowIcon(icon("app.svg"))
        self._build_sidebar()
        self._build_status_bar()
        self._connect_menus()
        self._db_actions: list[QAction] | None = None  # see _complete_menus
        self.ui.menuTools.menuAction().setVisible(False)
        self.ui.menuTools.aboutToShow.connect(self._hide_empty_tools)
        self._restore_geometry()
        self._opening = self._opening_placeholder()
        self.ui.pages.addWidget(self._opening)
        if self._entries:
            self.ui.navigation.setCurrentRow(0)
        if opened is not None:
            self.set_database(opened)

    # -- public API ------------------------------------------------
    @property
    def db(self) -> Database:
        if self._opened is None:
            raise RuntimeError("no database is open yet")
        return self._opened.db

    @property
    def is_closing(self) -> bool:
        """True once the window has started closing (work ending now shows nothing)."""
        return self._closing or self._closed

    @property
    def has_database(self) -> bool:
        return self._opened is not None

    def _menu_actions(self) -> list[QAction]:
        found: list[QAction] = []
        pending = list(self._menus.values())
        while pending:
            menu = pending.pop()
            for action in menu.actions():
                if action.isSeparator():
                    continue
                found.append(action)
                sub = action.menu()
                if isinstance(sub, QMenu):
                    pending.append(sub)
        return found

    def _complete_menus(self) -> None:
        """Once: shortcuts, and the ``ui/actions`` menu actions (disabled until a database is open).

        Done after the first paint: ``QAction.setShortcut`` (whatever its argument)
        builds the ``Qt`` namespace's enum types, and so do the action modules.
        """
        if self._db_actions is not None or self._closed:
            return
        from PySide6.QtGui import QKeySequence

        from wirausaha_app.ui.actions import install_all

        ui = self.ui
        ui.actionNewDatabase.setShortcut(QKeySequence("Ctrl+Shift+N"))
        ui.actionOpenDatabase.setShortcut(QKeySequence.StandardKey.Open)
        ui.actionQuit.setShortcut(QKeySequence.StandardKey.Quit)
        ui.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        own_actions = self._menu_actions()
        install_all(self)
        # What the action modules added works on window.db: usable once it is open.
        self._db_actions = [a for a in self._menu_actions() if a not in own_actions]
        self._enable_db_actions(self._opened is not None)
        self._hide_empty_tools()

    def _enable_db_actions(self, enabled: bool) -> None:
        for action in self._db_actions or ():
            action.setEnabled(enabled)

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def page_keys(self) -> list[str]:
        return [e.info.key for e in self._entries]

    def page(self, key: str) -> QWidget:
        """The page with this key, created on first use."""
        if key not in self._pages:
            entry = next(e for e in self._entries if e.info.key == key)
            widget = entry.create(self)
            widget.setObjectName(f"page_{key}")
            self._pages[key] = widget
            self.ui.pages.addWidget(widget)
        return self._pages[key]

    def show_page(self, key: str) -> QWidget:
        row = self.page_keys().index(key)
        self.ui.navigation.setCurrentRow(row)
        return self.page(key)

    def current_page(self) -> QWidget | None:
        return self.ui.pages.currentWidget()

    def current_list_query(self) -> Any:
        page = self.current_page()
        getter = getattr(page, "current_list_query", None)
        return getter() if callable(getter) else None

    def refresh_counts(self) -> None:
        from wirausaha_app.core.services.stats import entity_counts
        from wirausaha_app.ui import operations

        if self._closed or self._opened is None:
            return
        db = self.db

        def count(_progress: Any) -> dict[str, int]:
            from sqlalchemy.orm import Session

            # Counting a million rows reads whole indexes; on a connection of its own,
            # dropped afterwards, that does not leave 32 MB of page cache in memory.
            with db.engine.connect() as conn:
                try:
                    if db.is_sqlite:
                        conn.exec_driver_sql("PRAGMA cache_size = -2000")
                    with Session(bind=conn) as session:
                        return entity_counts(session)
                finally:
                    conn.invalidate()

        def done(counts: dict[str, int]) -> None:
            if db is self.db:  # not a count of a database closed meanwhile
                self._show_counts(counts)

        operations.run_in_background(count, done)

    def refresh_pages(self) -> None:
        for widget in self._pages.values():
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()
        self.refresh_counts()

    def set_database(self, opened: OpenedDatabase) -> None:
        """Show the pages over ``opened`` (closing the database open before, if any)."""
        had_one = self._had_database
        self.close_database()
        self._opened = opened
        self._had_database = True
        self.counts = {}
        self._show_database_name()
        self._complete_menus()
        key = self._current_key()
        if key is not None:
            self.ui.pages.setCurrentWidget(self.page(key))
        self._enable_db_actions(True)
        if had_one:
            self.database_changed.emit()
            self.refresh_counts()
        self.database_opened.emit()

    def close_database(self) -> None:
        """Close the open database (if any): pages go, connections and the lock are released."""
        from wirausaha_app.ui import operations

        operations.cancel_all()
        for widget in self._pages.values():
            close = getattr(widget, "close_page", None)
            if callable(close):
                close()
            self.ui.pages.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()
        self._enable_db_actions(False)
        self.ui.pages.setCurrentWidget(self._opening)
        old, self._opened = self._opened, None
        if old is not None:
            old.close()

    switch_database = set_database

    # -- building ------------------------------------------------
    def _build_sidebar(self) -> None:
        nav = self.ui.navigation
        nav.setIconSize(QSize(22, 22))
        for entry in self._entries:
            title = entry.info.title
            text = QCoreApplication.translate(title.context, title)
            item = QListWidgetItem(icon(entry.info.icon), text)
            item.setSizeHint(QSize(0, 38))
            nav.addItem(item)
        nav.currentRowChanged.connect(self._on_navigate)

    def _opening_placeholder(self) -> QWidget:
        """ "Opening the database…", centred, shown until the database is open.

        Centred by stretches rather than ``Qt.AlignmentFlag``: touching ``Qt`` builds
        its ~100 enum types (11 ms), which the first paint need not wait for.
        """
        placeholder = QWidget()
        layout = QHBoxLayout(placeholder)
        label = QLabel(self.tr("Opening the database…"))
        label.setEnabled(False)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addStretch(1)
        return placeholder

    def _build_status_bar(self) -> None:
        self._db_label = QLabel()
        self._counts_label = QLabel()
        self._counts_label.setObjectName("countsLabel")
        self._db_label.setObjectName("databaseLabel")
        self.ui.statusBar.addWidget(self._db_label, 1)
        self.ui.statusBar.addPermanentWidget(self._counts_label)

    def _connect_menus(self) -> None:
        ui = self.ui
        ui.actionNewDatabase.triggered.connect(self._new_database)
        ui.actionOpenDatabase.triggered.connect(self._open_database)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self._about)
        ui.menuRecent.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        self._build_language_menu()

    def _build_language_menu(self) -> None:
        """Help → Language: stored in the settings, used from the next start."""
        from PySide6.QtGui import QActionGroup

        menu = QMenu(self.tr("&Language"), self)
        menu.setObjectName("menuLanguage")
        group = QActionGroup(menu)
        current = settings.language("id")
        # Each language is named in itself, so it can be found whatever is shown now.
        for code, name in (("id", "Bahasa Indonesia"), ("en", "English")):
            action = menu.addAction(name)
            action.setObjectName(f"actionLanguage_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
        self.ui.menuHelp.insertMenu(self.ui.actionAbout, menu)
        self.ui.menuHelp.insertSeparator(self.ui.actionAbout)

    def _choose_language(self, code: str) -> None:
        from wirausaha_app.ui.widgets import messages

        if code == settings.language("id"):
            return
        settings.set_language(code)
        messages.info(
            self,
            self.tr("Language"),
            self.tr("The program will use this language from its next start."),
        )

    def _hide_empty_tools(self) -> None:
        self.ui.menuTools.menuAction().setVisible(bool(self.ui.menuTools.actions()))

    # -- slots ------------------------------------------------
    def _current_key(self) -> str | None:
        row = self.ui.navigation.currentRow()
        return self._entries[row].info.key if 0 <= row < len(self._entries) else None

    def _on_navigate(self, row: int) -> None:
        if 0 <= row < len(self._entries) and self._opened is not None:
            self.ui.pages.setCurrentWidget(self.page(self._entries[row].info.key))

    def _show_database_name(self) -> None:
        from PySide6.QtCore import Qt

        name = self.db.display_name()
        self._db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._db_label.setText(self.tr("Database: {name}").format(name=name))
        short = Path(name).name if self.db.path else name
        self.setWindowTitle(f"{short} — {APP_NAME}")
        self._counts_label.setText("")
        target = str(self.db.path) if self.db.path else self.db.url
        settings.add_recent_database(target)

    def _show_counts(self, counts: dict[str, int]) -> None:
        from wirausaha_app.core.formatting import format_number

        self.counts = counts
        labels = {
            "universities": self.tr("Universities"),
            "cohorts": self.tr("Cohorts"),
            "students": self.tr("Students"),
            "teams": self.tr("Teams"),
            "mentors": self.tr("Mentors"),
            "umkm": self.tr("UMKM"),
            "pairings": self.tr("Pairings"),
        }
        parts = [
            f"{labels[key]}: {format_number(counts[key])}" for key in STATUS_COUNTS if key in counts
        ]
        self._counts_label.setText("  ·  ".join(parts))
        self.counts_changed.emit(counts)

    def _fill_recent(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        current = ""
        if self._opened is not None:
            current = str(self.db.path) if self.db.path else self.db.url
        for target in settings.recent_databases():
            if target == current:
                continue
            action = menu.addAction(target)
            action.triggered.connect(lambda _=False, t=target: self.open_target(t))
        menu.setEnabled(bool(menu.actions()))

    def open_target(self, target: str) -> bool:
        """Open another database (asking what to do if it is refused); True if switched."""
        from wirausaha_app.ui.widgets.database_open import open_interactively

        opened = open_interactively(self, target)
        if opened is None:
            return False
        self.switch_database(opened)
        return True

    def _open_database(self) -> None:
        from wirausaha_app.ui.widgets.database_open import ask_open_path

        path = ask_open_path(self)
        if path:
            self.open_target(path)

    def _new_database(self) -> None:
        from wirausaha_app.ui.widgets.database_open import ask_new_path

        path = ask_new_path(self)
        if path:
            self.open_target(path)

    def _about(self) -> None:
        from wirausaha_app.ui.widgets import messages

        text = self.tr(
            "<h3>{name} {version}</h3>"
            "<p>Students, teams, mentors and UMKM pairings of the Wirausaha Merdeka "
            "programme, for campus coordinators.</p>"
            "<p>Region list (kabupaten/kota): Cahya DSN, <i>wilayah</i>, MIT licence "
            "(see resources/data/README.md).</p>"
        ).format(name=APP_NAME, version=__version__)
        messages.about(self, self.tr("About {name}").format(name=APP_NAME), text)

    # -- window events ------------------------------------------------
    def event(self, e: QEvent) -> bool:
        handled = super().event(e)
        if not self._painted and e.type() == QEvent.Type.Paint:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self._complete_menus)
        return handled

    def _restore_geometry(self) -> None:
        store = settings.settings()
        geometry = store.value(settings.KEY_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = store.value(settings.KEY_STATE)
        if state:
            self.restoreState(state)

    def _stop_operations(self) -> bool:
        """Before closing: ask to cancel visible work; False keeps the window open."""
        from wirausaha_app.ui import operations
        from wirausaha_app.ui.widgets import messages

        shown = [op for op in operations.running() if op.dialog is not None]
        if shown:
            titles = ", ".join(sorted({op.title for op in shown}))
            question = self.tr("An operation is running ({titles}): cancel it and close?").format(
                titles=titles
            )
            if not messages.ask(self, self.tr("Close"), question):
                return False
        # Work finishing now must not reopen databases or show results.
        self._closing = True
        # Cancelled work stops at its next step and rolls back; a backup (which cannot
        # be interrupted) is waited for, so no temp file and no half-copy are left.
        operations.cancel_all(CLOSE_WAIT_MS, parent=self)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            super().closeEvent(event)
            return
        if not self._stop_operations():
            event.ignore()
            return
        self._closed = True
        store = settings.settings()
        store.setValue(settings.KEY_GEOMETRY, self.saveGeometry())
        store.setValue(settings.KEY_STATE, self.saveState())
        store.sync()
        for widget in self._pages.values():
            close = getattr(widget, "close_page", None)
            if callable(close):
                close()
        if self._opened is not None:
            self._opened.close()
        super().closeEvent(event)
        self.closed.emit()
