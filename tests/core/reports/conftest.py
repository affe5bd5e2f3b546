from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.reports.sample import Sample, populate
from wirausaha_app.core.db.engine import Database


@pytest.fixture
def sample(db: Database) -> Sample:
    return populate(db, students=24)


def pdf_text(path: Path) -> list[str]:
    """Text of each page, whitespace collapsed (wrapped cells become one line)."""
    reader = PdfReader(str(path))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def assert_page_numbers(pages: list[str]) -> None:
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"Halaman {number} dari {total}" in text


def fonts_of(path: Path) -> dict[str, bool]:
    """Every font used on any page → whether its file is embedded (FontFile2/3/FontFile)."""
    reader = PdfReader(str(path))
    found: dict[str, bool] = {}

    def visit(font: object) -> None:
        font = font.get_object()  # type: ignore[attr-defined]
        name = str(font.get("/BaseFont"))
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        embedded = False
        if descriptor is not None:
            descriptor = descriptor.get_object()
            embedded = any(k in descriptor for k in ("/FontFile2", "/FontFile", "/FontFile3"))
        found[name] = found.get(name, True) and embedded

    def walk(resources: object) -> None:
        if resources is None:
            return
        resources = resources.get_object()  # type: ignore[attr-defined]
        for font in (resources.get("/Font") or {}).values():
            visit(font)
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


def render_png(pdf: Path, out_dir: Path, page: int = 1) -> Path | None:
    """Page ``page`` as a PNG via poppler's pdftoppm, or None when it is not installed."""
    if shutil.which("pdftoppm") is None:
        return None
    prefix = out_dir / "page"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "30",
            "-png",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return prefix.with_suffix(".png")
