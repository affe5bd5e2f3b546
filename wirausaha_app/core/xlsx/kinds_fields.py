"""What the importable kinds share: cell-to-value rules and header synonyms."""

from __future__ import annotations

from typing import Any

from wirausaha_app.core.models.base import Base
from wirausaha_app.core.rules import validation as rules
from wirausaha_app.core.xlsx import parse, vocab
from wirausaha_app.core.xlsx.kinds_base import Lookups, not_masked

T = Base.metadata.tables


def region_rule(ctx: Lookups) -> Any:
    return lambda value, *, field: ctx.regions.match(value, field=field)


def choice_rule(vocabulary: vocab.Vocabulary, default: str | None = None) -> Any:
    return lambda value, *, field: parse.choice(value, vocabulary, field=field, default=default)


def unmasked(rule: Any) -> Any:
    return lambda value, *, field, **kw: rule(not_masked(value, field), field=field, **kw)


def text_value(value: Any, *, field: str, max_length: int | None = None) -> str | None:
    # Text cells go straight to the rule; numbers and dates are written out first.
    return rules.text(value if isinstance(value, str) else parse.text(value), field=field,
                      max_length=max_length)


def name_value(value: Any, *, field: str) -> str:
    return rules.name(value if isinstance(value, str) else parse.text(value), field=field)


PHONE_SYNONYMS = ("telepon", "telp", "tlp", "no telp", "no hp", "nomor hp", "hp", "phone",
                  "mobile", "whatsapp", "wa", "no wa", "nomor telepon", "handphone")
