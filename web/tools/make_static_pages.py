#!/usr/bin/env python3
"""Writes the pages of the site that need no script, in every language the catalogue has:

  questions.html, questions.LOCALE.html  every question of QUIZ as a plain, accessible form: the
      fallback for readers without JavaScript (index.html's and frame.html's <noscript> link here)
  questions.css                          web/questions.css, and each locale's system fonts
  index.html, frame.html                 web/'s templates with their <noscript> lines, one per
                                         language, where the template says <!-- @NOSCRIPT@ -->

Usage: make_static_pages.py DIST CONTENT WEB
  DIST     the folder `exposure catalog` wrote into (catalog.json, QUIZ.LOCALE.json); the pages
           are written there too
  CONTENT  the content folder: the pages' words are its locales' ("page", "questions_page" and
           "dates" in content/locales/LOCALE.json, a variant's gaps filled by its fallback)
  WEB      the folder with the templates (web/)
QUIZ is the catalogue's first quiz, the site's default (content/quizzes.json).

No script and no inline style (the pages work under the quiz's CSP). Readers can answer for
themselves (a real form, keyboard and screen-reader friendly) and read why each question
matters with its sources; the score needs the interactive quiz. Each page links to the others.
"""
import html
import json
import os
import re
import sys


def load_words(content, locale_id):
    """A locale's words by "section.key" (its fallbacks filling the gaps), its name and months."""
    words, months, name = {}, None, None
    while locale_id:
        with open(os.path.join(content, "locales", f"{locale_id}.json"), encoding="utf-8") as f:
            locale = json.load(f)
        name = name or locale["name"]
        for section in ("page", "questions_page", "dates"):
            for key, text in locale.get(section, {}).items():
                if key != "month_names" and not key.startswith("$"):
                    words.setdefault(f"{section}.{key}", text)
        months = months or locale.get("dates", {}).get("month_names")
        locale_id = locale.get("fallback")
    return {"words": words, "months": months or [str(m) for m in range(1, 13)], "name": name}


def fill(template, *args):
    """A template's {0}, {1}, ... filled in order."""
    return re.sub(r"\{(\d)\}", lambda m: str(args[int(m.group(1))]) if int(m.group(1)) < len(args) else m.group(0),
                  template)


PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>{page_title}</title>
<link rel="stylesheet" href="questions.css">
<link rel="icon" href="favicon.svg" type="image/svg+xml">
{alternates}
</head>
<body>
<header>
<nav class="languages" aria-label="{languages_label}">
<ul>
{language_links}
</ul>
</nav>
</header>
<main>
<h1>{title}</h1>
<p class="lead">{intro}</p>
<p class="note">{note}</p>
<form action="#" aria-label="{form_label}">
{questions}
</form>
<h2>{actions_heading}</h2>
<ol class="actions">
{actions}
</ol>
</main>
<footer class="footer">
<p>{footer}</p>
</footer>
</body>
</html>
"""


def e(text):
    return html.escape(text or "", quote=True)


def page_name(locale, source):
    # The source language keeps the name it always had, so existing links to questions.html work.
    return "questions.html" if locale == source else f"questions.{locale}.html"


def interactive_quiz_href(locale):
    # The reader chose this page's language: ask the full quiz for the same one (index.html's
    # ?lang=) rather than let it guess from the browser's languages.
    return f"index.html?lang={locale}"


def language_links(current, languages, source):
    # Each link names its language in that language, so it carries its own lang (for screen
    # readers' pronunciation and for the CJK font in questions.css) and hreflang (the target's).
    items = []
    for language in languages:
        locale = language["id"]
        here = ' aria-current="page"' if locale == current else ""
        items.append(
            f'<li><a href="{page_name(locale, source)}" lang="{locale}" hreflang="{locale}"{here}>{e(language["name"])}</a></li>'
        )
    return "\n".join(items)


def alternates(languages, source):
    return "\n".join(
        f'<link rel="alternate" hreflang="{language["id"]}" href="{page_name(language["id"], source)}">'
        for language in languages
    )


def quote(source):
    """The passage of a source that supports the text it sits under, in the source's language."""
    if not source.get("quote"):
        return ""
    lang = e(source.get("quote_lang", ""))
    return f'<blockquote class="quote" lang="{lang}" cite="{e(source["url"])}">\u201c{e(source["quote"])}\u201d</blockquote>'


