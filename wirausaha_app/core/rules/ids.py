"""Government and campus identifiers: NIK, NIB, NPWP, P-IRT, KBLI, NIM.

Each rule takes the raw value as it arrived (typed text, or a number from a
spreadsheet cell), returns the normalised value (None for an empty optional
value) or raises :class:`FieldError` with a message that says exactly what is
wrong. Messages never repeat the NIK itself: they may end up in import reports.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Collection
from datetime import date
from decimal import Decimal
from functools import cache

from stdnum.exceptions import ValidationError as StdnumError
from stdnum.id import nik as stdnum_nik
from stdnum.id import npwp as stdnum_npwp

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.models.enums import KbliVersion
from wirausaha_app.core.paths import resource
from wirausaha_app.core.rules.errors import FieldError

NIK_LENGTH = 16
NIB_LENGTH = 13
PIRT_MIN_LENGTH = 15
PIRT_MAX_LENGTH = 30
KBLI_LENGTH = 5
NIM_MAX_LENGTH = 30

_SEPARATORS = re.compile(r"[\s.\-/]+")
_NIM_ALLOWED = re.compile(r"[0-9A-Za-z][0-9A-Za-z.\-/]*")
# Excel keeps 15 significant digits: a longer number typed as a number loses its tail.
_EXCEL_DIGITS = 15


def _required(field: str) -> FieldError:
    return FieldError(field, msg(QT_TRANSLATE_NOOP("Validation", "This field is required.")))


def _is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _number_to_digits(raw: int | float | Decimal, field: str, label: str) -> str:
    """A spreadsheet number → its digits; refuses fractions (``1234.5``)."""
    if isinstance(raw, float) and not raw.is_integer():
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP("Validation", "{label} must be digits, not a fraction."),
                label=label,
            ),
        )
    return str(int(raw))


def _not_rounded(digits: str, raw: object, field: str, label: str) -> str:
    """A number from a spreadsheet longer than Excel keeps (15 digits) lost its tail."""
    if isinstance(raw, float) and len(digits) > _EXCEL_DIGITS:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{label} arrived as a number of {count} digits: Excel keeps only 15, so "
                    "its last digits are lost. Format the column as Text and type it again.",
                ),
                label=label,
                count=len(digits),
            ),
        )
    return digits


def _digits(raw: object, field: str, label: str) -> tuple[str, bool]:
    """Digits of ``raw`` without separators, and whether it came as a number."""
    if isinstance(raw, bool):
        raise FieldError(
            field, msg(QT_TRANSLATE_NOOP("Validation", "{label} must be digits."), label=label)
        )
    if isinstance(raw, int | float | Decimal):
        return _number_to_digits(raw, field, label), True
    text = _SEPARATORS.sub("", str(raw))
    if not text.isdigit() or not text.isascii():
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP("Validation", "{label} may contain digits only (found “{bad}”)."),
                label=label,
                bad="".join(sorted({c for c in text if not c.isdigit()}))[:10],
            ),
        )
    return text, False


@cache
def region_prefixes() -> frozenset[str]:
    """4-digit kabupaten/kota codes (``35.78`` → ``3578``) from the shipped official list."""
    with resource("data", "kabupaten_kota.csv").open(encoding="utf-8", newline="") as handle:
        return frozenset(row["kode"].replace(".", "") for row in csv.DictReader(handle))


def nik(
    raw: object,
    *,
    field: str = "nik",
    required: bool = False,
    valid_prefixes: Collection[str] | None = None,
) -> str | None:
    """A 16-digit NIK: region code, birth date (day + 40 for women) and serial checked."""
    if _is_blank(raw):
        if required:
            raise _required(field)
        return None
    digits, was_number = _digits(raw, field, "NIK")
    if was_number and len(digits) == NIK_LENGTH and digits.endswith("0"):
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The NIK arrived as a number ending in 0: Excel may have rounded its last "
                    "digit. Type the NIK as text and check it against the KTP.",
                )
            ),
        )
    if was_number and len(digits) > _EXCEL_DIGITS and len(digits) != NIK_LENGTH:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation", "The NIK arrived as a long number; type it as text."
                )
            ),
        )
    digits = stdnum_nik.compact(digits)
    if len(digits) != NIK_LENGTH:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP("Validation", "A NIK has 16 digits; this one has {count}."),
                count=len(digits),
            ),
        )
    prefixes = region_prefixes() if valid_prefixes is None else valid_prefixes
    if digits[:4] not in prefixes:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The NIK starts with region code {code}, which is not a kabupaten/kota.",
                ),
                code=f"{digits[:2]}.{digits[2:4]}",
            ),
        )
    if not _nik_birth_date_valid(digits):
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Digits 7–12 of the NIK (birth date DDMMYY, day + 40 for women) are not "
                    "a real date.",
                )
            ),
        )
    if digits[12:] == "0000":
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation", "The last 4 digits of a NIK (serial number) cannot be 0000."
                )
            ),
        )
    return digits


def _nik_birth_date_valid(digits: str) -> bool:
    try:
        stdnum_nik.get_birth_date(digits)
    except StdnumError:
        return False
    day = int(digits[6:8])
    # stdnum accepts any year in a century; the day itself must be 1–31 or 41–71.
    return 1 <= day <= 31 or 41 <= day <= 71


def nik_birth_date(value: str) -> date:
    """Birth date encoded in a NIK already accepted by :func:`nik`."""
    return stdnum_nik.get_birth_date(value)


def _fixed_digits(raw: object, field: str, label: str, length: int) -> str:
    digits, was_number = _digits(raw, field, label)
    if len(digits) != length:
        if was_number and len(digits) < length:
            raise FieldError(
                field,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{label} has {length} digits but {count} arrived as a number: leading "
                        "zeros were probably lost. Type it as text.",
                    ),
                    label=label,
                    length=length,
                    count=len(digits),
                ),
            )
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation", "{label} has {length} digits; this one has {count}."
                ),
                label=label,
                length=length,
                count=len(digits),
            ),
        )
    return digits


def nib(raw: object, *, field: str = "nib", required: bool = False) -> str | None:
    """NIB (Nomor Induk Berusaha from OSS): exactly 13 digits."""
    if _is_blank(raw):
        if required:
            raise _required(field)
        return None
    return _fixed_digits(raw, field, "NIB", NIB_LENGTH)


def npwp(raw: object, *, field: str = "npwp", required: bool = False) -> str | None:
    """NPWP: 15 digits (old format, with check digit) or 16 (new format / NIK)."""
    if _is_blank(raw):
        if required:
            raise _required(field)
        return None
    digits, _ = _digits(raw, field, "NPWP")
    try:
        return str(stdnum_npwp.validate(digits))
    except StdnumError:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "This is not a valid NPWP "
                    "(15 digits with a correct check digit, or 16 digits).",
                )
            ),
        ) from None


def pirt(raw: object, *, field: str = "pirt_number", required: bool = False) -> str | None:
    """P-IRT home-food licence number: at least 15 digits."""
    if _is_blank(raw):
        if required:
            raise _required(field)
        return None
    digits, _ = _digits(raw, field, "P-IRT")
    if not PIRT_MIN_LENGTH <= len(digits) <= PIRT_MAX_LENGTH:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation", "A P-IRT number has {low} to {high} digits; this one has {count}."
                ),
                low=PIRT_MIN_LENGTH,
                high=PIRT_MAX_LENGTH,
                count=len(digits),
            ),
        )
    return digits


def kbli(
    code: object,
    version: object,
    *,
    field: str = "kbli_code",
    version_field: str = "kbli_version",
) -> tuple[str | None, str | None]:
    """KBLI sector code (5 digits) with its version (2020 or 2025); both or neither."""
    if _is_blank(code):
        return None, None
    digits = _fixed_digits(code, field, "KBLI", KBLI_LENGTH)
    text = "" if version is None else str(version).strip()
    if text.endswith(".0"):
        text = text[:-2]  # 2020.0 from a spreadsheet
    if text not in {v.value for v in KbliVersion}:
        raise FieldError(
            version_field,
            msg(
                QT_TRANSLATE_NOOP("Validation", "Choose the KBLI version: {choices}."),
                choices=", ".join(v.value for v in KbliVersion),
            ),
        )
    return digits, text


def nim(raw: object, *, field: str = "nim") -> str:
    """Student number: required, trimmed, letters/digits with . - / inside."""
    if _is_blank(raw):
        raise _required(field)
    if isinstance(raw, int | float | Decimal) and not isinstance(raw, bool):
        text = _not_rounded(_number_to_digits(raw, field, "NIM"), raw, field, "NIM")
    else:
        text = str(raw).strip()
    if len(text) > NIM_MAX_LENGTH:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP("Validation", "At most {limit} characters (now {count})."),
                limit=NIM_MAX_LENGTH,
                count=len(text),
            ),
        )
    if not _NIM_ALLOWED.fullmatch(text) or not text.isascii():
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "A NIM may contain only letters, digits and . - / (no spaces).",
                )
            ),
        )
    return text
