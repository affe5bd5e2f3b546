"""``wirausaha demo``: fill an empty database with realistic demo data."""

from __future__ import annotations

import argparse
import sys
import time

from wirausaha_app.cli.common import add_db_option, open_db
from wirausaha_app.core.demo import SIZES, generate
from wirausaha_app.core.progress import PrintProgress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="fill an empty database with demo data (small: one province year; "
        "large: plus 1,000,000 UMKM and 100,000 students)",
    )
    add_db_option(p)
    p.add_argument("--size", choices=SIZES, default="small", help="how much data (small)")
    p.add_argument("--seed", type=int, default=1, help="random seed; same seed, same data")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        started = time.perf_counter()
        progress = PrintProgress() if sys.stderr.isatty() else None
        counts = (generate(db, args.size, args.seed, progress) if progress
                  else generate(db, args.size, args.seed))
        elapsed = time.perf_counter() - started
    finally:
        db.dispose()
    print(f"demo data ({args.size}, seed {args.seed}) written to {db.display_name()} "
          f"in {elapsed:.1f} s")
    width = max(map(len, counts))
    for key, value in counts.items():
        print(f"  {key:<{width}}  {value:>10,}".replace(",", "."))
    return 0
