"""Dialogs: record forms (records.py + editors/), pickers, wizards."""
