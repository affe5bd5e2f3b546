"""What the commands print while they run, in the coordinator's language.

Every human-readable line is an English source text marked
``QT_TRANSLATE_NOOP("Cli", …)`` and rendered at print time (:func:`say`, :func:`warn`,
``msg``), so ``--lang en`` prints the source and the default prints the Indonesian
catalogue's wording. Machine-readable output (``--json``) never comes through here.

Figures keep the format each command always had; where a command formats a decimal,
a percentage or a date, Indonesian output uses the Indonesian format
(``core.formatting``: ``12,5``, ``12,5%``, ``30 Maret 2025``) and English output the
program's own (``12.5``, ``12.5 %``, ``2025-03-30``). Counts keep their ``1.234``
grouping in both languages, as before.

The core's own findings come translated (``core.db.backup``, ``core.db.pgcheck``).
What reaches the output as plain English words (SQLite's two errors for a damaged
file, progress stage names) is translated here by matching the known wording
(:func:`core_problem`, :class:`CliProgress`); an unknown sentence is shown as is.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from typing import Any

from wirausaha_app.cli.common import output_language
from wirausaha_app.cli.parser import tr
from wirausaha_app.core.formatting import format_date_id, format_number, format_percent
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, MarkedText, msg
from wirausaha_app.core.progress import PrintProgress


def say(text: MarkedText, **params: Any) -> None:
    """Print ``text`` (with ``params``) on stdout in the installed language."""
    print(msg(text, **params))


def warn(text: MarkedText, **params: Any) -> None:
    """Print ``text`` (with ``params``) on stderr in the installed language."""
    print(msg(text, **params), file=sys.stderr)


def indonesian() -> bool:
    return output_language() == "id"


# --- figures -----------------------------------------------------------------------


def count(value: int) -> str:
    """A count grouped by dots (``1.234``), in both languages as the CLI always did."""
    return f"{value:,}".replace(",", ".")


def decimal(value: float, decimals: int = 1) -> str:
    """``12,5`` in Indonesian output, ``12.5`` in English."""
    if indonesian():
        return format_number(value, decimals=decimals)
    return f"{value:.{decimals}f}"


def percent(value: float) -> str:
    """``12,5%`` in Indonesian output, ``12.5 %`` in English."""
    return format_percent(value) if indonesian() else f"{value:.1f} %"


def day(value: date) -> str:
    """A date in a sentence: ``30 Maret 2025`` / ``2025-03-30``."""
    return format_date_id(value) if indonesian() else value.isoformat()


def short_day(value: date) -> str:
    """A date in a table column: ``30/03/2025`` / ``2025-03-30``."""
    return format_date_id(value, short=True) if indonesian() else value.isoformat()


def moment(value: datetime) -> str:
    """A timestamp in a table column: ``30/03/2025 14.02.11`` / ``2025-03-30 14:02:11``."""
    if indonesian():
        return f"{format_date_id(value, short=True)} {value:%H.%M.%S}"
    return f"{value:%Y-%m-%d %H:%M:%S}"


# --- record counts (``stats``, ``demo``) ---------------------------------------------

# ``headline_stats`` / ``entity_counts`` keys → what a coordinator reads.
COUNT_LABELS: dict[str, MarkedText] = {
    "universities": QT_TRANSLATE_NOOP("Cli", "Universities"),
    "cohorts": QT_TRANSLATE_NOOP("Cli", "Cohorts"),
    "students": QT_TRANSLATE_NOOP("Cli", "Students"),
    "teams": QT_TRANSLATE_NOOP("Cli", "Teams"),
    "mentors": QT_TRANSLATE_NOOP("Cli", "Mentors"),
    "mentor_assignments": QT_TRANSLATE_NOOP("Cli", "Mentor assignments"),
    "mentoring_sessions": QT_TRANSLATE_NOOP("Cli", "Mentoring sessions"),
    "umkm": QT_TRANSLATE_NOOP("Cli", "UMKM"),
    "umkm_snapshots": QT_TRANSLATE_NOOP("Cli", "UMKM snapshots"),
    "pairings": QT_TRANSLATE_NOOP("Cli", "UMKM pairings"),
    "seed_fund_entries": QT_TRANSLATE_NOOP("Cli", "Seed fund entries"),
    "team_outputs": QT_TRANSLATE_NOOP("Cli", "Team outputs (luaran)"),
    "formalised": QT_TRANSLATE_NOOP("Cli", "UMKM formalised (new NIB)"),
    "naik_kelas": QT_TRANSLATE_NOOP("Cli", "UMKM moved up a class"),
    "digital": QT_TRANSLATE_NOOP("Cli", "UMKM gone digital"),
}


def print_counts(counts: dict[str, int], indent: str = "") -> None:
    """One ``label  count`` line per key, the labels translated and aligned."""
    labels = {key: tr(COUNT_LABELS[key]) if key in COUNT_LABELS else key for key in counts}
    width = max(map(len, labels.values()), default=0)
    for key, value in counts.items():
        print(f"{indent}{labels[key]:<{width}}  {count(value):>10}")


# --- progress on a terminal -----------------------------------------------------------

# The stage names the core hands to ``progress.step`` (English words, and the
# reports' Indonesian ones) → the text shown.
STAGES: dict[str, MarkedText] = {
    "demo data": QT_TRANSLATE_NOOP("Cli", "demo data"),
    "students": QT_TRANSLATE_NOOP("Cli", "students"),
    "teams": QT_TRANSLATE_NOOP("Cli", "teams"),
    "mentoring sessions": QT_TRANSLATE_NOOP("Cli", "mentoring sessions"),
    "search index": QT_TRANSLATE_NOOP("Cli", "search index"),
    "indexes": QT_TRANSLATE_NOOP("Cli", "indexes"),
    "read": QT_TRANSLATE_NOOP("Cli", "reading"),
    "validate": QT_TRANSLATE_NOOP("Cli", "checking"),
    "insert": QT_TRANSLATE_NOOP("Cli", "saving"),
    "pairings": QT_TRANSLATE_NOOP("Cli", "UMKM pairings"),
    "refresh": QT_TRANSLATE_NOOP("Cli", "updating"),
    "backup": QT_TRANSLATE_NOOP("Cli", "backing up"),
    "Membaca data": QT_TRANSLATE_NOOP("Cli", "Reading data"),
    "Menyusun halaman": QT_TRANSLATE_NOOP("Cli", "Laying out pages"),
}


class CliProgress(PrintProgress):
    """``PrintProgress`` (a line on stderr, at most every 5 %) with the stage translated,
    and padded so that a shorter stage name covers the longer one shown before it."""

    def __init__(self) -> None:
        super().__init__()
        self._width = 0

    def report(self, done: int, total: int | None, text: str) -> None:
        stage = STAGES.get(text)
        label = tr(stage) if stage is not None else text
        self._width = max(self._width, len(label))
        super().report(done, total, label.ljust(self._width))


# --- the core's findings, as it words them ------------------------------------------

# The two errors SQLite gives for a damaged file (the core passes the engine's words
# on; its own findings, such as foreign-key problems, come translated already).
# The integrity_check's own findings are the engine's and stay as it words them.
CORE_PROBLEMS: tuple[MarkedText, ...] = (
    QT_TRANSLATE_NOOP("Cli", "database disk image is malformed"),
    QT_TRANSLATE_NOOP("Cli", "file is not a database"),
)

_CORE = {str(template): template for template in CORE_PROBLEMS}


def core_problem(text: str) -> str:
    """A problem sentence from the core in the installed language (unchanged if unknown)."""
    template = _CORE.get(text)
    return str(msg(template)) if template is not None else text
