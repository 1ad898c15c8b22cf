"""The glossary: concept entries, the PO store, and where glossaries are found."""
