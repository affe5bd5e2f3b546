"""Excel workbooks: formatted exports, import templates and safe, forgiving imports.

- Export (``export.py``, ``sheets.py``, ``writer.py``, ``masking.py``): one sheet per kind
  plus a summary, streamed by a small typed xlsx writer (text is always an inline
  string, so it can never become a formula); "export what I see" in
  ``listing_export.py``.
- Templates (``templates.py``, XlsxWriter for drop-downs and comments).
- Import (``importer.py`` → ``reader.py`` → ``headers.py`` → ``parse.py`` → ``kinds*.py``):
  python-calamine reads after the hostile-file checks of ``safety.py``; every row obeys
  the core validation rules; all accepted rows in one transaction, or nothing.
"""
