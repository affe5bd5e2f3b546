"""PP 7/2021 boundaries: exactly at the bound stays in the smaller class."""

import pytest

from wirausaha_app.core.rules.scale import PP_7_2021, load_scale_rules

M = 1_000_000


@pytest.mark.parametrize(
    ("sales", "expected"),
    [
        (0, "mikro"),
        (2_000 * M, "mikro"),
        (2_000 * M + 1, "kecil"),
        (15_000 * M, "kecil"),
        (15_000 * M + 1, "menengah"),
        (50_000 * M, "menengah"),
        (50_000 * M + 1, "besar"),
    ],
)
def test_sales_boundaries(sales: int, expected: str) -> None:
    assert PP_7_2021.classify(annual_sales=sales, capital=None) == expected


@pytest.mark.parametrize(
    ("capital", "expected"),
    [
        (1_000 * M, "mikro"),
        (1_000 * M + 1, "kecil"),
        (5_000 * M, "kecil"),
        (5_000 * M + 1, "menengah"),
        (10_000 * M, "menengah"),
        (10_000 * M + 1, "besar"),
    ],
)
def test_capital_boundaries_when_no_sales(capital: int, expected: str) -> None:
    assert PP_7_2021.classify(annual_sales=None, capital=capital) == expected


def test_sales_win_over_capital_and_unknown_is_none() -> None:
    assert PP_7_2021.classify(annual_sales=100 * M, capital=8_000 * M) == "mikro"
    assert PP_7_2021.classify(annual_sales=None, capital=None) is None


def test_thresholds_come_from_the_database(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        rules = load_scale_rules(s)
    assert rules.regulation == "PP 7/2021"
    assert rules == PP_7_2021
