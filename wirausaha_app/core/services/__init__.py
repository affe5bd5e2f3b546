"""Use cases the UI and the CLI both call. Plain values in, plain values out."""
