"""``wirausaha check``: schema version, integrity_check and foreign_key_check (on
PostgreSQL: unvalidated constraints, invalid indexes, id sequences behind the rows), and
a warning when the file is on a network drive."""

from __future__ import annotations

import argparse
import sqlite3

from wirausaha_app.cli.common import add_db_option, open_db
from wirausaha_app.cli.output import core_problem, say
from wirausaha_app.cli.parser import tr
from wirausaha_app.core.db.backup import integrity_problems
from wirausaha_app.core.db.filesystem import network_filesystem
from wirausaha_app.core.db.migrate import current_revision, head_revision
from wirausaha_app.core.db.pgcheck import server_problems
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help=tr(QT_TRANSLATE_NOOP("Cli", "check a database's schema version and integrity")),
        description=tr(QT_TRANSLATE_NOOP(
            "Cli",
            "Checks that the database's schema version is the program's and that the data "
            "is intact (SQLite: integrity_check and foreign_key_check; PostgreSQL: "
            "constraints, indexes and id sequences). Exit status 1 when a problem is found.",
        )),
    )
    add_db_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.engine.connect() as conn:
            revision = current_revision(conn)
            say(QT_TRANSLATE_NOOP("Cli", "schema: {revision} (program: {head})"),
                revision=revision, head=head_revision())
            if db.is_sqlite:
                raw = conn.connection.dbapi_connection
                assert isinstance(raw, sqlite3.Connection)
                problems = [core_problem(p) for p in integrity_problems(raw)]
            else:  # the server keeps pages and foreign keys consistent itself
                problems = [core_problem(p) for p in server_problems(conn)]
        if revision != head_revision():
            problems.append(str(msg(
                QT_TRANSLATE_NOOP("Cli", "schema {revision} is not the program's {head}"),
                revision=revision, head=head_revision())))
        if db.path is not None and (kind := network_filesystem(db.path)) is not None:
            # A risk, not damage: said, but the exit status stays that of the checks.
            say(QT_TRANSLATE_NOOP(
                "Cli", "warning: the file is on a network drive ({kind}); its locks are "
                "not reliable there, so two computers writing at once can damage it"),
                kind=kind)
        if problems:
            for problem in problems:
                say(QT_TRANSLATE_NOOP("Cli", "problem: {problem}"), problem=problem)
            return 1
        if db.is_sqlite:
            say(QT_TRANSLATE_NOOP("Cli", "integrity_check: ok"))
            say(QT_TRANSLATE_NOOP("Cli", "foreign_key_check: ok"))
        else:
            say(QT_TRANSLATE_NOOP("Cli", "constraints, indexes, id sequences: ok"))
        return 0
    finally:
        db.dispose()
