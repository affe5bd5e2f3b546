"""The ``wirausaha`` command line: every subcommand lives in ``cli/commands/<name>.py``
and exposes ``register(subparsers)``; the parser finds them by listing the package,
so adding a command never means editing this file."""

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
from wirausaha_app.core.i18n import UserError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirausaha",
        description="Wirausaha Merdeka Manager — headless tools (demo data, import, export, "
        "reports, backup, check).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang", choices=["id", "en"], default=None, help="language of messages (default: id)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    install_translator(args.lang)
    try:
        result = args.func(args)
    except UserError as exc:
        print(f"wirausaha: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("wirausaha: interrupted", file=sys.stderr)
        return 130
    return int(result or 0)


if __name__ == "__main__":
    raise SystemExit(main())
