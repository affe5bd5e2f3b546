"""Indonesian formatting of dates, rupiah and numbers (Babel's CLDR data, not hand-rolled).

``format_date_id(date(2023, 9, 1))`` → ``1 September 2023``;
``format_rupiah(1_500_000)`` → ``Rp1.500.000``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import format_currency, format_decimal

LOCALE = "id_ID"


def format_date_id(value: date | datetime | None, *, short: bool = False) -> str:
    if value is None:
        return ""
    if short:
        return _babel_date(value, format="dd/MM/yyyy", locale=LOCALE)
    return _babel_date(value, format="d MMMM yyyy", locale=LOCALE)


def format_datetime_id(value: datetime | None) -> str:
    if value is None:
        return ""
    return _babel_datetime(value, format="d MMMM yyyy HH.mm", locale=LOCALE)


def format_rupiah(amount: int | float | Decimal | None) -> str:
    """Whole rupiah, Indonesian grouping, no space after ``Rp``; negatives as ``-Rp…``."""
    if amount is None:
        return ""
    text = format_currency(amount, "IDR", format="¤#,##0", locale=LOCALE, currency_digits=False)
    return text.replace("\xa0", "")


def format_number(value: int | float | Decimal | None, *, decimals: int = 0) -> str:
    if value is None:
        return ""
    pattern = "#,##0" + (("." + "0" * decimals) if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def format_percent(value: float | None, *, decimals: int = 1) -> str:
    """``12.5`` (already a percentage) → ``12,5%``."""
    if value is None:
        return ""
    return format_number(value, decimals=decimals) + "%"
