"""Translation catalogues: extract, list what is missing, merge translations, build.

``python -m wirausaha_app.devtools.i18n update``
    runs pyside6-lupdate over ``wirausaha_app/**/*.py`` and ``forms/*.ui`` into
    ``resources/i18n/wirausaha_id.ts`` and ``wirausaha_en.ts``; existing translations
    are kept (strings that disappeared stay as "vanished"), so it is safe to run again.
``... missing [--json]``
    lists Indonesian strings without a finished translation.
``... apply FILE.json``
    merges ``{"Context": {"English source": "terjemahan"}}`` into the Indonesian catalogue.
``... release``
    builds the ``.qm`` files next to the ``.ts`` files (they are committed).

Qt ships no Indonesian catalogue of its own strings (standard buttons "Save",
"Cancel", "&Yes"; the text-field context menu; the wizard's "&Next >"; the file
dialog). ``resources/i18n/qt_id.ts`` translates those the program shows, under Qt's
own contexts (QPlatformTheme, QLineEdit, QWizard, QFileDialog…); it is written by
hand, not extracted, and ``release`` builds it too. The app loads it when Qt has no
``qtbase_<lang>.qm``.

Source strings are English, so the English catalogue needs no translations; it
exists so an English UI does not pick up stale text and for tooling symmetry.
Locations are not written into the catalogues: several people update them at
once, and line numbers would make every update a merge conflict.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "resources" / "i18n"
LANGUAGES = ("id", "en")
# Generated form code repeats the .ui strings; the .ui files are the source.
EXCLUDED_PARTS = ("generated", "devtools", "migrations")


def catalogue(lang: str) -> Path:
    return I18N / f"wirausaha_{lang}.ts"


def qt_catalogue(lang: str) -> Path:
    """The hand-written catalogue of Qt's own strings (it may not exist for ``lang``)."""
    return I18N / f"qt_{lang}.ts"


def _tool(name: str) -> str:
    return shutil.which(f"pyside6-{name}") or str(Path(sys.executable).with_name(f"pyside6-{name}"))


def _excluded(path: Path) -> bool:
    return any(part in EXCLUDED_PARTS for part in path.relative_to(REPO).parts)


def source_files(globs: Iterable[str] | None = None) -> list[Path]:
    """Every Python file of the package and every form, or those matching ``globs``."""
    if globs is None:
        files = [p for p in (REPO / "wirausaha_app").rglob("*.py") if not _excluded(p)]
        files += list((REPO / "forms").glob("*.ui"))
    else:
        files = [p for pattern in globs for p in REPO.glob(pattern)]
        files = [p for p in files if not _excluded(p)]
    return sorted(set(files))


def run_lupdate(files: list[Path], ts: Path, lang: str) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    # A list file keeps the command line short however many modules there are.
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(str(f) for f in files))
    try:
        subprocess.run(
            [
                _tool("lupdate"),
                "-silent",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                lang,
                f"@{listing.name}",
                "-ts",
                str(ts),
            ],
            check=True,
        )
    finally:
        Path(listing.name).unlink(missing_ok=True)


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: str
    finished: bool
    vanished: bool
    comment: str = ""  # disambiguation (Qt's own catalogue uses some)


def read_entries(ts: Path) -> list[Entry]:
    root = ET.parse(ts).getroot()
    entries = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if tr is not None and message.get("numerus") == "yes":
                text = "|".join(f.text or "" for f in tr.iter("numerusform"))
            else:
                text = (tr.text or "") if tr is not None else ""
            entries.append(
                Entry(
                    context=name,
                    source=source,
                    translation=text,
                    finished=kind == "" and bool(text.strip("|")),
                    vanished=kind in ("vanished", "obsolete"),
                    comment=message.findtext("comment") or "",
                )
            )
    return entries


def missing(ts: Path | None = None) -> list[Entry]:
    return [e for e in read_entries(ts or catalogue("id")) if not e.vanished and not e.finished]


def apply(translations: dict[str, dict[str, str | list[str]]], ts: Path | None = None) -> list[str]:
    """Merge translations; returns the ``Context: source`` pairs not found in the catalogue."""
    path = ts or catalogue("id")
    tree = ET.parse(path)
    seen: set[tuple[str, str]] = set()
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        wanted = translations.get(name, {})
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            if source not in wanted:
                continue
            seen.add((name, source))
            tr = message.find("translation")
            if tr is None:
                tr = ET.SubElement(message, "translation")
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            value = wanted[source]
            if message.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                forms = value if isinstance(value, list) else [value]
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
                tr.text = None
            else:
                tr.text = value if isinstance(value, str) else value[0]
            tr.attrib.pop("type", None)
    write_ts(tree, path)
    return [
        f"{c}: {s}" for c, sources in translations.items() for s in sources if (c, s) not in seen
    ]


def write_ts(tree: ET.ElementTree[Any], path: Path) -> None:
    ET.indent(tree, space="    ")
    root = tree.getroot()
    assert root is not None
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def update() -> None:
    files = source_files()
    for lang in LANGUAGES:
        run_lupdate(files, catalogue(lang), lang)
        # One layout whichever command wrote last (apply rewrites through write_ts).
        write_ts(ET.parse(catalogue(lang)), catalogue(lang))


def release() -> list[Path]:
    built = []
    for lang in LANGUAGES:
        for ts in (catalogue(lang), qt_catalogue(lang)):
            if not ts.exists():
                continue
            qm = ts.with_suffix(".qm")
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
            built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Translation catalogues of the program.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract strings into resources/i18n/*.ts")
    miss = sub.add_parser("missing", help="list untranslated Indonesian strings")
    miss.add_argument("--json", action="store_true", help="print a JSON skeleton to fill in")
    app = sub.add_parser("apply", help="merge a JSON file of translations")
    app.add_argument("file", type=Path)
    sub.add_parser("release", help="build the .qm files")
    args = parser.parse_args(argv)

    if args.command == "update":
        update()
        print(f"updated; {len(missing())} Indonesian strings still missing")
    elif args.command == "missing":
        entries = missing()
        if args.json:
            skeleton: dict[str, dict[str, str]] = {}
            for e in entries:
                skeleton.setdefault(e.context, {})[e.source] = e.translation
            print(json.dumps(skeleton, ensure_ascii=False, indent=2))
        else:
            for e in entries:
                print(f"{e.context}\t{e.source}")
        return 1 if entries else 0
    elif args.command == "apply":
        unknown = apply(json.loads(args.file.read_text(encoding="utf-8")))
        for line in unknown:
            print(f"not in the catalogue (run 'update' first?): {line}", file=sys.stderr)
        print(f"applied; {len(missing())} Indonesian strings still missing")
    elif args.command == "release":
        for qm in release():
            print(qm.relative_to(REPO))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
