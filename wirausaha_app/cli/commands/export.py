"""``wirausaha export``: the database (or one cohort / university) as a formatted workbook."""

from __future__ import annotations

import argparse
import sys

from wirausaha_app.cli.common import add_db_option, open_db
from wirausaha_app.cli.output import CliProgress
from wirausaha_app.cli.parser import tr
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "export to an Excel workbook (NIK and phone numbers masked unless --full)")),
        description=tr(QT_TRANSLATE_NOOP(
            "Cli",
            "Writes the database, or one cohort or university, as a formatted Excel "
            "workbook: one worksheet per kind of record. NIK and phone numbers are masked "
            "unless --full is given.",
        )),
    )
    add_db_option(p)
    p.add_argument(
        "--out", required=True, metavar="FILE.xlsx",
        help=tr(QT_TRANSLATE_NOOP("Cli", "workbook to write")),
    )
    p.add_argument(
        "--cohort", metavar="NAME", help=tr(QT_TRANSLATE_NOOP("Cli", "only this cohort"))
    )
    p.add_argument(
        "--university", metavar="NAME",
        help=tr(QT_TRANSLATE_NOOP("Cli", "only this university (name or short name)")),
    )
    p.add_argument(
        "--full", action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "write NIK and phone numbers whole (personal data!)")),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from wirausaha_app.core.progress import SILENT, Progress
    from wirausaha_app.core.xlsx.export import export_database, resolve_scope

    db = open_db(args)
    try:
        scope = resolve_scope(db, args.cohort, args.university)
        label = ", ".join(
            part for part in (
                f"angkatan {args.cohort}" if args.cohort else "",
                f"perguruan tinggi {args.university}" if args.university else "",
            ) if part
        ) or None
        progress: Progress = CliProgress() if sys.stderr.isatty() else SILENT
        result = export_database(db, args.out, scope=scope, full=args.full, scope_label=label,
                                 progress=progress)
    finally:
        db.dispose()
    for title, n in result.row_counts.items():
        print(f"{title:<20} {n:>9,}".replace(",", "."))
    print(f"→ {result.path}")
    return 0
