"""The committed generated form code matches forms/*.ui (run devtools.build_forms)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirausaha_app.devtools import build_forms

FORMS = sorted(build_forms.FORMS.glob("*.ui"))


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_generated_code_is_up_to_date(form: Path, tmp_path: Path) -> None:
    fresh = build_forms.compile_form(form, tmp_path)
    committed = build_forms.GENERATED / build_forms.module_name(form)
    assert committed.exists(), f"run: python -m wirausaha_app.devtools.build_forms ({form.name})"
    assert build_forms.normalised(committed.read_text()) == build_forms.normalised(
        fresh.read_text()
    ), f"{committed.name} is stale: run python -m wirausaha_app.devtools.build_forms"
