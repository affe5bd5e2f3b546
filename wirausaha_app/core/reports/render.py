"""Turning a story into a PDF file, and the one-page "no data" report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from wirausaha_app.core.progress import Progress
from wirausaha_app.core.reports.blocks import no_data_story
from wirausaha_app.core.reports.layout import PORTRAIT, ReportContext, ReportDocument, Styles
from wirausaha_app.core.reports.scope import ReportScope

StoryBuilder = Callable[[ReportDocument, Styles], list[Flowable]]


def render(
    target: Path,
    ctx: ReportContext,
    progress: Progress,
    story: StoryBuilder,
    *,
    first: str = PORTRAIT,
    header: bool = True,
    decorate: Callable[[Canvas, ReportContext], None] | None = None,
) -> None:
    doc = ReportDocument(target, ctx, progress, header=header, first=first, decorate=decorate)
    styles = Styles()
    doc.build_story(story(doc, styles))


def render_no_data(
    target: Path, ctx: ReportContext, progress: Progress, scope: ReportScope
) -> None:
    render(target, ctx, progress, lambda _doc, styles: no_data_story(ctx, styles, scope.describe()))
