"""UMKM scale classes (mikro / kecil / menengah / besar) from thresholds kept as data.

PP 7/2021 Pasal 35: capital (modal usaha, excluding land and buildings) classifies a
business at registration; annual sales (hasil penjualan tahunan) classify an existing
business. So sales are used when known, capital otherwise. A class applies when the
amount is at most its upper bound ("paling banyak"), hence ``<=``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.core.models import AppSetting, ScaleThreshold
from wirausaha_app.core.models.enums import ScaleClass

DEFAULT_REGULATION = "PP 7/2021"


@dataclass(frozen=True)
class Threshold:
    scale_class: str
    rank: int
    max_capital: int | None  # None = no upper bound (the top class)
    max_annual_sales: int | None


@dataclass(frozen=True)
class ScaleRules:
    regulation: str
    thresholds: tuple[Threshold, ...]  # ordered by rank, smallest class first

    def classify(self, *, annual_sales: int | None, capital: int | None) -> str | None:
        """The class for these figures, or None when neither is known."""
        if annual_sales is not None:
            return self._first_fitting(annual_sales, lambda t: t.max_annual_sales)
        if capital is not None:
            return self._first_fitting(capital, lambda t: t.max_capital)
        return None

    def _first_fitting(self, amount: int, bound_of: Callable[[Threshold], int | None]) -> str:
        for threshold in self.thresholds:
            bound = bound_of(threshold)
            if bound is None or amount <= bound:
                return threshold.scale_class
        return self.thresholds[-1].scale_class

    def rank(self, scale_class: str | None) -> int | None:
        for threshold in self.thresholds:
            if threshold.scale_class == scale_class:
                return threshold.rank
        return None


# The figures of PP 7/2021, for code that has no database at hand (tests, previews).
PP_7_2021 = ScaleRules(
    DEFAULT_REGULATION,
    (
        Threshold(ScaleClass.MIKRO, 1, 1_000_000_000, 2_000_000_000),
        Threshold(ScaleClass.KECIL, 2, 5_000_000_000, 15_000_000_000),
        Threshold(ScaleClass.MENENGAH, 3, 10_000_000_000, 50_000_000_000),
        Threshold(ScaleClass.BESAR, 4, None, None),
    ),
)


def load_scale_rules(session: Session, regulation: str | None = None) -> ScaleRules:
    """Thresholds of the regulation named in settings (``scale_regulation``)."""
    if regulation is None:
        setting = session.get(AppSetting, "scale_regulation")
        regulation = setting.value if setting else DEFAULT_REGULATION
    rows: Sequence[ScaleThreshold] = session.scalars(
        select(ScaleThreshold)
        .where(ScaleThreshold.regulation == regulation)
        .order_by(ScaleThreshold.rank)
    ).all()
    if not rows:
        return PP_7_2021
    return ScaleRules(
        str(regulation),
        tuple(Threshold(r.scale_class, r.rank, r.max_capital, r.max_annual_sales) for r in rows),
    )
