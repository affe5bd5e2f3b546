"""Cell formats of exported workbooks (XlsxWriter format objects, one set per workbook)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DATE_FORMAT = "dd/mm/yyyy"
TIME_FORMAT = "hh:mm"
MONEY_FORMAT = '"Rp"#,##0'
INT_FORMAT = "#,##0"
TEXT_FORMAT = "@"


@dataclass
class Formats:
    header: Any
    title: Any
    date: Any
    time: Any
    money: Any
    int: Any
    text: Any
    wrap: Any

    @classmethod
    def create(cls, workbook: Any) -> Formats:
        return cls(
            header=workbook.add_format(
                {"bold": True, "bg_color": "#DDEBF7", "bottom": 1, "text_wrap": True,
                 "valign": "top"}
            ),
            title=workbook.add_format({"bold": True, "font_size": 14}),
            date=workbook.add_format({"num_format": DATE_FORMAT}),
            time=workbook.add_format({"num_format": TIME_FORMAT}),
            money=workbook.add_format({"num_format": MONEY_FORMAT}),
            int=workbook.add_format({"num_format": INT_FORMAT}),
            text=workbook.add_format({"num_format": TEXT_FORMAT}),
            wrap=workbook.add_format({"text_wrap": True, "valign": "top"}),
        )


# XlsxWriter options that keep every written string a string: no formula, number or
# URL guessing, so "=SUM(…)", "+62…" and "0812…" stay text exactly as stored.
SAFE_OPTIONS: dict[str, Any] = {
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
    "nan_inf_to_errors": True,
}