def sources(items, words, list_id):
    if not items:
        return ""
    # Quotes in a row from one source share its link, as on the canvas.
    groups = []
    for s in items:
        if groups and groups[-1][0]["url"] == s["url"]:
            groups[-1].append(s)
        else:
            groups.append([s])
    links = "".join(
        f'<li><a href="{e(g[0]["url"])}" rel="noopener noreferrer">{e(g[0].get("title") or g[0]["url"])}</a>'
        + "".join(quote(s) for s in g) + "</li>"
        for g in groups
    )
    # The visible label names the list for screen readers too (aria-labelledby), without a
    # heading that would break the page's heading levels inside a question.
    return (
        f'<p class="sources-label" id="{list_id}">{e(words["questions_page.sources"])}</p>'
        f'<ul class="sources" aria-labelledby="{list_id}">{links}</ul>'
    )


def question_html(number, total, q, categories, words):
    kind = "checkbox" if q.get("kind") == "multi" else "radio"
    role = "" if kind == "checkbox" else ' role="radiogroup"'
    qid = e(q["id"])
    options = []
    for o in q["options"]:
        oid = f'{qid}--{e(o["id"])}'
        detail = f'<span class="detail" id="{oid}-detail">{e(o["detail"])}</span>' if o.get("detail") else ""
        described = f' aria-describedby="{oid}-detail"' if o.get("detail") else ""
        options.append(
            f'<div class="option"><input type="{kind}" id="{oid}" name="{qid}" value="{e(o["id"])}"{described}>'
            f'<label for="{oid}">{e(o["label"])}</label>{detail}</div>'
        )
    if q.get("skippable"):
        oid = f"{qid}--skip"
        options.append(
            f'<div class="option"><input type="{kind}" id="{oid}" name="{qid}" value="">'
            f'<label for="{oid}">{e(words["questions_page.skip"])}</label></div>'
        )
    hint = words["questions_page.choose_all"] if kind == "checkbox" else words["questions_page.choose_single"]
    condition = ""
    if q.get("show_if"):
        condition = f'<p class="condition">{e(words["questions_page.condition"])}</p>'
    why = ""
    if q.get("help") or q.get("sources"):
        why = (
            f'<details><summary>{e(words["questions_page.why"])}</summary><p>{e(q.get("help"))}</p>'
            f'{sources(q.get("sources"), words, f"q-{qid}-sources")}</details>'
        )
    count = fill(words["questions_page.count"], number, total)
    return (
        # The count is shown but not spoken: the legend (the group's name) is the prompt.
        f'<fieldset id="q-{qid}"{role}>\n<legend><span class="count" aria-hidden="true">{e(count)} · '
        f'{e(categories.get(q["category"], ""))}</span> <span class="prompt">{e(q["prompt"])}</span></legend>\n'
        f'{condition}<p class="hint">{e(hint)}</p>\n' + "\n".join(options) + f"\n{why}\n</fieldset>"
    )


def checked_line(quiz, locale):
    # "reviewed" is "YYYY-MM" or "YYYY-MM-DD" (the loader checks it); the page says the month,
    # in the words the interactive quiz uses (the locale's dates.facts_checked).
    reviewed = quiz.get("reviewed", "")
    if len(reviewed) < 7 or not reviewed[5:7].isdigit() or not 1 <= int(reviewed[5:7]) <= 12:
        return ""
    month = int(reviewed[5:7])
    line = fill(locale["words"]["dates.facts_checked"], reviewed[:4], month, locale["months"][month - 1])
    return fill(locale["words"]["questions_page.checked"], line)


