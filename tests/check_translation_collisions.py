#!/usr/bin/python3
"""Fails when two different visible strings get the same translation in one
language (German "Trennen" for both Disconnect and Drop, Italian "Ora" for
both Time and Now): a person sees one word and cannot tell the two apart.
Compared case-insensitively, without the '&' of keyboard accelerators, across
all contexts (they share one window).

usage: check_translation_collisions.py translations/*.ts
"""
import sys
import xml.etree.ElementTree as ET


def norm(text):
    return text.replace("&", "").strip().lower()


status = 0
for path in sys.argv[1:]:
    seen = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            # Plural messages: all their forms together are the translation.
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = " / ".join(forms) if forms else translation.text
            if not text or not text.strip():
                continue
            source = message.find("source").text
            key = norm(text)
            if key in seen and norm(seen[key][1]) != norm(source):
                print(f"{path}: \"{text}\" translates both \"{seen[key][1]}\" ({seen[key][0]}) "
                      f"and \"{source}\" ({name})")
                status = 1
            seen.setdefault(key, (name, source))
if status == 0:
    print("no two strings share a translation")
sys.exit(status)
