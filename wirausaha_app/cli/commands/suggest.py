"""``wirausaha suggest``: the optimal team ↔ UMKM proposal for a cohort (nothing saved).

``--save`` writes the proposal as ``proposed`` pairings (one transaction), the same
as ticking every row in the app's review dialog.
"""

from __future__ import annotations

import argparse

from wirausaha_app.cli.common import add_db_option, cohort_id_named, open_db, print_json
from wirausaha_app.cli.output import decimal, indonesian, say
from wirausaha_app.cli.parser import at_least_one, tr
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.core.services.suggestions_assign import accept_proposal, propose_for_cohort


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "suggest",
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "propose an optimal pairing of a cohort's teams with UMKM")),
        description=tr(QT_TRANSLATE_NOOP(
            "Cli",
            "Proposes the optimal team ↔ UMKM pairing for a cohort; nothing is saved "
            "unless --save writes the proposal as proposed pairings.",
        )),
    )
    add_db_option(p)
    p.add_argument(
        "--cohort", required=True, metavar="NAME", help=tr(QT_TRANSLATE_NOOP("Cli", "cohort name"))
    )
    p.add_argument(
        "--candidates", type=at_least_one, default=20, metavar="N",
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "candidate UMKM per team (default: %(default)s)")),
    )
    p.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "print JSON")))
    p.add_argument(
        "--save", action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "save the proposal as proposed pairings")),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.session() as session:
            cohort_id = cohort_id_named(session, args.cohort)
            proposal = propose_for_cohort(session, cohort_id, candidates_per_team=args.candidates)
        saved = accept_proposal(db, proposal) if args.save and proposal.items else []
    finally:
        db.dispose()
    if args.json:
        print_json(
            {
                "cohort": args.cohort,
                "total_score": proposal.total_score,
                "saved_pairing_ids": saved,
                "unmatched_team_ids": list(proposal.unmatched_team_ids),
                "assignments": [
                    {
                        "team_id": item.team_id,
                        "team": proposal.team_names[item.team_id],
                        "umkm_id": item.umkm_id,
                        "umkm": item.umkm_name,
                        "region_code": item.region_code,
                        "role": item.role_code,
                        "score": item.score,
                        "parts": {part.code: part.points for part in item.parts},
                        "explanation": item.explanation(),
                    }
                    for item in proposal.items
                ],
            }
        )
        return 0
    for item in proposal.items:
        print(
            f"{proposal.team_names[item.team_id]:<30} {item.umkm_name:<40} {item.role_code:<20}"
            f" {decimal(item.score):>6}  {item.explanation()}"
        )
    score = proposal.total_score
    if not indonesian():
        total = f"{score:g}"
    else:
        total = decimal(score, 0 if float(score).is_integer() else 1)
    say(QT_TRANSLATE_NOOP("Cli", "{count} pairing(s), total score {score}"),
        count=len(proposal.items), score=total)
    if saved:
        say(QT_TRANSLATE_NOOP("Cli", "saved {count} proposed pairing(s)"), count=len(saved))
    return 0
