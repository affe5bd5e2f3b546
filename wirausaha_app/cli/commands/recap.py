"""``wirausaha recap``: mentoring hours per team / mentor / student, students never
mentored and teams without a session in N weeks, for one cohort or all."""

from __future__ import annotations

import argparse
from datetime import date

from wirausaha_app.cli.common import add_db_option, cohort_id_named, open_db, print_json
from wirausaha_app.cli.output import day, decimal, say, short_day
from wirausaha_app.cli.parser import at_least_one, tr
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.services import mentoring

# A heading per table of hours: name, sessions, hours.
HEADINGS = {
    "hours_per_team": QT_TRANSLATE_NOOP("Cli", "== Mentoring hours per team (sessions, hours)"),
    "hours_per_mentor": QT_TRANSLATE_NOOP(
        "Cli", "== Mentoring hours per mentor (sessions, hours)"),
    "hours_per_student": QT_TRANSLATE_NOOP(
        "Cli", "== Mentoring hours per student (sessions present, hours)"),
}
HOURS = QT_TRANSLATE_NOOP("Cli", "{hours} h")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "recap",
        help=tr(QT_TRANSLATE_NOOP("Cli", "mentoring logbook recaps (hours, gaps)")),
        description=tr(QT_TRANSLATE_NOOP(
            "Cli",
            "Mentoring hours per team, mentor and student, the students never mentored and "
            "the teams without a session in the last weeks, for one cohort or all.",
        )),
    )
    add_db_option(p)
    p.add_argument(
        "--cohort", metavar="NAME",
        help=tr(QT_TRANSLATE_NOOP("Cli", "cohort name (default: every cohort)")),
    )
    p.add_argument(
        "--weeks", type=at_least_one, default=2, metavar="N",
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "flag teams without a session in this many weeks (default: %(default)s)")),
    )
    p.add_argument(
        "--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD",
        help=tr(QT_TRANSLATE_NOOP("Cli", "count the weeks back from this date (default: today)")),
    )
    p.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "print JSON")))
    p.set_defaults(func=run)


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            str(msg(QT_TRANSLATE_NOOP("Cli", "not a date (YYYY-MM-DD): {value}"), value=text))
        ) from None


def run(args: argparse.Namespace) -> int:
    as_of = args.as_of or date.today()
    db = open_db(args)
    try:
        with db.session() as session:
            cohort_id = cohort_id_named(session, args.cohort) if args.cohort else None
            data = {
                "hours_per_team": mentoring.hours_per_team(session, cohort_id),
                "hours_per_mentor": mentoring.hours_per_mentor(session, cohort_id),
                "hours_per_student": mentoring.hours_per_student(session, cohort_id),
            }
            never = mentoring.students_never_mentored(session, cohort_id)
            idle = mentoring.teams_without_session(session, args.weeks, as_of, cohort_id)
    finally:
        db.dispose()
    if args.json:
        out: dict[str, object] = {
            key: [
                {"id": r.id, "name": r.name, "sessions": r.sessions, "hours": r.hours} for r in rows
            ]
            for key, rows in data.items()
        }
        out["students_never_mentored"] = [{"id": i, "name": n} for i, n in never]
        out["teams_without_session"] = [
            {"id": t.team_id, "name": t.name, "last_session": t.last_session} for t in idle
        ]
        print_json(out)
        return 0
    for key, rows in data.items():
        say(HEADINGS[key])
        for r in rows:
            hours = str(msg(HOURS, hours=decimal(r.hours)))
            print(f"  {r.name:<40} {r.sessions:>4} {hours:>10}")
    say(QT_TRANSLATE_NOOP("Cli", "== Students never mentored ({count})"), count=len(never))
    for _i, name in never:
        print(f"  {name}")
    say(QT_TRANSLATE_NOOP("Cli", "== Teams without a session in {weeks} week(s) as of {date} "
                                 "(last session)"),
        weeks=args.weeks, date=day(as_of))
    for t in idle:
        last = short_day(t.last_session) if t.last_session else "-"
        print(f"  {t.name:<40} {last}")
    return 0
