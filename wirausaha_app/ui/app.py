"""The desktop program: ``wirausaha-app [--db PATH_OR_URL] [--lang id|en] [--smoke-test]``.

Start-up: QApplication → settings (QSettings, INI) → translators (Indonesian by
default, ``--lang``/setting/``WIRAUSAHA_LANG`` switch) → lock and open the database
(refusals explained in a dialog, never a traceback) → main window. On the first
start with an empty default database the program offers demo data.

The window is painted first; the database is opened right after (SQLAlchemy and
Alembic load then), so the program appears as fast as a bare Qt window.
``--smoke-test`` shows the window, opens the database, waits until its first page
has painted, prints ``smoke ok`` and exits 0 (CI runs it offscreen).
``--screenshot FILE [--page KEY]`` (a developer aid) saves the window as a PNG
once the page has painted, and exits.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from wirausaha_app import APP_NAME, __version__
from wirausaha_app.core import i18n as core_i18n
from wirausaha_app.core.paths import default_database_path, resource
from wirausaha_app.core.progress import Progress
from wirausaha_app.ui import settings

LANGUAGES = ("id", "en")
SCREENSHOT_SIZE = (1360, 820)
translate = QCoreApplication.translate


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="wirausaha-app", description=APP_NAME)
    parser.add_argument("--db", help="database file or SQLAlchemy URL (default: your data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, help="user interface language")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--screenshot", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--page", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def choose_language(requested: str | None) -> str:
    if requested in LANGUAGES:
        return requested
    env = os.environ.get("WIRAUSAHA_LANG")
    if env in LANGUAGES:
        return env
    return settings.language("id")


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load the program's catalogue (and Qt's own) for ``lang``; English needs none."""
    for old in getattr(app, "_wirausaha_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    if lang != "en":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        ours = QTranslator(app)
        if ours.load(str(resource("i18n", f"wirausaha_{lang}.qm"))):
            installed.append(ours)
        # Qt's own strings (standard buttons, context menus, wizard, file dialog): Qt
        # ships no Indonesian catalogue, so ours (resources/i18n/qt_id.ts) stands in.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for directory, name in ((qt_dir, "qtbase"), (qt_dir, "qt"), (str(resource("i18n")), "qt")):
            qt = QTranslator(app)
            if qt.load(f"{name}_{lang}", directory):
                installed.append(qt)
                break
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    for translator in installed:
        app.installTranslator(translator)
    app._wirausaha_translators = installed  # type: ignore[attr-defined]  # keep them alive
    core_i18n.set_translator(lambda context, text: QCoreApplication.translate(context, text))
    return installed


def create_application(lang: str | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    settings.configure()
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translators(app, choose_language(lang))
    return app


def is_empty(db: object) -> bool:
    from sqlalchemy import text

    with db.engine.connect() as conn:  # type: ignore[attr-defined]
        for table in ("universities", "students", "umkm"):
            if conn.execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first() is not None:
                return False
    return True


def offer_demo_data(window: object) -> None:
    """First start on an empty default database: offer to fill it with demo data."""
    from wirausaha_app.ui.main_window import MainWindow
    from wirausaha_app.ui.operations import run_operation
    from wirausaha_app.ui.widgets import messages

    assert isinstance(window, MainWindow)
    store = settings.settings()
    if store.value(settings.KEY_DEMO_OFFERED, False, type=bool):
        return
    if window.db.path != default_database_path().resolve() or not is_empty(window.db):
        return
    store.setValue(settings.KEY_DEMO_OFFERED, True)
    title = translate("App", "Welcome")
    question = translate(
        "App",
        "This database is still empty. Fill it with demo data (3 cohorts, about 1,200 "
        "students, 2,000 UMKM) to try the program? You can start a clean database later "
        "with File → New database.",
    )
    if not messages.ask(window, title, question):
        return
    db = window.db

    def generate(progress: Progress) -> None:
        from wirausaha_app.core import demo

        demo.generate(db, size="small", seed=2024, progress=progress)

    run_operation(
        window,
        translate("App", "Demo data"),
        generate,
        on_success=lambda _result: window.refresh_pages(),
        text=translate("App", "Filling the database with demo data…"),
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    app = create_application(args.lang)
    from wirausaha_app.ui.main_window import MainWindow

    trace = os.environ.get("WIRAUSAHA_STARTUP_TRACE")  # benchmarks: wall-clock milestones
    window = MainWindow()
    exit_code = {"value": 0}
    # Quit exactly when the main window closes (not through a posted quit event that
    # could outlive this event loop).
    app.setQuitOnLastWindowClosed(False)
    window.closed.connect(lambda: app.exit(exit_code["value"]))

    def milestone(name: str) -> None:
        if trace:
            print(f"{name} {time.time():.6f}", file=sys.stderr, flush=True)

    def finish(code: int) -> None:
        exit_code["value"] = code
        QTimer.singleShot(0, window.close)

    def ready() -> None:
        """The database is open and its first page painted."""
        page = window.current_page()
        if page is not None:
            page.repaint()
        milestone("ready")
        if args.screenshot:
            QTimer.singleShot(500, lambda: _save_screenshot(window, args.screenshot, app))
        elif args.smoke_test:
            print("smoke ok", flush=True)
            finish(0)
        else:
            offer_demo_data(window)

    def open_database_now() -> None:
        # After the first paint: the window is on screen while SQLAlchemy, Alembic and
        # the database load (and while a refusal is explained).
        from wirausaha_app.core.i18n import UserError
        from wirausaha_app.ui.widgets.database_open import open_interactively, open_locked

        target = args.db or str(default_database_path())
        if args.smoke_test:
            try:
                opened = open_locked(target)
            except UserError as exc:
                print(f"smoke failed: {exc}", file=sys.stderr)
                finish(2)
                return
        else:
            found = open_interactively(window, target)
            if found is None:
                finish(1)
                return
            opened = found
        window.set_database(opened)
        if args.page:
            window.show_page(args.page)
        QTimer.singleShot(0, ready)
        # Counting a million rows is not start-up work either.
        QTimer.singleShot(0, window.refresh_counts)

    def painted() -> None:
        milestone("first-paint")
        QTimer.singleShot(0, open_database_now)

    def too_slow() -> None:
        print("smoke failed: the window was not ready in time", file=sys.stderr)
        finish(3)

    window.first_painted.connect(painted)
    if args.screenshot:
        # One size for every screenshot, wide enough for a list and its detail pane.
        window.resize(SCREENSHOT_SIZE[0], SCREENSHOT_SIZE[1])
    if args.smoke_test:
        QTimer.singleShot(60_000, too_slow)
    window.show()
    result = app.exec()
    from wirausaha_app.ui import operations

    operations.cancel_all()  # nothing may outlive the event loop
    app.setQuitOnLastWindowClosed(True)
    return exit_code["value"] or result


def _save_screenshot(window: object, path: Path, app: QApplication) -> None:
    from wirausaha_app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    table = getattr(getattr(window.current_page(), "ui", None), "table", None)
    if table is not None and table.model().rowCount():
        table.selectRow(0)  # show the detail pane filled in
    app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(path))
    print(f"saved {path}", flush=True)
    window.close()


if __name__ == "__main__":
    raise SystemExit(main())
