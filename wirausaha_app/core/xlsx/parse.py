"""Spreadsheet cells → values the core validation rules understand.

What a sheet does to data (numbers for identifiers, date serials, Indonesian month
names, region names in many spellings) is undone here; whether the value is then
acceptable is decided by :mod:`wirausaha_app.core.rules.validation`, the same
rules a form uses, so an imported record obeys the same checks as a typed one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.rules import validation as rules
from wirausaha_app.core.rules.errors import FieldError
from wirausaha_app.core.xlsx import vocab

_EXCEL_EPOCH = date(1899, 12, 30)
_MAX_SERIAL = 2958465  # 31/12/9999

_MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "pebruari": 2,
    "feb": 2, "peb": 2, "maret": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5,
    "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "agustus": 8,
    "august": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nopember": 11,
    "nov": 11, "nop": 11, "desember": 12, "december": 12, "des": 12, "dec": 12,
}
_WORD_DATE = re.compile(r"^(\d{1,2})[\s\-./]+([A-Za-z]+)\.?[\s\-./,]+(\d{4})$")
_SLASH_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str | None:
    """Cell → trimmed text; whole numbers lose the ``.0`` a reader adds."""
    if blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def excel_date(value: Any, *, field: str) -> date | None:
    """Excel dates, serial numbers, ``1 September 2023``, ``01/09/2023``, ``2023-09-01``."""
    if blank(value):
        return None
    if isinstance(value, bool):
        raise _bad_date(field)
    if isinstance(value, datetime):
        return rules.date_value(value.date(), field=field)
    if isinstance(value, date):
        return rules.date_value(value, field=field)
    if isinstance(value, int | float):
        return rules.date_value(_serial(value, field), field=field)
    raw = str(value).strip()
    if raw.isdigit() and len(raw) <= 6:
        return rules.date_value(_serial(int(raw), field), field=field)
    m = _WORD_DATE.match(raw)
    if m:
        month = _MONTHS.get(m.group(2).lower())
        if month is None:
            raise _bad_date(field)
        return rules.date_value(_make(int(m.group(3)), month, int(m.group(1)), field), field=field)
    m = _SLASH_DATE.match(raw)
    if m:
        year = int(m.group(3))
        year += 2000 if year < 100 else 0
        return rules.date_value(_make(year, int(m.group(2)), int(m.group(1)), field), field=field)
    return rules.date_value(raw.split(" ")[0] if "T" not in raw else raw[:10], field=field)


def _make(year: int, month: int, day: int, field: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise _bad_date(field) from None


def _serial(number: float, field: str) -> date:
    if not 1 <= number <= _MAX_SERIAL or (isinstance(number, float) and not number.is_integer()
                                          and number % 1 > 0.99999):
        raise _bad_date(field)
    return _EXCEL_EPOCH + timedelta(days=int(number))


def _bad_date(field: str) -> FieldError:
    return FieldError(field, msg(QT_TRANSLATE_NOOP(
        "Validation", "Enter a real date, like 01/09/2025.")))


def excel_time(value: Any, *, field: str) -> time | None:
    if blank(value):
        return None
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    if isinstance(value, float) and 0 <= value < 1:  # a fraction of a day
        minutes = round(value * 24 * 60)
        return time(minutes // 60, minutes % 60)
    m = re.match(r"^(\d{1,2})[:.](\d{2})(?::\d{2})?$", str(value).strip())
    if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
        return time(int(m.group(1)), int(m.group(2)))
    raise FieldError(field, msg(QT_TRANSLATE_NOOP(
        "Xlsx", "Enter a time like 09:30.")))


def choice(value: Any, vocabulary: vocab.Vocabulary, *, field: str,
           default: str | None = None) -> str | None:
    if blank(value):
        return default
    code = _cached_lookup(id(vocabulary), str(value))
    if code is None:
        raise FieldError(field, msg(QT_TRANSLATE_NOOP("Validation", "Choose one of: {choices}."),
                                    choices=", ".join(vocabulary.values())))
    return code


_VOCABS: dict[int, vocab.Vocabulary] = {}


@lru_cache(maxsize=4096)
def _cached_lookup(vocab_id: int, raw: str) -> str | None:
    return vocab.lookup(_VOCABS[vocab_id], raw)


for _v in (vocab.UNIVERSITY_KIND, vocab.SEMESTER, vocab.STUDENT_STATUS, vocab.GENDER,
           vocab.MENTOR_KIND, vocab.SESSION_METHOD, vocab.ATTENDANCE, vocab.SEED_FUND_KIND,
           vocab.OUTPUT_STATUS, vocab.PAIRING_STATUS, vocab.SCALE_CLASS, vocab.SALES_CHANNEL,
           vocab.YES_NO):
    _VOCABS[id(_v)] = _v


def code_list(value: Any, allowed: vocab.Vocabulary, *, field: str) -> str | None:
    """``"marketplace, toko"`` → ``"marketplace,shop"`` (codes joined by commas)."""
    if blank(value):
        return None
    codes = [choice(part, allowed, field=field) for part in re.split(r"[,;/]", str(value))
             if part.strip()]
    return ",".join(dict.fromkeys(c for c in codes if c)) or None


def id_list(value: Any) -> list[str]:
    """``"3122600001, 3122600002"`` or ``3122600001`` → the separate identifiers."""
    if blank(value):
        return []
    raw = text(value) or ""
    return [p.strip() for p in re.split(r"[,;\n]+", raw) if p.strip()]


# --------------------------------------------------------------------------- phones
_E164_ID = re.compile(r"\+62([1-9]\d{6,12})")
_NATIONAL_ID = re.compile(r"0([1-9]\d{6,12})")
_LOST_ZERO_ID = re.compile(r"(8\d{6,12})")


def phone(value: Any, *, field: str) -> str | None:
    """:func:`rules.phone`, with a shortcut for the plain shapes that fill big sheets.

    ``+62812…``, ``0812…`` and ``812…`` (a number that lost its 0) parse to exactly the
    national number after the prefix, so phonenumbers' slow ``parse`` step is skipped and
    only its validity check runs. Anything else, and every invalid number, goes through
    the rule itself (so refusals carry the rule's own message). A test checks both paths
    agree.
    """
    if isinstance(value, str):
        m = (_E164_ID.fullmatch(value) or _NATIONAL_ID.fullmatch(value)
             or _LOST_ZERO_ID.fullmatch(value))
        if m and _valid_id_number(m.group(1)):
            return "+62" + m.group(1)
    elif isinstance(value, float) and value.is_integer() and 1e6 <= value < 1e13:
        digits = str(int(value))
        if digits.startswith("8") and _valid_id_number(digits):
            return "+62" + digits
    return rules.phone(value, field=field)


def phone_column(values: list[Any], slow: Any) -> list[Any]:
    """:func:`phone` down a column for the usual text shapes (no ``*`` mask): each
    cell's answer, or ``slow`` where the cell needs :func:`phone` itself."""
    e164, national, lost = _E164_ID.fullmatch, _NATIONAL_ID.fullmatch, _LOST_ZERO_ID.fullmatch
    valid = _valid_id_number
    out: list[Any] = []
    append = out.append
    for v in values:
        if v is None or v == "":
            append(None)
        elif v.__class__ is str and (m := e164(v) or national(v) or lost(v)) and valid(
                nat := m.group(1)):
            append("+62" + nat)
        else:
            append(slow)
    return out


def _valid_id_number(national: str) -> bool:
    """``phonenumbers.is_valid_number`` for +62 and this national number, without its
    per-call overhead (a PhoneNumber object, region lookups, ~12 pattern matches).

    The rule is phonenumbers' own (``_number_type_helper`` != UNKNOWN), read from the
    installed metadata once: the general pattern must match, then any type pattern whose
    possible lengths admit the number. The national number never has a leading zero here
    (the callers' patterns start with 1-9), so no Italian-zero handling is needed.
    """
    checks = _ID_CHECKS or _load_id_checks()
    found = checks.get(len(national))
    return found is not None and bool(found[0].fullmatch(national)) and bool(
        found[1] is not None and found[1].fullmatch(national))


_ID_CHECKS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _load_id_checks() -> dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]]:
    from phonenumbers.phonemetadata import PhoneMetadata

    meta = PhoneMetadata.metadata_for_region("ID")
    assert meta is not None and meta.country_code == 62
    types: list[Any] = [meta.premium_rate, meta.toll_free, meta.shared_cost, meta.voip,
             meta.personal_number, meta.pager, meta.uan, meta.voicemail, meta.fixed_line]
    if not meta.same_mobile_and_fixed_line_pattern:
        types.append(meta.mobile)
    general = meta.general_desc
    assert general is not None and general.national_number_pattern
    general_pattern = re.compile(general.national_number_pattern)

    def admits(desc: Any, length: int) -> bool:  # phonenumbers' _is_number_matching_desc
        return (desc is not None and bool(desc.national_number_pattern)
                and (not desc.possible_length or length in desc.possible_length))

    checks: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
    for length in range(1, 18):  # phonenumbers' longest national number is 17 digits
        if not admits(general, length):
            continue
        patterns = [str(d.national_number_pattern) for d in types if admits(d, length)]
        checks[length] = (general_pattern,
                          re.compile("|".join(f"(?:{p})" for p in patterns))
                          if patterns else None)
    _ID_CHECKS.update(checks)
    return _ID_CHECKS


