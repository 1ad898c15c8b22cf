"""Bad input never crashes yongeo: every command, fed broken, odd or hostile files, either
handles them correctly or says in one stderr line which file (and line) is wrong, exit 2.

CASES is the table: command arguments, the files they read (name -> bytes), the exit code
and fragments of the one stderr line (file names, `:LINE:`), or of stdout when the input is
legitimately odd and must simply work. Each case runs through the CLI entry point
(`yongeo.cli.main`, which turns yongeo's errors into that line) in a fresh directory.
The cases that need a real process (read-only files, where root has to shed its
privileges; a megabyte line, where memory is measured) run `python -m yongeo`.
"""

from __future__ import annotations

import ctypes
import functools
import io
import os
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import ROOT

from yongeo.cli import main
from yongeo.lint.pair import CHUNK_CHARS

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'  # lines 1-4
OSAKA = '# id: osaka\n# type: place\n# ko-deprecated: 오오사카\nmsgid "Osaka"\nmsgstr "오사카"\n'
GOOD = HEADER + OSAKA  # msgid "Osaka" is on line 8


def po(body: str, header: str = HEADER, encoding: str = "utf-8") -> bytes:
    return (header + body).encode(encoding)


def header(charset: str) -> str:
    return HEADER.replace("UTF-8", charset)


GLOSSARY = {"g.po": GOOD.encode()}
CONFLICTS = po(OSAKA + '\n# id: osaka-city\n# type: place\n# ko-deprecated: 오사카\n'
               'msgid "Osaka City"\nmsgstr "오사카시"\n\n'
               '# id: nara\n# type: place\nmsgid "Nara"\nmsgstr ""\n\n'
               '# id: kyoto\n# type: place\nmsgid "Kyoto"\nmsgstr "   "\n')
META = po('# id: us-japan-alliance\n# type: concept\nmsgid "U.S.-Japan alliance"\n'
          'msgstr "미일 동맹"\n\n'
          '# id: cpp\n# type: concept\n# en-deprecated: C+\nmsgid "C++"\nmsgstr "C++"\n\n'
          '# id: cptpp\n# type: agreement\n# en-deprecated: (CPTPP)\nmsgid "CPTPP"\n'
          'msgstr "CPTPP"\n\n'
          '# id: star\n# type: concept\n# en-deprecated: a.*b\nmsgid "a|b (x)?"\n'
          'msgstr "$1\\\\1"\n')
KO_DRAFT = "첫 문단.\n\n오오사카에서 만났다.\n"  # 오오사카 (deprecated) at line 3, column 1
LATE = 9000  # past the first 8 KB, where a binary file is told at a glance
TEMPLATE = po('#. type: place\n#: a.txt:1\nmsgid "Nara"\nmsgstr ""\n')
TOML_BAD = b'glossary = ["g.po"\n'  # an unclosed array: the error is at the end, line 1


@dataclass(frozen=True)
class Case:
    id: str
    args: tuple[str, ...]
    files: dict[str, bytes] = field(default_factory=dict)
    code: int = 2
    err: tuple[str, ...] = ()  # fragments of the one stderr line; () means no stderr at all
    out: tuple[str, ...] = ()  # fragments of stdout
    stdin: str | None = None


def C(id, args, files=None, code=2, err=(), out=(), stdin=None) -> Case:
    return Case(id, tuple(args.split()) if isinstance(args, str) else tuple(args),
                dict(files or {}), code, tuple(err), tuple(out), stdin)


