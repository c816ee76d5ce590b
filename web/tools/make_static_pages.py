#!/usr/bin/env python3
"""Writes a quiz's questions as one plain, accessible HTML page: the fallback for readers
without JavaScript (index.html's and frame.html's <noscript> link here).

Usage: make_questions_page.py QUIZ.json OUTPUT.html

The page is in the quiz's language (its "locale": en, zh-Hans or zh-Hant): the questions come
from the quiz file and every other word on the page from WORDS below. Each language has its own
page, named by page_name() (questions.html, questions.zh-Hans.html, questions.zh-Hant.html),
and each page links to the other two, so OUTPUT must have that name.

No script and no inline style (the page works under the quiz's CSP); it uses questions.css
beside it. Readers can answer for themselves (a real form, keyboard and screen-reader friendly)
and read why each question matters with its sources; the score needs the interactive quiz.
"""
import html
import json
import os
import sys

# The languages with a page, in the order the language links list them. "name" is the
# language's name in itself, so a reader finds their own whatever page they are on.
LANGUAGES = [
    {"locale": "en", "name": "English"},
    {"locale": "zh-Hans", "name": "简体中文"},
    {"locale": "zh-Hant", "name": "繁體中文"},
]

# Every word of the page that is not from the quiz file, one table per language. The Chinese
# tables use the interactive quiz's wording where the two say the same thing ("Why we ask",
# "Prefer not to say", the question count) and its Chinese product name, so a reader moving
# between them meets the same words. Values are plain text, escaped when written, except
# "note", which is HTML with one {quiz_link} to fill (the link's text is its own entry, so it is
# escaped too). "gap" goes between two sentences: a space in English, nothing in Chinese.
WORDS = {
    "en": {
        "page_title": "{title}: the questions · Exposure Quiz",
        "languages": "Language",
        "note": (
            "This is the plain version of the quiz: every question, why it is asked and where "
            "the facts come from. Answer them for yourself; nothing here is sent anywhere. The "
            "score, the breakdown and the personal list of actions need the {quiz_link} "
            "(JavaScript and WebGL&nbsp;2)."
        ),
        "quiz_link": "interactive quiz",
        "form": "The questions",
        "count": "{number} of {total}",
        "choose_one": "Choose one",
        "choose_all": "Choose all that apply",
        "skip": "Prefer not to say",
        "condition": "Asked only after some answers to earlier questions.",
        "why": "Why we ask",
        "sources": "Sources",
        "actions": "What lowers your exposure",
        "months": ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"],
        "checked": "Facts checked {month} {year}.",
        "footer": "Nothing you choose on this page leaves your browser.",
        "gap": " ",
    },
    "zh-Hans": {
        "page_title": "{title}（题目一览）· 隐私暴露自测",
        "languages": "语言",
        "note": (
            "这是测验的纯文本版：列出了每一道题、为什么这样问，以及事实依据的来源。你可以自己作答；"
            "这里的任何内容都不会被发送出去。得分、各主题的分析和为你列出的行动建议，需要使用"
            "{quiz_link}（需要JavaScript和WebGL&nbsp;2）。"
        ),
        "quiz_link": "互动版测验",
        "form": "测验题目",
        "count": "第 {number} 题，共 {total} 题",
        "choose_one": "选择一项",
        "choose_all": "选择所有符合的选项",
        "skip": "不想回答",
        "condition": "只有在前面的题目选了某些答案后，才会问这道题。",
        "why": "为什么这样问",
        "sources": "来源",
        "actions": "降低暴露程度的做法",
        "months": [str(m) for m in range(1, 13)],
        "checked": "事实核查于{year}年{month}月。",
        "footer": "你在这个页面上的选择不会离开你的浏览器。",
        "gap": "",
    },
    "zh-Hant": {
        "page_title": "{title}（題目一覽）· 隱私暴露自我檢查",
        "languages": "語言",
        "note": (
            "這是測驗的純文字版：列出了每一道題目、為什麼這樣問，以及事實依據的來源。你可以自己作答；"
            "這裡的任何內容都不會傳送出去。得分、各主題的分析和為你列出的行動建議，需要使用"
            "{quiz_link}（需要JavaScript和WebGL&nbsp;2）。"
        ),
        "quiz_link": "互動版測驗",
        "form": "測驗題目",
        "count": "第 {number} 題，共 {total} 題",
        "choose_one": "選擇一項",
        "choose_all": "選擇所有符合的選項",
        "skip": "不想回答",
        "condition": "只有在前面的題目選了某些答案後，才會問這道題。",
        "why": "為什麼這樣問",
        "sources": "來源",
        "actions": "降低暴露程度的做法",
        "months": [str(m) for m in range(1, 13)],
        "checked": "事實查核於{year}年{month}月。",
        "footer": "你在這個頁面上的選擇不會離開你的瀏覽器。",
        "gap": "",
    },
}

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


