"""Match a sheet's header row to the fields of an import kind.

Headers arrive in Indonesian or English, in any case, with odd spacing and
punctuation ("No. HP", "no_hp", "Nomor Telepon/WA"). Each is reduced to a key of
letters and digits and compared with the field's label and synonyms; a close
spelling (rapidfuzz ratio ≥ 90) counts too. The header row itself is found by
scoring the first rows, so title rows above it are skipped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

HEADER_SEARCH_ROWS = 30
FUZZY_CUTOFF = 90.0


def header_key(text: Any) -> str:
    if text is None:
        return ""
    value = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", value.lower())


@dataclass(frozen=True)
class FieldSpec:
    key: str
    header: str  # the Indonesian header written by export and templates
    synonyms: tuple[str, ...] = ()
    required: bool = False
    note: str = ""  # shown on the instruction sheet of the template

    def match_keys(self) -> frozenset[str]:
        return _keys_of(self)


@lru_cache(maxsize=512)
def _keys_of(spec: FieldSpec) -> frozenset[str]:
    return frozenset({header_key(spec.header), header_key(spec.key),
                      *map(header_key, spec.synonyms)})


# Words that make a header about something else than the field its other words name:
# "Nama Ibu" is not the student's name, "Omzet per Bulan" not the annual sales,
# "Status Pernikahan" not the student's status, "Tanggal Lahir/Berdiri" no data date.
_OTHER_THINGS = ("ibu", "ayah", "orangtua", "wali", "bulan", "monthly", "lahir", "berdiri",
                 "nikah")


def match_header(text: Any, fields: Sequence[FieldSpec], *, fuzzy: bool = True,
                 taken: frozenset[str] = frozenset()) -> str | None:
    """The field a header names: exactly, else (``fuzzy``) nearly, else by the one field
    name it contains. Fields in ``taken`` are not guessed (an exact match still wins)."""
    key = header_key(text)
    if not key:
        return None
    for spec in fields:
        if key in spec.match_keys():
            return spec.key
    if not fuzzy or any(word in key for word in _OTHER_THINGS):
        return None
    free = [spec for spec in fields if spec.key not in taken]
    best, best_score = None, 0.0
    for spec in free:
        for candidate in spec.match_keys():
            score = fuzz.ratio(key, candidate)
            if score > best_score:
                best, best_score = spec.key, score
    if best_score >= FUZZY_CUTOFF and len(key) >= 4:
        return best
    # "No. HP / WA" holds "nohp": the longest known name inside the header wins, when it
    # names one field only ("Alamat Email" names two: a guess would be wrong half the time).
    contained = {spec.key: max(len(c) for c in spec.match_keys() if len(c) >= 4 and c in key)
                 for spec in fields
                 if any(len(c) >= 4 and c in key for c in spec.match_keys())}
    if len(contained) == 1:
        (found,) = contained
        return found if found not in taken else None
    return None


def auto_mapping(
    header_row: Sequence[Any], fields: Sequence[FieldSpec], *, fuzzy: bool = True
) -> dict[int, str]:
    """Column index (0-based) → field key.

    Exact header names are mapped first, wherever they stand; only then are the other
    headers guessed, for the fields still free ("Jenis Usaha" before "Nama Usaha" must
    not take the name). The first column wins a field named exactly twice.
    """
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    texts = [(i, text) for i, text in enumerate(header_row) if isinstance(text, str)]
    for i, text in texts:  # headers are text; numbers and dates are data
        key = match_header(text, fields, fuzzy=False)
        if key and key not in taken:
            mapping[i] = key
            taken.add(key)
    if fuzzy:
        for i, text in texts:
            if i in mapping:
                continue
            key = match_header(text, fields, taken=frozenset(taken))
            if key and key not in taken:
                mapping[i] = key
                taken.add(key)
    return mapping


def find_header_row(rows: Sequence[Sequence[Any]], fields: Sequence[FieldSpec]) -> int | None:
    """0-based index of the row that matches most field headers (at least two, or the
    only required one), among the first rows of the sheet."""
    best_index, best_count = None, 0
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        count = len(auto_mapping(row, fields, fuzzy=False))
        if count == 0:
            count = len(auto_mapping(row, fields)) // 2  # near-misses count, but less
        if count > best_count:
            best_index, best_count = i, count
    needed = min(2, len(fields))
    return best_index if best_count >= needed else None