LOOKUP = "lookup Osaka -g g.po"
CASES = [
    # --- a malformed PO glossary: file and line, for every reader of glossaries ----------
    C("po-unterminated", LOOKUP, {"g.po": po('msgid "Osaka"\nmsgstr "오사카\n')},
      err=["g.po:6:", "unterminated"]),
    C("po-unterminated-check", "check -g g.po", {"g.po": po('msgid "Osaka"\nmsgstr "오사카\n')},
      err=["g.po:6:"]),
    C("po-unterminated-export", "export -g g.po",
      {"g.po": po('msgid "Osaka"\nmsgstr "오사카\n')}, err=["g.po:6:"]),
    C("po-unterminated-add", "add Nara 나라 -g g.po",
      {"g.po": po('msgid "Osaka"\nmsgstr "오사카\n')}, err=["g.po:6:"]),
    C("po-unterminated-lint-glossary", "lint k.txt -g g.po",
      {"g.po": po('msgid "Osaka"\nmsgstr "오사카\n'), "k.txt": KO_DRAFT.encode()},
      err=["g.po:6:"]),
    C("po-quote-escaped-away", LOOKUP, {"g.po": po('msgid "Osaka"\nmsgstr "오사카\\"\n')},
      err=["g.po:6:"]),
    C("po-unknown-escape", LOOKUP, {"g.po": po('msgid "Os\\qaka"\nmsgstr "오사카"\n')},
      err=["g.po:5:", "escape"]),
    C("po-hex-escape-without-digits", LOOKUP, {"g.po": po('msgid "Osaka"\nmsgstr "\\x"\n')},
      err=["g.po:6:", "escape"]),
    C("po-duplicate-msgid", LOOKUP,
      {"g.po": po('msgid "Osaka"\nmsgstr "오사카"\n\nmsgid "Osaka"\nmsgstr "오오사카"\n')},
      err=["g.po:8:", "duplicate", "line 5"]),
    C("po-duplicate-header", LOOKUP, {"g.po": po('msgid "Osaka"\nmsgstr "오사카"\n\n' + HEADER)},
      err=["g.po:8:", "header"]),
    C("po-msgid-without-msgstr", LOOKUP,
      {"g.po": po('msgid "Osaka"\n\nmsgid "Nara"\nmsgstr "나라"\n')},
      err=["g.po:5:", "msgstr"]),
    C("po-msgid-without-msgstr-at-end", LOOKUP, {"g.po": po('msgid "Osaka"\n')},
      err=["g.po:5:", "msgstr"]),
    C("po-msgstr-without-msgid", LOOKUP, {"g.po": po('msgstr "오사카"\n')}, err=["g.po:5:"]),
    C("po-keyword-without-string", LOOKUP, {"g.po": po('msgid "Osaka"\nmsgstr\n')},
      err=["g.po:6:", "msgstr"]),
    C("po-garbage-line", LOOKUP, {"g.po": po('msgid "Osaka"\nmsgstr "오사카"\nbogus line\n')},
      err=["g.po:7:"]),
    C("po-half-obsolete-entry", LOOKUP,
      {"g.po": po('msgid "Osaka"\nmsgstr "오사카"\n\n#~ msgid "Nara"\nmsgstr "나라"\n')},
      err=["g.po:9:", "#~"]),
    C("po-previous-msgid-at-end", LOOKUP,
      {"g.po": po('msgid "Osaka"\nmsgstr "오사카"\n\n#~| msgid "Nara"\n')},
      err=["g.po:8:", "#|"]),
    C("po-previous-msgid-of-obsolete-entry", LOOKUP,
      {"g.po": po('msgid "Osaka"\nmsgstr "오사카"\n\n#~| msgid "Nara"\n#~ msgid "Nara-shi"\n'
                  '#~ msgstr "나라시"\n')}, code=0, out=["오사카"]),
    C("po-bare-comment-at-the-end", "lookup 나라 -g g.po",
      {"g.po": po(OSAKA + '\n# id: nara\n# type: place\nmsgid "Nara"\nmsgstr "나라"\n\n#.\n')},
      code=0, out=["Nara"]),
    C("po-comments-without-a-space", "lookup 오사카 -g g.po",
      {"g.po": po('#x\n#"quoted\n#.extracted\n#,fuzzy\n#~\n' + OSAKA)}, code=0,
      out=["Osaka"]),
    C("po-header-unterminated", LOOKUP,
      {"g.po": b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n\n'},
      err=["g.po:3:"]),
    C("po-unknown-type", LOOKUP, {"g.po": po('# type: animal\nmsgid "Osaka"\nmsgstr "오사카"\n')},
      err=["g.po:5:", "animal"]),
    # --- charsets: the header's word against the bytes --------------------------------------
    C("po-charset-unknown", LOOKUP, {"g.po": po(OSAKA, header("FOO-BAR"))},
      err=["g.po:3:", "FOO-BAR"]),
    C("po-charset-ascii-but-utf8", LOOKUP, {"g.po": po(OSAKA, header("ASCII"))},
      err=["g.po:3:", "UTF-8"]),
    C("po-charset-latin1-but-utf8", LOOKUP, {"g.po": po(OSAKA, header("ISO-8859-1"))},
      err=["g.po:3:", "UTF-8"]),
    C("po-charset-utf8-but-euckr", LOOKUP, {"g.po": po(OSAKA, encoding="euc-kr")},
      err=["g.po:7:", "cp949", "header"]),
    C("po-no-header-euckr", LOOKUP, {"g.po": OSAKA.encode("euc-kr")},
      err=["g.po:3:", "cp949"]),
    C("po-euckr-legitimate", "lookup 오사카 -g g.po",
      {"g.po": po(OSAKA, header("EUC-KR"), "euc-kr")}, code=0, out=["Osaka", "오사카"]),
    C("po-cp949-legitimate", "lookup 똠방각하 -g g.po",
      {"g.po": po('msgid "Ttombang"\nmsgstr "똠방각하"\n', header("CP949"), "cp949")},
      code=0, out=["Ttombang"]),
    C("po-euckr-check", "check -g g.po", {"g.po": po(OSAKA, header("EUC-KR"), "euc-kr")},
      code=0, out=["1 entry, 0 errors"]),
    C("po-utf16", LOOKUP, {"g.po": b"\xff\xfe" + GOOD.encode("utf-16-le")},
      err=["g.po:1:", "UTF-16"]),
    # --- not text, empty, odd line ends --------------------------------------------------
    C("po-nul-early", LOOKUP, {"g.po": po('msgid "Os\x00aka"\nmsgstr "오사카"\n')},
      err=["g.po: ", "binary"]),
    C("po-nul-late", LOOKUP,
      {"g.po": po("#" * LATE + '\nmsgid "Os\x00aka"\nmsgstr "오사카"\n')},
      err=["g.po:6:", "NUL"]),
    C("po-binary", LOOKUP, {"g.po": bytes(range(256)) * 8}, err=["g.po: ", "binary"]),
    C("po-empty", LOOKUP, {"g.po": b""}, code=1, err=["nothing found"]),
    C("po-empty-check", "check -g g.po", {"g.po": b""}, code=0, out=["0 entries"]),
    C("po-bom", LOOKUP, {"g.po": b"\xef\xbb\xbf" + GOOD.encode()}, code=0, out=["오사카"]),
    C("po-crlf", LOOKUP, {"g.po": GOOD.replace("\n", "\r\n").encode()}, code=0, out=["오사카"]),
    C("po-cr", LOOKUP, {"g.po": GOOD.replace("\n", "\r").encode()}, code=0, out=["오사카"]),
    C("po-crlf-error-line", LOOKUP,
      {"g.po": po('msgid "Osaka"\nmsgstr "오사카\n').replace(b"\n", b"\r\n")},
      err=["g.po:6:"]),
    C("po-cr-error-line", LOOKUP,
      {"g.po": po('msgid "Osaka"\nmsgstr "오사카\n').replace(b"\n", b"\r")}, err=["g.po:6:"]),
    C("po-line-separator-in-string", "export -g g.po",
      {"g.po": po('msgid "Osaka\u2028Kobe"\nmsgstr "오사카\x85고베"\n')}, code=0,
      out=['"Osaka\u2028Kobe"', '"오사카\x85고베"']),
    # --- paths ---------------------------------------------------------------------------
    C("glossary-missing", LOOKUP, {}, err=["g.po: ", "no such"]),
    C("glossary-directory", "lookup Osaka -g dir", {"dir/g.po": GOOD.encode()}, code=0,
      out=["오사카"]),
    C("glossary-directory-without-po", "lookup Osaka -g dir", {"dir/notes.txt": b"x"},
      err=["dir: ", ".po"]),
    C("glossary-directory-one-bad", "check -g dir",
      {"dir/a.po": GOOD.encode(), "dir/b.po": po('msgid "x"\nmsgstr "y\n')},
      err=["b.po:6:"]),
    C("edit-directory-of-several", "add Nara 나라 -g dir",
      {"dir/a.po": GOOD.encode(), "dir/b.po": GOOD.encode()}, err=["several"]),
    # --- conflicts, empty and blank terms: check reports, lint runs on the rest ------------
    C("check-conflicts-and-blanks", "check -g g.po", {"g.po": CONFLICTS}, code=1,
      # 오사카 preferred for Osaka and deprecated for Osaka City is no conflict: a deprecated
      # rendering belongs to its concept.
      out=["g.po:17: error empty-translation",
           "g.po:22: error blank-term"]),
    C("lint-with-conflicting-glossary", "lint ko.txt -s en.txt -g g.po",
      {"g.po": CONFLICTS, "en.txt": b"Osaka City and Nara and Kyoto.\n",
       "ko.txt": "도쿄와 나라와 교토.\n".encode()}, code=1,
      out=["ko.txt:1:1: error term.missing 'Osaka City'", "1 problem"]),
    C("lint-blank-term-asks-nothing", "lint ko.txt -s en.txt -g g.po",
      {"g.po": CONFLICTS, "en.txt": b"Kyoto.\n", "ko.txt": "교토.\n".encode()}, code=0,
      out=["no problems"]),
    # --- pattern metacharacters are literal ----------------------------------------------
    C("terms-are-literal", "lint t.txt -g g.po --fail-on warning",
      {"g.po": META, "t.txt": b"The U.S.-Japan alliance, C++ and (CPTPP): a.*b, not aXXb "
                              b"or USxJapan alliance or C or CPTPP. C+ too.\n"}, code=1,
      out=["t.txt:1:34: error term.deprecated '(CPTPP)'",
           "t.txt:1:43: error term.deprecated 'a.*b'",
           "t.txt:1:94: error term.deprecated 'C+'", "3 problems"]),
    # --- drafts: encodings, binaries, empty files, line ends ------------------------------
    C("draft-latin1", "lint l.txt", {"l.txt": "Café société.\n".encode("latin-1")},
      err=["l.txt:1:", "--encoding latin-1"]),
    C("draft-cp949", "lint k.txt", {"k.txt": KO_DRAFT.encode("cp949")},
      err=["k.txt:1:", "--encoding cp949"]),
    C("draft-euckr-error-line", "lint k.txt",
      {"k.txt": b"first line\nsecond\n" + "오오사카에서.\n".encode("euc-kr")},
      err=["k.txt:3:", "--encoding cp949"]),
    C("draft-shift-jis", "lint j.txt", {"j.txt": "大阪で会談した。\n".encode("shift_jis")},
      err=["j.txt:1:", "--encoding shift_jis"]),
    C("draft-cp949-with-encoding", "lint k.txt --encoding cp949",
      {"k.txt": KO_DRAFT.encode("cp949")}, code=1, out=["k.txt:3:1: error term.deprecated"]),
    C("draft-unknown-encoding", "lint k.txt --encoding klingon", {"k.txt": b"x\n"},
      err=["k.txt: ", "klingon"]),
    C("draft-wrong-encoding", "lint k.txt --encoding ascii", {"k.txt": KO_DRAFT.encode()},
      err=["k.txt:1:", "ascii"]),
    C("draft-binary", "lint k.txt", {"k.txt": bytes(range(256)) * 8}, err=["k.txt: ", "binary"]),
    C("draft-nul-late", "lint k.txt", {"k.txt": b"a\n" * LATE + b"b\x00\n"},
      err=[f"k.txt:{LATE + 1}:", "NUL"]),
    C("draft-empty", "lint k.txt", {"k.txt": b""}, code=0, out=["no problems in 1 file"]),
    C("draft-blank", "lint k.txt", {"k.txt": b" \n\n\t\n"}, code=0, out=["no problems"]),
    C("draft-bom", "lint k.txt", {"k.txt": b"\xef\xbb\xbf" + "오오사카.\n".encode()}, code=1,
      out=["k.txt:1:1: error term.deprecated"]),
    C("draft-crlf", "lint k.txt", {"k.txt": KO_DRAFT.replace("\n", "\r\n").encode()}, code=1,
      out=["k.txt:3:1: error term.deprecated"]),
    C("draft-cr", "lint k.txt", {"k.txt": KO_DRAFT.replace("\n", "\r").encode()}, code=1,
      out=["k.txt:3:1: error term.deprecated"]),
    C("draft-utf16-bom", "lint k.txt", {"k.txt": KO_DRAFT.encode("utf-16")}, code=1,
      out=["k.txt:3:1: error term.deprecated"]),
    C("draft-missing", "lint k.txt", {}, err=["k.txt: ", "no such"]),
    C("draft-directory-without-po", "lint drafts", {"drafts/k.txt": b"x"},
      err=["drafts: ", ".po"]),
    C("draft-directory-of-po", "lint drafts --fail-on warning",
      {"drafts/a/ko.po": po('msgid "Osaka"\nmsgstr "오오사카"\n')}, code=1,
      out=["ko.po:6:9: error term.deprecated"]),
    C("pair-source-missing", "lint k.txt -s en.txt", {"k.txt": KO_DRAFT.encode()},
      err=["en.txt: ", "no such"]),
    C("pair-source-directory", "lint k.txt -s src", {"k.txt": b"x", "src/e.txt": b"x"},
      err=["src: "]),
    C("pair-draft-directory", "lint drafts -s en.txt", {"en.txt": b"x", "drafts/k.txt": b"x"},
      err=["drafts: "]),
    C("pair-source-binary", "lint k.txt -s en.txt",
      {"k.txt": KO_DRAFT.encode(), "en.txt": bytes(range(256))}, err=["en.txt: ", "binary"]),
    # --- PO drafts -------------------------------------------------------------------------
    C("po-draft-malformed", "lint d.po", {"d.po": po('msgid "Osaka"\nmsgstr "오사카\n')},
      err=["d.po:6:"]),
    C("po-draft-euckr", "lint d.po",
      {"d.po": po('msgid "Osaka"\nmsgstr "오오사카"\n', header("EUC-KR"), "euc-kr")}, code=1,
      out=["d.po:6:9: error term.deprecated"]),
    C("po-draft-cr", "lint d.po", {"d.po": po('msgid "Osaka"\nmsgstr "오오사카"\n')
                                   .replace(b"\n", b"\r")}, code=1,
      out=["d.po:6:9: error term.deprecated"]),
    C("po-draft-nul", "lint d.po", {"d.po": po('msgid "Os\x00aka"\nmsgstr "오사카"\n')},
      err=["d.po: ", "binary"]),
    C("po-draft-ignore-unknown-rule", "lint d.po",
      {"d.po": po('# yongeo: ignore term.bogus\nmsgid "Osaka"\nmsgstr "오사카"\n')},
      err=["d.po:5:", "term.bogus"]),
    # --- configuration ---------------------------------------------------------------------
    *[C(f"toml-invalid-{command.split()[0]}", command,
        {"yongeo.toml": TOML_BAD, "g.po": GOOD.encode(), "k.txt": b"x\n"},
        err=["yongeo.toml:1:", "TOML"])
      for command in ("lookup Osaka", "check", "lint k.txt", "export", "add Nara 나라",
                      "edit Osaka --note n", "remove Osaka")],
    C("toml-error-at-end-of-document", LOOKUP, {"yongeo.toml": b'a = 1\nb = [\n', **GLOSSARY},
      err=["yongeo.toml:2:", "TOML"]),
    C("toml-not-utf8", LOOKUP, {"yongeo.toml": 'a = "café"\n'.encode("latin-1"), **GLOSSARY},
      err=["yongeo.toml:1:", "UTF-8"]),
    C("toml-glossary-not-a-list", "lookup Osaka", {"yongeo.toml": b"glossary = 3\n"},
      err=["yongeo.toml: ", "glossary"]),
    C("toml-glossary-missing", "lookup Osaka", {"yongeo.toml": b'glossary = ["no.po"]\n'},
      err=["no.po: "]),
    C("toml-unknown-rule", "lint k.txt",
      {"yongeo.toml": b'[lint]\ndisable = ["term.bogus"]\n', "k.txt": b"x\n"},
      err=["yongeo.toml: ", "term.bogus"]),
    C("toml-unknown-severity", "lint k.txt",
      {"yongeo.toml": b'[lint]\nseverity = { "term.missing" = "loud" }\n', "k.txt": b"x\n"},
      err=["yongeo.toml: ", "loud"]),
    C("toml-lint-not-a-table", "lint k.txt", {"yongeo.toml": b"lint = 3\n", "k.txt": b"x\n"},
      err=["yongeo.toml: ", "lint"]),
    C("toml-unknown-lint-setting", "lint k.txt",
      {"yongeo.toml": b"[lint]\nfrob = 1\n", "k.txt": b"x\n"}, err=["yongeo.toml: ", "frob"]),
    C("disable-unknown-rule", "lint k.txt --disable term.bogus", {"k.txt": b"x\n"},
      err=["term.bogus"]),
    C("disable-a-family", "lint k.txt --disable term --fail-on info",
      {"k.txt": KO_DRAFT.encode()}, code=0, out=["no problems"]),
    # --- edits -----------------------------------------------------------------------------
    C("add-to-missing-file", "add Nara 나라 -g g.po", {}, err=["g.po: ", "no such"]),
    C("add-in-missing-directory", "add Nara 나라 -g no/g.po", {}, err=["no/g.po: "]),
    C("add-unwritable-in-euckr", "add Smile 😀 -g g.po",
      {"g.po": po(OSAKA, header("EUC-KR"), "euc-kr")}, err=["g.po: ", "EUC-KR"]),
    C("add-to-empty-file", "add Nara 나라 -g g.po", {"g.po": b""}, code=0, out=["added"]),
    C("add-blank-term", ["add", "   ", "나라", "-g", "g.po"], GLOSSARY, err=["empty"]),
    C("add-blank-variant", ["add", "Nara", "나라", "--ko-variant", " ", "-g", "g.po"],
      GLOSSARY, err=["empty"]),
    C("edit-unknown-term", "edit Nara --note n -g g.po", GLOSSARY, err=["g.po: ", "Nara"]),
    C("remove-from-malformed", "remove Osaka -g g.po", {"g.po": po('msgid "Osaka"\n')},
      err=["g.po:5:"]),
    C("export-to-a-directory", "export -o out -g g.po", {**GLOSSARY, "out/x": b""},
      err=["out: ", "directory"]),
    C("export-into-missing-directory", "export -o no/x.json -g g.po", GLOSSARY,
      err=["no/x.json: ", "no such directory"]),
    C("export-over-its-own-glossary", "export -o g.po -g g.po", GLOSSARY, err=["g.po"]),
    C("init-on-a-file", "init proj", {"proj": b"x"}, err=["proj: ", "not a directory"]),
    C("init-twice", "init proj", {"proj/yongeo.toml": b"glossary = []\n"},
      err=["yongeo.toml: ", "already"]),
    # --- import ----------------------------------------------------------------------------
    C("tbx-not-xml", "import t.tbx -f tbx --into g.po", {"t.tbx": b"this is not xml\n"},
      err=["t.tbx:1:", "XML"]),
    C("tbx-empty", "import t.tbx -f tbx --into g.po", {"t.tbx": b""}, err=["t.tbx:1:"]),
    C("tbx-truncated", "import t.tbx -f tbx --into g.po",
      {"t.tbx": b'<?xml version="1.0"?>\n<tbx><text><body>\n<conceptEntry id="a">\n'},
      err=["t.tbx:4:", "XML"]),
    C("tbx-binary", "import t.tbx -f tbx --into g.po", {"t.tbx": bytes(range(256))},
      err=["t.tbx:1:"]),
    C("tbx-nul", "import t.tbx -f tbx --into g.po",
      {"t.tbx": b'<?xml version="1.0"?>\n<tbx>\x00</tbx>\n'}, err=["t.tbx:2:"]),
    C("tbx-directory", "import t -f tbx --into g.po", {"t/x": b""}, err=["t: ", "directory"]),
    C("tbx-leaves-glossary-untouched", "import t.tbx -f tbx --into g.po",
      {"t.tbx": b"<tbx>", **GLOSSARY}, err=["t.tbx:1:"]),
    C("tsv-latin1", "import t.tsv --into g.po", {"t.tsv": "Café\tcafé\n".encode("latin-1")},
      err=["t.tsv:1:", "latin-1", "iconv"]),
    C("tsv-one-column", "import t.tsv --into g.po", {"t.tsv": b"Nara\n"}, err=["t.tsv:1:"]),
    C("tsv-bom-crlf", "import t.tsv --into g.po",
      {"t.tsv": b"\xef\xbb\xbf" + "Nara\t나라\r\nKobe\t고베\r\n".encode()}, code=0,
      out=["2 added"]),
    C("csv-unclosed-quote", "import t.csv -f csv --into g.po",
      {"t.csv": 'en,ko\nNara,나라\n"Kobe,고베\nKyoto,교토\n'.encode()},
      err=["t.csv:3:", "CSV"]),
    C("csv-without-en-column", "import t.csv -f csv --into g.po", {"t.csv": b"x,y\n1,2\n"},
      err=["t.csv:1:", "en"]),
    C("csv-bom-crlf", "import t.csv -f csv --into g.po",
      {"t.csv": b"\xef\xbb\xbf" + "en,ko\r\nNara,나라\r\n".encode()}, code=0, out=["1 added"]),
    C("import-into-directory", "import t.tsv --into dir",
      {"t.tsv": "Nara\t나라\n".encode(), "dir/x": b""}, err=["dir: ", "directory"]),
    C("import-into-malformed", "import t.tsv --into g.po",
      {"t.tsv": "Nara\t나라\n".encode(), "g.po": po('msgid "Osaka"\nmsgstr "오사카\n')},
      err=["g.po:6:"]),
    # --- extract, update, review ------------------------------------------------------------
    C("extract-missing", "extract -q k.txt", {}, err=["k.txt: ", "no such"]),
    C("extract-directory", "extract -q docs", {"docs/k.txt": b"x"}, err=["docs: "]),
    C("extract-binary", "extract -q k.txt", {"k.txt": bytes(range(256)) * 8},
      err=["k.txt: ", "binary"]),
    C("extract-cp949", "extract -q k.txt", {"k.txt": KO_DRAFT.encode("cp949")},
      err=["k.txt:1:", "cp949"]),
    C("extract-empty", "extract -q k.txt", {"k.txt": b""}, code=0, out=['msgid ""']),
    C("extract-cr-line-ends", "extract -q k.txt",
      {"k.txt": b"First line.\r\rThe Nara Treaty was signed in Nara.\r"}, code=0,
      out=["#: k.txt:3"]),
    C("update-malformed-template", "update t.pot g.po",
      {"t.pot": po('msgid "Nara"\nmsgstr "\n'), **GLOSSARY}, err=["t.pot:6:"]),
    C("update-missing-template", "update t.pot g.po", GLOSSARY, err=["t.pot: ", "no such"]),
    C("update-malformed-glossary", "update t.pot g.po",
      {"t.pot": TEMPLATE, "g.po": po('msgid "Osaka"\nmsgstr "오사카\n')}, err=["g.po:6:"]),
    C("update-missing-glossary", "update t.pot g.po", {"t.pot": TEMPLATE},
      err=["g.po: ", "no such"]),
    C("update-glossary-directory", "update t.pot dir", {"t.pot": TEMPLATE, "dir/x": b""},
      err=["dir: "]),
    C("update-binary-template", "update t.pot g.po", {"t.pot": bytes(range(256)), **GLOSSARY},
      err=["t.pot: ", "binary"]),
    C("review-malformed", "review g.po", {"g.po": po('msgid "Osaka"\nmsgstr "오사카\n')},
      err=["g.po:6:"], stdin="a\n"),
    C("review-missing", "review g.po", {}, err=["g.po: ", "no such"], stdin="a\n"),
    C("review-directory", "review dir", {"dir/x": b""}, err=["dir: "], stdin="a\n"),
]


def test_case_ids_are_unique():
    ids = [case.id for case in CASES]
    assert len(ids) == len(set(ids))


def write_files(root: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    """A fresh directory, English messages, no user glossary, configuration or cache."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    for name in ("YONGEO_GLOSSARY", "LANGUAGE", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return work


def run_main(args: tuple[str, ...], stdin: str | None, capsys, monkeypatch) -> tuple[int, str,
                                                                                    str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    with pytest.raises(SystemExit) as exited:  # anything else would be a traceback
        main(list(args))
    captured = capsys.readouterr()
    return exited.value.code, captured.out, captured.err


def check_result(case: Case, code: int, out: str, err: str) -> None:
    assert "Traceback" not in err
    assert code == case.code, (out, err)
    if case.err:
        lines = err.splitlines()
        assert len(lines) == 1, err
        if case.code == 2:
            assert lines[0].startswith("yongeo: ")
        for fragment in case.err:
            assert fragment in lines[0]
    else:
        assert err == ""
    for fragment in case.out:
        assert fragment in out


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_input(case, isolated, capsys, monkeypatch):
    write_files(isolated, case.files)
    before = {name: (isolated / name).read_bytes() for name in case.files}
    code, out, err = run_main(case.args, case.stdin, capsys, monkeypatch)
    check_result(case, code, out, err)
    if code == 2:  # a refused command changes no file it was given
        assert {name: (isolated / name).read_bytes() for name in case.files} == before


# --- cases that need a process of their own ---------------------------------------------

_PR_CAPBSET_DROP = 24


def _without_privileges() -> None:
    """Run as root without capabilities, so that file permissions apply as for anyone."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in range(64):
        libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0)


def run_process(args, cwd: Path, stdin: str | None = None, unprivileged: bool = False,
                prefix: tuple[str, ...] = ("-m", "yongeo")) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "LC_ALL": "C",
           "XDG_CACHE_HOME": str(cwd.parent / "cache")}
    for name in ("YONGEO_GLOSSARY", "LANGUAGE"):
        env.pop(name, None)
    as_root = unprivileged and hasattr(os, "geteuid") and os.geteuid() == 0
    return subprocess.run([sys.executable, *prefix, *args], check=False, cwd=cwd, env=env,
                          input=stdin, capture_output=True, text=True, timeout=300,
                          preexec_fn=_without_privileges if as_root else None)


