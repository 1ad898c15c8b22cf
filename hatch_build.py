"""Build hook: compile the CLI's message catalogs (locales/*/LC_MESSAGES/*.po) to .mo files.

The .mo files are build products, never committed; a source checkout compiles them in memory
at run time instead (yongeo.i18n).
"""

from __future__ import annotations

from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileCatalogs(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        root = Path(self.root)
        out = Path(self.directory) / "mo"
        for po_path in sorted((root / "locales").glob("*/LC_MESSAGES/*.po")):
            relative = po_path.relative_to(root / "locales").with_suffix(".mo")
            target = out / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            with po_path.open("rb") as handle:
                catalog = read_po(handle)
            with target.open("wb") as handle:
                write_mo(handle, catalog)
            build_data["force_include"][str(target)] = f"yongeo/locales/{relative.as_posix()}"
