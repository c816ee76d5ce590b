#!/usr/bin/env python3
"""Writes the quiz's questions as one plain, accessible HTML page: the fallback for readers
without JavaScript or WebGL 2 (index.html's <noscript> and the loader's WebGL message link here).

Usage: make_questions_page.py QUIZ.json OUTPUT.html

No script and no inline style (the page works under the quiz's CSP); it uses questions.css
beside it. Readers can answer for themselves (a real form, keyboard and screen-reader friendly)
and read why each question matters with its sources; the score needs the interactive quiz.
"""
import html
import json
import sys

PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>{title}: the questions · Exposure Quiz</title>
<link rel="stylesheet" href="questions.css">
<link rel="icon" href="favicon.svg" type="image/svg+xml">
</head>
<body>
<main>
<h1>{title}</h1>
<p class="lead">{intro}</p>
<p class="note">This is the plain version of the quiz: every question, why it is asked and where
the facts come from. Answer them for yourself; nothing here is sent anywhere. The score, the
breakdown and the personal list of actions need the <a href="index.html">interactive quiz</a>
(JavaScript and WebGL&nbsp;2).</p>
<form action="#" aria-label="The questions">
{questions}
</form>
<h2>What lowers your exposure</h2>
<ol class="actions">
{actions}
</ol>
</main>
</body>
</html>
"""


def e(text):
    return html.escape(text or "", quote=True)


def sources(items):
    if not items:
        return ""
    links = "".join(
        f'<li><a href="{e(s["url"])}" rel="noopener noreferrer">{e(s.get("title") or s["url"])}</a></li>' for s in items
    )
    return f'<ul class="sources">{links}</ul>'


def question_html(number, total, q, categories):
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
            f'<label for="{oid}">Prefer not to say</label></div>'
        )
    hint = "Choose all that apply" if kind == "checkbox" else "Choose one"
    condition = ""
    if q.get("show_if"):
        condition = '<p class="condition">Asked only after some answers to earlier questions.</p>'
    why = ""
    if q.get("help") or q.get("sources"):
        why = f'<details><summary>Why we ask</summary><p>{e(q.get("help"))}</p>{sources(q.get("sources"))}</details>'
    return (
        # The count is shown but not spoken: the legend (the group's name) is the prompt.
        f'<fieldset id="q-{qid}"{role}>\n<legend><span class="count" aria-hidden="true">{number} of {total} · '
        f'{e(categories.get(q["category"], ""))}</span> <span class="prompt">{e(q["prompt"])}</span></legend>\n'
        f'{condition}<p class="hint">{hint}</p>\n' + "\n".join(options) + f"\n{why}\n</fieldset>"
    )


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    with open(argv[1], encoding="utf-8") as f:
        quiz = json.load(f)
    categories = {c["id"]: c.get("title", "") for c in quiz.get("categories", [])}
    questions = quiz.get("questions", [])
    blocks = [question_html(i + 1, len(questions), q, categories) for i, q in enumerate(questions)]
    actions = []
    for r in quiz.get("recommendations", []):
        actions.append(f'<li><h3>{e(r.get("title"))}</h3><p>{e(r.get("body"))}</p>{sources(r.get("sources"))}</li>')
    page = PAGE.format(
        lang=e(quiz.get("locale", "en").split("-")[0]),
        title=e(quiz.get("title", "Exposure Quiz")),
        intro=e(quiz.get("intro", "")),
        questions="\n".join(blocks),
        actions="\n".join(actions),
    )
    with open(argv[2], "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main(sys.argv)
