"""Suggestions: explained scores, SQL ranking = Python formula, optimal "assign all"."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from tests.core.services import test_pairings_world as w
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import Pairing
from wirausaha_app.core.services import suggestions as sg
from wirausaha_app.core.services import suggestions_assign as sa
from wirausaha_app.core.services.pairings import PairingInput, create_pairing
from wirausaha_app.core.services.suggestions_geo import neighbours


def test_neighbours_are_symmetric_and_local() -> None:
    assert "35.15" in neighbours("35.78") and "35.78" in neighbours("35.15")
    assert "35.29" not in neighbours("35.78")
    assert neighbours("31.71") == frozenset() and neighbours(None) == frozenset()


def test_top_suggestion_explained(db: Database) -> None:
    coh = w.cohort(db, w.university(db))
    team, _ = w.team(db, coh, "Tim Kuliner", region=w.SURABAYA, kbli="10792")
    best = w.umkm(db, "Kue Bu Rini", region=w.SURABAYA, kbli="10791", needs="distributor")
    w.umkm(db, "Batik Sidoarjo", region=w.SIDOARJO, kbli="13134", needs="digital_marketing")
    w.umkm(db, "Kopi Sumenep", region=w.SUMENEP, kbli="10761")
    w.umkm(db, "Bengkel Surabaya", region=w.SURABAYA, kbli="45201", needs="bookkeeping")
    full = w.umkm(db, "Full", region=w.SURABAYA, kbli="10792", needs="distributor")
    other_coh_team, _ = w.team(db, coh, "Tim Lain", region=w.SURABAYA)
    for t in (other_coh_team,):
        create_pairing(db, PairingInput(t, full, "distributor", w.d("2025-01-01"), status="active"))
    t2, _ = w.team(db, coh, "Tim Dua", region=w.SURABAYA)
    create_pairing(db, PairingInput(t2, full, "distributor", w.d("2025-01-01"), status="proposed"))
    with db.session() as s:
        found = sg.suggest_for_team(s, team, limit=10)
    names = [f.umkm_name for f in found]
    assert "Full" not in names  # two open pairings = the UMKM limit
    assert names[0] == "Kue Bu Rini" and found[0].umkm_id == best
    top = found[0]
    assert top.role_code == "distributor"
    assert {p.code: p.points for p in top.parts} == {
        "location": 35,
        "sector": 20,
        "role": 15,
        "needs": 20,
        "capacity": 10,
    }
    assert top.score == 100
    assert "same region" in top.explanation() and "same KBLI group 107" in top.explanation()
    assert names.index("Batik Sidoarjo") < names.index("Kopi Sumenep")  # neighbour > province


def _random_world(db: Database, rng: random.Random, n_umkm: int) -> list[int]:
    coh = w.cohort(db, w.university(db))
    regions = ["35.78", "35.15", "35.25", "35.07", "35.29", "35.09"]
    kblis = ["10792", "10710", "13134", "47111", "56101", None]
    needs = [
        "distributor",
        "digital_marketing,bookkeeping",
        "raw_material",
        None,
        "packaging_branding",
    ]
    teams = [
        w.team(db, coh, f"T{i}", region=rng.choice(regions[:4]), kbli=rng.choice(kblis))[0]
        for i in range(4)
    ]
    for i in range(n_umkm):
        w.umkm(
            db, f"U{i}", region=rng.choice(regions), kbli=rng.choice(kblis), needs=rng.choice(needs)
        )
    return teams


def test_sql_ranking_matches_python_formula(db: Database) -> None:
    rng = random.Random(7)
    teams = _random_world(db, rng, 60)
    create_pairing(db, PairingInput(teams[1], 3, "distributor", w.d("2025-01-01"), status="active"))
    with db.session() as s:
        roles = sg.load_roles(s)
        _tm, limit = sa.limits(s)
        for team_id in teams:
            profile = sg.team_profile(s, team_id)
            ranked = sg.rank_candidates(s, profile, roles, limit, 200)
            for cand, sql_score in ranked:
                assert sg.score(profile, cand, roles, limit).score == pytest.approx(sql_score)
            # Every UMKM of the province except the team's own open pairings is a candidate.
            assert len(ranked) == 60 - len(profile.taken_umkm)
            short = sg.suggest_for_team(s, team_id, limit=5)
            assert [x.score for x in short] == sorted((x[1] for x in ranked), reverse=True)[:5]


def _brute_force(scores: np.ndarray, team_caps: list[int], umkm_caps: list[int]) -> float:
    _n_t, n_u = scores.shape
    options = [
        [c for k in range(cap + 1) for c in itertools.combinations(range(n_u), k)]
        for cap in team_caps
    ]
    best = 0.0
    for choice in itertools.product(*options):
        load = [0] * n_u
        for chosen in choice:
            for u in chosen:
                load[u] += 1
        if all(load[u] <= umkm_caps[u] for u in range(n_u)):
            best = max(best, sum(scores[t, u] for t, chosen in enumerate(choice) for u in chosen))
    return best


def test_assignment_is_optimal_against_brute_force() -> None:
    rng = np.random.default_rng(2025)
    for _case in range(25):
        n_t, n_u = int(rng.integers(2, 5)), int(rng.integers(2, 6))
        scores = rng.integers(0, 60, size=(n_t, n_u)).astype(float)
        scores[rng.random(size=scores.shape) < 0.15] = np.nan  # forbidden pairs
        team_caps = [int(c) for c in rng.integers(0, 3, size=n_t)]
        umkm_caps = [int(c) for c in rng.integers(1, 3, size=n_u)]
        pairs = sa.optimal_assignment(scores, team_caps, umkm_caps)
        assert len(set(pairs)) == len(pairs)
        for t in range(n_t):
            assert sum(1 for p in pairs if p[0] == t) <= team_caps[t]
        for u in range(n_u):
            assert sum(1 for p in pairs if p[1] == u) <= umkm_caps[u]
        assert all(np.isfinite(scores[t, u]) for t, u in pairs)
        total = sum(scores[t, u] for t, u in pairs)
        assert total == pytest.approx(
            _brute_force(np.nan_to_num(scores, nan=-1e9), team_caps, umkm_caps)
        )


def test_propose_and_accept_for_cohort(db: Database) -> None:
    teams = _random_world(db, random.Random(3), 12)
    with db.session() as s:
        proposal = sa.propose_for_cohort(s, cohort_id=1, candidates_per_team=5)
    assert proposal.items and not proposal.unmatched_team_ids
    per_team = {t: sum(1 for i in proposal.items if i.team_id == t) for t in teams}
    per_umkm: dict[int, int] = {}
    for item in proposal.items:
        per_umkm[item.umkm_id] = per_umkm.get(item.umkm_id, 0) + 1
    assert max(per_team.values()) <= 3 and max(per_umkm.values()) <= 2
    with db.session() as s:
        assert s.query(Pairing).count() == 0  # a proposal writes nothing
    ids = sa.accept_proposal(db, proposal.items[:2], start_date=w.d("2025-03-01"))
    with db.session() as s:
        saved = s.query(Pairing).order_by(Pairing.id).all()
        assert [p.id for p in saved] == ids
        assert {p.status for p in saved} == {"proposed"}
        again = sa.propose_for_cohort(s, cohort_id=1, candidates_per_team=5)
    # Accepted pairs are never proposed twice.
    accepted = {(i.team_id, i.umkm_id) for i in proposal.items[:2]}
    assert not accepted & {(i.team_id, i.umkm_id) for i in again.items}


def test_vectorised_matrix_equals_python_formula(db: Database) -> None:
    teams = _random_world(db, random.Random(5), 40)
    create_pairing(db, PairingInput(teams[0], 2, "distributor", w.d("2025-01-01"), status="active"))
    with db.session() as s:
        problem = sa.build_problem(s, cohort_id=1, candidates_per_team=15)
    assert problem.scores.shape == (4, len(problem.candidates))
    for t, team in enumerate(problem.profiles):
        for u, cand in enumerate(problem.candidates):
            if cand.umkm_id in team.taken_umkm:
                assert np.isnan(problem.scores[t, u])
            else:
                assert problem.scores[t, u] == pytest.approx(problem.suggestion(t, u).score)
    assert np.isnan(problem.scores).sum() == 1


def test_pool_top_k_equals_sql_ranking(db: Database) -> None:
    from wirausaha_app.core.services.suggestions_pool import RegionCache, team_top

    teams = _random_world(db, random.Random(9), 80)
    create_pairing(db, PairingInput(teams[2], 5, "distributor", w.d("2025-01-01"), status="active"))
    create_pairing(
        db, PairingInput(teams[0], 6, "bookkeeping", w.d("2025-01-01"), status="proposed")
    )
    with db.session() as s:
        roles = sg.load_roles(s)
        _tm, limit = sa.limits(s)
        cache = RegionCache(s, roles, limit)
        for team_id in teams:
            profile = sg.team_profile(s, team_id)
            for k in (1, 7, 30):
                by_sql = sg.rank_candidates(s, profile, roles, limit, k)
                by_pool = team_top(cache, profile, k)
                assert [c.umkm_id for c, _ in by_sql] == [i for i, _r, _s in by_pool]
                assert [sc for _, sc in by_sql] == pytest.approx([sc for *_, sc in by_pool])
