"""Printable PDF reports (A4, Indonesian, fonts embedded).

Usage::

    from wirausaha_app.core.reports import ReportScope, build_report
    build_report(db, "cohort", Path("laporan.pdf"), ReportScope(cohort="WMK PENS 2023"))

Kinds (:data:`REPORT_KINDS`): ``cohort``, ``university``, ``umkm``, ``logbook``,
``attendance``, ``certificates``; each lives in its own module with a
``build(session, scope, target, progress)`` function. The PDF is written to a
temporary file beside ``out_path`` and renamed over it only when complete, so a
cancel (``progress.cancel()`` → :class:`~wirausaha_app.core.progress.Cancelled`)
or a failure never leaves half a PDF behind.

reportlab is imported only when a report is built (it costs start-up time);
importing this package is cheap.
"""

from __future__ import annotations

import contextlib
import importlib
from pathlib import Path

from wirausaha_app.core.atomic import replaced_on_success
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.progress import SILENT, Progress
from wirausaha_app.core.reports.scope import ReportScope

__all__ = ["REPORT_KINDS", "ReportScope", "build_report"]

# kind (also its module's name) → description, in the order the UI lists them.
REPORT_KINDS: dict[str, str] = {
    "cohort": "Laporan program per angkatan",
    "university": "Rekap per perguruan tinggi",
    "umkm": "Capaian UMKM per kabupaten/kota",
    "logbook": "Logbook pendampingan (tim atau mentor)",
    "attendance": "Daftar hadir (kosong, untuk diisi)",
    "certificates": "Sertifikat peserta yang selesai",
}


def build_report(
    db: Database,
    kind: str,
    out_path: str | Path,
    scope: ReportScope | None = None,
    progress: Progress = SILENT,
) -> Path:
    """Write the ``kind`` report for ``scope`` to ``out_path``; return the path."""
    if kind not in REPORT_KINDS:
        raise UserError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Reports", "Unknown report kind '{kind}'; choose one of {kinds}."
                ),
                kind=kind,
                kinds=", ".join(REPORT_KINDS),
            )
        )
    target = Path(out_path).expanduser().resolve()
    if not target.parent.is_dir():
        raise UserError(
            msg(
                QT_TRANSLATE_NOOP("Reports", "The folder {folder} does not exist."),
                folder=str(target.parent),
            )
        )
    module = importlib.import_module(f"{__name__}.{kind}")
    with contextlib.ExitStack() as stack:
        try:
            temp = stack.enter_context(replaced_on_success(target, ".pdf.part"))
        except OSError as exc:
            raise UserError(
                msg(
                    QT_TRANSLATE_NOOP("Reports", "Cannot write to {folder}: {error}"),
                    folder=str(target.parent),
                    error=exc.strerror or str(exc),
                )
            ) from exc
        with db.session() as session:
            module.build(session, scope or ReportScope(), temp, progress)
    return target