@functools.cache
def permissions_apply() -> bool:
    """Whether a read-only file stops a child process here (root keeps its power when the
    container does not let it drop its capabilities)."""
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe"
        probe.write_text("x")
        probe.chmod(0o444)
        as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        result = subprocess.run([sys.executable, "-c", f"open({str(probe)!r}, 'a')"],
                                check=False, capture_output=True,
                                preexec_fn=_without_privileges if as_root else None)
        return result.returncode != 0


READ_ONLY = [
    # (id, args, files, what is made read-only, fragments)
    ("add", "add Nara 나라 -g g.po", GLOSSARY, "g.po", ["g.po: ", "read-only"]),
    ("edit", "edit Osaka --note n -g g.po", GLOSSARY, "g.po", ["g.po: ", "read-only"]),
    ("remove", "remove Osaka -g g.po", GLOSSARY, "g.po", ["g.po: ", "read-only"]),
    ("import", "import t.tsv --into g.po", {"t.tsv": "Nara\t나라\n".encode(), **GLOSSARY},
     "g.po", ["g.po: ", "read-only"]),
    ("update", "update t.pot g.po", {"t.pot": TEMPLATE, **GLOSSARY}, "g.po",
     ["g.po: ", "read-only"]),
    ("export", "export -o out.json -g g.po", {**GLOSSARY, "out.json": b"[]\n"}, "out.json",
     ["out.json: ", "read-only"]),
    ("lint-output", "lint k.txt -f json -o out.json",
     {"k.txt": b"x\n", "out.json": b"[]\n"}, "out.json", ["out.json: ", "read-only"]),
    ("add-in-read-only-directory", "add Nara 나라 -g dir/g.po", {"dir/g.po": GOOD.encode()},
     "dir", ["dir/g.po: ", "read-only"]),
    ("import-new-in-read-only-directory", "import t.tsv --into dir/new.po",
     {"t.tsv": "Nara\t나라\n".encode(), "dir/x": b""}, "dir", ["dir/new.po: ", "read-only"]),
    ("export-into-read-only-directory", "export -o dir/out.json -g g.po",
     {**GLOSSARY, "dir/x": b""}, "dir", ["dir/out.json: ", "read-only"]),
    ("init-in-read-only-directory", "init dir/proj", {"dir/x": b""}, "dir", ["dir/proj: "]),
]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses prctl and chmod")
@pytest.mark.parametrize(("args", "files", "locked", "fragments"),
                         [case[1:] for case in READ_ONLY], ids=[case[0] for case in READ_ONLY])
