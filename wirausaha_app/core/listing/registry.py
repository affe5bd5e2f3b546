"""Discovery of list specs: every module in ``core/listing/specs/`` that defines ``SPEC``.

Adding a list (pairings, mentoring sessions…) means adding a module there; nothing
else needs editing.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from wirausaha_app.core.listing.spec import ListSpec


@cache
def all_specs() -> dict[str, ListSpec]:
    from wirausaha_app.core.listing import specs as package

    found: dict[str, ListSpec] = {}
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        spec = getattr(module, "SPEC", None)
        if isinstance(spec, ListSpec):
            if spec.key in found:
                raise ValueError(f"two list specs use the key {spec.key!r}")
            found[spec.key] = spec
    return found


def get_spec(key: str) -> ListSpec:
    try:
        return all_specs()[key]
    except KeyError:
        raise KeyError(f"no list spec {key!r}; known: {sorted(all_specs())}") from None
