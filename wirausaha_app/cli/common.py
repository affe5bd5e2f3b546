"""Pieces every subcommand shares: the --db option and message translation."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.cli.parser import tr
from wirausaha_app.core.db.engine import Database, sqlite_path, to_url
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.db.recovery import MissingDatabaseError, missing_with_backups
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg, set_translator
from wirausaha_app.core.models import Cohort
from wirausaha_app.core.paths import default_database_path


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None,
        help=tr(QT_TRANSLATE_NOOP(
            "Cli", "database file or SQLAlchemy URL (default: the app's own database)")),
    )


def open_db(args: argparse.Namespace) -> Database:
    target = args.db or default_database_path()
    path = sqlite_path(to_url(target))
    if path is not None and missing_with_backups(path):
        raise MissingDatabaseError(path)  # never an empty database in its place, quietly
    return open_database(target)


def cohort_id_named(session: Session, name: str) -> int:
    """The id of the cohort called exactly ``name`` (``--cohort``); a UserError if none is."""
    cohort_id = session.scalars(select(Cohort.id).where(Cohort.name == name)).first()
    if cohort_id is None:
        raise UserError(
            msg(QT_TRANSLATE_NOOP("Suggestions", "No cohort is named '{name}'."), name=name)
        )
    return cohort_id


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


_language = "en"


def output_language() -> str:
    """``"id"`` while the Indonesian catalogue is installed, else ``"en"``: how figures
    are formatted in what the commands print (``cli.output``)."""
    return _language


def install_translator(lang: str | None) -> None:
    """Messages and help in Indonesian unless --lang en / WIRAUSAHA_LANG=en.

    Called before the parser is built (its texts are translated as they are added).
    Uses QtCore's QTranslator on the same .qm catalogues as the desktop app, so a
    message reads the same in the CLI and in the UI (QtCore has no display needs).
    A language without a catalogue gets the English source texts.
    """
    global _language
    lang = lang or os.environ.get("WIRAUSAHA_LANG") or "id"
    _language = "en"
    if lang == "en":
        set_translator(None)
        return
    from PySide6.QtCore import QTranslator

    from wirausaha_app.core.paths import resource

    qm = resource("i18n", f"wirausaha_{lang}.qm")
    translator = QTranslator()
    if not (qm.exists() and translator.load(str(qm))):
        set_translator(None)  # not a stale translator from an earlier call
        return
    # QTranslator.translate works without a QCoreApplication instance.
    install_translator._keep = translator  # type: ignore[attr-defined]
    set_translator(lambda ctx, text: translator.translate(ctx, text) or text)
    _language = lang
