"""Translatable messages for a Qt-free core.

The core marks user-facing text with :func:`QT_TRANSLATE_NOOP` (the name Qt's
``lupdate`` looks for, so the strings land in ``resources/i18n/*.ts``) and returns
:class:`Message` objects. Whoever shows them (the Qt UI, the CLI) installs a
translate function with :func:`set_translator`; without one the English source
text is used.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Translator = Callable[[str, str], str]

_translate: Translator = lambda _context, text: text  # noqa: E731


class MarkedText(str):
    """A source string that remembers its translation context."""

    context: str

    def __new__(cls, context: str, text: str) -> MarkedText:
        obj = super().__new__(cls, text)
        obj.context = context
        return obj


def QT_TRANSLATE_NOOP(context: str, text: str) -> MarkedText:
    """Mark ``text`` for extraction by lupdate; it is translated when rendered."""
    return MarkedText(context, text)


def set_translator(translate: Translator | None) -> None:
    global _translate
    _translate = translate or (lambda _context, text: text)


def translate(context: str, text: str) -> str:
    return _translate(context, text)


@dataclass(frozen=True)
class Message:
    """A user-facing sentence: context + English source + parameters."""

    context: str
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self) -> str:
        template = _translate(self.context, self.text)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message itself.
            return self.text.format(**self.params)

    def __str__(self) -> str:
        return self.render()


def msg(text: MarkedText, **params: Any) -> Message:
    """``msg(QT_TRANSLATE_NOOP("Validation", "NIK must have {n} digits"), n=16)``."""
    return Message(text.context, str(text), params)


class UserError(Exception):
    """An error whose message is meant for the coordinator, not a traceback."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text)
        self.message = message

    def __str__(self) -> str:
        return self.message.render()
