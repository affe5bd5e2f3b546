"""Message boxes in one place, so tests can answer them (monkeypatch these functions)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    # Yes/No come from Qt's own strings, in Indonesian from resources/i18n/qt_id.ts.
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, title: str, text: str, choices: list[str]) -> int:
    """Buttons with the given texts (the last one is the escape/cancel); the index clicked."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    buttons = []
    for n, label in enumerate(choices):
        role = (
            QMessageBox.ButtonRole.RejectRole
            if n == len(choices) - 1
            else QMessageBox.ButtonRole.AcceptRole
        )
        buttons.append(box.addButton(label, role))
    box.setEscapeButton(buttons[-1])
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else len(choices) - 1


def about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)
