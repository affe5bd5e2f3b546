"""The program's settings a coordinator sets once: who the reports are from, and the
pairing limits.

They live in ``app_settings`` (one file, shared by the app and the CLI):

- ``institution_name``: the report header and cover ("LPPM Universitas Jember");
- ``report_city``: the place in "Surabaya, 1 September 2023" above the signatures;
- ``report_logo``: the image file chosen for the report header, and
  ``report_logo_image`` its bytes (base64), copied into the database when it is chosen:
  the reports keep the logo when the file is moved, or the database is opened on
  another laptop or restored from a backup (the shipped logo when none is chosen);
- ``max_active_pairings_per_team`` / ``max_active_pairings_per_umkm``: how many
  active pairings a team, or an UMKM, may have at once (``services.pairings``).

Lowering a limit keeps the pairings that exist; it only refuses new active ones, so
:func:`over_limit` tells how many teams and UMKM are above it already.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, fields
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.models import AppSetting, Pairing
from wirausaha_app.core.models.enums import PairingStatus
from wirausaha_app.core.rules import validation as rules
from wirausaha_app.core.rules.errors import ErrorCollector, FieldError
from wirausaha_app.core.services.pairings import TEAM_LIMIT_KEY, UMKM_LIMIT_KEY, limits
from wirausaha_app.core.services.records.base import log_change

DEFAULT_INSTITUTION = "Program Wirausaha Merdeka"
LIMIT_RANGE = (1, 20)
INSTITUTION_MAX_LENGTH = 150
CITY_MAX_LENGTH = 80
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")
LOGO_MAX_BYTES = 2_000_000  # a header logo; a photo of several MB has no place in the file
LOGO_IMAGE_KEY = "report_logo_image"

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
    max_pairings_per_team: int = 3
    max_pairings_per_umkm: int = 2


def load_settings(db: Database) -> ProgramSettings:
    with db.session() as session:
        stored = {
            row.key: row.value
            for row in session.scalars(select(AppSetting).where(AppSetting.key.in_(_KEYS.values())))
        }
        team_max, umkm_max = limits(session)
    return ProgramSettings(
        institution_name=stored.get("institution_name") or DEFAULT_INSTITUTION,
        report_city=stored.get("report_city") or None,
        report_logo=stored.get("report_logo") or None,
        max_pairings_per_team=team_max,
        max_pairings_per_umkm=umkm_max,
    )


def _logo(raw: object) -> str | None:
    """An image file reportlab can draw, as an absolute path; None for none."""
    text = rules.text(raw, field="report_logo", max_length=1000)
    if text is None:
        return None
    path = Path(text).expanduser()
    not_image = FieldError("report_logo", msg(QT_TRANSLATE_NOOP(
        "Settings", "Choose a PNG or JPEG image for the logo.")))
    if not path.is_file():
        raise FieldError("report_logo", msg(QT_TRANSLATE_NOOP(
            "Settings", "The file “{path}” does not exist."), path=text))
    if path.suffix.lower() not in LOGO_SUFFIXES:
        raise not_image
    from reportlab.lib.utils import ImageReader  # only when a logo is chosen

    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:  # reportlab/PIL raise many kinds for a file that is not an image
        raise not_image from None
    if width < 1 or height < 1:
        raise not_image
    if path.stat().st_size > LOGO_MAX_BYTES:
        raise FieldError("report_logo", msg(QT_TRANSLATE_NOOP(
            "Settings", "The logo file is larger than {size} MB; choose a smaller image."),
            size=LOGO_MAX_BYTES // 1_000_000))
    return str(path.resolve())


def validate(settings: ProgramSettings, stored_logo: str | None = None) -> ProgramSettings:
    """The settings cleaned, or a ValidationError naming every bad field.

    The logo is read only when it differs from ``stored_logo`` (the one saved before):
    its image is in the database already, wherever the file has gone since.
    """
    errors = ErrorCollector()
    low, high = LIMIT_RANGE
    team_max: int | None = errors.check(
        rules.integer, settings.max_pairings_per_team, field="max_pairings_per_team",
        minimum=low, maximum=high, required=True)
    umkm_max: int | None = errors.check(
        rules.integer, settings.max_pairings_per_umkm, field="max_pairings_per_umkm",
        minimum=low, maximum=high, required=True)
    cleaned = ProgramSettings(
        institution_name=errors.check(
            rules.name, settings.institution_name, field="institution_name",
            max_length=INSTITUTION_MAX_LENGTH) or "",
        report_city=errors.check(
            rules.text, settings.report_city, field="report_city", max_length=CITY_MAX_LENGTH),
        report_logo=(
            stored_logo if (settings.report_logo or None) == stored_logo
            else errors.check(_logo, settings.report_logo)
        ),
        max_pairings_per_team=team_max or 0,
        max_pairings_per_umkm=umkm_max or 0,
    )
    errors.raise_if_any()
    return cleaned


def save_settings(db: Database, settings: ProgramSettings) -> ProgramSettings:
    """Validate and store (one transaction; the change log names the fields changed)."""
    before = load_settings(db)
    cleaned = validate(settings, before.report_logo)
    changed = [f.name for f in fields(ProgramSettings)
               if getattr(before, f.name) != getattr(cleaned, f.name)]
    if not changed:
        return cleaned
    with db.transaction() as session:
        for name in changed:
            key, value = _KEYS[name], getattr(cleaned, name)
            row = session.get(AppSetting, key)
            if value is None:
                if row is not None:
                    session.delete(row)
                continue
            if row is None:
                session.add(AppSetting(key=key, value=str(value)))
            else:
                row.value = str(value)
        if "report_logo" in changed:
            _store_logo_image(session, cleaned.report_logo)
        log_change(session, "app_settings", None, "update", changed)
    return cleaned


def _store_logo_image(session: Session, logo: str | None) -> None:
    row = session.get(AppSetting, LOGO_IMAGE_KEY)
    if logo is None:
        if row is not None:
            session.delete(row)
        return
    data = base64.b64encode(Path(logo).read_bytes()).decode("ascii")
    if row is None:
        session.add(AppSetting(key=LOGO_IMAGE_KEY, value=data))
    else:
        row.value = data


def logo_image(session: Session) -> bytes | None:
    """The report logo's image stored in the database, if one was chosen."""
    row = session.get(AppSetting, LOGO_IMAGE_KEY)
    if row is None or not row.value:
        return None
    try:
        return base64.b64decode(row.value, validate=True)
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
