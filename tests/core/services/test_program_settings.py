"""Program settings: the institution and city the reports name, the logo, the pairing
limits — validated field by field, stored in one transaction, used at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from tests.core.reports.conftest import pdf_text, render_png
from tests.core.services import test_pairings_world as w
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import AppSetting, ChangeLogEntry
from wirausaha_app.core.reports import ReportScope, build_report
from wirausaha_app.core.rules.errors import FieldError, ValidationError
from wirausaha_app.core.services.pairings import PairingInput, create_pairing
from wirausaha_app.core.services.program_settings import (
    DEFAULT_INSTITUTION,
    ProgramSettings,
    load_settings,
    over_limit,
    save_settings,
)


def _png(path: Path) -> Path:
    Image.new("RGB", (120, 60), (30, 60, 120)).save(path)
    return path


def test_a_new_database_has_the_defaults(db: Database) -> None:
    settings = load_settings(db)
    assert settings.institution_name == DEFAULT_INSTITUTION
    assert (settings.max_pairings_per_team, settings.max_pairings_per_umkm) == (3, 2)
    assert settings.report_logo is None


def test_saved_settings_are_read_back_and_logged(db: Database, tmp_path: Path) -> None:
    logo = _png(tmp_path / "logo.png")
    wanted = ProgramSettings("  LPPM Universitas Jember ", "Jember", str(logo), 4, 3)
    saved = save_settings(db, wanted)
    assert saved.institution_name == "LPPM Universitas Jember"  # outer spaces trimmed
    assert load_settings(db) == saved
    with db.session() as s:
        entry = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity == "app_settings")
                          ).one()
    assert entry.summary == (
        "fields: institution_name, max_pairings_per_team, max_pairings_per_umkm, "
        "report_city, report_logo"
    )
    # Clearing the city and the logo removes them (the report then has the shipped logo).
    save_settings(db, ProgramSettings(saved.institution_name, "", None, 4, 3))
    with db.session() as s:
        assert s.get(AppSetting, "report_logo") is None
        assert s.get(AppSetting, "report_city") is None


def test_every_bad_field_is_named_and_nothing_is_saved(db: Database, tmp_path: Path) -> None:
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("this is not a picture")
    before = load_settings(db)
    bad = ProgramSettings("", "K" * 81, str(not_an_image), 0, 21)
    with pytest.raises(ValidationError) as refused:
        save_settings(db, bad)
    assert sorted(e.field for e in refused.value.errors) == [
        "institution_name", "max_pairings_per_team", "max_pairings_per_umkm", "report_city",
        "report_logo",
    ]
    messages = {e.field: e.message.render() for e in refused.value.errors}
    assert messages["report_logo"] == "Choose a PNG or JPEG image for the logo."
    with pytest.raises(ValidationError) as missing:
        save_settings(db, ProgramSettings("X", None, str(tmp_path / "gone.png"), 3, 2))
    assert "does not exist" in missing.value.errors[0].message.render()
    assert load_settings(db) == before  # untouched


def test_a_lower_team_limit_applies_to_new_active_pairings(db: Database) -> None:
    uni = w.university(db)
    team, _ = w.team(db, w.cohort(db, uni), "Tim A")
    first, second = w.umkm(db, "Satu"), w.umkm(db, "Dua")
    create_pairing(db, PairingInput(team, first, "bookkeeping", w.d("2025-01-01"), None, "active"))
    save_settings(db, ProgramSettings(max_pairings_per_team=1, max_pairings_per_umkm=2))
    with pytest.raises(FieldError) as refused:
        create_pairing(
            db, PairingInput(team, second, "bookkeeping", w.d("2025-01-02"), None, "active")
        )
    assert "the limit is 1" in refused.value.message.render()
    assert "Tools → Program settings" in refused.value.message.render()
    # Proposed pairings do not count against it; the team is exactly at its limit.
    create_pairing(db, PairingInput(team, second, "bookkeeping", w.d("2025-01-02"), None))
    with db.session() as s:
        assert over_limit(s, 1, 2) == (0, 0)
        assert over_limit(s, 0, 0) == (1, 1)  # below what it has: counted as above


def test_reports_name_the_institution_and_city(db: Database, tmp_path: Path) -> None:
    uni = w.university(db)
    w.team(db, w.cohort(db, uni), "Tim A", members=[("Ani", uni)])
    save_settings(db, ProgramSettings("LPPM Universitas Jember", "Jember", None, 3, 2))
    pages = pdf_text(build_report(db, "cohort", tmp_path / "c.pdf",
                                  ReportScope(cohort="WMK 2025")))
    assert "LPPM Universitas Jember" in pages[0]
    assert "Jember, " in pages[-1]  # the place before the date above the signatures


def test_the_logo_is_kept_in_the_database(db: Database, tmp_path: Path) -> None:
    """The reports keep the logo when its file is gone (moved, another laptop, a backup),
    and other settings can still be saved."""
    wide = tmp_path / "logo-universitas.png"
    Image.new("RGB", (400, 100), (200, 30, 30)).save(wide)  # wide, and red
    saved = save_settings(db, ProgramSettings("LPPM Uji", "Jember", str(wide), 3, 2))
    wide.unlink()
    save_settings(db, ProgramSettings("LPPM Uji", "Malang", saved.report_logo, 3, 2))
    assert load_settings(db).report_city == "Malang"  # the vanished file did not stop it
    uni = w.university(db)
    w.team(db, w.cohort(db, uni), "Tim A", members=[("Ani", uni)])
    out = build_report(db, "cohort", tmp_path / "c.pdf", ReportScope(cohort="WMK 2025"))
    png = render_png(out, tmp_path, page=1)
    assert png is not None, "poppler (pdftoppm) is installed by .ci/run"
    cover = Image.open(png).convert("RGB")
    # Below the page header (which has the logo too, small): the cover's own logo.
    reds = [(x, y) for x in range(0, cover.width, 2)
            for y in range(cover.height // 8, cover.height // 2, 2)
            if cover.getpixel((x, y))[0] > 180 and cover.getpixel((x, y))[1] < 80]
    assert reds, "the stored logo is drawn on the cover"
    xs, ys = [x for x, _ in reds], [y for _, y in reds]
    # Drawn in its own proportions (4:1), not squashed into the square box.
    assert 3.0 < (max(xs) - min(xs)) / (max(ys) - min(ys)) < 5.0


def test_a_huge_logo_is_refused(db: Database, tmp_path: Path) -> None:
    big = tmp_path / "photo.png"
    Image.effect_noise((1600, 1600), 100).convert("RGB").save(big)
    assert big.stat().st_size > 2_000_000
    with pytest.raises(ValidationError) as refused:
        save_settings(db, ProgramSettings("X", None, str(big), 3, 2))
    assert "larger than 2 MB" in refused.value.errors[0].message.render()


def test_a_logo_edited_in_place_is_taken_again(db: Database, tmp_path: Path) -> None:
    from wirausaha_app.core.services.program_settings import logo_image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (80, 80), (255, 0, 0)).save(logo)
    save_settings(db, ProgramSettings("LPPM", None, str(logo), 3, 2))
    Image.new("RGB", (80, 80), (0, 0, 255)).save(logo)  # the designer sends a new one
    save_settings(db, ProgramSettings("LPPM", None, str(logo), 3, 2))  # the same path
    with db.session() as s:
        stored = logo_image(s)
    assert stored is not None
    import io

    assert Image.open(io.BytesIO(stored)).getpixel((40, 40)) == (0, 0, 255)
    logo.write_text("broken now")  # a bad file at the old path: the stored image stays
    save_settings(db, ProgramSettings("LPPM", "Jember", str(logo), 3, 2))
    with db.session() as s:
        assert logo_image(s) == stored


def test_a_path_kept_by_an_older_version_gets_its_image(db: Database, tmp_path: Path) -> None:
    from wirausaha_app.core.services.program_settings import logo_image

    logo = _png(tmp_path / "old.png")
    with db.transaction() as s:
        s.add(AppSetting(key="report_logo", value=str(logo)))  # how versions before kept it
    save_settings(db, ProgramSettings("LPPM", "Jember", str(logo), 3, 2))
    with db.session() as s:
        assert logo_image(s) == logo.read_bytes()


def test_a_very_large_logo_is_scaled_down_for_the_reports(db: Database, tmp_path: Path) -> None:
    import io

    from wirausaha_app.core.services.program_settings import logo_image

    scan = tmp_path / "scan.png"
    Image.new("RGB", (6000, 3000), (10, 90, 40)).save(scan)  # small file, many pixels
    save_settings(db, ProgramSettings("LPPM", None, str(scan), 3, 2))
    with db.session() as s:
        stored = logo_image(s)
    assert stored is not None
    assert Image.open(io.BytesIO(stored)).size == (1024, 512)
