"""Language knowledge: normalisation, Korean, English, Japanese names."""
