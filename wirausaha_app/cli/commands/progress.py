"""``wirausaha progress``: program outputs (luaran) and seed-funding totals of a cohort."""

from __future__ import annotations

import argparse

from wirausaha_app.cli.common import add_db_option, cohort_id_named, open_db, print_json
from wirausaha_app.cli.output import percent, say
from wirausaha_app.cli.parser import tr
from wirausaha_app.core.formatting import format_rupiah
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.core.services import outputs, seed_funds

# Column headings of the table.
TEAM = QT_TRANSLATE_NOOP("Cli", "Team")
OUTPUTS = QT_TRANSLATE_NOOP("Cli", "Outputs")
GRANTED = QT_TRANSLATE_NOOP("Cli", "Granted")
DISBURSED = QT_TRANSLATE_NOOP("Cli", "Disbursed")
REPORTED = QT_TRANSLATE_NOOP("Cli", "Reported")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "progress",
        help=tr(QT_TRANSLATE_NOOP("Cli", "outputs (luaran) and seed funds of a cohort, per team")),
        description=tr(QT_TRANSLATE_NOOP(
            "Cli",
            "Shows, for each team of a cohort, the program outputs (luaran) achieved and the "
            "seed funds granted, disbursed and reported, with the cohort's totals.",
        )),
    )
    add_db_option(p)
    p.add_argument(
        "--cohort", required=True, metavar="NAME", help=tr(QT_TRANSLATE_NOOP("Cli", "cohort name"))
    )
    p.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "print JSON")))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.session() as session:
            cohort_id = cohort_id_named(session, args.cohort)
            total, teams = outputs.cohort_progress(session, cohort_id)
            funds_total, funds = seed_funds.cohort_totals(session, cohort_id)
    finally:
        db.dispose()
    fund_of = {f.team_id: f.totals for f in funds}
    if args.json:
        print_json(
            {
                "cohort": args.cohort,
                "outputs": {"done": total.done, "total": total.total},
                "seed_funds": vars(funds_total),
                "teams": [
                    {
                        "id": t.team_id,
                        "name": t.team_name,
                        "outputs_done": t.done,
                        "outputs_total": t.total,
                        "seed_funds": vars(fund_of[t.team_id]),
                    }
                    for t in teams
                ],
            }
        )
        return 0
    print(f"{tr(TEAM):<30} {tr(OUTPUTS):<7}{tr(GRANTED):>14} {tr(DISBURSED):>14}"
          f" {tr(REPORTED):>14}")
    for t in teams:
        f = fund_of[t.team_id]
        print(
            f"{t.team_name:<30} {t.done:>2}/{t.total:<2}  {format_rupiah(f.granted):>14}"
            f" {format_rupiah(f.disbursed):>14} {format_rupiah(f.reported):>14}"
        )
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "{teams} team(s): outputs {done}/{total} ({percent}), granted {granted}, "
            "disbursed {disbursed}, reported {reported}",
        ),
        teams=len(teams), done=total.done, total=total.total, percent=percent(total.percent),
        granted=format_rupiah(funds_total.granted),
        disbursed=format_rupiah(funds_total.disbursed),
        reported=format_rupiah(funds_total.reported),
    )
    return 0
