"""``wirausaha report KIND --db PATH --out FILE.pdf [--cohort NAME] [--university NAME]
[--region KODE] [--team NAME] [--mentor NAME] [--session ID]``: write a PDF report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wirausaha_app.cli.common import add_db_option, open_db
from wirausaha_app.cli.output import CliProgress
from wirausaha_app.cli.parser import CliRawDescriptionFormatter, at_least_one, tr
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.progress import SILENT, Progress
from wirausaha_app.core.reports import REPORT_KINDS, ReportScope, build_report


def register(sub: argparse._SubParsersAction) -> None:
    width = max(map(len, REPORT_KINDS))
    kinds = "\n".join(f"  {kind:<{width}}  {about}" for kind, about in REPORT_KINDS.items())
    p = sub.add_parser(
        "report",
        help=tr(QT_TRANSLATE_NOOP("Cli", "write a printable PDF report")),
        description=tr(QT_TRANSLATE_NOOP("Cli", "Writes one PDF report. Kinds of report:"))
        + "\n" + kinds,
        formatter_class=CliRawDescriptionFormatter,
    )
    p.add_argument(
        "kind", choices=list(REPORT_KINDS), metavar="KIND",
        help=tr(QT_TRANSLATE_NOOP("Cli", "which report (one of the kinds above)")),
    )
    add_db_option(p)
    p.add_argument(
        "--out", required=True, metavar="FILE.pdf",
        help=tr(QT_TRANSLATE_NOOP("Cli", "where to write the PDF")),
    )
    p.add_argument(
        "--cohort", metavar="NAME", help=tr(QT_TRANSLATE_NOOP("Cli", "cohort (angkatan) name"))
    )
    p.add_argument(
        "--university", metavar="NAME",
        help=tr(QT_TRANSLATE_NOOP("Cli", "university name or short name")),
    )
    p.add_argument(
        "--region", metavar="KODE",
        help=tr(QT_TRANSLATE_NOOP("Cli", "kabupaten/kota code, e.g. 35.78")),
    )
    p.add_argument(
        "--team", metavar="NAME",
        help=tr(QT_TRANSLATE_NOOP("Cli", "team name (logbook, attendance)")),
    )
    p.add_argument(
        "--mentor", metavar="NAME", help=tr(QT_TRANSLATE_NOOP("Cli", "mentor name (logbook)"))
    )
    p.add_argument(
        "--session", metavar="ID", type=at_least_one,
        help=tr(QT_TRANSLATE_NOOP("Cli", "mentoring session id (attendance)")),
    )
    p.add_argument(
        "--quiet", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "no progress on stderr"))
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    scope = ReportScope(
        cohort=args.cohort,
        university=args.university,
        region=args.region,
        team=args.team,
        mentor=args.mentor,
        session_id=args.session,
    )
    progress: Progress = SILENT if args.quiet or not sys.stderr.isatty() else CliProgress()
    db = open_db(args)
    try:
        path = build_report(db, args.kind, Path(args.out), scope, progress)
    finally:
        db.dispose()
    print(msg(QT_TRANSLATE_NOOP("Reports", "Report written to {path}"), path=str(path)))
    return 0
