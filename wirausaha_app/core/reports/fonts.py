"""The TrueType fonts every report embeds (DejaVu, shipped in ``resources/fonts``).

reportlab's built-in Helvetica is not embedded and has no glyphs for names such as
"Ṭāriq" or "Nguyễn"; registered TrueType fonts are embedded as subsets (FontFile2),
so a printed name looks exactly as it was typed on any machine.
"""

from __future__ import annotations

import threading

from wirausaha_app.core.paths import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_SERIF_BOLD = "DejaVuSerif-Bold"

_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts with reportlab once per process (reports run in worker threads)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        # Lets <b> and <i> inside Paragraphs pick the right face.
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
        )
        _registered = True
