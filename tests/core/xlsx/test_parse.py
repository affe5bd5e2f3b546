from __future__ import annotations

import random
from datetime import date, datetime, time

import pytest

from wirausaha_app.core.rules import validation as rules
from wirausaha_app.core.rules.errors import FieldError
from wirausaha_app.core.xlsx import parse
from wirausaha_app.core.xlsx.headers import auto_mapping, find_header_row
from wirausaha_app.core.xlsx.kinds import KINDS


@pytest.mark.parametrize("raw", [
    date(2023, 9, 1), datetime(2023, 9, 1, 0, 0), 45170, 45170.0, "45170", "1 September 2023",
    "1 Sept 2023", "01-Sep-2023", "01/09/2023", "1/9/23", "2023-09-01", "1 Agustus 2023x",
])
def test_dates(raw: object) -> None:
    if raw == "1 Agustus 2023x":
        with pytest.raises(FieldError):
            parse.excel_date(raw, field="d")
    else:
        assert parse.excel_date(raw, field="d") == date(2023, 9, 1)


def test_times() -> None:
    assert parse.excel_time("09:30", field="t") == time(9, 30)
    assert parse.excel_time(0.5, field="t") == time(12, 0)
    with pytest.raises(FieldError):
        parse.excel_time("25:00", field="t")


def test_phone_shortcut_agrees_with_rule() -> None:
    rnd = random.Random(5)
    for _ in range(3000):
        digits = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(6, 13)))
        for raw in (digits, "0" + digits, "+62" + digits, "8" + digits, "62" + digits):
            try:
                expected: object = rules.phone(raw, field="p")
            except FieldError:
                expected = FieldError
            try:
                got: object = parse.phone(raw, field="p")
            except FieldError:
                got = FieldError
            assert got == expected, raw


def test_region_spellings() -> None:
    m = parse.RegionMatcher([("35.07", "Kabupaten Malang", "35"), ("35.73", "Kota Malang", "35"),
                             ("35.78", "Kota Surabaya", "35"), ("11.01", "Kabupaten Aceh "
                                                               "Selatan", "11")])
    for raw in ("Kab. Malang", "KABUPATEN MALANG", "kab malang", "35.07", "3507"):
        assert m.match(raw) == "35.07", raw
    for raw in ("KOTA SURABAYA", "Surabaya", "Kotamadya Surabaya", "Kota Surabaya "):
        assert m.match(raw) == "35.78", raw
    with pytest.raises(FieldError, match="could be Kabupaten Malang or Kota Malang"):
        m.match("Malang")


def test_header_synonyms_and_header_row() -> None:
    fields = KINDS["students"].fields
    header = ["No", "N I M", "Nama Lengkap", "Asal PT", "No. HP/WA", "E-Mail", "Prodi", "L/P"]
    mapping = auto_mapping(header, fields)
    assert mapping == {1: "nim", 2: "name", 3: "university", 4: "phone", 5: "email",
                       6: "study_program", 7: "gender"}
    rows = [["Daftar peserta"], [], header, ["1", "1001", "Ani"]]
    assert find_header_row(rows, fields) == 2
