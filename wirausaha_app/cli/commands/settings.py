"""``wirausaha settings``: show and change the program settings (what Tools → Program
settings… sets in the app): the institution and city the reports name, the report logo,
and the pairing limits.

Without an option it shows them; each option changes one setting and leaves the others
as they are. Validation is the core's (``core.services.program_settings``): a refused
value is named on stderr with the reason, one line per field, and nothing is saved.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace
from typing import Any

from wirausaha_app.cli.common import add_db_option, open_db, print_json
from wirausaha_app.cli.output import say, warn
from wirausaha_app.cli.parser import at_least_one, tr
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, MarkedText, msg
from wirausaha_app.core.rules.errors import ValidationError
from wirausaha_app.core.services.program_settings import (
    LIMIT_RANGE,
    ProgramSettings,
    load_settings,
    over_limit,
    save_settings,
)

# ProgramSettings field → its line when shown
LABELS: dict[str, MarkedText] = {
    "institution_name": QT_TRANSLATE_NOOP("Cli", "Institution"),
    "report_city": QT_TRANSLATE_NOOP("Cli", "City"),
    "report_logo": QT_TRANSLATE_NOOP("Cli", "Logo"),
    "max_pairings_per_team": QT_TRANSLATE_NOOP("Cli", "Active pairings per team, at most"),
    "max_pairings_per_umkm": QT_TRANSLATE_NOOP("Cli", "Teams per UMKM, at most"),
}

# ProgramSettings field → how a refusal names it
FIELD_NAMES: dict[str, MarkedText] = {
    "institution_name": QT_TRANSLATE_NOOP("Cli", "institution"),
    "report_city": QT_TRANSLATE_NOOP("Cli", "city"),
    "report_logo": QT_TRANSLATE_NOOP("Cli", "logo"),
    "max_pairings_per_team": QT_TRANSLATE_NOOP("Cli", "active pairings per team"),
    "max_pairings_per_umkm": QT_TRANSLATE_NOOP("Cli", "teams per UMKM"),
}

# option dest → ProgramSettings field
_OPTIONS = {
    "institution": "institution_name",
    "city": "report_city",
    "logo": "report_logo",
    "max_per_team": "max_pairings_per_team",
    "max_per_umkm": "max_pairings_per_umkm",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "settings",
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "show or change the program settings (reports, pairing limits)")),
        description=tr(QT_TRANSLATE_NOOP(
            "Cli",
            "Shows the institution and city the reports name, the report logo and the "
            "pairing limits; the options change them, the settings not given keep their "
            "values. Nothing is saved when a value is refused (exit status 1).",
        )),
    )
    add_db_option(p)
    p.add_argument(
        "--institution", metavar="TEXT", default=None,
        help=tr(QT_TRANSLATE_NOOP("Cli", "institution named on the reports' header and cover")),
    )
    p.add_argument(
        "--city", metavar="TEXT", default=None,
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "city written before the date above the signatures (\"\" clears it)")),
    )
    p.add_argument(
        "--logo", metavar="FILE", default=None,
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "PNG or JPEG image for the report header (\"\" for the program's own logo)")),
    )
    low, high = LIMIT_RANGE
    p.add_argument(
        "--max-per-team", type=at_least_one, metavar="N", default=None,
        help=str(msg(QT_TRANSLATE_NOOP(
            "Cli", "active pairings a team may have at once ({low} to {high})"),
            low=low, high=high)),
    )
    p.add_argument(
        "--max-per-umkm", type=at_least_one, metavar="N", default=None,
        help=str(msg(QT_TRANSLATE_NOOP(
            "Cli", "teams an UMKM may work with at once ({low} to {high})"),
            low=low, high=high)),
    )
    p.add_argument(
        "--json", action="store_true",
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "print the settings as JSON (institution_name, report_city, report_logo, "
            "max_pairings_per_team, max_pairings_per_umkm)")),
    )
    p.set_defaults(func=run)


def as_json(settings: ProgramSettings) -> dict[str, Any]:
    """The settings under stable keys, the field names (null for an unset city or logo)."""
    return asdict(settings)


def print_settings(settings: ProgramSettings) -> None:
    """One ``label  value`` line per setting, the labels translated and aligned."""
    values = {
        "institution_name": settings.institution_name,
        "report_city": settings.report_city or str(msg(QT_TRANSLATE_NOOP("Cli", "(not set)"))),
        "report_logo": settings.report_logo
        or str(msg(QT_TRANSLATE_NOOP("Cli", "(the program's own logo)"))),
        "max_pairings_per_team": str(settings.max_pairings_per_team),
        "max_pairings_per_umkm": str(settings.max_pairings_per_umkm),
    }
    labels = {key: tr(label) for key, label in LABELS.items()}
    width = max(map(len, labels.values()))
    for key, value in values.items():
        print(f"{labels[key]:<{width}}  {value}")


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    return {
        field: getattr(args, option)
        for option, field in _OPTIONS.items()
        if getattr(args, option) is not None
    }


def run(args: argparse.Namespace) -> int:
    changes = _changes(args)
    db = open_db(args)
    try:
        current = load_settings(db)
        if not changes:
            if args.json:
                print_json(as_json(current))
            else:
                print_settings(current)
            return 0
        try:
            saved = save_settings(db, replace(current, **changes))
        except ValidationError as error:
            order = list(FIELD_NAMES)  # as shown, not as the core checked them
            problems = sorted(error.errors, key=lambda e: (
                order.index(e.field) if e.field in order else len(order)))
            for problem in problems:
                name = FIELD_NAMES.get(problem.field)
                warn(QT_TRANSLATE_NOOP("Cli", "{field}: {problem}"),
                     field=tr(name) if name is not None else problem.field,
                     problem=problem.message.render())
            return 1
        limits = (saved.max_pairings_per_team, saved.max_pairings_per_umkm)
        teams = umkm = 0
        if limits != (current.max_pairings_per_team, current.max_pairings_per_umkm):
            with db.session() as session:
                teams, umkm = over_limit(session, *limits)
    finally:
        db.dispose()
    if args.json:
        print_json(as_json(saved))
    else:
        if saved == current:
            say(QT_TRANSLATE_NOOP("Cli", "no change: the settings already had these values"))
        else:
            say(QT_TRANSLATE_NOOP("Cli", "settings saved"))
        print_settings(saved)
    if teams or umkm:
        # On stderr with --json, which keeps stdout for the JSON alone.
        note = QT_TRANSLATE_NOOP(
            "Cli", "note: {teams} team(s) and {umkm} UMKM already have more active pairings "
            "than the limits allow. They keep them; new active pairings wait until they are "
            "below the limit.")
        (warn if args.json else say)(note, teams=teams, umkm=umkm)
    return 0
