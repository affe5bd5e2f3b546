"""``wirausaha backup``: a verified backup, then retention (daily/weekly/monthly)."""

from __future__ import annotations

import argparse
from pathlib import Path

from wirausaha_app.cli.output import decimal, moment, say
from wirausaha_app.cli.parser import tr, zero_or_more
from wirausaha_app.core.db.engine import sqlite_path, to_url
from wirausaha_app.core.db.retention import RetentionPolicy, backup_and_prune, list_backups
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.paths import backups_dir, default_database_path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup",
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "back up a database (verified copy) and prune old backups")),
        description=tr(QT_TRANSLATE_NOOP(
            "Cli",
            "Writes a verified copy into <name>-backups/ beside the database, then keeps "
            "the newest backup of each of the last N days, W weeks and M months. Nothing "
            "is pruned when no backup could be made.",
        )),
    )
    p.add_argument(
        "--db", metavar="PATH", default=None,
        help=tr(QT_TRANSLATE_NOOP("Cli", "database file (default: the app's own database)")),
    )
    p.add_argument(
        "--keep-daily", type=zero_or_more, default=7, metavar="N",
        help=tr(QT_TRANSLATE_NOOP("Cli", "days to keep a backup of (default: %(default)s)")),
    )
    p.add_argument(
        "--keep-weekly", type=zero_or_more, default=4, metavar="W",
        help=tr(QT_TRANSLATE_NOOP("Cli", "weeks to keep a backup of (default: %(default)s)")),
    )
    p.add_argument(
        "--keep-monthly", type=zero_or_more, default=12, metavar="M",
        help=tr(QT_TRANSLATE_NOOP("Cli", "months to keep a backup of (default: %(default)s)")),
    )
    p.add_argument(
        "--label", default="manual",
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "word at the end of the file name (default: %(default)s)")),
    )
    p.add_argument(
        "--dir", type=Path, default=None,
        help=tr(QT_TRANSLATE_NOOP("Cli", "backup folder (default: beside the database)")),
    )
    p.add_argument(
        "--list", action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "only list the existing backups")),
    )
    p.set_defaults(func=run)


def database_file(arg: str | None, command: str = "backup") -> Path:
    path = sqlite_path(to_url(arg)) if arg else default_database_path()
    if path is None:
        raise SystemExit(str(msg(
            QT_TRANSLATE_NOOP("Cli", "wirausaha {command}: only SQLite database files can be "
                                     "backed up and restored here"),
            command=command,
        )))
    return path


def run(args: argparse.Namespace) -> int:
    source = database_file(args.db)
    if args.list:
        backups = list_backups(source, args.dir)
        for b in backups:
            size = decimal(b.path.stat().st_size / 1e6)
            print(f"{moment(b.taken_at)}  {size:>9} MB  {b.label:<12} {b.path}")
        if not backups:
            say(QT_TRANSLATE_NOOP("Cli", "no backups in {folder}"),
                folder=args.dir or backups_dir(source))
        return 0
    if not source.is_file():
        raise SystemExit(str(msg(
            QT_TRANSLATE_NOOP("Cli", "wirausaha backup: {path} does not exist"), path=source)))
    policy = RetentionPolicy(args.keep_daily, args.keep_weekly, args.keep_monthly)
    made, result = backup_and_prune(source, policy, label=args.label, dest_dir=args.dir)
    say(QT_TRANSLATE_NOOP("Cli", "backup: {path}"), path=made)
    for b in result.deleted:
        say(QT_TRANSLATE_NOOP("Cli", "pruned: {name}"), name=b.path.name)
    say(QT_TRANSLATE_NOOP("Cli", "{kept} backup(s) kept, {pruned} pruned"),
        kept=len(result.kept), pruned=len(result.deleted))
    return 0
