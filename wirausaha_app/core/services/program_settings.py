"""The program's settings a coordinator sets once: who the reports are from, and the
pairing limits.

They live in ``app_settings`` (one file, shared by the app and the CLI):

- ``institution_name``: the report header and cover ("LPPM Universitas Jember");
- ``report_city``: the place in "Surabaya, 1 September 2023" above the signatures;
- ``report_logo``: the image file chosen for the report header; ``report_logo_image``
  its image (base64, scaled down to 1024 pixels at most) copied into the database, and
  ``report_logo_source`` the file's sha256: the reports keep the logo when the file is
  moved, or the database is opened on another laptop or restored from a backup, and a
  logo file edited in place is taken again at the next save (the shipped logo when
  none is chosen);
- ``max_active_pairings_per_team`` / ``max_active_pairings_per_umkm``: how many
  active pairings a team, or an UMKM, may have at once (``services.pairings``).

Lowering a limit keeps the pairings that exist; it only refuses new active ones, so
:func:`over_limit` tells how many teams and UMKM are above it already.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, fields
from io import BytesIO
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.models import AppSetting, Pairing
from wirausaha_app.core.models.enums import PairingStatus
from wirausaha_app.core.rules.errors import ErrorCollector, FieldError

# The validation rules (phone numbers, e-mail…) and the record services are imported
# where a save needs them: the dashboard reads these settings while the window opens,
# and those imports cost 140 ms.

DEFAULT_INSTITUTION = "Program Wirausaha Merdeka"
TEAM_LIMIT_KEY = "max_active_pairings_per_team"
UMKM_LIMIT_KEY = "max_active_pairings_per_umkm"
DEFAULT_TEAM_LIMIT = 3
DEFAULT_UMKM_LIMIT = 2
LIMIT_RANGE = (1, 20)
INSTITUTION_MAX_LENGTH = 150
CITY_MAX_LENGTH = 80
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")
LOGO_MAX_BYTES = 2_000_000  # a header logo; a photo of several MB has no place in the file
LOGO_MAX_PIXELS = 1024  # the longest side kept: 12–38 mm in the reports
LOGO_IMAGE_KEY = "report_logo_image"
LOGO_SOURCE_KEY = "report_logo_source"

# field → app_settings key
_KEYS = {
    "institution_name": "institution_name",
    "report_city": "report_city",
    "report_logo": "report_logo",
    "max_pairings_per_team": TEAM_LIMIT_KEY,
    "max_pairings_per_umkm": UMKM_LIMIT_KEY,
}


@dataclass
class ProgramSettings:
    institution_name: str = DEFAULT_INSTITUTION
    report_city: str | None = None
    report_logo: str | None = None  # an image file; None = the shipped logo
    max_pairings_per_team: int = DEFAULT_TEAM_LIMIT
    max_pairings_per_umkm: int = DEFAULT_UMKM_LIMIT


def load_settings(db: Database) -> ProgramSettings:
    with db.session() as session:
        stored = {
            row.key: row.value
            for row in session.scalars(select(AppSetting).where(AppSetting.key.in_(_KEYS.values())))
        }
    return ProgramSettings(
        institution_name=stored.get("institution_name") or DEFAULT_INSTITUTION,
        report_city=stored.get("report_city") or None,
        report_logo=stored.get("report_logo") or None,
        max_pairings_per_team=setting_number(stored.get(TEAM_LIMIT_KEY), DEFAULT_TEAM_LIMIT),
        max_pairings_per_umkm=setting_number(stored.get(UMKM_LIMIT_KEY), DEFAULT_UMKM_LIMIT),
    )


def setting_number(value: str | None, default: int) -> int:
    """A stored whole number; missing or garbled gives ``default``."""
    try:
        return int(str(value).strip()) if value is not None else default
    except ValueError:
        return default


@dataclass(frozen=True)
class _Logo:
    """A logo file read and checked: what is stored for it."""

    path: str  # as chosen, made absolute
    image: bytes  # what the reports draw (scaled down when very large)
    digest: str  # sha256 of the file, to notice when the file itself is changed


def _read_logo(text: str) -> _Logo:
    """Read and check an image file for the report logo (FieldError on ``report_logo``)."""
    path = Path(text).expanduser()
    not_image = FieldError("report_logo", msg(QT_TRANSLATE_NOOP(
        "Settings", "Choose a PNG or JPEG image for the logo.")))
    if not path.is_file():
        raise FieldError("report_logo", msg(QT_TRANSLATE_NOOP(
            "Settings", "The file “{path}” does not exist."), path=text))
    if path.suffix.lower() not in LOGO_SUFFIXES:
        raise not_image
    try:
        data = path.read_bytes() if path.stat().st_size <= LOGO_MAX_BYTES else None
    except OSError:
        raise not_image from None
    if data is None:
        raise FieldError("report_logo", msg(QT_TRANSLATE_NOOP(
            "Settings", "The logo file is larger than {size} MB; choose a smaller image."),
            size=LOGO_MAX_BYTES // 1_000_000))
    return _Logo(str(path.resolve()), _report_image(data, not_image),
                 hashlib.sha256(data).hexdigest())


def _report_image(data: bytes, not_image: FieldError) -> bytes:
    """The image as the reports will draw it: a PNG/JPEG whose longest side is at most
    ``LOGO_MAX_PIXELS`` (a scanned 6000-pixel logo would be decoded on every page)."""
    from PIL import Image, UnidentifiedImageError  # reportlab's own imaging library

    try:
        with Image.open(BytesIO(data)) as image:
            image.load()
            if image.format not in ("PNG", "JPEG") or min(image.size) < 1:
                raise not_image
            if max(image.size) <= LOGO_MAX_PIXELS:
                return data
            image.thumbnail((LOGO_MAX_PIXELS, LOGO_MAX_PIXELS))
            out = BytesIO()
            image.save(out, format="PNG")
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise not_image from None


def _stored(session: Session, key: str) -> str | None:
    row = session.get(AppSetting, key)
    return row.value if row is not None and row.value else None


def _logo_to_store(wanted: str | None, before: str | None, db: Database,
                   errors: ErrorCollector) -> _Logo | None:
    """The logo to (re)store, or None to keep what is stored.

    A newly chosen file is checked strictly. The same file as before is read again
    only when it is still there and has changed (or an older version kept only its
    path): then the new image replaces the stored one if it is a good image; if not,
    or when the file has gone, the image stored before stays.
    """
    if wanted is None or wanted != before:
        return None if wanted is None else errors.check(_read_logo, wanted)
    path = Path(wanted).expanduser()
    with db.session() as session:
        digest, has_image = _stored(session, LOGO_SOURCE_KEY), _stored(session, LOGO_IMAGE_KEY)
    try:
        if not path.is_file() or path.stat().st_size > LOGO_MAX_BYTES:
            return None
        if has_image and hashlib.sha256(path.read_bytes()).hexdigest() == digest:
            return None
        return _read_logo(wanted)
    except (OSError, FieldError):
        return None


def save_settings(db: Database, settings: ProgramSettings) -> ProgramSettings:
    """Validate and store (one transaction; the change log names the fields changed).

    Every field is checked and every bad one named (``ValidationError``); nothing is
    stored then. The logo's image is copied into the database (see the module text).
    """
    from wirausaha_app.core.rules import validation as rules
    from wirausaha_app.core.services.records.base import log_change

    before = load_settings(db)
    errors = ErrorCollector()
    low, high = LIMIT_RANGE
    institution = errors.check(rules.name, settings.institution_name, field="institution_name",
                               max_length=INSTITUTION_MAX_LENGTH)
    city = errors.check(rules.text, settings.report_city, field="report_city",
                        max_length=CITY_MAX_LENGTH)
    wanted_logo = errors.check(rules.text, settings.report_logo, field="report_logo",
                               max_length=1000)
    team_max: int | None = errors.check(
        rules.integer, settings.max_pairings_per_team, field="max_pairings_per_team",
        minimum=low, maximum=high, required=True)
    umkm_max: int | None = errors.check(
        rules.integer, settings.max_pairings_per_umkm, field="max_pairings_per_umkm",
        minimum=low, maximum=high, required=True)
    logo = None if errors.has("report_logo") else _logo_to_store(
        wanted_logo, before.report_logo, db, errors)
    errors.raise_if_any()
    cleaned = ProgramSettings(
        institution_name=institution or "",
        report_city=city,
        report_logo=logo.path if logo is not None else wanted_logo,
        max_pairings_per_team=team_max or 0,
        max_pairings_per_umkm=umkm_max or 0,
    )
    changed = [f.name for f in fields(ProgramSettings)
               if getattr(before, f.name) != getattr(cleaned, f.name)]
    if logo is not None and "report_logo" not in changed:
        changed.append("report_logo")  # the same file, changed since: its new image
    if not changed:
        return cleaned
    with db.transaction() as session:
        for name in changed:
            _put(session, _KEYS[name], getattr(cleaned, name))
        if cleaned.report_logo is None:
            _put(session, LOGO_IMAGE_KEY, None)
            _put(session, LOGO_SOURCE_KEY, None)
        elif logo is not None:
            _put(session, LOGO_IMAGE_KEY, base64.b64encode(logo.image).decode("ascii"))
            _put(session, LOGO_SOURCE_KEY, logo.digest)
        log_change(session, "app_settings", None, "update", changed)
    return cleaned


def _put(session: Session, key: str, value: object) -> None:
    row = session.get(AppSetting, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(AppSetting(key=key, value=str(value)))
    else:
        row.value = str(value)


def logo_image(session: Session) -> bytes | None:
    """The report logo's image stored in the database, if one was chosen."""
    value = _stored(session, LOGO_IMAGE_KEY)
    if value is None:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:  # a damaged value: the reports fall back to the shipped logo
        return None


def over_limit(session: Session, team_max: int, umkm_max: int) -> tuple[int, int]:
    """(teams, UMKM) that already have more active pairings than these limits."""
    active = select(Pairing).where(Pairing.status == PairingStatus.ACTIVE.value).subquery()

    def above(column: str, limit: int) -> int:
        key = active.c[column]
        grouped = select(key).group_by(key).having(func.count() > limit).subquery()
        return int(session.scalar(select(func.count()).select_from(grouped)) or 0)

    return above("team_id", team_max), above("umkm_id", umkm_max)
