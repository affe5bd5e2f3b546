"""Every test gets a fresh temporary database and redirected app folders.

The ``db`` fixture is an SQLite file by default. When ``WIRAUSAHA_TEST_PG_URL`` names a
PostgreSQL database the role may create databases from, the tests of the modules in
:data:`PG_MODULES` that use ``db`` run twice, ``[sqlite]`` and ``[postgres]``: the
PostgreSQL copy gets its own fresh database: a clone of a migrated template made once
per run (``CREATE DATABASE … TEMPLATE``), put back as new after the test for the next. A
test that is SQLite-specific by nature (PRAGMAs, FTS5, the file itself) is marked
``@pytest.mark.sqlite_only``. Without the variable nothing changes: no parametrisation,
no extra test ids.

Tests that hand the database to the CLI use ``db_target`` (a path on SQLite, the URL on
PostgreSQL); ``db_path`` is the SQLite file and fails loudly in a ``[postgres]`` test.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool, QueuePool

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.models import Base

PG_URL = os.environ.get("WIRAUSAHA_TEST_PG_URL")

# Test modules (paths under tests/, prefixes) whose ``db`` tests also run on PostgreSQL:
# the services, lists, Excel, reports and the CLI commands over them.
PG_MODULES: tuple[str, ...] = (
    "core/db/test_sqlfuncs.py",
    "core/test_backend_parity.py",
    "core/services/",
    "core/listing/",
    "core/xlsx/",
    "core/reports/",
    "cli/test_stats_outcomes.py",
    "cli/test_check_backends.py",
    "cli/test_demo_cli.py",
    "cli/test_import_cli.py",
    "cli/test_export_cli.py",
    "cli/test_report.py",
    "cli/test_suggest_cli.py",
)
_TESTS_DIR = Path(__file__).parent


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: SQLite-specific by nature; never rerun on PostgreSQL"
    )


def _runs_on_postgres(metafunc: pytest.Metafunc) -> bool:
    if not PG_URL or metafunc.definition.get_closest_marker("sqlite_only"):
        return False
    relative = Path(str(metafunc.definition.path)).relative_to(_TESTS_DIR).as_posix()
    return relative.startswith(PG_MODULES)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_backend" in metafunc.fixturenames and _runs_on_postgres(metafunc):
        metafunc.parametrize("db_backend", ["sqlite", "postgres"], indirect=True)


@pytest.fixture(autouse=True)
def _isolated_app_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WIRAUSAHA_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.setenv("WIRAUSAHA_LANG", "en")


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    """``"sqlite"`` unless this test is the ``[postgres]`` copy."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def db_path(tmp_path: Path, db_backend: str) -> Path:
    if db_backend != "sqlite":
        pytest.fail("db_path is an SQLite file: use db_target, or mark the test sqlite_only")
    return tmp_path / "test.db"


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


class PgDatabases:
    """Fresh PostgreSQL databases for tests: clones of one migrated template, reused.

    ``CREATE DATABASE`` takes ~0.25 s and ``DROP DATABASE`` waits for a checkpoint
    (seconds on a busy disk), both longer than most tests. So a used database is put
    back as new instead: other sessions ended, every table emptied, the template's rows
    and sequence positions restored (~0.05 s). One whose schema a test changed is
    not reused but dropped at the end. Names carry this process id, so concurrent runs
    against one server never meet.
    """

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.prefix = f"{self.url.database}_p{os.getpid()}"
        self.template = f"{self.prefix}_tmpl"
        self._count = 0
        self._free: list[str] = []
        # CREATE/DROP DATABASE cannot run inside a transaction block.
        self._admin: Engine = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        if self.url.host in (None, "", "localhost", "127.0.0.1", "::1"):
            # Runs killed before their teardown leave databases behind; on this machine
            # a process id that is gone says so.
            self._drop_left_overs(lambda pid: not _process_alive(pid))
        self._drop(self.template)
        self._execute(f'CREATE DATABASE "{self.template}"')
        open_database(self.url_of(self.template)).dispose()
        engine = create_engine(self.url_of(self.template), poolclass=NullPool)
        with engine.connect() as conn:
            self._schema = _schema_fingerprint(conn)
            existing = set(conn.execute(text(_TABLES_SQL)).scalars())
            ordered = [t.name for t in reversed(Base.metadata.sorted_tables)]
            # Children before parents; tables outside the model (alembic_version) first.
            self._tables = sorted(existing - set(ordered)) + [t for t in ordered if t in existing]
            self._rows = {
                t: [dict(r) for r in conn.execute(text(f'SELECT * FROM "{t}"')).mappings()]
                for t in self._tables
            }
            self._sequences = conn.execute(text(_SEQUENCES_SQL)).all()
        engine.dispose()

    def _execute(self, statement: str) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(statement))

    def _drop(self, name: str) -> None:
        # Plain DROP first: WITH (FORCE) would also try to end autovacuum workers, which
        # this role may not (a plain DROP cancels those itself).
        statement = f'DROP DATABASE IF EXISTS "{name}"'
        try:
            self._execute(statement)
        except OperationalError:  # "is being accessed by other users"
            self._execute(statement + " WITH (FORCE)")

    def url_of(self, name: str) -> str:
        # Test data need not survive a power cut: commits do not wait for the disk.
        url = self.url.set(database=name).update_query_dict(
            {"options": "-c synchronous_commit=off"}
        )
        return url.render_as_string(hide_password=False)

    def create(self) -> str:
        """The name of a database as freshly migrated: seed data only."""
        if self._free:
            return self._free.pop()
        self._count += 1
        name = f"{self.prefix}_{self._count}"
        self._drop(name)  # left over from a killed run with the same process id
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return name

    def drop(self, name: str) -> None:
        """Done with ``name``: reset it for the next test, or drop it at the end."""
        engine = create_engine(self.url_of(name), poolclass=NullPool)
        try:
            with engine.begin() as conn:
                # A failed test's traceback may still hold a connection (and its locks).
                conn.execute(text(_END_OTHER_SESSIONS_SQL))
                if _schema_fingerprint(conn) != self._schema:
                    return  # not reused; close() drops it
                # DELETE, children first: TRUNCATE makes new files (~0.5 s for them all).
                for table in self._tables:
                    conn.execute(text(f'DELETE FROM "{table}"'))
                for table, rows in self._rows.items():
                    if rows:
                        columns = list(rows[0])
                        names = ", ".join(f'"{c}"' for c in columns)
                        marks = ", ".join(f":{c}" for c in columns)
                        conn.execute(
                            text(f'INSERT INTO "{table}" ({names}) VALUES ({marks})'), rows
                        )
                for sequence, last_value, is_called in self._sequences:
                    conn.execute(
                        text("SELECT setval(CAST(:s AS regclass), :v, :c)"),
                        {"s": sequence, "v": last_value, "c": is_called},
                    )
            self._free.append(name)
        finally:
            engine.dispose()

    def close(self) -> None:
        try:
            self._drop_left_overs(lambda pid: pid == os.getpid())
        finally:
            self._admin.dispose()

    def _drop_left_overs(self, whose: Callable[[int], bool]) -> None:
        """Drop this suite's databases made by the processes ``whose`` accepts."""
        base = self.url.database or ""
        pattern = re.compile(re.escape(base) + r"_p(\d+)_\w+")
        with self._admin.connect() as conn:
            names = conn.execute(text("SELECT datname FROM pg_database")).scalars().all()
        for name in names:
            match = pattern.fullmatch(name)
            if match and whose(int(match.group(1))):
                self._drop(name)


