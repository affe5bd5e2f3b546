"""``wirausaha template KIND --out FILE.xlsx``: an empty import workbook for one kind."""

from __future__ import annotations

import argparse

from wirausaha_app.cli.parser import tr
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction) -> None:
    from wirausaha_app.core.xlsx.templates import TEMPLATE_KINDS

    p = sub.add_parser(
        "template",
        help=tr(QT_TRANSLATE_NOOP("Cli", "write an Excel import template for one kind")),
        description=tr(QT_TRANSLATE_NOOP(
            "Cli",
            "Writes an empty Excel workbook with the columns an import of one kind expects "
            "and an example row; fill it in, then read it with 'wirausaha import'.",
        )),
    )
    p.add_argument(
        "kind", choices=TEMPLATE_KINDS, metavar="KIND",
        help=tr(QT_TRANSLATE_NOOP("Cli", "what the template is for: %(choices)s")),
    )
    p.add_argument(
        "--out", required=True, metavar="FILE.xlsx",
        help=tr(QT_TRANSLATE_NOOP("Cli", "workbook to write")),
    )
    p.add_argument(
        "--db", metavar="PATH_OR_URL", default=None,
        help=tr(QT_TRANSLATE_NOOP(
            "Cli",
            "also offer this database's universities, cohorts, mentors and teams as "
            "drop-down lists",
        )),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from wirausaha_app.core.xlsx.templates import write_template

    db = None
    if args.db:
        from wirausaha_app.core.db.lifecycle import open_database

        db = open_database(args.db)
    try:
        path = write_template(args.kind, args.out, db)
    finally:
        if db is not None:
            db.dispose()
    print(f"→ {path}")
    return 0
