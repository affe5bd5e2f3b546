"""Every test gets a fresh temporary database and redirected app folders.

The ``db`` fixture is an SQLite file by default. When ``WIRAUSAHA_TEST_PG_URL`` names
a PostgreSQL database the role may create databases from, the tests of the modules in
:data:`PG_MODULES` that use ``db`` run twice, ``[sqlite]`` and ``[postgres]``: the
PostgreSQL copy gets its own fresh database, cloned from a migrated template made once
per run (``CREATE DATABASE … TEMPLATE``, much faster than migrating per test) and
dropped afterwards. A test that is SQLite-specific by nature (PRAGMAs, FTS5, the file
itself) is marked ``@pytest.mark.sqlite_only``. Without the variable nothing changes:
no parametrisation, no extra test ids.

Tests that hand the database to the CLI use ``db_target`` (a path on SQLite, the URL on
PostgreSQL); ``db_path`` is the SQLite file and fails loudly in a ``[postgres]`` test.
"""

from __future__ import annotations

import gc
import os
import re
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool, QueuePool

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.db.lifecycle import open_database

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
    """Fresh PostgreSQL databases cloned from one migrated template per test run.

    ``CREATE DATABASE`` takes ~0.25 s (it syncs files to disk), longer than most tests,
    so two worker threads keep the next databases ready and drop used ones (in batches)
    while tests run. Names carry this process id, so concurrent runs against one server
    never meet.
    """

    AHEAD = 3
    DROP_BATCH = 20

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.prefix = f"{self.url.database}_p{os.getpid()}"
        self.template = f"{self.prefix}_tmpl"
        self._count = 0
        # CREATE/DROP DATABASE cannot run inside a transaction block.
        self._admin: Engine = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        if self.url.host in (None, "", "localhost", "127.0.0.1", "::1"):
            # Runs killed before their teardown leave databases behind; on this machine
            # a process id that is gone says so.
            self._drop_left_overs(lambda pid: not _process_alive(pid))
        self._drop(self.template)
        self._execute(f'CREATE DATABASE "{self.template}"')
        open_database(self.url_of(self.template)).dispose()
        # Each database has its own name: the workers never touch the same one.
        self._worker = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pg-databases")
        self._ready: deque[Future[str]] = deque()
        self._dropping: list[Future[None]] = []
        self._used: list[str] = []
        for _ in range(self.AHEAD):
            self._prepare()

    def _execute(self, statement: str) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(statement))

    def _drop(self, name: str) -> None:
        # Plain DROP first: WITH (FORCE) would also try to end autovacuum workers, which
        # this role may not (a plain DROP cancels those itself). FORCE is for sessions a
        # failed test still holds (its traceback keeps the connection alive).
        statement = f'DROP DATABASE IF EXISTS "{name}"'
        try:
            self._execute(statement)
        except OperationalError:  # "is being accessed by other users"
            self._execute(statement + " WITH (FORCE)")

    def _create(self, name: str) -> str:
        self._drop(name)  # left over from a killed run with the same process id
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return name

    def _prepare(self) -> None:
        self._count += 1
        self._ready.append(self._worker.submit(self._create, f"{self.prefix}_{self._count}"))

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self) -> str:
        """The name of a fresh migrated database, empty but for the seed data."""
        name = self._ready.popleft().result()
        self._prepare()
        return name

    def drop(self, name: str) -> None:
        # DROP DATABASE forces a checkpoint (~0.5–1 s after a test's writes); right after
        # it the next drops are quick, so used databases are dropped in batches.
        self._used.append(name)
        if len(self._used) >= self.DROP_BATCH:
            batch, self._used = self._used, []
            self._dropping.append(self._worker.submit(self._drop_all, batch))

    def _drop_all(self, names: list[str]) -> None:
        for name in names:
            self._drop(name)

    def close(self) -> None:
        self._worker.shutdown(wait=True)
        futures: list[Future[Any]] = [*self._ready, *self._dropping]
        failures = [f.exception() for f in futures]
        try:
            self._drop_left_overs(lambda pid: pid == os.getpid())
        finally:
            self._admin.dispose()
        for failure in failures:
            if failure is not None:
                raise failure  # a failed create or drop is reported, not lost

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
