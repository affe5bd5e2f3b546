"""Validation rules shared by the forms, the importer and the CLI (no Qt, no database).

Every rule takes a raw value (typed text or a spreadsheet cell) and returns the
normalised value, or raises :class:`FieldError` carrying the field name and a
translatable message. Services run many rules through :class:`ErrorCollector` and
raise one :class:`ValidationError` listing every problem.

Identifier rules live in :mod:`.ids`, phone/e-mail in :mod:`.contacts`; they are
re-exported here so callers import one module.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from wirausaha_app.core.formatting import format_date_id
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.rules.contacts import email, phone
from wirausaha_app.core.rules.errors import ErrorCollector, FieldError, ValidationError
from wirausaha_app.core.rules.ids import kbli, nib, nik, nik_birth_date, nim, npwp, pirt

__all__ = [
    "DATE_MAX",
    "DATE_MIN",
    "TEAM_MAX_MEMBERS",
    "TEAM_MIN_MEMBERS",
    "ErrorCollector",
    "FieldError",
    "ValidationError",
    "choice",
    "date_not_before",
    "date_value",
    "email",
    "integer",
    "kbli",
    "mentor_capacity",
    "money",
    "name",
    "nib",
    "nik",
    "nik_birth_date",
    "nim",
    "npwp",
    "parse_money",
    "phone",
    "pirt",
    "team_members",
    "text",
]

DATE_MIN = date(2000, 1, 1)
DATE_MAX = date(2100, 12, 31)
TEAM_MIN_MEMBERS = 1
TEAM_MAX_MEMBERS = 5
NAME_MAX_LENGTH = 200


def _required(field: str) -> FieldError:
    return FieldError(field, msg(QT_TRANSLATE_NOOP("Validation", "This field is required.")))


def _blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _too_long(field: str, limit: int, count: int) -> FieldError:
    return FieldError(
        field,
        msg(
            QT_TRANSLATE_NOOP("Validation", "At most {limit} characters (now {count})."),
            limit=limit,
            count=count,
        ),
    )


# ----------------------------------------------------------------------------- text
def name(raw: object, *, field: str = "name", max_length: int = NAME_MAX_LENGTH) -> str:
    """A required one-line name, kept exactly as typed apart from outer spaces."""
    if _blank(raw):
        raise _required(field)
    value = str(raw).strip()
    if any(unicodedata.category(c) == "Cc" for c in value):
        raise FieldError(
            field,
            msg(QT_TRANSLATE_NOOP("Validation", "Write this on one line, without tabs.")),
        )
    if len(value) > max_length:
        raise _too_long(field, max_length, len(value))
    return value


def text(
    raw: object, *, field: str, max_length: int | None = None, required: bool = False
) -> str | None:
    """Optional free text (notes, addresses): trimmed, None when empty."""
    if _blank(raw):
        if required:
            raise _required(field)
        return None
    value = str(raw).strip()
    if max_length is not None and len(value) > max_length:
        raise _too_long(field, max_length, len(value))
    return value


def choice(
    raw: object, allowed: type[StrEnum] | Sequence[str], *, field: str, required: bool = True
) -> str | None:
    """One of a fixed set of codes (an enum's values or a list)."""
    if _blank(raw):
        if required:
            raise _required(field)
        return None
    codes = [m.value for m in allowed] if isinstance(allowed, type) else list(allowed)
    value = str(raw).strip()
    if value not in codes:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP("Validation", "Choose one of: {choices}."),
                choices=", ".join(codes),
            ),
        )
    return value


