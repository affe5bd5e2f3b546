"""``python -m wirausaha_app`` opens the desktop application."""

from wirausaha_app.ui.app import main

raise SystemExit(main())
