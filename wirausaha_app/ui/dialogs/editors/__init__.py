"""One editor module per record kind (see :mod:`wirausaha_app.ui.dialogs.records`)."""
