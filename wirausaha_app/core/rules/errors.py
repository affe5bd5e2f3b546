"""Field errors: a rule's refusal, tied to the field it is about.

Rules raise :class:`FieldError`; services collect them with :class:`ErrorCollector`
and raise one :class:`ValidationError` holding every problem, so a form can mark
each bad field at once and an importer can report row, column and reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, Message, UserError, msg

T = TypeVar("T")


class FieldError(UserError):
    """One problem with one field (``field`` is the value's key, e.g. ``"nik"``)."""

    def __init__(self, field: str, message: Message) -> None:
        super().__init__(message)
        self.field = field

    def __repr__(self) -> str:
        return f"FieldError({self.field!r}, {self.message.text!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, FieldError)
            and other.field == self.field
            and other.message == self.message
        )

    def __hash__(self) -> int:
        return hash((self.field, self.message.text))


class ValidationError(UserError):
    """Every field problem of one record; nothing was saved."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: list[FieldError] = list(errors)
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP("Validation", "Not saved: {count} field(s) need correcting."),
                count=len(self.errors),
            )
        )

    @property
    def fields(self) -> list[str]:
        return [e.field for e in self.errors]

    def for_field(self, field: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == field]

    def __str__(self) -> str:
        return "\n".join(f"{e.field}: {e.message.render()}" for e in self.errors)


class ErrorCollector:
    """Runs rules and keeps their :class:`FieldError`s instead of stopping at the first."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def check(self, rule: Callable[..., T], *args: object, **kwargs: object) -> T | None:
        """``rule(*args, **kwargs)``, or None (and the error kept) when it refuses."""
        try:
            return rule(*args, **kwargs)
        except FieldError as error:
            self.errors.append(error)
        except ValidationError as error:
            self.errors.extend(error.errors)
        return None

    def add(self, field: str, message: Message) -> None:
        self.errors.append(FieldError(field, message))

    def has(self, field: str) -> bool:
        return any(e.field == field for e in self.errors)

    def __bool__(self) -> bool:
        return bool(self.errors)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