# -------------------------------------------------------------------------- regions
_PREFIXES = (
    (re.compile(r"^(kabupaten|kab)\b\.?\s*"), "kabupaten "),
    (re.compile(r"^(kota madya|kotamadya|kodya|kota|kot)\b\.?\s*"), "kota "),
)


def _region_key(text: str) -> str:
    key = re.sub(r"[^a-z0-9 ]+", " ", text.lower().replace(".", ". "))
    key = re.sub(r"\s+", " ", key).strip()
    for pattern, replacement in _PREFIXES:
        if pattern.match(key):
            return replacement + pattern.sub("", key).strip()
    return key


class RegionMatcher:
    """Official kabupaten/kota names → Kemendagri codes, forgiving of spelling.

    "Kab. Malang", "KABUPATEN MALANG" → 35.07; "Surabaya" → Kota Surabaya (the only
    one); "Malang" alone is refused: Kabupaten and Kota Malang both exist. A name
    that only resembles an official one is refused with the closest as suggestion.
    """

    def __init__(self, regions: Iterable[tuple[str, str, str]], prefer_province: str | None = None):
        self.by_key: dict[str, list[tuple[str, str]]] = {}
        self.bare: dict[str, list[tuple[str, str]]] = {}
        self.codes: dict[str, str] = {}
        self.prefer = prefer_province
        self.province_of: dict[str, str] = {}
        for code, name, province in regions:
            key = _region_key(name)
            self.by_key.setdefault(key, []).append((code, name))
            bare = key.split(" ", 1)[1] if key.startswith(("kabupaten ", "kota ")) else key
            self.bare.setdefault(bare, []).append((code, name))
            self.codes[code] = name
            self.codes[code.replace(".", "")] = name
            self.province_of[code] = province
        self.choices = list(self.by_key)
        self._cache: dict[str, str | FieldError] = {}

    def match(self, value: Any, *, field: str = "region") -> str | None:
        if blank(value):
            return None
        raw = text(value) or ""
        hit = self._cache.get(raw)
        if hit is None:
            try:
                hit = self._match(raw, field)
            except FieldError as error:
                hit = error
            self._cache[raw] = hit
        if isinstance(hit, FieldError):
            raise FieldError(field, hit.message)
        return hit

    def _pick(self, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
        if len(found) > 1 and self.prefer:
            local = [f for f in found if self.province_of.get(f[0]) == self.prefer]
            if local:
                return local
        return found

    def _match(self, raw: str, field: str) -> str:
        compact = raw.replace(" ", "")
        if compact in self.codes:
            return compact if "." in compact else f"{compact[:2]}.{compact[2:]}"
        key = _region_key(raw)
        found = self._pick(self.by_key.get(key) or self.bare.get(key) or [])
        if len(found) == 1:
            return found[0][0]
        if len(found) > 1:
            raise FieldError(field, msg(QT_TRANSLATE_NOOP(
                "Xlsx", "“{value}” could be {names}; write which one."),
                value=raw, names=" or ".join(name for _c, name in found)))
        best = process.extractOne(key, self.choices, scorer=fuzz.WRatio, score_cutoff=80)
        bare = process.extractOne(key, list(self.bare), scorer=fuzz.ratio, score_cutoff=80)
        if bare and (not best or bare[1] > best[1]):
            name = " or ".join(n for _c, n in self._pick(self.bare[bare[0]]))
            raise FieldError(field, msg(QT_TRANSLATE_NOOP(
                "Xlsx", "“{value}” is not an official kabupaten/kota name; did you mean {name}?"),
                value=raw, name=name))
        if best:
            name = self.by_key[best[0]][0][1]
            raise FieldError(field, msg(QT_TRANSLATE_NOOP(
                "Xlsx", "“{value}” is not an official kabupaten/kota name; did you mean {name}?"),
                value=raw, name=name))
        raise FieldError(field, msg(QT_TRANSLATE_NOOP(
            "Xlsx", "“{value}” is not an official kabupaten/kota name."), value=raw))
