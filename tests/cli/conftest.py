"""Shared by the CLI tests.

main() installs its language's translator for the whole process: a test that ran the
CLI in Indonesian must not leave it behind for the next test (English by default).
``default_language`` removes WIRAUSAHA_LANG (tests/conftest.py sets it to ``en``), so
the command speaks the program's default, Indonesian, unless ``--lang en`` is given.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from wirausaha_app.cli.common import install_translator
from wirausaha_app.cli.main import main


@pytest.fixture(autouse=True)
def _english_after_the_cli() -> Iterator[None]:
    yield
    install_translator("en")


@pytest.fixture
def default_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WIRAUSAHA_LANG", raising=False)


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``wirausaha argv``."""
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err
