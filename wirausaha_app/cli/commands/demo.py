"""``wirausaha demo``: fill an empty database with realistic demo data."""

from __future__ import annotations

import argparse
import sys
import time

from wirausaha_app.cli.common import add_db_option, open_db
from wirausaha_app.cli.output import CliProgress, decimal, print_counts, say
from wirausaha_app.cli.parser import tr
from wirausaha_app.core.demo import SIZES, generate
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help=tr(QT_TRANSLATE_NOOP(
            "Cli",
            "fill an empty database with demo data (small: one province year; "
            "large: plus 1,000,000 UMKM and 100,000 students)",
        )),
        description=tr(QT_TRANSLATE_NOOP(
            "Cli",
            "Fills an empty database with realistic demo data: small is one province's "
            "program year, large adds 1,000,000 UMKM and 100,000 students. A database that "
            "already holds data is refused. The same seed gives the same data.",
        )),
    )
    add_db_option(p)
    p.add_argument(
        "--size", choices=SIZES, default="small",
        help=tr(QT_TRANSLATE_NOOP("Cli", "how much data (default: %(default)s)")),
    )
    p.add_argument(
        "--seed", type=int, default=1, metavar="N",
        help=tr(QT_TRANSLATE_NOOP("Cli", "random seed; same seed, same data")),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        started = time.perf_counter()
        progress = CliProgress() if sys.stderr.isatty() else None
        counts = (generate(db, args.size, args.seed, progress) if progress
                  else generate(db, args.size, args.seed))
        elapsed = time.perf_counter() - started
    finally:
        db.dispose()
    say(QT_TRANSLATE_NOOP("Cli", "demo data ({size}, seed {seed}) written to {database} in "
                                 "{seconds} s"),
        size=args.size, seed=args.seed, database=db.display_name(), seconds=decimal(elapsed))
    print_counts(counts, indent="  ")
    return 0
