from datetime import date

from wirausaha_app.core.formatting import format_date_id, format_percent, format_rupiah


def test_indonesian_dates_and_rupiah() -> None:
    assert format_date_id(date(2023, 9, 1)) == "1 September 2023"
    assert format_date_id(date(2024, 2, 14)) == "14 Februari 2024"
    assert format_date_id(date(2023, 9, 1), short=True) == "01/09/2023"
    assert format_rupiah(1_500_000) == "Rp1.500.000"
    assert format_rupiah(0) == "Rp0"
    assert format_rupiah(None) == ""
    assert format_percent(12.5) == "12,5%"