def test_read_only_targets(isolated, args, files, locked, fragments):
    if not permissions_apply():
        pytest.skip("file permissions do not bind this process (root with its capabilities)")
    write_files(isolated, files)
    before = {name: (isolated / name).read_bytes() for name in files}
    target = isolated / locked
    target.chmod(0o555 if target.is_dir() else 0o444)
    try:
        result = run_process(args.split(), isolated, unprivileged=True)
    finally:
        target.chmod(0o755 if target.is_dir() else 0o644)
    assert "Traceback" not in result.stderr
    assert result.returncode == 2, result.stderr
    line, = result.stderr.splitlines()
    assert line.startswith("yongeo: ") and all(f in line for f in fragments), line
    assert {name: (isolated / name).read_bytes() for name in files} == before
    assert not [p.name for p in isolated.rglob(".*") if p.suffix in (".tmp", ".lock")]


MEASURE = ("-c", ("import atexit, resource, sys; from yongeo.cli import main; "
                  "atexit.register(lambda: open(sys.argv[1], 'w').write(str("
                  "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))); main(sys.argv[2:])"))
# A line far longer than the most any check takes at once (a chunk of a long pair), so that
# the memory it costs per character, not the run's fixed cost, is what is measured.
LONG_LINE = 1024 * 1024
SHORT_LINE = 1024
BYTES_PER_BYTE = 100  # a long line may cost tens of times its size, not unbounded memory


