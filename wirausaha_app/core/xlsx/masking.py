"""Masking of personal data in exports (UU 27/2022): NIK and phone numbers.

``3578011203900001`` → ``3578********0001``; ``+6281234567890`` → ``+62812****7890``.
The region prefix and the last digits stay so a coordinator can still tell rows
apart and match them by eye, without the workbook disclosing the full number.
"""

from __future__ import annotations


def mask_nik(nik: str | None) -> str | None:
    if not nik:
        return nik
    if len(nik) <= 8:
        return "*" * len(nik)
    return nik[:4] + "*" * (len(nik) - 8) + nik[-4:]


def mask_phone(phone: str | None) -> str | None:
    if not phone:
        return phone
    keep_head = 6 if phone.startswith("+") else 5
    if len(phone) <= keep_head + 4:
        return phone[: max(len(phone) - 4, 0)] + "****"
    return phone[:keep_head] + "*" * (len(phone) - keep_head - 4) + phone[-4:]
