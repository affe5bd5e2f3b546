"""Small reusable widgets and dialogs of the shell."""
