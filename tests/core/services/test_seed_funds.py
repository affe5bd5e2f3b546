from __future__ import annotations

import pytest

from tests.core.services import test_pairings_world as w
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.rules.errors import FieldError
from wirausaha_app.core.services import seed_funds as funds

JT = 1_000_000


def test_ledger_totals_and_refusals(db: Database) -> None:
    coh = w.cohort(db, w.university(db))
    a, _ = w.team(db, coh, "Tim A")
    b, _ = w.team(db, coh, "Tim B")
    funds.add_entry(db, a, "granted", 5 * JT, w.d("2025-03-01"))
    funds.add_entry(db, a, "disbursed", 3 * JT, w.d("2025-03-05"))
    with pytest.raises(FieldError) as caught:
        funds.add_entry(db, a, "disbursed", 2 * JT + 1, w.d("2025-03-06"))
    assert "Rp5.000.001" in str(caught.value) and "Rp5.000.000" in str(caught.value)
    with pytest.raises(FieldError):
        funds.add_entry(db, a, "reported", 3 * JT + 1, w.d("2025-04-01"))
    funds.add_entry(db, a, "reported", 1 * JT, w.d("2025-04-01"))
    grant_b = funds.add_entry(db, b, "granted", 3 * JT, w.d("2025-03-01"))
    funds.add_entry(db, b, "disbursed", 3 * JT, w.d("2025-03-02"))
    with pytest.raises(FieldError):
        funds.delete_entry(db, grant_b)  # would leave disbursed > granted
    with pytest.raises(FieldError):
        funds.update_entry(db, grant_b, "granted", 2 * JT, w.d("2025-03-01"))
    with db.session() as s:
        assert funds.team_totals(s, a) == funds.FundTotals(5 * JT, 3 * JT, 1 * JT)
        total, teams = funds.cohort_totals(s, coh)
        assert total == funds.FundTotals(8 * JT, 6 * JT, 1 * JT)
        assert [t.totals.not_yet_disbursed for t in teams] == [2 * JT, 0]
    with pytest.raises(FieldError) as caught:
        funds.add_entry(db, a, "granted", 0, w.d("2025-03-01"))
    assert caught.value.field == "amount"
