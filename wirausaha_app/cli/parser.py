"""argparse in the coordinator's language.

Help, descriptions and option texts are marked ``QT_TRANSLATE_NOOP("Cli", ...)`` and
passed through :func:`tr` while the parser is built, so the translator must be
installed first (``main`` reads ``--lang`` before building the parser).

argparse's own words are replaced without touching the argparse module:

* the ``usage:`` prefix by :class:`CliHelpFormatter` (``add_usage``);
* the section titles and the ``-h`` text by :class:`CliParser` (``add_help=False`` and
  its own ``-h/--help``);
* argparse's error messages in :meth:`CliParser.error`: argparse hands over a finished
  English sentence, which is matched against its message templates
  (:data:`ARGPARSE_MESSAGES`, the wording of Python 3.11 to 3.14) and rendered again
  from the translated template with the same values. A sentence no template matches
  (a newer Python's new wording) is shown as argparse wrote it.

This module needs nothing but argparse and ``core.i18n`` (no Qt, no database).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any, NoReturn

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, MarkedText, msg, translate

USAGE = QT_TRANSLATE_NOOP("Cli", "usage:")
POSITIONALS = QT_TRANSLATE_NOOP("Cli", "positional arguments")
OPTIONS = QT_TRANSLATE_NOOP("Cli", "options")
HELP = QT_TRANSLATE_NOOP("Cli", "show this help message and exit")
VERSION = QT_TRANSLATE_NOOP("Cli", "show program's version number and exit")
ERROR = QT_TRANSLATE_NOOP("Cli", "{prog}: error: {message}")

# argparse's messages as it words them (``%`` placeholders included); the
# translations keep the same placeholders, in any order.
ARGPARSE_MESSAGES: tuple[MarkedText, ...] = (
    QT_TRANSLATE_NOOP("Cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Cli", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Cli", "invalid choice: %(value)r, maybe you meant %(closest)r?"),
    QT_TRANSLATE_NOOP("Cli", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Cli", "expected one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected %s argument"),
    QT_TRANSLATE_NOOP("Cli", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Cli", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Cli", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Cli", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Cli", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Cli", "can't open '%(filename)s': %(error)s"),
)

# Names argparse gives a ``type=`` in "invalid %(type)s value" (English stays argparse's).
ARGPARSE_TYPES: dict[str, MarkedText] = {
    "int": QT_TRANSLATE_NOOP("Cli", "int"),
    "float": QT_TRANSLATE_NOOP("Cli", "float"),
}

_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[sr]")


def tr(text: MarkedText) -> str:
    """``text`` in the installed language (the English source without a translator)."""
    return translate(text.context, str(text))


def _whole_number(text: str, least: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            str(msg(QT_TRANSLATE_NOOP("Cli", "not a whole number: {value}"), value=text))
        ) from None
    if value < least:
        raise argparse.ArgumentTypeError(
            str(
                msg(
                    QT_TRANSLATE_NOOP("Cli", "must be {least} or more: {value}"),
                    least=least,
                    value=text,
                )
            )
        )
    return value


def at_least_one(text: str) -> int:
    """``type=`` of a count that must be 1 or more (weeks, candidates, ids)."""
    return _whole_number(text, 1)


def zero_or_more(text: str) -> int:
    """``type=`` of a count that may be 0 (how many backups to keep)."""
    return _whole_number(text, 0)


def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression matching what ``template % values`` produced."""
    parts, end = [], 0
    for m in _PLACEHOLDER.finditer(template):
        parts += [re.escape(template[end : m.start()]), "(.+?)"]
        end = m.end()
    parts.append(re.escape(template[end:]))
    return re.compile("".join(parts) + r"\Z", re.DOTALL)


_PATTERNS = [(template, _pattern(template)) for template in ARGPARSE_MESSAGES]


def _fill(template: str, named: dict[str, str], positional: list[str]) -> str:
    values = iter(positional)

    def value(m: re.Match[str]) -> str:
        return named[m.group(1)] if m.group(1) else next(values)

    return _PLACEHOLDER.sub(value, template)


def translate_argparse_message(message: str) -> str:
    """argparse's English ``message`` in the installed language (unchanged if unknown)."""
    for template, pattern in _PATTERNS:
        found = pattern.match(message)
        if found is None:
            continue
        named: dict[str, str] = {}
        positional: list[str] = []
        for m, text in zip(_PLACEHOLDER.finditer(template), found.groups(), strict=True):
            if m.group(1) == "message":  # "argument --x: <another argparse message>"
                text = translate_argparse_message(text)
            elif m.group(1) == "type" and text in ARGPARSE_TYPES:
                text = tr(ARGPARSE_TYPES[text])
            if m.group(1):
                named[m.group(1)] = text
            else:
                positional.append(text)
        try:
            return _fill(tr(template), named, positional)
        except (KeyError, StopIteration):  # a translation with other placeholders
            return message
    return message


class CliHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with a translated ``usage:`` prefix."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = tr(USAGE) + " "
        super().add_usage(usage, actions, groups, prefix)


class CliRawDescriptionFormatter(CliHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """For a description laid out by hand (a table): its lines are kept as written."""


class CliParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words (sections, ``-h``, errors) are translated.

    Subcommand parsers are made of the same class (``add_subparsers`` uses the type
    of the parser it is called on).
    """

    def __init__(self, **kwargs: Any) -> None:
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", CliHelpFormatter)
        super().__init__(add_help=False, **kwargs)
        self._positionals.title = tr(POSITIONALS)
        self._optionals.title = tr(OPTIONS)
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help=tr(HELP)
            )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = msg(ERROR, prog=self.prog, message=translate_argparse_message(message))
        self.exit(2, f"{text}\n")


def requested_language(argv: Sequence[str]) -> str | None:
    """The value of the top-level ``--lang`` (``--lang en``, ``--lang=en``), read before
    the parser exists: its texts are translated as it is built.

    Only the words before the subcommand are the main parser's; argparse also takes
    an unambiguous abbreviation (``--la en``). None when absent (or not a language).
    """
    words = iter(argv)
    lang = None
    for word in words:
        if word == "--" or not word.startswith("-"):
            break
        name, equals, value = word.partition("=")
        if len(name) > 2 and "--lang".startswith(name):
            lang = value if equals else next(words, None)
    return lang if lang in ("id", "en") else None
