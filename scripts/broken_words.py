"""Finds words the browser breaks across lines without a hyphen, in headless Chromium.

Usage: python3 scripts/broken_words.py [--widths 1280] PAGE.html...

For every text of a page's content (table cells above all, where columns are narrow),
the browser's own line boxes are read: each character's client rectangle
(Range.getClientRects) says on which line it stands. Where two characters of one word
(letters or digits) stand on different lines and no soft hyphen or hyphen ends the first
line, the word is broken without a hyphen. Addresses written as text (www., ://, @) may
break anywhere and are not counted.

Prints each broken word as "fragment|fragment" with its page and width, then a summary.
Exits 1 if any word is broken, 2 if a tool is missing."""

import argparse
import os
import sys

# Returns [text before the break, text after, the whole token] for every break of a word
# across lines, in the page's content.
FIND_BREAKS = r"""
const root = document.querySelector('main') || document.body;
const blocks = 'p,li,td,th,h1,h2,h3,h4,h5,h6,caption,figcaption,dt,dd,blockquote,div,section,nav,header,footer,main,body';
const word = /[\p{L}\p{N}]/u;
const space = /\s/u;
const range = document.createRange();
const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
const breaks = [];
let group = null;   // the block the characters so far belong to
let chars = [];     // its characters: {ch, line}
let line = 0;
let last = null;    // rectangle of the last character with one

function hidden(element) {
  const box = element.getBoundingClientRect();
  return box.width <= 1 || box.height <= 1;
}

function flush() {
  // Tokens between whitespace, with the lines their characters stand on.
  let token = [];
  const tokens = [];
  for (const c of chars) {
    if (space.test(c.ch)) { if (token.length) tokens.push(token); token = []; } else { token.push(c); }
  }
  if (token.length) tokens.push(token);
  for (const t of tokens) {
    const text = t.map(c => c.ch).join('');
    if (text.includes('www.') || text.includes('://') || text.includes('@')) continue;
    for (let i = 1; i < t.length; i++) {
      if (t[i].line === t[i - 1].line) continue;
      if (!word.test(t[i - 1].ch) || !word.test(t[i].ch)) continue;
      const before = t.slice(0, i).map(c => c.ch).join('').replace(/\u00AD/g, '');
      const after = t.slice(i).map(c => c.ch).join('').replace(/\u00AD/g, '');
      breaks.push([before, after, text.replace(/\u00AD/g, '')]);
    }
  }
  chars = [];
}

while (walker.nextNode()) {
  const node = walker.currentNode;
  const parent = node.parentElement;
  if (!parent || parent.closest('script, style, noscript') || hidden(parent)) continue;
  const block = parent.closest(blocks);
  if (block !== group) { flush(); group = block; last = null; }
  const text = node.data;
  for (let i = 0; i < text.length; i++) {
    const wide = text.charCodeAt(i) >= 0xD800 && text.charCodeAt(i) < 0xDC00 ? 2 : 1;
    range.setStart(node, i);
    range.setEnd(node, i + wide);
    const rects = range.getClientRects();
    if (rects.length > 0) {
      const rect = rects[rects.length - 1];
      if (last && rect.height > 0 && rect.top >= last.top + Math.max(last.height, 1) * 0.6) line += 1;
      if (rect.height > 0) last = rect;
    }
    chars.push({ch: text.substr(i, wide), line});
    i += wide - 1;
  }
}
flush();
return breaks;
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--widths", default="1280")
    parser.add_argument("pages", nargs="+")
    arguments = parser.parse_args()
    widths = [int(width) for width in arguments.widths.split(",")]

    try:
        from browser import file_url, open_chromium, set_viewport
    except ImportError as error:
        sys.stderr.write(f"error: {error}; pip install selenium\n")
        sys.exit(2)

    driver = open_chromium()
    broken = 0
    try:
        for width in widths:
            set_viewport(driver, width)
            for page in arguments.pages:
                driver.get(file_url(page))
                name = os.path.relpath(page)
                for before, after, token in driver.execute_script(FIND_BREAKS):
                    broken += 1
                    print(f"{name} @ {width}px: {before}|{after} ({token})")
    finally:
        driver.quit()
    print(f"checked {len(arguments.pages)} pages at {', '.join(map(str, widths))} px: "
          f"{broken} words broken without a hyphen")
    sys.exit(1 if broken else 0)


if __name__ == "__main__":
    main()