def line_of(words: list[str], size: int) -> str:
    line, length = [], 0
    for index in range(size):
        word = words[index % len(words)]
        line.append(word)
        length += len(word.encode()) + 1
        if length >= size:
            return " ".join(line)
    raise AssertionError("unreachable")


def one_line_draft(kind: str, size: int, folder: Path) -> tuple[list[str], str]:
    """A draft of one line of about `size` bytes ending in a deprecated term, written into
    `folder`: the arguments that lint it and where its finding must be located."""
    korean = line_of(["회담에서", "양국", "정상이", "셔틀", "외교를", "논의했다", "그리고",
                      "오사카의"], size) + " 오오사카"
    if kind == "text":
        (folder / "k.txt").write_text(korean, encoding="utf-8")
        return ["k.txt"], f"k.txt:1:{len(korean) - 3}: error term.deprecated"
    if kind == "nfd":
        decomposed = unicodedata.normalize("NFD", korean)
        (folder / "k.txt").write_text(decomposed, encoding="utf-8")
        column = len(decomposed) - len(unicodedata.normalize("NFD", "오오사카")) + 1
        return ["k.txt"], f"k.txt:1:{column}: error term.deprecated"
    english = line_of(["the", "talks", "in", "Osaka", "were", "\\\"long\\\""], size)
    text = HEADER + f'msgid "{english}"\nmsgstr "{korean}"\n'
    (folder / "d.po").write_text(text, encoding="utf-8")
    return ["d.po"], f"d.po:6:{len(korean) + 5}: error term.deprecated"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    """A cache holding the bundled glossary compiled for texts and PO files: the measured
    runs load it alike, as a compile's own peak would hide what a line costs."""
    folder = tmp_path_factory.mktemp("compiled") / "work"
    folder.mkdir()
    args = [*one_line_draft("text", SHORT_LINE, folder)[0],
            *one_line_draft("po", SHORT_LINE, folder)[0]]
    assert run_process(["lint", "--fail-on", "none", *args], folder).returncode == 0
    return folder.parent / "cache"


def peak_kb(kind: str, size: int, folder: Path, cache: Path) -> int:
    folder.mkdir(parents=True)
    args, location = one_line_draft(kind, size, folder)
    (folder.parent / "cache").symlink_to(cache, target_is_directory=True)
    result = run_process(["rss", "lint", "--fail-on", "none", *args], folder, prefix=MEASURE)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stderr == ""
    assert location in result.stdout
    return int((folder / "rss").read_text())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss is in KB on Linux")
@pytest.mark.parametrize("kind", ["text", "nfd", "po"])
def test_a_megabyte_line(tmp_path, compiled, kind):
    """One line of a megabyte, as a plain-text draft (NFC, or NFD as macOS writes it) and as
    a PO string: it is checked (its last finding is found and located) in memory that grows
    with its length by at most BYTES_PER_BYTE times, over the same run on a short line."""
    assert LONG_LINE > 5 * CHUNK_CHARS
    short = peak_kb(kind, SHORT_LINE, tmp_path / "short" / "work", compiled)
    long = peak_kb(kind, LONG_LINE, tmp_path / "long" / "work", compiled)
    assert long - short < BYTES_PER_BYTE * (LONG_LINE - SHORT_LINE) // 1024
