"""A line edit for whole rupiah that groups thousands as you type (``Rp1.500.000``).

Shorthand such as ``1,5 jt`` or ``2 M`` is left alone while typing and turned into
the full amount when the field is left; anything unreadable stays as typed, so the
form's validation can point at it (the core's ``parse_money`` is the one judge).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from wirausaha_app.core.formatting import format_rupiah
from wirausaha_app.core.rules.errors import FieldError
from wirausaha_app.core.rules.validation import parse_money

_PLAIN = re.compile(r"^\s*(rp\.?)?\s*[0-9.\s]*$", re.IGNORECASE)


class MoneyEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("Rp0")
        self.textEdited.connect(self._group_digits)
        self.editingFinished.connect(self._normalise)

    def value(self) -> int | None:
        """The amount, or None when empty or unreadable (see :meth:`raw_text`)."""
        try:
            return parse_money(self.text())
        except FieldError:
            return None

    def raw_text(self) -> str:
        return self.text()

    def setValue(self, amount: int | None) -> None:
        self.setText("" if amount is None else format_rupiah(amount))

    def _group_digits(self, text: str) -> None:
        if not _PLAIN.match(text):
            return  # shorthand ("1,5 jt") or a mistake: leave it for _normalise
        digits = re.sub(r"\D", "", text)
        if not digits:
            if text.strip().lower().startswith("rp") or not text.strip():
                self.setText("")
            return
        # Keep the caret after the same digit, counted from the right.
        digits_right = len(re.sub(r"\D", "", text[self.cursorPosition() :]))
        formatted = format_rupiah(int(digits))
        self.setText(formatted)
        position = len(formatted)
        seen = 0
        while position > 0 and seen < digits_right:
            position -= 1
            if formatted[position].isdigit():
                seen += 1
        self.setCursorPosition(position)

    def _normalise(self) -> None:
        amount = self.value()
        if amount is not None:
            self.setValue(amount)
