"""The shared shape of every record service: create, update, get, delete with impact.

A kind (universities, students…) subclasses :class:`RecordService` and supplies
``validate`` (raw form values → column values, every problem collected),
``to_values`` (a row → form values) and ``dependants`` (who else uses the rows).
Each write is one ``db.transaction()``: a refused save or delete changes nothing.
Every write leaves a ``change_log`` row naming the fields touched, never their
values, so no NIK or phone number reaches the log.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, MarkedText, Message, UserError, msg
from wirausaha_app.core.models import Base, ChangeLogEntry
from wirausaha_app.core.rules.errors import ErrorCollector

Values = dict[str, Any]


class JoinedMessages:
    """Several messages shown as one sentence list, rendered in the current language."""

    def __init__(self, messages: Sequence[Message]) -> None:
        self.messages = list(messages)

    def __str__(self) -> str:
        return "; ".join(m.render() for m in self.messages)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class RecordNotFoundError(UserError):
    def __init__(self, kind: str, record_id: int) -> None:
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP("Records", "The {kind} record #{id} no longer exists."),
                kind=kind,
                id=record_id,
            )
        )


class RecordInUseError(UserError):
    """Deleting would orphan records that depend on these ones."""

    def __init__(self, reasons: Sequence[Message]) -> None:
        self.reasons = list(reasons)
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP(
                    "Records", "Not deleted: {reasons}. Move or delete those records first."
                ),
                reasons=JoinedMessages(self.reasons),
            )
        )


@dataclass
class DeleteImpact:
    """What deleting some records would do: ``blocking`` refuses, ``owned`` goes with them."""

    blocking: list[Message] = field(default_factory=list)
    owned: list[Message] = field(default_factory=list)

    @property
    def allowed(self) -> bool:
        return not self.blocking

    @property
    def messages(self) -> list[Message]:
        return [*self.blocking, *self.owned]

    def block(self, n: int, text: MarkedText) -> None:
        """Refuse the delete when ``n`` rows depend; ``text`` says so with ``{count}``."""
        if n:
            self.blocking.append(msg(text, count=n))

    def own(self, n: int, text: MarkedText) -> None:
        """Tell that ``n`` rows (when any) go with the deleted ones."""
        if n:
            self.owned.append(msg(text, count=n))


def count(session: Session, query: Select[Any]) -> int:
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def log_change(
    session: Session, entity: str, entity_id: int | None, action: str, fields: Iterable[str]
) -> None:
    """One change_log row; ``fields`` are names only (values may be personal data)."""
    names = sorted(set(fields))
    session.add(
        ChangeLogEntry(
            entity=entity,
            entity_id=entity_id,
            action=action,
            summary=("fields: " + ", ".join(names)) if names else None,
        )
    )


class RecordService:
    """Create/update/get/delete for one table; subclasses fill in the kind's rules."""

    kind: ClassVar[str]  # plural table name, e.g. "students"
    model: ClassVar[type[Base]]
    # Columns a form edits, in form order: ``to_values`` reads them off a row.
    columns: ClassVar[tuple[str, ...]] = ()
    # Form fields that are not columns (e.g. a team's members); handled by ``after_write``.
    extra_fields: ClassVar[tuple[str, ...]] = ()

    # -- hooks ---------------------------------------------------------------
    def defaults(self) -> Values:
        """Form values of a new, empty record."""
        return {}

    def to_values(self, session: Session, row: Any) -> Values:
        """Form values of a stored row: its ``columns`` (extend for non-column fields)."""
        if not self.columns:
            raise NotImplementedError
        return {name: getattr(row, name) for name in self.columns}

    def validate(
        self, session: Session, values: Mapping[str, Any], record_id: int | None
    ) -> Values:
        """Column values from form values; raise ValidationError with every problem."""
        raise NotImplementedError

    def dependants(self, session: Session, ids: Sequence[int]) -> DeleteImpact:
        return DeleteImpact()

    def after_write(
        self, session: Session, row: Any, values: Mapping[str, Any], created: bool
    ) -> None:
        """Write what is not a column (members…), inside the same transaction."""

    def before_delete(self, session: Session, ids: Sequence[int]) -> None:
        """Last step before rows are deleted (e.g. scrub personal data)."""

    def after_delete(self, db: Database, ids: Sequence[int]) -> None:
        """Work after the commit (e.g. checkpoint the WAL so deleted data leaves it)."""

    # -- the API ---------------------------------------------------------------
    def get(self, db: Database, record_id: int) -> Values:
        with db.session() as session:
            row = session.get(self.model, record_id)
            if row is None:
                raise RecordNotFoundError(self.kind, record_id)
            return self.to_values(session, row)

    def create(self, db: Database, values: Mapping[str, Any]) -> int:
        merged = {**self.defaults(), **values}
        with db.transaction() as session:
            columns = self.validate(session, merged, None)
            row = self.model(**columns)
            session.add(row)
            session.flush()
            self.after_write(session, row, merged, True)
            new_id = int(row.id)  # type: ignore[attr-defined]
            log_change(session, self.kind, new_id, "create", [*columns, *self._extras(merged)])
        return new_id

    def update(self, db: Database, record_id: int, values: Mapping[str, Any]) -> None:
        """Change some fields; keys not given keep their current values."""
        with db.transaction() as session:
            row = session.get(self.model, record_id)
            if row is None:
                raise RecordNotFoundError(self.kind, record_id)
            current = self.to_values(session, row)
            merged = {**current, **values}
            columns = self.validate(session, merged, record_id)
            changed = [k for k, v in columns.items() if getattr(row, k) != v]
            for key, value in columns.items():
                setattr(row, key, value)
            changed += [k for k in self._extras(values) if current.get(k) != merged.get(k)]
            self.after_write(session, row, merged, False)
            session.flush()
            log_change(session, self.kind, record_id, "update", changed)

    def impact(self, db: Database, ids: Sequence[int]) -> DeleteImpact:
        with db.session() as session:
            return self.dependants(session, list(ids))

    def delete_impact(self, db: Database, ids: Sequence[int]) -> list[Message]:
        return self.impact(db, ids).messages

    def delete(self, db: Database, ids: Sequence[int]) -> None:
        """Delete all or none; refused with :class:`RecordInUseError` when others depend."""
        ids = list(dict.fromkeys(ids))
        with db.transaction() as session:
            impact = self.dependants(session, ids)
            if not impact.allowed:
                raise RecordInUseError(impact.blocking)
            rows = [session.get(self.model, i) for i in ids]
            missing = [i for i, r in zip(ids, rows, strict=True) if r is None]
            if missing:
                raise RecordNotFoundError(self.kind, missing[0])
            self.before_delete(session, ids)
            for row in rows:
                session.delete(row)
            session.flush()
            for record_id in ids:
                log_change(session, self.kind, record_id, "delete", [])
        self.after_delete(db, ids)

    def _extras(self, values: Mapping[str, Any]) -> list[str]:
        return [k for k in self.extra_fields if k in values]


def check_exists(
    errors: ErrorCollector,
    session: Session,
    model: type[Base],
    key: Any,
    field_name: str,
    *,
    required: bool = True,
) -> None:
    """A referenced record (university, cohort, region…) must exist."""
    if key is None or key == "":
        if required:
            errors.add(field_name, msg(QT_TRANSLATE_NOOP("Validation", "This field is required.")))
        return
    if session.get(model, key) is None:
        errors.add(
            field_name,
            msg(
                QT_TRANSLATE_NOOP("Validation", "The chosen record no longer exists: {key}."),
                key=key,
            ),
        )


def duplicate(session: Session, query: Select[Any], record_id: int | None, id_column: Any) -> bool:
    """Whether ``query`` (a select of ids) finds a row other than ``record_id``."""
    if record_id is not None:
        query = query.where(id_column != record_id)
    return session.scalar(query.limit(1)) is not None
