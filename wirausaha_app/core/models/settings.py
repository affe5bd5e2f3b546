"""Settings shared by the app and the CLI (stored in the database), and the change log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from wirausaha_app.core.models.base import Base


class AppSetting(Base):
    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ChangeLogEntry(Base):
    """Who changed what, when. Never holds NIK or phone numbers (UU 27/2022)."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    entity: Mapped[str] = mapped_column(String(40), index=True)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str | None] = mapped_column(Text)
