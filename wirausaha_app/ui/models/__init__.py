"""Item models of the UI (the one lazy SQL table model; pickers' models)."""
