"""main() installs its language's translator for the whole process: a test that ran the
CLI in Indonesian must not leave it behind for the next test (English by default)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from wirausaha_app.cli.common import install_translator


@pytest.fixture(autouse=True)
def _english_after_the_cli() -> Iterator[None]:
    yield
    install_translator("en")
