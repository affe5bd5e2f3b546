"""``wirausaha import KIND FILE``: check a sheet row by row, then import it in one transaction.

Any refused row refuses the whole file (nothing is written) unless ``--skip-invalid``
asks to import the valid rows only. Exit status: 0 imported (or a clean dry run),
1 rows refused, 2 the file itself refused.
"""

from __future__ import annotations

import argparse
import sys

from wirausaha_app.cli.common import add_db_option, open_db
from wirausaha_app.cli.parser import tr
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP


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


def run(args: argparse.Namespace) -> int:
    from wirausaha_app.core.progress import PrintProgress, Progress
    from wirausaha_app.core.xlsx.importer import ImportOptions, import_prepared, prepare

    options = ImportOptions(cohort=args.cohort, update_existing=args.update_existing,
                            skip_invalid=args.skip_invalid)
    progress: Progress = PrintProgress() if sys.stderr.isatty() else Progress()
    db = open_db(args)
    try:
        prepared = prepare(args.file, args.kind, sheet=args.sheet)
        print(f"Lembar “{prepared.sheet.name}”, baris judul {prepared.header_row + 1}")
        for i, key in sorted(prepared.mapping.items()):
            print(f"  {prepared.headers[i]!s:<28} → {key}")
        ignored = prepared.unmapped_headers()
        if ignored:
            print("  diabaikan: " + ", ".join(ignored))
        # One call validates and commits (UMKM stream: written while validated, all
        # rolled back when any row is refused); the report is printed afterwards.
        plan, result = import_prepared(db, prepared, options, dry_run=args.dry_run,
                                       progress=progress)
        for line in plan.report_lines():
            print(line)
        same = f", {plan.unchanged} sudah sama (dilewati)" if plan.unchanged else ""
        print(f"{plan.rows_read} baris dibaca, {len(plan.records)} diterima "
              f"({plan.inserts} baru, {plan.updates} diperbarui{same}), "
              f"{len(plan.refused_rows)} ditolak")
        if plan.file_refused:
            return 2
        refused = bool(plan.problems)
        if args.dry_run:
            print("Uji coba: tidak ada yang disimpan.")
            return 1 if refused else 0
        if refused and not args.skip_invalid:
            print("Tidak ada yang diimpor: perbaiki baris yang ditolak, atau pakai "
                  "--skip-invalid untuk mengimpor baris yang valid saja.")
            return 1
        assert result is not None  # accepted rows were committed
        print(f"Diimpor: {result.inserted} baru, {result.updated} diperbarui.")
        return 1 if refused else 0
    finally:
        db.dispose()
