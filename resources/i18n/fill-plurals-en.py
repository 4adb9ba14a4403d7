#!/usr/bin/env python3
"""Fills the English plural forms in resources/i18n/lanyard_en.ts: "%n event(s)" becomes "%n event" and
"%n events". Run after `cmake --build BUILD --target update_translations`; other messages stay
untranslated (English is the source language) and lrelease leaves them out."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "resources/i18n/lanyard_en.ts"
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    singular = re.sub(r"\((s|es)\)", "", source)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    for form in (singular, plural):
        element = ET.SubElement(translation, "numerusform")
        element.text = form
    filled += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
print(f"{path}: {filled} plural messages")