_TABLES_SQL = (
    "SELECT c.relname FROM pg_class AS c WHERE c.relkind IN ('r', 'p')"
    " AND c.relnamespace = 'public'::regnamespace ORDER BY 1"
)
_SEQUENCES_SQL = (
    "SELECT schemaname || '.' || sequencename, coalesce(last_value, start_value),"
    " last_value IS NOT NULL FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1"
)
_END_OTHER_SESSIONS_SQL = (
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
    " AND usename = current_user"
)


def _schema_fingerprint(conn: Connection) -> str:
    """Relations, columns, constraints and triggers of the public schema, as one hash."""
    return str(
        conn.execute(
            text(
                "SELECT md5(string_agg(x, ',' ORDER BY x)) FROM ("
                " SELECT c.relname::text || ':' || c.relkind::text"
                " || ':' || coalesce(a.attname::text, '') || ':' || coalesce(a.atttypid::text, '')"
                " AS x"
                " FROM pg_class AS c LEFT JOIN pg_attribute AS a"
                " ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
                " WHERE c.relnamespace = 'public'::regnamespace"
                " UNION ALL SELECT conname::text || ':' || pg_get_constraintdef(oid)"
                " FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
                " UNION ALL SELECT tgname::text FROM pg_trigger AS t JOIN pg_class AS c"
                " ON c.oid = t.tgrelid WHERE c.relnamespace = 'public'::regnamespace) AS parts"
            )
        ).scalar_one()
    )


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PgDatabases]:
    if not PG_URL:
        pytest.skip("WIRAUSAHA_TEST_PG_URL is not set")
    databases = PgDatabases(PG_URL)
    yield databases
    databases.close()


@pytest.fixture
def db_target(request: pytest.FixtureRequest, db_backend: str) -> Iterator[str]:
    """Where the test database lives, as ``--db`` takes it: a path or a URL."""
    if db_backend == "sqlite":
        yield str(request.getfixturevalue("db_path"))
        return
    databases: PgDatabases = request.getfixturevalue("pg_databases")
    name = databases.create()
    yield databases.url_of(name)
    databases.drop(name)


def _return_lent_connections(database: Database) -> None:
    """A connection a test left open (a ListEngine's own, say) goes back to the pool only
    when collected; psycopg warns about one closed by the collector later, where sqlite3
    is silent. Collect now, and only then: a collection costs ~0.1 s."""
    pool = database.engine.pool
    if not database.is_sqlite and isinstance(pool, QueuePool) and pool.checkedout():
        gc.collect()


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    database = open_database(db_target)
    yield database
    _return_lent_connections(database)
    database.dispose()


@pytest.fixture
def pg_db(pg_databases: PgDatabases) -> Iterator[Database]:
    """A fresh PostgreSQL database only (skipped without WIRAUSAHA_TEST_PG_URL)."""
    name = pg_databases.create()
    database = open_database(pg_databases.url_of(name))
    yield database
    _return_lent_connections(database)
    database.dispose()
    pg_databases.drop(name)
