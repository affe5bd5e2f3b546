"""Benchmark: a team's top-10 suggestions and "assign all" for a ~100-team cohort.

Run on the large demo database (``wirausaha demo --size large --db PATH``)::

    python tests/benchmarks/bench_suggestions.py PATH [--runs 7]

Every figure is the median of several runs and is printed next to a raw baseline
measured in the same run, as a ratio:

- top-10 suggestions (``suggest_for_team``: team profile, SQL ranking step by
  step, explanations) vs the raw sqlite3 execution of its first step's SQL alone,
  and vs raw sqlite3 scoring the team's whole region in one query (what the
  banded search avoids);
- "assign all" (``propose_for_cohort``: candidates per team in SQL, score matrix,
  solver, explanations) vs ``scipy.optimize.linear_sum_assignment`` alone on the
  same score matrix (a dense assignment without capacities: the library's floor),
  and the b-matching solver (``optimal_assignment``) alone on that matrix.
Targets: top-10 ≤ 200 ms; assign all ≤ 5 s.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections.abc import Callable
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment
from sqlalchemy import func, select

from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.models import Cohort, Team, Umkm
from wirausaha_app.core.services import suggestions as sg
from wirausaha_app.core.services import suggestions_assign as sa


def median_ms(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def line(label: str, value: float, base_label: str, base: float) -> None:
    ratio = value / base if base else float("inf")
    print(f"{label:<44} {value:9.1f} ms | {base_label:<40} {base:9.1f} ms | ratio {ratio:6.1f}×")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    db = open_database(args.db)
    raw = sqlite3.connect(args.db)
    with db.session() as session:
        n_umkm = session.execute(select(func.count()).select_from(Umkm)).scalar_one()
        cohort_id, n_teams = session.execute(
            select(Team.cohort_id, func.count())
            .group_by(Team.cohort_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        cohort_name = session.get(Cohort, cohort_id).name  # type: ignore[union-attr]
        team_ids = list(
            session.scalars(select(Team.id).where(Team.cohort_id == cohort_id).limit(5))
        )
        print(f"{n_umkm:,} UMKM; cohort {cohort_name!r} with {n_teams} teams")

        # --- top-10 for one team, averaged over a few teams -----------------------
        sg.suggest_for_team(session, team_ids[0], 10)  # warm the page cache
        ours, first_step, whole_region = [], [], []
        for team_id in team_ids:
            profile = sg.team_profile(session, team_id)
            roles = sg.load_roles(session)
            _tm, limit = sa.limits(session)
            regions, band, _bound = sg.search_steps(session, profile)[0]
            step_sql = sg.ranked_sql(profile, roles, limit, regions, 10, sector=band)
            naive_sql = sg.ranked_sql(profile, roles, limit, [profile.region_code], 10)
            ours.append(median_ms(lambda t=team_id: sg.suggest_for_team(session, t, 10), args.runs))
            first_step.append(
                median_ms(lambda q=step_sql: raw.execute(q[0], q[1]).fetchall(), args.runs)
            )
            whole_region.append(
                median_ms(lambda q=naive_sql: raw.execute(q[0], q[1]).fetchall(), args.runs)
            )
            in_region = raw.execute(
                "SELECT count(*) FROM umkm WHERE region_code = ?", (profile.region_code,)
            ).fetchone()[0]
            print(f"  team {team_id}: region {profile.region_code} holds {in_region:,} UMKM")
        line(
            "suggest_for_team top-10 (median of teams)",
            statistics.median(ours),
            "raw sqlite3, its first search step's SQL",
            statistics.median(first_step),
        )
        line(
            "suggest_for_team top-10 (median of teams)",
            statistics.median(ours),
            "raw sqlite3, scoring the whole region",
            statistics.median(whole_region),
        )

        # --- assign all (20 candidates per team as in the app; 80 to reach ~2,000) ------
        runs = max(3, args.runs // 2)
        for per_team in (20, 80):
            problem = sa.build_problem(session, cohort_id, per_team)
            matrix = np.nan_to_num(problem.scores, nan=0.0)
            shape = f"{len(problem.profiles)} teams × {len(problem.candidates)} candidates"
            print(f"  assign all, {per_team} candidates per team: {shape}")
            total = median_ms(lambda k=per_team: sa.propose_for_cohort(session, cohort_id, k), runs)
            build = median_ms(lambda k=per_team: sa.build_problem(session, cohort_id, k), runs)
            solve = median_ms(
                lambda p=problem: sa.optimal_assignment(p.scores, p.team_caps, p.umkm_caps), runs
            )
            lsa = median_ms(lambda m=matrix: linear_sum_assignment(m, maximize=True), runs)
            line(
                "propose_for_cohort (whole)", total, "scipy linear_sum_assignment, same matrix", lsa
            )
            line("  of which candidates + score matrix", build, "same", lsa)
            line("  of which b-matching solve (HiGHS LP)", solve, "same", lsa)
    raw.close()
    db.dispose()


if __name__ == "__main__":
    main()
