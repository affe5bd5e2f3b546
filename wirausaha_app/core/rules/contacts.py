"""Phone numbers (normalised to E.164 with phonenumbers) and e-mail addresses
(email-validator, offline: no DNS lookups while a coordinator types)."""

from __future__ import annotations

from decimal import Decimal

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.rules.errors import FieldError

DEFAULT_REGION = "ID"
EMAIL_MAX_LENGTH = 254


def _required(field: str) -> FieldError:
    return FieldError(field, msg(QT_TRANSLATE_NOOP("Validation", "This field is required.")))


def phone(
    raw: object, *, field: str = "phone", required: bool = False, region: str = DEFAULT_REGION
) -> str | None:
    """``0812-3456-7890``, ``+62 812…``, ``62812…``, ``812…`` (leading 0 lost in Excel)
    → ``+6281234567890``."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if required:
            raise _required(field)
        return None
    if isinstance(raw, int | float | Decimal) and not isinstance(raw, bool):
        if isinstance(raw, float) and not raw.is_integer():
            raise _invalid(field)
        text = str(int(raw))
    else:
        text = str(raw).strip()
    compact = "".join(c for c in text if c not in " -.()/\u00a0")
    if compact.startswith("62") and not compact.startswith("+"):
        compact = "+" + compact  # 62812… is the international form without its plus
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    try:
        number = phonenumbers.parse(compact, region)
    except phonenumbers.NumberParseException:
        raise _invalid(field) from None
    if not phonenumbers.is_valid_number(number):
        raise _invalid(field)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _invalid(field: str) -> FieldError:
    return FieldError(
        field,
        msg(
            QT_TRANSLATE_NOOP(
                "Validation",
                "This is not a valid phone number. "
                "Write it like 0812-3456-7890 or +62 812 3456 7890.",
            )
        ),
    )


def email(raw: object, *, field: str = "email", required: bool = False) -> str | None:
    """A syntactically valid address, normalised (domain lower-cased); no DNS check."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if required:
            raise _required(field)
        return None
    text = str(raw).strip()
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation", "This is not a valid e-mail address (like nama@kampus.ac.id)."
                )
            ),
        ) from None
    normalized = str(result.normalized)
    if len(normalized) > EMAIL_MAX_LENGTH:
        raise FieldError(
            field,
            msg(
                QT_TRANSLATE_NOOP("Validation", "At most {limit} characters (now {count})."),
                limit=EMAIL_MAX_LENGTH,
                count=len(normalized),
            ),
        )
    return normalized
