"""Render ``resources/logo.svg`` to ``resources/logo.png`` (the default report logo).

The PNG is what the PDF reports embed (reportlab draws raster images without extra
dependencies); the SVG is the source. Run after editing the SVG:
``QT_QPA_PLATFORM=offscreen python -m wirausaha_app.devtools.make_logo``.
"""

from __future__ import annotations

import sys

from wirausaha_app.core.paths import resource

SIZE_PX = 512


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(resource("logo.svg")))
    if not renderer.isValid():
        print("logo.svg is not a valid SVG", file=sys.stderr)
        return 1
    image = QImage(SIZE_PX, SIZE_PX, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target = resource("logo.png")
    if not image.save(str(target)):
        print(f"could not write {target}", file=sys.stderr)
        return 1
    print(target)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
