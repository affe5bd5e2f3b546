"""Exports, templates and reports appear whole or not at all, readable like any document."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from wirausaha_app.core.atomic import replaced_on_success


def test_a_finished_file_replaces_the_old_one_and_is_not_private(tmp_path: Path) -> None:
    out = tmp_path / "rekap.xlsx"
    out.write_text("old")
    with replaced_on_success(out, ".xlsx.part") as tmp:
        assert tmp.parent == tmp_path and tmp != out
        tmp.write_text("new")
        assert out.read_text() == "old"  # the old file stays until the new one is whole
    assert out.read_text() == "new"
    assert list(tmp_path.iterdir()) == [out]
    if sys.platform != "win32":
        assert stat.S_IMODE(out.stat().st_mode) == 0o644  # mkstemp's 0600 is not kept


def test_a_failed_file_leaves_the_old_one_and_no_part_file(tmp_path: Path) -> None:
    out = tmp_path / "laporan.pdf"
    out.write_text("old")
    with pytest.raises(RuntimeError), replaced_on_success(out, ".pdf.part") as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk went away")
    assert out.read_text() == "old"
    assert list(tmp_path.iterdir()) == [out]
