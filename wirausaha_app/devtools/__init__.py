"""Developer tools: build steps run from a checkout (forms → code, translations)."""
