"""Everything that is true without a screen. Nothing under ``core`` imports Qt."""
