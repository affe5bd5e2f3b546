"""``wirausaha restore``: put a verified backup in place of a (damaged) database."""

from __future__ import annotations

import argparse
from pathlib import Path

from wirausaha_app.cli.commands.backup import database_file
from wirausaha_app.cli.output import core_problem, say
from wirausaha_app.cli.parser import tr
from wirausaha_app.core.db.recovery import (
    check_database_file,
    newest_verified_backup,
    restore_backup,
)
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.lockfile import DatabaseLock


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "restore",
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "restore a database from a backup (the current file is kept aside)")),
        description=tr(QT_TRANSLATE_NOOP(
            "Cli",
            "Without --from, the newest backup that passes integrity_check is used. A "
            "damaged database is renamed to <name>.corrupt-<stamp>, a healthy one to "
            "<name>.replaced-<stamp>; nothing is deleted. Close the app first.",
        )),
    )
    p.add_argument(
        "--db", metavar="PATH", default=None,
        help=tr(QT_TRANSLATE_NOOP("Cli", "database file (default: the app's own database)")),
    )
    p.add_argument(
        "--from", dest="backup", type=Path, default=None, metavar="BACKUP",
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "backup file to restore (default: the newest verified backup)")),
    )
    p.add_argument(
        "--dir", type=Path, default=None,
        help=tr(QT_TRANSLATE_NOOP("Cli", "backup folder (default: beside the database)")),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    target = database_file(args.db, "restore")
    # The app's lock: a window still working on the file would keep writing into the
    # file once it is set aside. Refused while one has it open.
    with DatabaseLock(target):
        return _restore(target, args.backup, args.dir)


def _restore(target: Path, chosen: Path | None, folder: Path | None) -> int:
    backup = chosen or newest_verified_backup(target, folder)
    if backup is None:
        # A damaged file stays where it is: setting it aside would leave no database.
        say(QT_TRANSLATE_NOOP("Cli", "no verified backup found; nothing restored"))
        return 1
    problems = check_database_file(target)
    # The old file stays in place until the copy of the backup is ready and checked.
    moved = restore_backup(backup, target, aside="corrupt" if problems else "replaced")
    if problems and moved is not None:
        say(QT_TRANSLATE_NOOP("Cli", "damaged database set aside: {path}"), path=moved)
        for problem in problems[:5]:
            say(QT_TRANSLATE_NOOP("Cli", "  problem: {problem}"), problem=core_problem(problem))
    elif moved is not None:
        say(QT_TRANSLATE_NOOP("Cli", "previous database kept as: {path}"), path=moved)
    say(QT_TRANSLATE_NOOP("Cli", "restored {backup} -> {target}"), backup=backup, target=target)
    return 0
