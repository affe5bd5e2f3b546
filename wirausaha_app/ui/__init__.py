"""The Qt user interface: a thin layer over ``wirausaha_app.core``."""

from wirausaha_app.ui.widgets.pyside_fix import pin_booleans

pin_booleans()
