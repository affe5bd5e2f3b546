"""The ``wirausaha`` command line: every subcommand lives in ``cli/commands/<name>.py``
and exposes ``register(subparsers)``; the parser finds them by listing the package,
so adding a command never means editing this file.

Help, argparse's messages and what the commands print speak the chosen language
(``--lang``, else ``WIRAUSAHA_LANG``, else Indonesian): the translator is installed
before the parser is built, since the help texts are translated as they are added
(see ``cli.parser``); the commands' own output goes through ``cli.output``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from wirausaha_app import __version__
from wirausaha_app.cli import commands
from wirausaha_app.cli.common import install_translator
from wirausaha_app.cli.parser import VERSION, CliParser, requested_language, tr
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg


def build_parser() -> argparse.ArgumentParser:
    """The parser, its texts in the language installed now (``install_translator``)."""
    parser = CliParser(
        prog="wirausaha",
        description=tr(QT_TRANSLATE_NOOP(
            "Cli",
            "Wirausaha Merdeka Manager — headless tools (demo data, import, export, "
            "reports, backup, check).",
        )),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=tr(VERSION))
    parser.add_argument(
        "--lang", choices=["id", "en"], default=None,
        help=tr(QT_TRANSLATE_NOOP("Cli", "language of messages and help (default: id)")),
    )
    parser.add_argument("-v", "--verbose", action="store_true",
                        help=tr(QT_TRANSLATE_NOOP("Cli", "log progress to stderr")))
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True,
        title=tr(QT_TRANSLATE_NOOP("Cli", "commands")),
        description=tr(QT_TRANSLATE_NOOP(
            "Cli", "'wirausaha COMMAND --help' describes one command and its options.")),
    )
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    lang = requested_language(argv)
    install_translator(lang)
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.lang != lang:  # a spelling the early look at argv did not recognise
        install_translator(args.lang)
    try:
        result = args.func(args)
    except UserError as exc:
        print(f"wirausaha: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(msg(QT_TRANSLATE_NOOP("Cli", "wirausaha: interrupted")), file=sys.stderr)
        return 130
    return int(result or 0)


if __name__ == "__main__":
    raise SystemExit(main())
