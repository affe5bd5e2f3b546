"""``wirausaha import KIND FILE``: check a sheet row by row, then import it in one transaction.

Any refused row refuses the whole file (nothing is written) unless ``--skip-invalid``
asks to import the valid rows only. Exit status: 0 imported (or a clean dry run),
1 rows refused, 2 the file itself refused.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from wirausaha_app.cli.common import add_db_option, open_db
from wirausaha_app.cli.output import CliProgress, say
from wirausaha_app.cli.parser import tr
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg

if TYPE_CHECKING:
    from wirausaha_app.core.xlsx.importer import Problem


def register(sub: argparse._SubParsersAction) -> None:
    from wirausaha_app.core.xlsx.kinds import KINDS

    p = sub.add_parser(
        "import",
        help=tr(QT_TRANSLATE_NOOP("Cli", "import an Excel sheet (checked first, all or nothing)")),
        description=tr(QT_TRANSLATE_NOOP(
            "Cli",
            "Checks every row of the sheet first, then imports it in one transaction. Any "
            "refused row refuses the whole file (nothing is written) unless --skip-invalid "
            "asks to import the valid rows only. Exit status 0: imported (or a clean dry "
            "run); 1: rows refused; 2: the file itself refused.",
        )),
    )
    p.add_argument(
        "kind", choices=list(KINDS), metavar="KIND",
        help=tr(QT_TRANSLATE_NOOP("Cli", "what the sheet holds: %(choices)s")),
    )
    p.add_argument(
        "file", metavar="FILE.xlsx", help=tr(QT_TRANSLATE_NOOP("Cli", "the workbook to read"))
    )
    add_db_option(p)
    p.add_argument(
        "--cohort", metavar="NAME",
        help=tr(QT_TRANSLATE_NOOP("Cli", "cohort for rows that name none")),
    )
    p.add_argument(
        "--sheet", metavar="NAME",
        help=tr(QT_TRANSLATE_NOOP("Cli", "worksheet to read (default: the first)")),
    )
    p.add_argument(
        "--dry-run", action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "check and report, write nothing")),
    )
    p.add_argument(
        "--update-existing", action="store_true",
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "rows matching a record (NIM within university, NIB, name) update it")),
    )
    p.add_argument(
        "--skip-invalid", action="store_true",
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "import the valid rows even when some rows are refused")),
    )
    p.set_defaults(func=run)


def problem_line(problem: Problem) -> str:
    """Where (row and column, or the file) and what, in the installed language."""
    if problem.row and problem.column:
        where = QT_TRANSLATE_NOOP("Cli", "row {row}, column {column}: {message}")
    elif problem.row:
        where = QT_TRANSLATE_NOOP("Cli", "row {row}: {message}")
    elif problem.column:
        where = QT_TRANSLATE_NOOP("Cli", "file, column {column}: {message}")
    else:
        where = QT_TRANSLATE_NOOP("Cli", "file: {message}")
    return str(msg(where, row=problem.row, column=problem.column, message=problem.message))


def run(args: argparse.Namespace) -> int:
    from wirausaha_app.core.progress import Progress
    from wirausaha_app.core.xlsx.importer import ImportOptions, import_prepared, prepare

    options = ImportOptions(cohort=args.cohort, update_existing=args.update_existing,
                            skip_invalid=args.skip_invalid)
    progress: Progress = CliProgress() if sys.stderr.isatty() else Progress()
    db = open_db(args)
    try:
        prepared = prepare(args.file, args.kind, sheet=args.sheet)
        say(QT_TRANSLATE_NOOP("Cli", "Sheet “{sheet}”, header row {row}"),
            sheet=prepared.sheet.name, row=prepared.header_row + 1)
        for i, key in sorted(prepared.mapping.items()):
            print(f"  {prepared.headers[i]!s:<28} → {key}")
        ignored = prepared.unmapped_headers()
        if ignored:
            say(QT_TRANSLATE_NOOP("Cli", "  ignored: {columns}"), columns=", ".join(ignored))
        # One call validates and commits (UMKM stream: written while validated, all
        # rolled back when any row is refused); the report is printed afterwards.
        plan, result = import_prepared(db, prepared, options, dry_run=args.dry_run,
                                       progress=progress)
        for problem in plan.problems:
            print(problem_line(problem))
        same = str(msg(QT_TRANSLATE_NOOP("Cli", ", {count} unchanged (skipped)"),
                       count=plan.unchanged)) if plan.unchanged else ""
        say(QT_TRANSLATE_NOOP("Cli", "{read} row(s) read, {accepted} accepted ({new} new, "
                                     "{updated} updated{unchanged}), {refused} refused"),
            read=plan.rows_read, accepted=len(plan.records), new=plan.inserts,
            updated=plan.updates, unchanged=same, refused=len(plan.refused_rows))
        if plan.file_refused:
            return 2
        refused = bool(plan.problems)
        if args.dry_run:
            say(QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was saved."))
            return 1 if refused else 0
        if refused and not args.skip_invalid:
            say(QT_TRANSLATE_NOOP("Cli", "Nothing was imported: correct the refused rows, or "
                                         "use --skip-invalid to import only the valid rows."))
            return 1
        assert result is not None  # accepted rows were committed
        say(QT_TRANSLATE_NOOP("Cli", "Imported: {new} new, {updated} updated."),
            new=result.inserted, updated=result.updated)
        return 1 if refused else 0
    finally:
        db.dispose()