def questions_page(dist, quiz_id, locale_id, locale, languages, source):
    with open(os.path.join(dist, f"{quiz_id}.{locale_id}.json"), encoding="utf-8") as f:
        quiz = json.load(f)
    words = locale["words"]
    categories = {c["id"]: c.get("title", "") for c in quiz.get("categories", [])}
    questions = quiz.get("questions", [])
    blocks = [question_html(i + 1, len(questions), q, categories, words) for i, q in enumerate(questions)]
    actions = []
    for r in quiz.get("recommendations", []):
        actions.append(
            f'<li><h3>{e(r.get("title"))}</h3><p>{e(r.get("body"))}</p>'
            f'{sources(r.get("sources"), words, "r-" + e(r["id"]) + "-sources")}</li>'
        )
    title = quiz.get("title", "")
    quiz_link = f'<a href="{e(interactive_quiz_href(locale_id))}">{e(words["questions_page.quiz_link"])}</a>'
    gap = words["questions_page.gap"]
    footer = gap.join(part for part in (e(checked_line(quiz, locale)), e(words["questions_page.footer"])) if part)
    return PAGE.format(
        lang=e(locale_id),
        page_title=e(fill(words["questions_page.page_title"], title, words["page.product"])),
        alternates=alternates(languages, source),
        languages_label=e(words["page.language"]),
        language_links=language_links(locale_id, languages, source),
        title=e(title),
        intro=e(quiz.get("intro", "")),
        note=fill(e(words["questions_page.note"]), quiz_link),
        form_label=e(words["questions_page.form"]),
        questions="\n".join(blocks),
        actions_heading=e(words["questions_page.actions"]),
        actions="\n".join(actions),
        footer=footer,
    )


def noscript(languages, source, in_frame):
    # One line per language, each in its own lang, linking to its plain page (a frame opens it
    # in a new tab: the plain page is a whole page).
    target = ' target="_blank" rel="noopener"' if in_frame else ""
    lines = []
    for language in languages:
        link = (f'<a href="{page_name(language["id"], source)}" hreflang="{language["id"]}"{target}>'
                f'{e(language["words"]["page.noscript_link"])}</a>')
        lines.append(f'<p lang="{language["id"]}">{fill(e(language["words"]["page.noscript"]), link)}</p>')
    return "\n".join(lines)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    dist, content, web = argv[1:]
    with open(os.path.join(dist, "catalog.json"), encoding="utf-8") as f:
        catalog = json.load(f)
    entry = catalog["quizzes"][0]
    quiz_id = entry["id"]
    source = entry["source"]
    languages = []
    for locale_id in entry["languages"]:
        locale = load_words(content, locale_id)
        languages.append({"id": locale_id, **locale})
    for language in languages:
        write(os.path.join(dist, page_name(language["id"], source)),
              questions_page(dist, quiz_id, language["id"], language, languages, source))
    with open(os.path.join(web, "questions.css"), encoding="utf-8") as f:
        css = f.read()
    # Each language in the system's fonts of its script (a Chinese reader's own fonts cost no
    # download); :lang() also covers the language links, which carry their own lang.
    for locale in catalog["locales"]:
        if locale["id"] != source:
            css += f':lang({locale["id"]}) {{ font-family: {locale["system_fonts"]}; }}\n'
    write(os.path.join(dist, "questions.css"), css)
    for page, in_frame in (("index.html", False), ("frame.html", True)):
        with open(os.path.join(web, page), encoding="utf-8") as f:
            template = f.read()
        if template.count("<!-- @NOSCRIPT@ -->") != 1:
            sys.exit(f"make_static_pages.py: {web}/{page} must hold <!-- @NOSCRIPT@ --> once")
        write(os.path.join(dist, page), template.replace("<!-- @NOSCRIPT@ -->", noscript(languages, source, in_frame)))


if __name__ == "__main__":
    main(sys.argv)
