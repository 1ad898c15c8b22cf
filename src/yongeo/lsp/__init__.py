"""yongeo's language server: lint findings, quick fixes, hovers and completions in editors."""

from yongeo.lsp.project import Project

__all__ = ["Project"]
