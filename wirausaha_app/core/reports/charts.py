"""Charts drawn as vector graphics into the PDF (reportlab.graphics), never screenshots."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics import shapes
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from wirausaha_app.core.formatting import format_number
from wirausaha_app.core.reports.fonts import FONT, FONT_BOLD, register_fonts
from wirausaha_app.core.reports.layout import GREY, NAVY

PALETTE = [
    colors.HexColor(c)
    for c in (
        "#1f3a68",
        "#e0a526",
        "#5aa84a",
        "#c8553d",
        "#4f8fc0",
        "#8e6bbf",
        "#2a9d8f",
        "#b5838d",
        "#6c757d",
        "#f4a261",
        "#264653",
        "#a3b18a",
    )
]
LABEL_SIZE = 7.5


def _shorten(text: str, width: float, size: float = LABEL_SIZE) -> str:
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"


def top_n(
    items: Sequence[tuple[str, float]], n: int, other: str = "Lainnya"
) -> list[tuple[str, float]]:
    """The ``n - 1`` largest items plus one "Lainnya" bucket for the rest."""
    ordered = sorted(items, key=lambda item: (-item[1], item[0]))
    if len(ordered) <= n:
        return ordered
    head = ordered[: n - 1]
    return [*head, (other, sum(value for _label, value in ordered[n - 1 :]))]


def _new_drawing(width: float, height: float) -> Drawing:
    register_fonts()
    # renderPDF starts every drawing in the graphics default font (Helvetica, which is
    # never embedded) even when each string names another; make the default ours.
    shapes.STATE_DEFAULTS["fontName"] = FONT
    return Drawing(width, height)


def _nice_step(raw: float) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50… that is at least ``raw``."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if factor * magnitude >= raw:
                return factor * magnitude
        magnitude *= 10


def _integer_axis(axis: object, values: Sequence[float]) -> None:
    """Whole-number ticks for counts (reportlab would print 0,2 0,4 … as "0 0 …")."""
    top = max(values, default=0)
    if top <= 0:
        axis.valueMax = 1  # type: ignore[attr-defined]
        axis.valueStep = 1  # type: ignore[attr-defined]
        return
    if all(float(v).is_integer() for v in values):
        step = _nice_step(top / 5)
        axis.valueStep = step  # type: ignore[attr-defined]
        axis.valueMax = step * math.ceil(top / step)  # type: ignore[attr-defined]


def _title(drawing: Drawing, title: str, width: float, height: float) -> None:
    drawing.add(String(0, height - 11, title, fontName=FONT_BOLD, fontSize=9, fillColor=NAVY))


def horizontal_bars(
    title: str, items: Sequence[tuple[str, float]], width: float, *, decimals: int = 0
) -> Drawing:
    """One bar per category, labels on the left (long university names fit)."""
    bar_h = 13
    height = max(60.0, 28 + bar_h * len(items) + 10)
    drawing = _new_drawing(width, height)
    _title(drawing, title, width, height)
    widest = max((stringWidth(label, FONT, LABEL_SIZE) for label, _v in items), default=0)
    label_w = min(width * 0.42, max(60.0, widest + 12))
    chart = HorizontalBarChart()
    chart.x = label_w + 4
    chart.y = 14
    chart.width = width - label_w - 40
    chart.height = height - 14 - 20
    values = [value for _label, value in items]
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [
        _shorten(label, label_w - 6) for label, _value in reversed(items)
    ]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = LABEL_SIZE - 0.5
    chart.valueAxis.labelTextFormat = lambda v: format_number(v)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dde3ec")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = NAVY
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: format_number(v, decimals=decimals)
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = LABEL_SIZE - 0.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = GREY
    _integer_axis(chart.valueAxis, values)
    drawing.add(chart)
    return drawing


def vertical_bars(
    title: str,
    items: Sequence[tuple[str, float]],
    width: float,
    *,
    height: float = 150,
    decimals: int = 0,
    series_names: Sequence[str] | None = None,
    extra_series: Sequence[Sequence[float]] = (),
) -> Drawing:
    """Bars over a short label each (weeks, scale classes); several series side by side."""
    drawing = _new_drawing(width, height)
    _title(drawing, title, width, height)
    chart = VerticalBarChart()
    chart.x = 34
    chart.y = 26
    chart.width = width - 44 - (90 if series_names else 0)
    chart.height = height - 26 - 24
    chart.data = [[value for _label, value in items], *[list(s) for s in extra_series]]
    chart.categoryAxis.categoryNames = [label for label, _value in items]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE - 0.5
    widest = max((stringWidth(label, FONT, LABEL_SIZE - 0.5) for label, _v in items), default=0)
    crowded = widest + 4 > chart.width / max(1, len(items))
    if crowded:
        chart.categoryAxis.labels.angle = 35
        chart.y = 46
        chart.height = height - 46 - 24
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = LABEL_SIZE - 0.5
    chart.valueAxis.labelTextFormat = lambda v: format_number(v)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dde3ec")
    chart.valueAxis.gridStrokeWidth = 0.4
    for index in range(len(chart.data)):
        chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        chart.bars[index].strokeColor = None
    chart.barLabelFormat = (
        None
        if len(items) * len(chart.data) > 24
        else (lambda v: format_number(v, decimals=decimals) if v else "")
    )
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = LABEL_SIZE - 1
    chart.barLabels.nudge = 5
    chart.barLabels.fillColor = GREY
    _integer_axis(chart.valueAxis, [v for series in chart.data for v in series])
    drawing.add(chart)
    if series_names:
        legend = Legend()
        legend.x = width - 86
        legend.y = height - 34
        legend.fontName = FONT
        legend.fontSize = LABEL_SIZE
        legend.boxAnchor = "nw"
        legend.alignment = "right"
        legend.colorNamePairs = [
            (PALETTE[i % len(PALETTE)], name) for i, name in enumerate(series_names)
        ]
        drawing.add(legend)
    return drawing


def pie(title: str, items: Sequence[tuple[str, float]], width: float) -> Drawing:
    """A pie with a legend of "label (count)"; zero slices are left out."""
    items = [(label, value) for label, value in items if value > 0]
    height = max(150.0, 40 + 12 * len(items))
    drawing = _new_drawing(width, height)
    _title(drawing, title, width, height)
    size = min(height - 36, width * 0.4, 130)
    chart = Pie()
    chart.x = 10
    chart.y = (height - 16 - size) / 2
    chart.width = chart.height = size
    chart.data = [value for _label, value in items] or [1]
    chart.labels = None
    chart.slices.strokeColor = colors.white
    chart.slices.strokeWidth = 0.8
    for index in range(len(chart.data)):
        chart.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(chart)
    legend = Legend()
    legend.x = size + 30
    legend.y = height - 22
    legend.boxAnchor = "nw"
    legend.fontName = FONT
    legend.fontSize = LABEL_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 12
    legend.dx = 7
    legend.dy = 7
    legend.deltay = 11
    room = width - size - 50
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], _shorten(f"{label} ({format_number(value)})", room))
        for i, (label, value) in enumerate(items)
    ]
    drawing.add(legend)
    return drawing