# -------------------------------------------------------------------------- numbers
_GROUPED = re.compile(r"\d{1,3}(\.\d{3})+")  # 1.000 / 12.500: Indonesian digit grouping
def integer(
    raw: object,
    *,
    field: str,
    minimum: int | None = None,
    maximum: int | None = None,
    required: bool = False,
) -> int | None:
    """A whole number in ``[minimum, maximum]``; accepts ``"12"`` and ``12.0``."""
    if _blank(raw):
        if required:
            raise _required(field)
        return None
    not_whole = FieldError(field, msg(QT_TRANSLATE_NOOP("Validation", "Enter a whole number.")))
    if isinstance(raw, bool):
        raise not_whole
    if isinstance(raw, int):
        value = raw
    else:
        text = str(raw).strip().replace(" ", "")
        if _GROUPED.fullmatch(text):
            text = text.replace(".", "")  # "1.000" typed in Indonesian is a thousand, not 1
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise not_whole from None
        if not number.is_finite() or number != number.to_integral_value():
            raise not_whole
        value = int(number)
    if minimum is not None and maximum is not None and not minimum <= value <= maximum:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP("Validation", "Enter a number from {minimum} to {maximum}."),
                minimum=minimum,
                maximum=maximum,
            ),
        )
    if minimum is not None and value < minimum:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP("Validation", "Enter a number of at least {minimum}."),
                minimum=minimum,
            ),
        )
    if maximum is not None and value > maximum:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP("Validation", "Enter a number of at most {maximum}."),
                maximum=maximum,
            ),
        )
    return value


# Indonesian magnitude words as written in sheets and chats: "1,5 jt", "2 juta", "Rp1,5 M".
_MULTIPLIERS: dict[str, int] = {
    "rb": 10**3,
    "ribu": 10**3,
    "k": 10**3,
    "jt": 10**6,
    "juta": 10**6,
    "m": 10**9,
    "miliar": 10**9,
    "milyar": 10**9,
    "mlr": 10**9,
    "t": 10**12,
    "triliun": 10**12,
}
_MONEY = re.compile(r"^(?P<number>[0-9][0-9.,]*)(?P<unit>[a-z]*)$")


def _money_error(field: str) -> FieldError:
    return FieldError(
        field,
        msg(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Enter an amount in rupiah, like 1.500.000, Rp 1.500.000 or 1,5 jt.",
            )
        ),
    )


def _decimal_from(number: str, has_unit: bool) -> Decimal | None:
    """Read ``1.500.000``, ``1,500,000``, ``1.500.000,00``, ``1,5`` (with a unit)…"""
    dots, commas = number.count("."), number.count(",")
    if dots and commas:
        # The separator that comes last is the decimal one.
        decimal_sep = "," if number.rfind(",") > number.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        normal = number.replace(thousands, "").replace(decimal_sep, ".")
    elif dots or commas:
        sep = "." if dots else ","
        parts = number.split(sep)
        grouped = len(parts) > 1 and all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3
        if len(parts) > 2 or (grouped and not has_unit):
            if not grouped:
                return None
            normal = "".join(parts)
        else:
            normal = number.replace(sep, ".")  # one separator: a decimal point ("1,5 jt")
    else:
        normal = number
    try:
        return Decimal(normal)
    except InvalidOperation:
        return None


def parse_money(raw: object, *, field: str = "amount", required: bool = False) -> int | None:
    """Whole, non-negative rupiah from ``1500000``, ``"Rp 1.500.000"``, ``"1,5 jt"``,
    ``"2 juta"``, ``"Rp1,5 M"`` (miliar), ``"750 rb"``…"""
    if _blank(raw):
        if required:
            raise _required(field)
        return None
    if isinstance(raw, bool):
        raise _money_error(field)
    if isinstance(raw, int | float | Decimal):
        amount = Decimal(str(raw))
    else:
        cleaned = str(raw).strip().lower().replace("\u00a0", "").replace(" ", "")
        negative = cleaned.startswith("-")
        cleaned = cleaned.lstrip("-")
        for prefix in ("rp.", "rp", "idr"):
            if cleaned.startswith(prefix):
                cleaned = cleaned[len(prefix) :]
                break
        negative = negative or cleaned.startswith("-")
        cleaned = cleaned.lstrip("-").removesuffix(",-").removesuffix(".-")
        match = _MONEY.match(cleaned)
        if not match or (match["unit"] and match["unit"] not in _MULTIPLIERS):
            raise _money_error(field)
        unit = match["unit"]
        value = _decimal_from(match["number"].rstrip(".,"), bool(unit))
        if value is None:
            raise _money_error(field)
        amount = value * _MULTIPLIERS.get(unit, 1)
        if negative:
            amount = -amount
    if not amount.is_finite():
        raise _money_error(field)
    if amount < 0:
        raise FieldError(
            field, msg(QT_TRANSLATE_NOOP("Validation", "An amount cannot be negative."))
        )
    if amount != amount.to_integral_value():
        raise FieldError(
            field,
            msg(QT_TRANSLATE_NOOP("Validation", "Enter whole rupiah, without cents.")),
        )
    return int(amount)