def page_name(locale):
    # English keeps the name it always had, so existing links to questions.html still work.
    return "questions.html" if locale == "en" else f"questions.{locale}.html"


def interactive_quiz_href(locale):
    # The reader chose this page's language: ask the full quiz for the same one (index.html's
    # ?lang=) rather than let it guess from the browser's languages.
    return f"index.html?lang={locale}"


def language_links(current):
    # Each link names its language in that language, so it carries its own lang (for screen
    # readers' pronunciation and for the CJK font in questions.css) and hreflang (the target's).
    items = []
    for language in LANGUAGES:
        locale = language["locale"]
        here = ' aria-current="page"' if locale == current else ""
        items.append(
            f'<li><a href="{page_name(locale)}" lang="{locale}" hreflang="{locale}"{here}>{e(language["name"])}</a></li>'
        )
    return "\n".join(items)


def alternates():
    return "\n".join(
        f'<link rel="alternate" hreflang="{language["locale"]}" href="{page_name(language["locale"])}">'
        for language in LANGUAGES
    )


def sources(items, words, list_id):
    if not items:
        return ""
    links = "".join(
        f'<li><a href="{e(s["url"])}" rel="noopener noreferrer">{e(s.get("title") or s["url"])}</a></li>' for s in items
    )
    # The visible label names the list for screen readers too (aria-labelledby), without a
    # heading that would break the page's heading levels inside a question.
    return (
        f'<p class="sources-label" id="{list_id}">{e(words["sources"])}</p>'
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
            f'<label for="{oid}">{e(words["skip"])}</label></div>'
        )
    hint = words["choose_all"] if kind == "checkbox" else words["choose_one"]
    condition = ""
    if q.get("show_if"):
        condition = f'<p class="condition">{e(words["condition"])}</p>'
    why = ""
    if q.get("help") or q.get("sources"):
        why = (
            f'<details><summary>{e(words["why"])}</summary><p>{e(q.get("help"))}</p>'
            f'{sources(q.get("sources"), words, f"q-{qid}-sources")}</details>'
        )
    count = words["count"].format(number=number, total=total)
    return (
        # The count is shown but not spoken: the legend (the group's name) is the prompt.
        f'<fieldset id="q-{qid}"{role}>\n<legend><span class="count" aria-hidden="true">{e(count)} · '
        f'{e(categories.get(q["category"], ""))}</span> <span class="prompt">{e(q["prompt"])}</span></legend>\n'
        f'{condition}<p class="hint">{e(hint)}</p>\n' + "\n".join(options) + f"\n{why}\n</fieldset>"
    )


def checked_line(quiz, words):
    # "reviewed" is "YYYY-MM" or "YYYY-MM-DD" (the loader checks it); the page says the month,
    # as the interactive quiz does.
    reviewed = quiz.get("reviewed", "")
    if len(reviewed) < 7 or not reviewed[5:7].isdigit() or not 1 <= int(reviewed[5:7]) <= 12:
        return ""
    return words["checked"].format(month=words["months"][int(reviewed[5:7]) - 1], year=reviewed[:4])


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    with open(argv[1], encoding="utf-8") as f:
        quiz = json.load(f)
    locale = quiz.get("locale", "en")
    if locale not in WORDS:
        sys.exit(f"{argv[1]}: no page words for locale {locale!r} (known: {', '.join(WORDS)}); add a table to WORDS")
    # The language links point at page_name(): a page written under another name would be
    # one the other pages cannot find.
    if os.path.basename(argv[2]) != page_name(locale):
        sys.exit(f"{argv[2]}: the {locale} page must be named {page_name(locale)} (the other pages link to it)")
    words = WORDS[locale]

    categories = {c["id"]: c.get("title", "") for c in quiz.get("categories", [])}
    questions = quiz.get("questions", [])
    blocks = [question_html(i + 1, len(questions), q, categories, words) for i, q in enumerate(questions)]
    actions = []
    for r in quiz.get("recommendations", []):
        actions.append(
            f'<li><h3>{e(r.get("title"))}</h3><p>{e(r.get("body"))}</p>'
            f'{sources(r.get("sources"), words, "r-" + e(r["id"]) + "-sources")}</li>'
        )
    title = quiz.get("title", "Exposure Quiz")
    quiz_link = f'<a href="{e(interactive_quiz_href(locale))}">{e(words["quiz_link"])}</a>'
    footer = words["gap"].join(part for part in (e(checked_line(quiz, words)), e(words["footer"])) if part)
    page = PAGE.format(
        lang=e(locale),
        page_title=e(words["page_title"].format(title=title)),
        alternates=alternates(),
        languages_label=e(words["languages"]),
        language_links=language_links(locale),
        title=e(title),
        intro=e(quiz.get("intro", "")),
        note=words["note"].format(quiz_link=quiz_link),
        form_label=e(words["form"]),
        questions="\n".join(blocks),
        actions_heading=e(words["actions"]),
        actions="\n".join(actions),
        footer=footer,
    )
    with open(argv[2], "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main(sys.argv)
