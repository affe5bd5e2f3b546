"""Excel workbooks: formatted exports, import templates and safe, forgiving imports.

Exports are written with XlsxWriter in constant-memory mode (faster than openpyxl's
write-only mode here and every cell is written with an explicit type, so text can
never become a formula). Imports read with python-calamine after the file passed
the hostile-file checks of :mod:`.safety`.
"""
