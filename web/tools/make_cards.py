#!/usr/bin/env python3
"""Draws the link card of the default quiz's page in every language: DIST/QUIZ-card.png and
QUIZ-card.LOCALE.png, 1200x630 PNG, the og:image `exposure pages` names in each page's head.

Platforms that show a pasted link as a card (Medium, Substack, WordPress.com, Discourse) show
this image, often as a thumbnail a few hundred pixels wide: so a few big words only, the quiz's
title in its own language, the product's name and one line of what the reader gets, on the
palette's colours (read from DIST/exposure-quiz.css, which `exposure pages` writes from the
engine's palette). Drawn with Pillow and the fonts the build already uses: Noto Sans Bold for
Latin text, and a locale's own Noto Sans CJK face (content/locales/*.json, fonts.canvas) in Bold
for Chinese. Same inputs, same bytes: no date or other metadata in the PNG.

Usage: make_cards.py DIST CONTENT
"""
import json
import re
import sys
from pathlib import Path

try:
    from PIL import Image, ImageDraw, ImageFont
except ImportError:
    sys.exit("make_cards.py: Pillow is missing: run build-scripts/setup (it installs Debian's python3-pil)")

WIDTH, HEIGHT = 1200, 630  # Open Graph's large image; tools/pages_command.cpp says the same
MARGIN = 80
LATIN_BOLD = Path("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf")
LATIN_REGULAR = Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")
# A line never starts with these, nor ends with the opening ones (as exposure::next_line).
NO_START = set("，。、：；！？）」』》〉】”’,.:;!?)")
NO_END = set("（「『《〈【“‘(")


def fail(message):
    sys.exit(f"make_cards.py: {message}")


def palette(css):
    """The light palette's colours, the first block `exposure pages` writes."""
    block = css.split("[SECTION] Written by `exposure pages`", 1)[-1]
    block = block.split("}", 1)[0]
    colours = dict(re.findall(r"--eq-([a-z-]+):\s*(#[0-9a-f]{6})", block))
    for name in ("background", "surface", "text", "text-muted", "accent", "good", "notice", "border"):
        if name not in colours:
            fail(f"no --eq-{name} in exposure-quiz.css: run `exposure pages` first")
    return colours


def fonts_for(content, lang, weight):
    """The font a locale's text is drawn in: its own CJK face when it has one it shows all the
    time (not deferred), else Noto Sans."""
    locales = {}
    for file in (content / "locales").glob("*.json"):
        data = json.loads(file.read_text(encoding="utf-8"))
        locales[data["locale"]] = data
    seen = set()
    while lang and lang not in seen:
        seen.add(lang)
        canvas = locales.get(lang, {}).get("fonts", {}).get("canvas")
        if canvas:
            if canvas.get("deferred"):
                break
            source = Path(canvas["source"].replace("-Regular.", f"-{weight}."))
            if not source.is_file():
                fail(f"{source} is missing: run build-scripts/setup (it installs fonts-noto-cjk)")
            return source, canvas.get("face", 0)
        lang = locales.get(lang, {}).get("fallback")
    latin = LATIN_BOLD if weight == "Bold" else LATIN_REGULAR
    if not latin.is_file():
        fail(f"{latin} is missing: run build-scripts/setup (it installs fonts-noto-core)")
    return latin, 0


def tokens(text):
    """Words for Latin text, single characters for CJK: where a line may break."""
    out = []
    for part in re.findall(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+", text):
        out.append(part)
    return out


def wrap(draw, text, font, width):
    lines, line = [], ""
    for token in tokens(text):
        trial = line + token
        if line and not token.isspace() and draw.textlength(trial.rstrip(), font=font) > width:
            carry = ""
            # Closing punctuation stays with the character before it; opening with the one after.
            while token[0] in NO_START and line and not line[-1].isspace():
                carry, line = line[-1] + carry, line[:-1]
            while line and line[-1] in NO_END:
                carry, line = line[-1] + carry, line[:-1]
            lines.append(line.rstrip())
            line = carry + token
        elif not (token.isspace() and not line):
            line = trial
    if line.strip():
        lines.append(line.rstrip())
    return lines


def fit(draw, text, path, face, width, sizes, max_lines):
    """The largest size that fits in max_lines; a smaller one when that saves a line that would
    hold only a word or a character or two (高？ alone on the last line)."""
    chosen = None
    for size in sizes:
        font = ImageFont.truetype(str(path), size, index=face)
        lines = wrap(draw, text, font, width)
        if len(lines) > max_lines:
            continue
        if chosen is None:
            chosen = (font, lines)
            if len(lines[-1]) > 3 or len(lines) == 1:
                break
        elif len(lines) < len(chosen[1]):
            chosen = (font, lines)
            break
    return chosen or (font, lines[:max_lines])


def hex_rgb(colour):
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))


