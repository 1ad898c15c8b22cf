"""The one error family: every bad input becomes a YongeoError with a path and line."""

from __future__ import annotations


class YongeoError(Exception):
    """Base of every error yongeo raises for bad input or bad usage."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            # Escaped: a file name may hold a line break or a terminal escape sequence.
            from yongeo.shown import show_path

            path = show_path(self.path)
            where = f"{path}:{self.line}: " if self.line else f"{path}: "
        return f"{where}{self.message}"


class InputError(YongeoError):
    """A file cannot be read: missing, a directory, not text, wrong encoding."""


class GlossaryError(YongeoError):
    """A glossary file is malformed or holds an entry that cannot be loaded."""


class EditError(YongeoError):
    """An edit cannot be made: the term exists, is missing, or the file is read-only."""


class WriteError(EditError):
    """A file cannot be written (read-only, missing directory, disk full): unlike a refused
    edit, nothing after it can succeed either, so a command stops on it."""


class ConfigError(YongeoError):
    """The configuration (yongeo.toml, [tool.yongeo], YONGEO_GLOSSARY) is wrong."""


class UsageError(YongeoError):
    """The command was called with arguments that do not fit together."""
