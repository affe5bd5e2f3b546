"""Work around PySide6 6.12's ``SignalInstance.emit()`` dropping a reference to True.

Every ``signal.emit(...)`` from Python returns ``True`` without owning a reference,
so each emit lowers True's reference count by one; after a few thousand emits (an
hour of typing and sorting in a list) CPython 3.11 aborts with "Fatal Python
error: bool_dealloc: deallocating True or False". Python 3.12+ makes True and
False immortal; on 3.11 they get a reference count no program can use up.
pyproject.toml excludes 6.12.0; this guard covers an environment that has it anyway.
Applied on import of ``wirausaha_app.ui``.
"""

from __future__ import annotations

import sys

_PINNED = False


def pin_booleans() -> None:
    global _PINNED
    import PySide6

    if _PINNED or sys.version_info >= (3, 12) or PySide6.__version__ != "6.12.0":
        return
    import ctypes

    for value in (True, False):
        # ob_refcnt is the first field of every CPython 3.11 object.
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40
    _PINNED = True


pin_booleans()