def card(content, colours, lang, title, product, tagline):
    image = Image.new("RGB", (WIDTH, HEIGHT), hex_rgb(colours["background"]))
    draw = ImageDraw.Draw(image)
    bold, bold_face = fonts_for(content, lang, "Bold")
    regular, regular_face = fonts_for(content, lang, "Regular")
    inner = WIDTH - 2 * MARGIN
    # A card on the page's background, as the quiz's own cards are drawn.
    draw.rounded_rectangle((40, 40, WIDTH - 40, HEIGHT - 40), 28, fill=hex_rgb(colours["surface"]),
                           outline=hex_rgb(colours["border"]), width=2)

    y = MARGIN
    name_font = ImageFont.truetype(str(bold), 34, index=bold_face)
    draw.rounded_rectangle((MARGIN, y + 4, MARGIN + 14, y + 38), 5, fill=hex_rgb(colours["accent"]))
    draw.text((MARGIN + 30, y), product, font=name_font, fill=hex_rgb(colours["accent"]))
    title_font, lines = fit(draw, title, bold, bold_face, inner, (84, 76, 68, 60, 54), 3)
    tag_font, tag_lines = fit(draw, tagline, regular, regular_face, inner, (38, 34, 30), 2)
    step, tag_step = int(title_font.size * 1.22), int(tag_font.size * 1.3)
    # The title and the line under it, in the middle of the room between the name and the scale.
    block = len(lines) * step + 18 + len(tag_lines) * tag_step
    top, bottom = y + 60, HEIGHT - MARGIN - 22 - 24
    y = top + max(0, (bottom - top - block) // 2)
    for line in lines:
        draw.text((MARGIN, y), line, font=title_font, fill=hex_rgb(colours["text"]))
        y += step
    y += 18
    for line in tag_lines:
        draw.text((MARGIN, y), line, font=tag_font, fill=hex_rgb(colours["text-muted"]))
        y += tag_step

    # The 0-100 scale the quiz scores on, from little exposure to full.
    bar_y, bar_h = HEIGHT - MARGIN - 22, 22
    third = inner // 3
    for i, colour in enumerate((colours["good"], colours["notice"], colours["accent"])):
        x0 = MARGIN + i * third
        draw.rounded_rectangle((x0, bar_y, x0 + third - 8, bar_y + bar_h), 11, fill=hex_rgb(colour))
    return image


def main():
    if len(sys.argv) != 3 or sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        sys.exit(0 if len(sys.argv) == 2 else 2)
    dist, content = Path(sys.argv[1]), Path(sys.argv[2])
    catalog = json.loads((dist / "catalog.json").read_text(encoding="utf-8"))
    colours = palette((dist / "exposure-quiz.css").read_text(encoding="utf-8"))
    quiz = catalog["quizzes"][0]  # the default quiz: the one index.html shows
    locales = {locale["id"]: locale for locale in catalog["locales"]}
    for lang in quiz["languages"]:
        words = locales[lang]["words"]
        for key in ("product", "card_tagline"):
            if not words.get(key):
                fail(f"the {lang} locale has no page.{key}: add it to content/locales/{lang}.json")
        image = card(content, colours, lang, quiz["title"][lang], words["product"], words["card_tagline"])
        suffix = "" if lang == quiz["source"] else f".{lang}"
        image.save(dist / f"{quiz['id']}-card{suffix}.png", optimize=True)


if __name__ == "__main__":
    main()
