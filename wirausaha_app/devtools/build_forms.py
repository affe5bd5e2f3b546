"""Compile every Qt Designer form ``forms/*.ui`` into ``wirausaha_app/ui/generated/``.

``python -m wirausaha_app.devtools.build_forms [--out DIR]``

The generated modules are committed, so an installed wheel needs neither uic nor
the ``.ui`` files at run time; ``tests/ui/test_forms_uptodate.py`` fails when a form
was edited without running this.

uic imports some thirty names from QtCore/QtGui/QtWidgets whatever a form uses.
Importing a PySide6 class builds all its Python enum types on the spot (the ``Qt``
namespace alone has ~100 of them: 11 ms on this machine; QGradient, QPalette, QFont,
QPainter… a few more), so each generated module keeps only the names it uses.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6

REPO = Path(__file__).resolve().parents[2]
FORMS = REPO / "forms"
GENERATED = REPO / "wirausaha_app" / "ui" / "generated"

# uic writes its own version into the header; it says nothing about the form.
VERSION_MARKER = "Qt User Interface Compiler version"


def uic_command() -> list[str]:
    """PySide6's bundled uic (``-g python``), else the ``pyside6-uic`` wrapper."""
    bundled = Path(PySide6.__file__).parent / "Qt" / "libexec" / "uic"
    if bundled.exists():
        return [str(bundled), "-g", "python"]
    wrapper = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    return [wrapper]


def module_name(form: Path) -> str:
    return f"ui_{form.stem}.py"


def compile_form(form: Path, out_dir: Path) -> Path:
    target = out_dir / module_name(form)
    subprocess.run([*uic_command(), str(form), "-o", str(target)], check=True)
    target.write_text(used_imports_only(target.read_text(encoding="utf-8")), encoding="utf-8")
    return target


def used_imports_only(source: str) -> str:
    """``source`` with its top-level ``from X import (...)`` lists cut to the names used."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    # Replace from the bottom up, so earlier line numbers stay valid.
    for node in reversed(tree.body):
        if not isinstance(node, ast.ImportFrom) or node.module is None:
            continue
        names = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
        start, end = node.lineno - 1, node.end_lineno or node.lineno
        lines[start:end] = [f"from {node.module} import {', '.join(names)}\n"] if names else []
    return "".join(lines)


def build(out_dir: Path = GENERATED, forms_dir: Path = FORMS) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    init = out_dir / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from forms/*.ui by devtools.build_forms; do not edit."""\n')
    return [compile_form(form, out_dir) for form in sorted(forms_dir.glob("*.ui"))]


def normalised(text: str) -> list[str]:
    return [line for line in text.splitlines() if VERSION_MARKER not in line]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=GENERATED, help="output folder")
    args = parser.parse_args(argv)
    for path in build(args.out):
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
