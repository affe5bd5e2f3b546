"""``wirausaha stats``: row counts per entity and program outcomes.

The outcome keys ``formalised``, ``naik_kelas`` and ``digital`` count distinct UMKM
that got an NIB / went up a scale class / gained a digital sales channel during an
active or finished pairing (once each, however many teams helped; see
``core.services.outcomes``).
"""

from __future__ import annotations

import argparse

from wirausaha_app.cli.common import add_db_option, open_db, print_json
from wirausaha_app.cli.output import print_counts
from wirausaha_app.cli.parser import tr
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.core.services.stats import headline_stats


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stats",
        help=tr(QT_TRANSLATE_NOOP("Cli", "count the records in a database")),
        description=tr(QT_TRANSLATE_NOOP(
            "Cli",
            "Counts the records of each kind and the program outcomes: formalised, "
            "naik_kelas and digital count the UMKM that got an NIB, went up a scale class "
            "or gained a digital sales channel during an active or finished pairing (each "
            "UMKM once, however many teams helped it).",
        )),
    )
    add_db_option(p)
    p.add_argument(
        "--json", action="store_true",
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "print JSON keyed by table name, plus formalised / naik_kelas / digital")),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.session() as session:
            counts = headline_stats(session)
    finally:
        db.dispose()
    if args.json:
        print_json(counts)
    else:
        print_counts(counts)
    return 0
