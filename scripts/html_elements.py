"""Parses HTML pages with Python's HTML tokenizer (html.parser, as a browser reads
tags) and prints, as JSON, for each page: every element as [tag, [attribute names]],
and the page's text with character references decoded.

Usage: python3 scripts/html_elements.py PAGE.html..."""

import json
import sys
from html.parser import HTMLParser


class Elements(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.elements.append([tag, sorted(name for name, _ in attrs)])

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        self.text.append(data)


def parse(path):
    parser = Elements()
    with open(path, encoding="utf-8") as file:
        parser.feed(file.read())
    parser.close()
    return {"elements": parser.elements, "text": "".join(parser.text)}


if __name__ == "__main__":
    json.dump({path: parse(path) for path in sys.argv[1:]}, sys.stdout, ensure_ascii=False)
