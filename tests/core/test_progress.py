import pytest

from wirausaha_app.core.progress import Cancelled, Progress


def test_step_reports_until_cancelled() -> None:
    seen: list[tuple[int, int | None]] = []

    class Recorder(Progress):
        def report(self, done: int, total: int | None, text: str) -> None:
            seen.append((done, total))

    progress = Recorder()
    progress.step(1, 10)
    progress.cancel()
    with pytest.raises(Cancelled):
        progress.step(2, 10)
    assert seen == [(1, 10)]
