"""Which kabupaten/kota count as *neighbouring* for pairing suggestions.

We have no coordinates, only Kemendagri codes, so neighbours are a small table of
land borders between the 38 regions of Jawa Timur (province 35), plus Surabaya ↔
Bangkalan over the Suramadu bridge, and each *kota* with the *kabupaten* around it.
It is approximate by design (borders of a few kilometres are left out) and symmetric.
Outside Jawa Timur no region has neighbours here: the score then falls back to
"same province".
"""

from __future__ import annotations

from functools import cache

_BORDERS: dict[str, tuple[str, ...]] = {
    "35.01": ("35.02", "35.03"),
    "35.02": ("35.01", "35.03", "35.19", "35.20"),
    "35.03": ("35.01", "35.02", "35.04"),
    "35.04": ("35.03", "35.05", "35.06"),
    "35.05": ("35.04", "35.06", "35.07", "35.72"),
    "35.06": ("35.04", "35.05", "35.07", "35.17", "35.18", "35.71"),
    "35.07": ("35.05", "35.06", "35.08", "35.13", "35.14", "35.16", "35.17", "35.73", "35.79"),
    "35.08": ("35.07", "35.09", "35.13"),
    "35.09": ("35.08", "35.10", "35.11", "35.13"),
    "35.10": ("35.09", "35.11", "35.12"),
    "35.11": ("35.09", "35.10", "35.12", "35.13"),
    "35.12": ("35.10", "35.11", "35.13"),
    "35.13": ("35.07", "35.08", "35.09", "35.11", "35.12", "35.14", "35.74"),
    "35.14": ("35.07", "35.13", "35.15", "35.16", "35.75", "35.79"),
    "35.15": ("35.14", "35.16", "35.25", "35.78"),
    "35.16": ("35.07", "35.14", "35.15", "35.17", "35.24", "35.25", "35.76", "35.79"),
    "35.17": ("35.06", "35.07", "35.16", "35.18", "35.22", "35.24"),
    "35.18": ("35.06", "35.17", "35.19", "35.22"),
    "35.19": ("35.02", "35.18", "35.20", "35.21", "35.22", "35.77"),
    "35.20": ("35.02", "35.19", "35.21", "35.77"),
    "35.21": ("35.19", "35.20", "35.22"),
    "35.22": ("35.17", "35.18", "35.19", "35.21", "35.23", "35.24"),
    "35.23": ("35.22", "35.24"),
    "35.24": ("35.16", "35.17", "35.22", "35.23", "35.25"),
    "35.25": ("35.15", "35.16", "35.24", "35.78"),
    "35.26": ("35.27", "35.78"),
    "35.27": ("35.26", "35.28"),
    "35.28": ("35.27", "35.29"),
    "35.29": ("35.28",),
    "35.71": ("35.06",),
    "35.72": ("35.05",),
    "35.73": ("35.07",),
    "35.74": ("35.13",),
    "35.75": ("35.14",),
    "35.76": ("35.16",),
    "35.77": ("35.19", "35.20"),
    "35.78": ("35.15", "35.25", "35.26"),
    "35.79": ("35.07", "35.14", "35.16"),
}


@cache
def _symmetric() -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    for code, others in _BORDERS.items():
        for other in others:
            pairs.setdefault(code, set()).add(other)
            pairs.setdefault(other, set()).add(code)
    return {code: frozenset(others) for code, others in pairs.items()}


def neighbours(region_code: str | None) -> frozenset[str]:
    """Regions sharing a border with ``region_code`` (never itself)."""
    if not region_code:
        return frozenset()
    return _symmetric().get(region_code, frozenset())


def province_of(region_code: str | None) -> str | None:
    """``"35.78"`` → ``"35"``: the first two digits of a Kemendagri regency code."""
    return region_code.split(".", 1)[0] if region_code else None
