"""Every rule with good and bad values; refusals carry specific messages."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from wirausaha_app.core.rules import validation as v
from wirausaha_app.core.rules.errors import ErrorCollector, FieldError, ValidationError


def refusal(rule, *args, **kwargs) -> FieldError:  # type: ignore[no-untyped-def]
    with pytest.raises(FieldError) as caught:
        rule(*args, **kwargs)
    return caught.value


# ---------------------------------------------------------------------------- NIK
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("3578011708450001", "3578011708450001"),
        ("3578015708450001", "3578015708450001"),  # woman: day + 40
        (" 3578 0117 0845 0001 ", "3578011708450001"),
        ("3578.01.170845.0001", "3578011708450001"),
        (3578011708450001, "3578011708450001"),  # a number not ending in 0 is intact
        (3578011708450001.0, "3578011708450001"),
        ("3171012902001234", "3171012902001234"),  # 29 Feb 2000
        (None, None),
        ("  ", None),
    ],
)
def test_nik_accepts(raw: object, expected: str | None) -> None:
    assert v.nik(raw) == expected


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("357801170845001", "has 15"),
        ("35780117084500012", "has 17"),
        ("35780117084500AB", "digits only"),
        ("9978011708450001", "region code 99.78"),
        ("3599011708450001", "region code 35.99"),
        ("3578013208450001", "not a real date"),  # day 32
        ("3578017208450001", "not a real date"),  # day 72 (woman, 32)
        ("3578013002450001", "not a real date"),  # 30 February
        ("3578011713450001", "not a real date"),  # month 13
        ("3578011708450000", "cannot be 0000"),
        (3578011708450010, "Excel may have rounded"),
        (3578011708450010.0, "Excel may have rounded"),
        (12345.5, "not a fraction"),
        (True, "must be digits"),
    ],
)
def test_nik_refuses_with_specific_message(raw: object, fragment: str) -> None:
    error = refusal(v.nik, raw)
    assert error.field == "nik"
    assert fragment in error.message.render()
    assert "3578011708" not in error.message.render()  # the NIK is never echoed


def test_nik_required_and_custom_prefixes() -> None:
    assert "required" in refusal(v.nik, "", required=True).message.render()
    assert v.nik("1101011708450001", valid_prefixes={"1101"}) == "1101011708450001"
    assert (
        "region code"
        in refusal(v.nik, "3578011708450001", valid_prefixes={"1101"}).message.render()
    )
    assert v.nik_birth_date("3578015708450001") == date(1945, 8, 17)


def test_region_prefixes_come_from_official_list() -> None:
    from wirausaha_app.core.rules.ids import region_prefixes

    prefixes = region_prefixes()
    assert "3578" in prefixes and "3501" in prefixes
    assert len(prefixes) > 500


# ----------------------------------------------------------- NIB, NPWP, P-IRT, KBLI
def test_nib() -> None:
    assert v.nib("9120 0012 3456 7") == "9120001234567"
    assert v.nib(9120001234567) == "9120001234567"
    assert v.nib("") is None
    assert "has 12" in refusal(v.nib, "912000123456").message.render()
    assert "leading zeros" in refusal(v.nib, 120001234567).message.render()
    assert "digits only" in refusal(v.nib, "91200012345AB").message.render()
    assert "required" in refusal(v.nib, None, required=True).message.render()


def test_npwp() -> None:
    assert v.npwp("01.312.166.0-091.000") == "013121660091000"
    assert v.npwp("3578011708450001") == "3578011708450001"
    assert "NPWP" in refusal(v.npwp, "013121661091000").message.render()  # bad check digit
    assert "NPWP" in refusal(v.npwp, "12345").message.render()
    assert v.npwp(None) is None


def test_pirt() -> None:
    assert v.pirt("2063578010123-25") == "206357801012325"
    assert "has 14" in refusal(v.pirt, "20635780101232").message.render()
    assert "digits only" in refusal(v.pirt, "P-IRT 206357801012325").message.render()


def test_kbli() -> None:
    assert v.kbli("10792", "2020") == ("10792", "2020")
    assert v.kbli(10792, 2025.0) == ("10792", "2025")
    assert v.kbli("", "2020") == (None, None)
    error = refusal(v.kbli, "10792", None)
    assert error.field == "kbli_version" and "2020, 2025" in error.message.render()
    error = refusal(v.kbli, "1079", "2020")
    assert error.field == "kbli_code" and "has 4" in error.message.render()


# ---------------------------------------------------------------------------- NIM
def test_nim() -> None:
    assert v.nim("  A11.2020.12345 ") == "A11.2020.12345"
    assert v.nim(2041720123) == "2041720123"
    assert v.nim(2041720123.0) == "2041720123"
    assert "required" in refusal(v.nim, " ").message.render()
    assert "no spaces" in refusal(v.nim, "A11 2020").message.render()
    assert "no spaces" in refusal(v.nim, "A11#2020").message.render()
    assert "At most 30" in refusal(v.nim, "1" * 31).message.render()


# ------------------------------------------------------------------ phone, e-mail
@pytest.mark.parametrize(
    "raw",
    [
        "0812-3456-7890",
        "0812 3456 7890",
        "0812.3456.7890",
        "+62 812 3456 7890",
        "62812-3456-7890",
        "812 3456 7890",  # leading 0 lost in Excel
        81234567890,
        81234567890.0,
        "(+62) 812-3456-7890",
        "0062 812 3456 7890",
    ],
)
def test_phone_normalised_to_e164(raw: object) -> None:
    assert v.phone(raw) == "+6281234567890"


def test_phone_landline_foreign_and_refusals() -> None:
    assert v.phone("(031) 599 3044") == "+62315993044"
    assert v.phone("+1 650 253 0000") == "+16502530000"
    assert v.phone("") is None
    for bad in ("081234", "hello", "0812-3456-7890-1234-55", 12.5):
        error = refusal(v.phone, bad, field="contact_phone")
        assert error.field == "contact_phone"
        assert "not a valid phone number" in error.message.render()
    assert "required" in refusal(v.phone, None, required=True).message.render()


def test_email() -> None:
    assert v.email("  Budi.Santoso@Kampus.AC.ID ") == "Budi.Santoso@kampus.ac.id"
    assert v.email("siti@universitas.example") == "siti@universitas.example"
    assert v.email(None) is None
    for bad in ("budi", "budi@", "budi@@kampus.ac.id", "budi kampus@x.id"):
        assert "not a valid e-mail" in refusal(v.email, bad).message.render()


# ------------------------------------------------------------------ names and text
def test_names_keep_unicode_as_typed() -> None:
    for typed in ("Ni Luh Putu Ayu", "Muḥammad ʿAlī", "José Ñandú", "  Siti Nur'aini  ", "王小明"):
        assert v.name(typed) == typed.strip()
    assert "required" in refusal(v.name, "   ").message.render()
    assert "one line" in refusal(v.name, "Budi\nSantoso").message.render()
    assert "At most 5" in refusal(v.name, "Santoso", max_length=5).message.render()
    assert v.text("  ", field="notes") is None
    assert v.text(" Jl. Raya 1 ", field="address") == "Jl. Raya 1"


def test_choice_and_integer() -> None:
    from wirausaha_app.core.models.enums import Gender

    assert v.choice("P", Gender, field="gender") == "P"
    assert "Choose one of: L, P" in refusal(v.choice, "X", Gender, field="gender").message.render()
    assert v.choice("", Gender, field="gender", required=False) is None
    assert v.integer("7", field="semester", minimum=1, maximum=14) == 7
    assert v.integer(7.0, field="semester") == 7
    assert (
        "from 1 to 14"
        in refusal(v.integer, 15, field="semester", minimum=1, maximum=14).message.render()
    )
    assert "whole number" in refusal(v.integer, "3,5", field="x").message.render()
    assert "whole number" in refusal(v.integer, 2.5, field="x").message.render()
    assert "at least 0" in refusal(v.integer, -1, field="x", minimum=0).message.render()


# --------------------------------------------------------------------------- money
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Rp 1.500.000", 1_500_000),
        ("Rp1.500.000", 1_500_000),
        ("1.500.000", 1_500_000),
        ("1,500,000", 1_500_000),
        ("1.500.000,00", 1_500_000),
        ("1,500,000.00", 1_500_000),
        ("Rp 1.500.000,-", 1_500_000),
        ("1,5 jt", 1_500_000),
        ("1.5jt", 1_500_000),
        ("2 juta", 2_000_000),
        ("Rp1,5 M", 1_500_000_000),
        ("2 miliar", 2_000_000_000),
        ("750 rb", 750_000),
        ("IDR 3.000.000", 3_000_000),
        ("Rp\u00a01.000", 1_000),
        (1_500_000, 1_500_000),
        (1_500_000.0, 1_500_000),
        (Decimal("2500"), 2_500),
        ("0", 0),
        ("", None),
    ],
)
def test_money_parser(raw: object, expected: int | None) -> None:
    assert v.parse_money(raw) == expected


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("abc", "amount in rupiah"),
        ("1.50.000", "amount in rupiah"),
        ("5 kg", "amount in rupiah"),
        ("-5", "negative"),
        ("Rp -1.000", "negative"),
        (-1, "negative"),
        ("1,5", "whole rupiah"),
        (1500.5, "whole rupiah"),
        (True, "amount in rupiah"),
    ],
)
def test_money_refusals(raw: object, fragment: str) -> None:
    assert fragment in refusal(v.parse_money, raw, field="capital").message.render()


# --------------------------------------------------------------------------- dates
def test_dates() -> None:
    assert v.date_value(date(2025, 9, 1), field="d") == date(2025, 9, 1)
    assert v.date_value(datetime(2025, 9, 1, 8, 0), field="d") == date(2025, 9, 1)
    assert v.date_value("2025-09-01", field="d") == date(2025, 9, 1)
    assert v.date_value("01/09/2025", field="d") == date(2025, 9, 1)
    assert v.date_value("", field="d") is None
    assert (
        "from 1 Januari 2000"
        in refusal(v.date_value, date(1999, 12, 31), field="d").message.render()
    )
    assert "real date" in refusal(v.date_value, "31/02/2025", field="d").message.render()
    assert "required" in refusal(v.date_value, None, field="d", required=True).message.render()
    assert v.date_not_before(date(2025, 2, 1), date(2025, 1, 1), field="d") == date(2025, 2, 1)
    assert v.date_not_before(None, date(2025, 1, 1), field="d") is None
    error = refusal(v.date_not_before, date(2025, 1, 1), date(2025, 2, 1), field="until")
    assert error.field == "until" and "1 Februari 2025" in error.message.render()


# ---------------------------------------------------------------- team and mentor
def test_team_members_good() -> None:
    members, leader = v.team_members([1, 2, 2, 3], 2, cohort_id=7, cohort_of={1: 7, 2: 7, 3: 7})
    assert members == [1, 2, 3] and leader == 2


def test_team_members_refusals_collected() -> None:
    with pytest.raises(ValidationError) as caught:
        v.team_members([1, 2, 3, 4, 5, 6], None)
    assert set(caught.value.fields) == {"members", "leader_id"}
    with pytest.raises(ValidationError) as caught:
        v.team_members([], None)
    assert "this one has 0" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        v.team_members([1, 2], 3)
    assert "must be one of the team's members" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        v.team_members(
            [1, 2, 9],
            1,
            cohort_id=7,
            cohort_of={1: 7, 2: 8},
            team_of={1: 40},
            team_id=41,
            names={1: "Ayu", 2: "Budi"},
        )
    text = str(caught.value)
    assert "Budi is not in this team's cohort" in text
    assert "Ayu is already in another team" in text
    assert "Student #9 does not exist" in text
    # Re-saving a team with its own members is fine.
    assert v.team_members([1], 1, team_of={1: 41}, team_id=41) == ([1], 1)


def test_mentor_capacity() -> None:
    assert v.mentor_capacity("4", active_assignments=4) == 4
    assert v.mentor_capacity(0) == 0
    assert "cannot be lower" in refusal(v.mentor_capacity, 2, active_assignments=3).message.render()
    assert "from 0 to 100" in refusal(v.mentor_capacity, -1).message.render()
    assert "required" in refusal(v.mentor_capacity, "").message.render()


def test_collector_gathers_every_error() -> None:
    errors = ErrorCollector()
    assert errors.check(v.nim, "A1") == "A1"
    assert errors.check(v.nim, "") is None
    assert errors.check(v.email, "x", field="email") is None
    assert errors.has("nim") and errors.has("email") and not errors.has("name")
    with pytest.raises(ValidationError) as caught:
        errors.raise_if_any()
    assert caught.value.fields == ["nim", "email"]
    assert "2 field(s)" in caught.value.message.render()
    assert caught.value.for_field("email")[0].field == "email"


def test_whole_numbers_read_indonesian_grouping_and_long_numbers_are_not_trusted() -> None:
    from wirausaha_app.core.rules.ids import nim
    from wirausaha_app.core.rules.validation import integer

    assert integer("1.000", field="employees") == 1000  # not 1: a thousand employees
    assert integer("12.500", field="employees") == 12_500
    with pytest.raises(FieldError):
        integer("1.5", field="employees")
    assert nim(123456789.0) == "123456789"
    with pytest.raises(FieldError, match="Excel keeps only 15"):
        nim(12345678901234568.0)  # what Excel made of a 17-digit NIM typed as a number
