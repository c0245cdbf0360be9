#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes rotordeck_en.ts: the English plural forms of every "%n" message.

English is the source language, so only messages with a count need a catalogue: "%n rotator(s)"
becomes "%n rotator" (one) and "%n rotators" (other). Run it after update_translations, from
this folder: ./english_plurals.py  (it reads rotordeck_cs.ts, which lupdate keeps complete).
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

here = Path(__file__).resolve().parent
source = ET.parse(here / "rotordeck_cs.ts").getroot()

out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
       '<TS version="2.1" language="en">']
count = 0
for context in source.iter("context"):
    name = context.findtext("name")
    entries = []
    for message in context.iter("message"):
        if message.get("numerus") != "yes":
            continue
        text = message.findtext("source")
        one = text.replace("(s)", "")
        other = text.replace("(s)", "s")
        entries.append(
            '    <message numerus="yes">\n'
            f"        <source>{escape(text)}</source>\n"
            "        <translation>\n"
            f"            <numerusform>{escape(one)}</numerusform>\n"
            f"            <numerusform>{escape(other)}</numerusform>\n"
            "        </translation>\n"
            "    </message>")
    if entries:
        out.append("<context>")
        out.append(f"    <name>{escape(name)}</name>")
        out.extend(entries)
        out.append("</context>")
        count += len(entries)
out.append("</TS>")
(here / "rotordeck_en.ts").write_text("\n".join(out) + "\n", encoding="utf-8")
print(f"rotordeck_en.ts: {count} plural messages", file=sys.stderr)
