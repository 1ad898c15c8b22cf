"""PO text both one-pass readers (glossary.scan, lint.po_reader) are checked against: each
must read as polib and the glossary's checks read, or step back. One table for both, since
both follow one account of the syntax (yongeo.po_syntax)."""

# A second header after an entry (parse_po refuses it).
_SECOND_HEADER = ('msgid ""\nmsgstr ""\n"Language: ko\\n"\n')

# (body after the file's header, what the pass does: "read in one pass", "left to polib",
# or "refused" by parse_po)
LAYOUTS = [
    ('msgid "Osaka"\nmsgstr "오사카"\n', "read in one pass"),
    (('# id: osaka\n# type: place\n#. extracted\n#. two\n#: a.c:1 b.md c: d:e:7\n'
      '#, fuzzy, c-format\nmsgctxt "c"\nmsgid ""\n"Os\\"aka\\"\\n"\nmsgstr ""\n"오사카\\t"\n'),
     "read in one pass"),
    ('#, c-format\nmsgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "파일 %d개"\n',
     "read in one pass"),
    (('#| msgid "Old"\nmsgid "Osaka"\nmsgstr "오사카"\n\n#~| msgid "Nara"\n# kept\n'
      '#~ msgid "Nara-shi"\n#~ msgstr "나라시"\n\n# trailing\n#.\n'), "read in one pass"),
    ('msgid "\\a\\?\\x41"\nmsgstr "오\\\\사카"\n', "read in one pass"),
    ('#\n##double\n#\tx\nmsgid "a"\nmsgstr ""\n\n\n\nmsgid "b"\nmsgstr "나"\n#.\n#,\n#:\n',
     "read in one pass"),
    ('msgid "a\u2028b\x1cc\x85"\nmsgstr "가"\n', "read in one pass"),
    ('msgctxt ""\nmsgid "a"\nmsgstr "가"\n', "read in one pass"),
    # laid out as gettext does not write it: polib reads it
    ('msgid  "Osaka"\nmsgstr "오사카"\n', "left to polib"),
    ('  msgid "Osaka"\nmsgstr "오사카"\n', "left to polib"),
    ('#.note\nmsgid "Osaka"\nmsgstr "오사카"\n', "left to polib"),
    ('#x\nmsgid "Osaka"\nmsgstr "오사카"\n', "left to polib"),
    ('msgid "Osaka"\nmsgstr "오사카"\n#~ msgid "Nara"\n#~ msgstr "나라"\n# after\n',
     "read in one pass"),
    # malformed: polib and the glossary's checks say why, with the line
    ('msgid "Osaka"\nmsgstr "오사카\n', "refused"),
    ('msgid "Os\\qaka"\nmsgstr "오사카"\n', "refused"),
    ('msgid "Osaka"\nmsgstr "\\x"\n', "refused"),
    ('msgid "Osaka"\nmsgstr "오사카"\n\nmsgid "Osaka"\nmsgstr "오오사카"\n', "refused"),
    ('msgid "Osaka"\nmsgstr "오사카"\n\n#~ msgid "Osaka"\n#~ msgstr "오오사카"\n', "refused"),
    ('msgid "Osaka"\nmsgstr "오사카"\n\n' + _SECOND_HEADER, "refused"),
    ('msgid "Osaka"\n\nmsgid "Nara"\nmsgstr "나라"\n', "refused"),
    ('msgid "Osaka"\n', "refused"),
    ('msgstr "오사카"\n', "refused"),
    ('msgid "Osaka"\nmsgstr\n', "refused"),
    ('msgid "Osaka"\nmsgstr "오사카"\nbogus line\n', "refused"),
    ('msgid "Osaka"\nmsgstr "오사카"\n\n#~ msgid "Nara"\nmsgstr "나라"\n', "refused"),
    ('msgid "Osaka"\nmsgstr "오사카"\n\n#~| msgid "Nara"\n', "refused"),
    ('msgid "Osaka"\n#| "x"\nmsgstr "오사카"\n', "refused"),
    ('msgctxt "c"\n# note\nmsgid "Osaka"\nmsgstr "오사카"\n', "refused"),
    ('msgid "a"\nmsgstr "가"\nmsgstr "나"\n', "refused"),
    ('msgid "a"\n"b"c"\nmsgstr "가"\n', "refused"),
    # as lint meets them: a suppression comment, a previous string right before an
    # obsolete entry
    (('# yongeo: ignore term.missing\n#. note\n#: a.c:1\n#, fuzzy, c-format\n'
      'msgctxt "c"\nmsgid ""\n"Os\\"aka\\"\\n"\nmsgstr ""\n"오사카\\t"\n'), "read in one pass"),
    (('#| msgid "Old"\nmsgid "Osaka"\nmsgstr "오사카"\n\n#~| msgid "Nara"\n#~ msgid "Nara-shi"\n'
      '#~ msgstr "나라시"\n\n# trailing\n#.\n'), "read in one pass"),
]

# Lines that generated files are made of.
PO_LINES = [
    'msgid ""', 'msgstr ""', '"Language: ko\\n"', 'msgid "Osaka"', 'msgid "Nara"',
    'msgstr "오사카"', 'msgstr "오오사카 \\"x\\""', 'msgctxt "c"', 'msgid_plural "Osakas"',
    'msgstr[0] "오사카 %d"', 'msgstr[1] "x"', 'msgstr[10] "x"', '"more \\\\ text"', '"a\\tb"',
    '"\\a"', '"\\q"', '"\\x4"', '"\\x"', '# id: osaka', '# type: place', '# comment', '#',
    '##x', '#x', '#.', '#. extracted', '#.x', '#:', '#: a.c:1 b', '#: x:y', '#, fuzzy',
    '#,fuzzy', '#, fuzzy, c-format', '#| msgid "old"', '#|', '#| "cont"', '#|msgid "x"',
    '#~ msgid "Tokyo"', '#~ msgstr "도쿄"', '#~ msgctxt "c"', '#~ "cont"', '#~| msgid "o"', '#~|',
    '#~', '#~ # x', '', ' msgid "x"', 'msgid "x" ', 'msgid', 'bogus', 'msgid "unterminated',
    'msgid"x"', '"x"y"', '#@ x', 'msgstr "\u2028"', 'msgid "a\x85b"', '\u3000',
    '# yongeo: ignore term.missing', '#: a.c:1',
]


def generated_files(entries: list[list[str]]):
    """A hypothesis strategy of PO bodies: lines of PO_LINES (any, however wrong) and
    well-formed `entries` (lines with {n} for a number), up to 14 pieces, read by either
    reader after its own header."""
    from hypothesis import strategies as st

    well_formed = st.tuples(st.sampled_from(entries), st.integers(0, 50)).map(
        lambda e: "\n".join(line.format(n=e[1]) for line in e[0]) + "\n")
    return st.lists(st.one_of(st.sampled_from(PO_LINES), well_formed, well_formed,
                              well_formed), max_size=14)