money = parse_money


# ---------------------------------------------------------------------------- dates
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")


def date_value(
    raw: object,
    *,
    field: str,
    required: bool = False,
    earliest: date = DATE_MIN,
    latest: date = DATE_MAX,
) -> date | None:
    """A date (``date``, ``datetime``, ISO or ``DD/MM/YYYY`` text) within a sane range."""
    if _blank(raw):
        if required:
            raise _required(field)
        return None
    if isinstance(raw, datetime):
        value = raw.date()
    elif isinstance(raw, date):
        value = raw
    else:
        value = _parse_date_text(str(raw).strip(), field)
    if not earliest <= value <= latest:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP("Validation", "Enter a date from {earliest} to {latest}."),
                earliest=format_date_id(earliest),
                latest=format_date_id(latest),
            ),
        )
    return value


def _parse_date_text(value: str, field: str) -> date:
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise FieldError(
        field,
        msg(QT_TRANSLATE_NOOP("Validation", "Enter a real date, like 01/09/2025.")),
    )


def date_not_before(later: date | None, earlier: date | None, *, field: str) -> date | None:
    """``later`` when it is on or after ``earlier`` (either may be missing)."""
    if later is not None and earlier is not None and later < earlier:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP("Validation", "This date must be on or after {earlier}."),
                earlier=format_date_id(earlier),
            ),
        )
    return later


# ------------------------------------------------------------------ teams, mentors
def team_members(
    member_ids: Sequence[int],
    leader_id: int | None,
    *,
    cohort_id: int | None = None,
    cohort_of: Mapping[int, int | None] | None = None,
    team_of: Mapping[int, int] | None = None,
    team_id: int | None = None,
    names: Mapping[int, str] | None = None,
    field: str = "members",
    leader_field: str = "leader_id",
) -> tuple[list[int], int]:
    """1–5 distinct members, exactly one of them the leader, all in the team's cohort
    (``cohort_of``: student → cohort) and in no other team (``team_of``: student → team).
    """
    errors = ErrorCollector()
    members = list(dict.fromkeys(member_ids))  # distinct, order kept
    label = (names or {}).get
    if not TEAM_MIN_MEMBERS <= len(members) <= TEAM_MAX_MEMBERS:
        errors.add(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation", "A team has {low} to {high} members; this one has {count}."
                ),
                low=TEAM_MIN_MEMBERS,
                high=TEAM_MAX_MEMBERS,
                count=len(members),
            ),
        )
    if leader_id is None:
        errors.add(
            leader_field,
            msg(QT_TRANSLATE_NOOP("Validation", "Choose one member as the team leader.")),
        )
    elif leader_id not in members:
        errors.add(
            leader_field,
            msg(QT_TRANSLATE_NOOP("Validation", "The leader must be one of the team's members.")),
        )
    if cohort_of is not None:
        for sid in members:
            if sid not in cohort_of:
                errors.add(
                    field,
                    msg(QT_TRANSLATE_NOOP("Validation", "Student #{id} does not exist."), id=sid),
                )
            elif cohort_id is not None and cohort_of[sid] != cohort_id:
                errors.add(
                    field,
                    msg(
                        QT_TRANSLATE_NOOP("Validation", "{student} is not in this team's cohort."),
                        student=label(sid) or f"#{sid}",
                    ),
                )
    for sid in members:
        other = (team_of or {}).get(sid)
        if other is not None and other != team_id:
            errors.add(
                field,
                msg(
                    QT_TRANSLATE_NOOP("Validation", "{student} is already in another team."),
                    student=label(sid) or f"#{sid}",
                ),
            )
    errors.raise_if_any()
    assert leader_id is not None
    return members, leader_id


def mentor_capacity(raw: object, *, active_assignments: int = 0, field: str = "capacity") -> int:
    """Teams a mentor may look after: ≥ 0 and not below the teams assigned now."""
    value = integer(raw, field=field, minimum=0, maximum=100, required=True)
    assert value is not None
    if value < active_assignments:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "This mentor looks after {count} team(s) now; the capacity cannot be lower.",
                ),
                count=active_assignments,
            ),
        )
    return value
