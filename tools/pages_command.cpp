// exposure pages: the static renderer. It writes, at build, what the page shows before (or
// without) any script: the first screen of the default quiz in every language (described by the
// engine, as the module describes it, and marked up as web/js/view.js draws it, so the quiz takes
// it over as it is), the plain questions pages, and the stylesheets with the engine's palette.
#include "cli.hpp"
#include "content_files.hpp"

#include "exposure/locale.hpp"
#include "exposure/palette.hpp"
#include "exposure/screen.hpp"
#include "exposure/words.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using std::filesystem::path;

constexpr std::string_view kPagesHelp =
    R"(usage: exposure pages CONTENT --web WEB --dist DIST [--site URL]

Writes the pages that show before (or without) any script, from the same descriptions the module
draws (exposure/screen.hpp), for the default quiz (the first of CONTENT/quizzes.json):
  DIST/index.html, DIST/frame.html   WEB's templates with <!-- @FIRST@ --> replaced by the first
                                     screen in each of the quiz's languages (the reader's shows:
                                     web/boot.js picks it before the first paint), <!-- @LANGUAGES@ -->
                                     by the languages' browser tags boot.js reads, and
                                     <!-- @NOSCRIPT@ --> by a line per language to its plain page
  DIST/index.LOCALE.html             index.html for each other language: the same page, opened in
                                     that language; WEB/index.html's <!-- @HEAD@ --> becomes, in
                                     each, its title, description, Open Graph and Twitter card
                                     tags and the oEmbed discovery link
  DIST/QUIZ-oembed.json, QUIZ-oembed.LOCALE.json
                                     the oEmbed 1.0 responses (type rich) those links name: a
                                     blockquote linking to the page and an iframe of
                                     QUIZ-frame(.LOCALE).html (web/tools/make_single_file.py)
  DIST/questions.html, questions.LOCALE.html
                                     every question as a plain form with why it is asked, its
                                     sources and their quotes, and every action: the pages
                                     without script
  DIST/exposure-quiz.css             WEB/quiz.css with the engine's palette as CSS variables
                                     (light, dark, more contrast) and which first screen shows
  DIST/questions.css                 WEB/questions.css with each language's system fonts
--site URL: the address dist/ is served from (https://example.com/quiz/): link cards, oEmbed and
the frame need absolute addresses to work from another site; without it they are relative, and
the canonical and hreflang links (which search engines take only as absolute addresses) are left
out.
Exit status: 0 when written, 1 when the content or a template cannot be read or written (then
nothing is written).
)";

// [SECTION] HTML

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// The padlock of the privacy promise, as web/js/view.js draws it (LOCK_PATH there).
constexpr std::string_view kLockPath =
    "M6.6 12h12.8a1.6 1.6 0 0 1 1.6 1.6v8.8a1.6 1.6 0 0 1-1.6 1.6H6.6A1.6 1.6 0 0 1 5 "
    "22.4v-8.8A1.6 1.6 0 0 1 6.6 12zM8.3 12V9.1a4.7 4.7 0 0 1 9.4 0V12h-2.6V9.1a2.1 2.1 0 0 "
    "0-4.2 0V12z";

std::string place(const exposure::Node& node) {
    return " data-eq-place=\"" + std::to_string(node.id) + "\"";
}

// One node of the first screen, marked up as view.js's create() makes it.
void render(const exposure::Node& node, std::string& out) {
    using exposure::NodeKind;
    const std::string text = escape(node.text);
    switch (node.kind) {
    case NodeKind::Eyebrow:
    case NodeKind::Lead:
    case NodeKind::Paragraph:
    case NodeKind::Note:
        out += "<p class=\"eq-" + std::string(exposure::node_kind_name(node.kind)) +
               (node.centred ? " eq-centred" : "") + "\"" + place(node) + ">" + text + "</p>\n";
        break;
    case NodeKind::Title:
        out += "<h1 class=\"eq-title\" tabindex=\"-1\"" + place(node) + ">" + text + "</h1>\n";
        break;
    case NodeKind::Heading:
        out += "<h2 class=\"eq-heading\" tabindex=\"-1\"" + place(node) + ">" + text + "</h2>\n";
        break;
    case NodeKind::Facts:
        out += "<ul class=\"eq-facts\">";
        for (const exposure::Node& fact : node.children)
            out += "<li class=\"eq-fact\">" + escape(fact.text) + "</li>";
        out += "</ul>\n";
        break;
    case NodeKind::Promise:
        out += "<div class=\"eq-card eq-promise\"><svg class=\"eq-lock\" viewBox=\"0 0 26 26\" "
               "aria-hidden=\"true\"><path d=\"" +
               std::string(kLockPath) +
               "\"></path></svg><div class=\"eq-promise-body\"><p class=\"eq-promise-title\">" +
               text + "</p><p class=\"eq-promise-detail\">" + escape(node.detail) +
               "</p></div></div>\n";
        break;
    case NodeKind::Button: {
        const std::string action = exposure::action_name(node.action);
        const std::string extra = node.action == exposure::Action::Start ? " eq-start" : "";
        out += "<button type=\"button\" class=\"eq-button eq-" +
               std::string(exposure::emphasis_name(node.emphasis)) + extra + "\" data-eq-id=\"" +
               std::to_string(node.id) + "\" data-action=\"" + action + "\"" + place(node) + ">" +
               text + "</button>\n";
        break;
    }
    default: // the first screen has no other kinds; a new one is drawn by the module
        out += "<p class=\"eq-paragraph\">" + text + "</p>\n";
    }
}

// A language's word of the page ("page.language"), through its fallbacks.
std::string page_word(const content::Locales& locales, const std::string& lang,
                      const std::string& key) {
    const std::map<std::string, std::string> words = exposure::resolved_words(locales.chain(lang));
    const auto it = words.find("page." + key);
    return it != words.end() ? it->second : std::string();
}

// The default quiz's first screen in `lang`: the element the loader adopts (web/js/loader.js).
std::string first_screen(const content::Locales& locales, const content::Package& package,
                         const std::vector<std::string>& languages, const std::string& lang) {
    const std::optional<exposure::Quiz> quiz = content::quiz_in(package, locales, lang);
    if (!quiz)
        return {};
    const exposure::Words words = exposure::words_of(locales.chain(lang));
    const exposure::Screen screen =
        exposure::describe_screen(*quiz, words, exposure::ScreenState{});
    std::string out = "<div class=\"exposure-quiz\" data-eq-first data-eq-quiz=\"" +
                      escape(package.id()) + "\" lang=\"" + escape(lang) + "\">\n";
    // The language switch: links, which work before (and without) the loader; it takes them over.
    out += "<nav class=\"eq-languages\" aria-label=\"" +
           escape(page_word(locales, lang, "language")) + "\">";
    for (const std::string& other : languages) {
        const auto locale = locales.by_id.find(other);
        out += "<a href=\"?lang=" + escape(other) + "\" hreflang=\"" + escape(other) +
               "\" lang=\"" + escape(other) + "\" data-eq-lang=\"" + escape(other) + "\"" +
               (other == lang ? " aria-current=\"true\"" : "") + ">" +
               escape(locale != locales.by_id.end() ? locale->second.name : other) + "</a>";
    }
    out += "</nav>\n<div class=\"eq-stage\"><div class=\"eq-view eq-shown\" lang=\"" +
           escape(lang) + "\">\n";
    for (const exposure::Node& node : screen.nodes)
        render(node, out);
    out += "</div></div>\n</div>\n";
    return out;
}

// [SECTION] The plain questions pages (no script: what <noscript> links to)

// The source language keeps the name it always had, so existing links to questions.html work.
std::string page_name(const std::string& lang, const std::string& source) {
    return lang == source ? "questions.html" : "questions." + lang + ".html";
}

// A node's sources as a list named by its visible label; a quote in a row from one source goes
// under the same link (a source node without href continues the one above).
std::string sources_html(const exposure::Node& parent, const std::string& list_id) {
    std::string items, label, href; // href: the link the quotes below belong to
    bool open = false;
    for (const exposure::Node& source : parent.children) {
        if (source.kind != exposure::NodeKind::Source)
            continue;
        if (label.empty())
            label = source.label;
        if (!source.href.empty()) {
            href = source.href;
            items += std::string(open ? "</li>" : "") + "<li><a href=\"" + escape(source.href) +
                     "\" rel=\"noopener noreferrer\">" + escape(source.text) + "</a>";
            open = true;
        }
        if (!source.quote.empty())
            items += "<blockquote class=\"quote\" lang=\"" + escape(source.quote_lang) +
                     "\" cite=\"" + escape(href) + "\">\u201c" + escape(source.quote) +
                     "\u201d</blockquote>";
    }
    if (!open)
        return {};
    // The visible label names the list for screen readers too, without a heading that would
    // break the page's heading levels inside a question.
    return "<p class=\"sources-label\" id=\"" + list_id + "\">" + escape(label) +
           "</p><ul class=\"sources\" aria-labelledby=\"" + list_id + "\">" + items + "</li></ul>";
}

std::string plain_question(const exposure::Node& q) {
    using exposure::NodeKind;
    const std::string kind = q.multi ? "checkbox" : "radio";
    const std::string qid = escape(q.key);
    std::string options, why;
    for (const exposure::Node& child : q.children) {
        if (child.kind == NodeKind::Option) {
            const std::string oid = qid + "--" + (child.key.empty() ? "skip" : escape(child.key));
            const std::string detail = child.detail.empty()
                                           ? ""
                                           : "<span class=\"detail\" id=\"" + oid + "-detail\">" +
                                                 escape(child.detail) + "</span>";
            options += "<div class=\"option\"><input type=\"" + kind + "\" id=\"" + oid +
                       "\" name=\"" + qid + "\" value=\"" + escape(child.key) + "\"" +
                       (child.detail.empty() ? "" : " aria-describedby=\"" + oid + "-detail\"") +
                       "><label for=\"" + oid + "\">" + escape(child.text) + "</label>" + detail +
                       "</div>\n";
        } else if (child.kind == NodeKind::Help) {
            why = "<details><summary>" + escape(child.label) + "</summary><p>" +
                  escape(child.text) + "</p>" + sources_html(child, "q-" + qid + "-sources") +
                  "</details>";
        }
    }
    // The count is shown but not spoken: the legend (the group's name) is the prompt.
    return "<fieldset id=\"q-" + qid + "\"" + (q.multi ? "" : " role=\"radiogroup\"") +
           ">\n<legend><span class=\"count\" aria-hidden=\"true\">" + escape(q.note) +
           "</span> <span class=\"prompt\">" + escape(q.text) + "</span></legend>\n" +
           (q.label.empty() ? "" : "<p class=\"condition\">" + escape(q.label) + "</p>") +
           "<p class=\"hint\">" + escape(q.detail) + "</p>\n" + options + why + "\n</fieldset>";
}

struct Language {
    std::string id, name;
};

std::string questions_page(const content::Locales& locales, const content::Package& package,
                           const std::vector<Language>& languages, const std::string& lang) {
    using exposure::NodeKind;
    const std::optional<exposure::Quiz> quiz = content::quiz_in(package, locales, lang);
    if (!quiz)
        return {};
    const exposure::Words words = exposure::words_of(locales.chain(lang));
    const exposure::Screen screen = exposure::describe_questions_page(*quiz, words);
    const std::string& source = package.source.locale;
    std::string title, intro, form_label, questions, actions_heading, actions, footer;
    for (const exposure::Node& node : screen.nodes) {
        if (node.kind == NodeKind::Title)
            title = node.text;
        else if (node.kind == NodeKind::Lead)
            intro = node.text;
        else if (node.kind == NodeKind::Note)
            footer = node.text;
        else if (node.kind == NodeKind::Form) {
            form_label = node.text;
            for (const exposure::Node& q : node.children)
                questions += (questions.empty() ? "" : "\n") + plain_question(q);
        } else if (node.kind == NodeKind::Section) {
            actions_heading = node.text;
            for (const exposure::Node& step : node.children)
                actions +=
                    (actions.empty() ? "" : "\n") + std::string("<li><h3>") + escape(step.text) +
                    "</h3><p>" + escape(step.detail) + "</p>" +
                    sources_html(step, "r-" + escape(step.key.substr(step.key.find('/') + 1)) +
                                           "-sources") +
                    "</li>";
        }
    }
    std::string alternates, links;
    for (const Language& other : languages) {
        const std::string href = page_name(other.id, source);
        alternates += std::string(alternates.empty() ? "" : "\n") +
                      "<link rel=\"alternate\" hreflang=\"" + other.id + "\" href=\"" + href +
                      "\">";
        // Each link names its language in that language, with its own lang and hreflang.
        links += std::string(links.empty() ? "" : "\n") + "<li><a href=\"" + href + "\" lang=\"" +
                 other.id + "\" hreflang=\"" + other.id + "\"" +
                 (other.id == lang ? " aria-current=\"page\"" : "") + ">" + escape(other.name) +
                 "</a></li>";
    }
    // The reader chose this page's language: the full quiz is asked for the same one.
    const std::string quiz_link =
        "<a href=\"index.html?lang=" + lang + "\">" + escape(words.page("quiz_link")) + "</a>";
    const std::string page_title =
        exposure::fill(words.page("page_title"), {title, page_word(locales, lang, "product")});
    return "<!doctype html>\n<html lang=\"" + lang +
           "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
           "content=\"width=device-width, initial-scale=1\">\n<meta "
           "http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; style-src "
           "'self'\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<meta "
           "name=\"referrer\" content=\"no-referrer\">\n<title>" +
           escape(page_title) +
           "</title>\n<link rel=\"stylesheet\" href=\"questions.css\">\n<link rel=\"icon\" "
           "href=\"favicon.svg\" type=\"image/svg+xml\">\n" +
           alternates + "\n</head>\n<body>\n<header>\n<nav class=\"languages\" aria-label=\"" +
           escape(page_word(locales, lang, "language")) + "\">\n<ul>\n" + links +
           "\n</ul>\n</nav>\n</header>\n<main>\n<h1>" + escape(title) +
           "</h1>\n<p class=\"lead\">" + escape(intro) + "</p>\n<p class=\"note\">" +
           exposure::fill(escape(words.page("note")), {quiz_link}) +
           "</p>\n<form action=\"#\" aria-label=\"" + escape(form_label) + "\">\n" + questions +
           "\n</form>\n<h2>" + escape(actions_heading) + "</h2>\n<ol class=\"actions\">\n" +
           actions + "\n</ol>\n</main>\n<footer class=\"footer\">\n<p>" + escape(footer) +
           "</p>\n</footer>\n</body>\n</html>\n";
}

// One <noscript> line per language, each in its own lang, linking to its plain page (a frame
// opens it in a new tab: the plain page is a whole page).
std::string noscript(const content::Locales& locales, const std::vector<Language>& languages,
                     const std::string& source, bool in_frame) {
    std::string out;
    for (const Language& language : languages) {
        const std::string link = "<a href=\"" + page_name(language.id, source) + "\" hreflang=\"" +
                                 language.id + "\"" +
                                 (in_frame ? " target=\"_blank\" rel=\"noopener\"" : "") + ">" +
                                 escape(page_word(locales, language.id, "noscript_link")) + "</a>";
        out += (out.empty() ? "" : "\n") + std::string("<p lang=\"") + language.id + "\">" +
               exposure::fill(escape(page_word(locales, language.id, "noscript")), {link}) + "</p>";
    }
    return out;
}

// The CSS font-family list of a language's HTML, through its fallbacks.
std::string system_fonts(const content::Locales& locales, const std::string& lang) {
    for (const exposure::Locale* locale : locales.chain(lang))
        if (!locale->fonts.system.empty())
            return locale->fonts.system;
    return {};
}

// [SECTION] Link cards and oEmbed: what another site reads from a page's address

// Where the pages are: the site's address (absolute links for other sites) or nothing (relative).
struct Site {
    std::string base;   // "https://example.com/quiz/" or ""
    std::string quiz;   // the default quiz: "wechat"
    std::string source; // its source language: its files have no language in their names

    // index.html, index.zh-Hans.html: one page per language, so a crawler (which runs no script)
    // reads each language's title and card; a reader gets the same quiz in each.
    std::string page_file(const std::string& lang) const {
        return lang == source ? "index.html" : "index." + lang + ".html";
    }
    // The address people share: the folder itself for the source language.
    std::string page_url(const std::string& lang) const {
        if (base.empty())
            return page_file(lang);
        return lang == source ? base : base + page_file(lang);
    }
    std::string file(const std::string& kind, const std::string& lang,
                     const std::string& ext) const {
        return quiz + "-" + kind + (lang == source ? "" : "." + lang) + "." + ext;
    }
    std::string url(const std::string& name) const { return base + name; }
};

// The card image (web/tools/make_cards.py draws it at this size).
constexpr int kCardWidth = 1200;
constexpr int kCardHeight = 630;
// The oEmbed iframe's first size; the frame then tells WordPress its content's height.
constexpr int kFrameWidth = 600;
constexpr int kFrameHeight = 900;

std::string quiz_title(const content::Locales& locales, const content::Package& package,
                       const std::string& lang) {
    const std::optional<exposure::Quiz> quiz = content::quiz_in(package, locales, lang);
    return quiz ? quiz->title : std::string();
}

// What replaces <!-- @HEAD@ -->: the page's title and description in its language, the other
// languages' pages (with --site), the oEmbed discovery link (WordPress embeds a pasted address that
// has one) and the Open Graph and Twitter card tags (platforms that only show a link card read
// them).
std::string head(const content::Locales& locales, const content::Package& package,
                 const std::vector<std::string>& languages, const Site& site,
                 const std::string& lang) {
    const std::string title = quiz_title(locales, package, lang);
    const std::string product = page_word(locales, lang, "product");
    const std::string page_title =
        exposure::fill(page_word(locales, lang, "title"), {title, product});
    const std::string description = page_word(locales, lang, "description");
    auto meta = [](const std::string& property, const std::string& value) {
        return "<meta property=\"" + property + "\" content=\"" + escape(value) + "\">\n";
    };
    std::string out = "<title>" + escape(page_title) +
                      "</title>\n<meta name=\"description\" content=\"" + escape(description) +
                      "\">\n";
    // The canonical address and the other languages' pages (hreflang) count for search engines
    // only as absolute addresses: without --site they are left out, not written wrong.
    if (!site.base.empty()) {
        out += "<link rel=\"canonical\" href=\"" + escape(site.page_url(lang)) + "\">\n";
        for (const std::string& other : languages)
            out += "<link rel=\"alternate\" hreflang=\"" + escape(other) + "\" href=\"" +
                   escape(site.page_url(other)) + "\">\n";
    }
    out += "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" +
           escape(site.url(site.file("oembed", lang, "json"))) + "\" title=\"" + escape(title) +
           "\">\n";
    out += meta("og:type", "website") + meta("og:site_name", product) + meta("og:title", title) +
           meta("og:description", description) +
           meta("og:locale", page_word(locales, lang, "og_locale"));
    std::vector<std::string> seen{page_word(locales, lang, "og_locale")};
    for (const std::string& other : languages) {
        const std::string og = page_word(locales, other, "og_locale");
        if (std::find(seen.begin(), seen.end(), og) != seen.end())
            continue;
        seen.push_back(og);
        out += meta("og:locale:alternate", og);
    }
    out += meta("og:url", site.page_url(lang)) +
           meta("og:image", site.url(site.file("card", lang, "png"))) +
           meta("og:image:type", "image/png") + meta("og:image:width", std::to_string(kCardWidth)) +
           meta("og:image:height", std::to_string(kCardHeight)) + meta("og:image:alt", page_title);
    out += "<meta name=\"twitter:card\" content=\"summary_large_image\">";
    return out;
}

// The oEmbed response for a language's page (oEmbed 1.0, type rich). A static file, so it cannot
// follow maxwidth: WordPress sizes the iframe to the post anyway, and the frame reports its
// height. WordPress keeps only a[href], blockquote and iframe from a site it does not know, and
// loads its height script only for <blockquote class="wp-embedded-content">. The iframe is as
// wide as the post (width="100%": WordPress keeps the attribute, and adds no style that would
// keep a 600 px frame inside a phone's screen).
std::string oembed(const content::Locales& locales, const content::Package& package,
                   const Site& site, const std::string& lang) {
    const std::string title = quiz_title(locales, package, lang);
    const std::string frame = site.url(site.file("frame", lang, "html"));
    nlohmann::ordered_json out;
    out["version"] = "1.0";
    out["type"] = "rich";
    out["title"] = title;
    out["provider_name"] = page_word(locales, lang, "product");
    if (!site.base.empty())
        out["provider_url"] = site.base;
    out["width"] = kFrameWidth;
    out["height"] = kFrameHeight;
    out["thumbnail_url"] = site.url(site.file("card", lang, "png"));
    out["thumbnail_width"] = kCardWidth;
    out["thumbnail_height"] = kCardHeight;
    out["html"] = "<blockquote class=\"wp-embedded-content\" lang=\"" + escape(lang) +
                  "\"><a href=\"" + escape(site.page_url(lang)) + "\">" + escape(title) +
                  "</a></blockquote><iframe src=\"" + escape(frame) +
                  "\" width=\"100%\" height=\"" + std::to_string(kFrameHeight) + "\" title=\"" +
                  escape(title) +
                  "\" frameborder=\"0\" marginwidth=\"0\" "
                  "marginheight=\"0\"></iframe>";
    return out.dump(2) + "\n";
}

// The page in another language: the same page, opened in `lang` (boot.js and index.js read the
// pinned language; ?lang= still wins, so the switch and a reload keep working).
void pin_language(std::string& page, const std::string& lang, const std::string& source) {
    if (lang == source)
        return;
    const auto swap = [&page](std::string_view from, const std::string& to) {
        const std::size_t at = page.find(from);
        if (at != std::string::npos)
            page.replace(at, from.size(), to);
    };
    swap("<html lang=\"" + source + "\">", "<html lang=\"" + lang + "\">");
    swap("<main id=\"quiz\"", "<main id=\"quiz\" data-lang=\"" + lang + "\"");
    swap("<meta name=\"exposure-quiz-languages\"",
         "<meta name=\"exposure-quiz-languages\" data-lang=\"" + lang + "\"");
}

// The footer's words in the page's language (index.js sets the same once the quiz runs).
void localize_footer(std::string& page, const std::string& footer) {
    const std::string open = "<footer class=\"footer\">";
    const std::size_t at = page.find(open);
    const std::size_t end = at == std::string::npos ? at : page.find("</footer>", at);
    if (end != std::string::npos && !footer.empty())
        page.replace(at + open.size(), end - at - open.size(), escape(footer));
}

// [SECTION] CSS

std::string palette_rules(const exposure::Palette& palette) {
    std::string out;
    for (const auto& [name, colour] : exposure::palette_colours(palette)) {
        std::string css_name = name;
        for (char& c : css_name)
            if (c == '_')
                c = '-';
        out += "  --eq-" + css_name + ": " + exposure::hex(colour) + ";\n";
    }
    return out;
}

// The palette's defaults (the loader sets the one in use on each quiz), and which first screen
// shows: the reader's language's once boot.js has chosen it, else the source language's.
std::string generated_css(const std::vector<std::string>& languages, const std::string& source) {
    std::string out = "\n/* [SECTION] Written by `exposure pages`: the engine's palette "
                      "(exposure/palette.hpp), and the first screen of each language */\n";
    out += ".exposure-quiz {\n" + palette_rules(exposure::make_palette(false, false)) + "}\n";
    out += "@media (prefers-color-scheme: dark) {\n.exposure-quiz {\n" +
           palette_rules(exposure::make_palette(true, false)) + "}\n}\n";
    out += "@media (prefers-contrast: more) {\n.exposure-quiz {\n" +
           palette_rules(exposure::make_palette(false, true)) + "}\n}\n";
    out +=
        "@media (prefers-contrast: more) and (prefers-color-scheme: dark) {\n.exposure-quiz {\n" +
        palette_rules(exposure::make_palette(true, true)) + "}\n}\n";
    out += ".exposure-quiz[data-eq-first] { display: none; }\n";
    out += "html:not([data-eq-lang]) .exposure-quiz[data-eq-first][lang=\"" + source +
           "\"] { display: block; }\n";
    for (const std::string& lang : languages)
        out += "html[data-eq-lang=\"" + lang + "\"] .exposure-quiz[data-eq-first][lang=\"" + lang +
               "\"] { display: block; }\n";
    // Without script (boot.js did not run) Start and the switch cannot work: the page's
    // <noscript> line offers the plain questions pages instead.
    out += "html:not([data-eq-lang]) .exposure-quiz[data-eq-first] .eq-start,\n"
           "html:not([data-eq-lang]) .exposure-quiz[data-eq-first] .eq-languages "
           "{ display: none; }\n";
    return out;
}

// [SECTION] Files

std::optional<std::string> read_text(const path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << file.string() << ": cannot read it\n";
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool replace_marker(std::string& text, std::string_view marker, const std::string& with,
                    const path& file) {
    const std::size_t at = text.find(marker);
    if (at == std::string::npos) {
        std::cerr << file.string() << ": no " << marker << " to replace (the templates in web/ "
                  << "hold each marker once)\n";
        return false;
    }
    text.replace(at, marker.size(), with);
    return true;
}

int pages(const std::vector<std::string>& args) {
    std::string error;
    const std::optional<cli::Arguments> parsed = cli::parse(args, {"web", "dist", "site"}, error);
    if (!parsed)
        return cli::usage_error(error);
    if (parsed->positional.size() != 1 || !parsed->has("web") || !parsed->has("dist"))
        return cli::usage_error("pages needs the CONTENT folder, --web WEB and --dist DIST");
    const path dir = parsed->positional[0];
    const path web = *parsed->option("web");
    const path dist = *parsed->option("dist");
    std::string base = parsed->has("site") ? *parsed->option("site") : std::string();
    if (!base.empty() && base.rfind("https://", 0) != 0 && base.rfind("http://", 0) != 0)
        return cli::usage_error("--site takes the address dist/ is served from, starting with "
                                "https:// or http:// (https://example.com/quiz/)");
    if (!base.empty() && base.back() != '/')
        base += '/'; // the folder: every file is named relative to it
    const std::optional<content::Locales> locales = content::load_locales(dir);
    const std::optional<std::vector<path>> packages = content::package_dirs(dir);
    if (!locales || !packages || packages->empty())
        return 1;
    const std::optional<content::Package> package = content::load_package(packages->front());
    if (!package)
        return 1;
    const std::string& source = package->source.locale;
    std::vector<Language> languages;
    for (const std::string& id : package->languages(*locales))
        languages.push_back({id, locales->by_id.at(id).name});
    std::vector<std::string> ids;
    for (const Language& language : languages)
        ids.push_back(language.id);

    std::string screens;
    for (const std::string& lang : ids)
        screens += first_screen(*locales, *package, ids, lang);
    // lang:tag,tag;... for boot.js: every locale the quiz speaks and the browser tags for it; and
    // the quiz, whose files boot.js asks for early.
    std::string tags;
    for (const std::string& lang : ids) {
        tags += (tags.empty() ? "" : ";") + lang + ":" + lang;
        for (const std::string& tag : locales->by_id.at(lang).tags)
            tags += "," + tag;
    }
    const std::string meta = "<meta name=\"exposure-quiz-languages\" content=\"" + escape(tags) +
                             "\" data-source=\"" + escape(source) + "\" data-quiz=\"" +
                             escape(package->id()) + "\">";

    // Every file is made before any is written: a template without its markers changes nothing.
    std::vector<std::pair<path, std::string>> written;
    for (const auto& [name, in_frame] : {std::pair{"index.html", false}, {"frame.html", true}}) {
        const path file = web / name;
        std::optional<std::string> page = read_text(file);
        if (!page ||
            !replace_marker(*page, "<!-- @NOSCRIPT@ -->",
                            noscript(*locales, languages, source, in_frame), file) ||
            !replace_marker(*page, "<!-- @FIRST@ -->", screens, file) ||
            !replace_marker(*page, "<!-- @LANGUAGES@ -->", meta, file))
            return 1;
        if (in_frame) {
            written.emplace_back(dist / name, std::move(*page));
            continue;
        }
        // The full page once per language, each with its own head (<!-- @HEAD@ -->).
        const Site site{base, package->id(), source};
        for (const std::string& lang : ids) {
            std::string copy = *page;
            if (!replace_marker(copy, "<!-- @HEAD@ -->", head(*locales, *package, ids, site, lang),
                                file))
                return 1;
            pin_language(copy, lang, source);
            localize_footer(copy, page_word(*locales, lang, "footer"));
            written.emplace_back(dist / site.page_file(lang), std::move(copy));
            written.emplace_back(dist / site.file("oembed", lang, "json"),
                                 oembed(*locales, *package, site, lang));
        }
    }
    for (const Language& language : languages) {
        std::string page = questions_page(*locales, *package, languages, language.id);
        if (page.empty())
            return 1;
        written.emplace_back(dist / page_name(language.id, source), std::move(page));
    }
    const std::optional<std::string> quiz_css = read_text(web / "quiz.css");
    std::optional<std::string> questions_css = read_text(web / "questions.css");
    if (!quiz_css || !questions_css)
        return 1;
    // The plain pages in the system's fonts of each language's script (no download); :lang()
    // also covers the language links, which carry their own lang.
    for (const std::string& lang : ids)
        if (lang != source)
            *questions_css +=
                ":lang(" + lang + ") { font-family: " + system_fonts(*locales, lang) + "; }\n";
    written.emplace_back(dist / "questions.css", std::move(*questions_css));
    written.emplace_back(dist / "exposure-quiz.css", *quiz_css + generated_css(ids, source));
    for (const auto& [file, text] : written)
        if (!content::write_file(file, text))
            return 1;
    std::cout << dist.string() << ": the first screen in " << languages.size()
              << " languages (index.html and one per language, frame.html), their oEmbed "
              << "responses, the plain questions pages, exposure-quiz.css, questions.css\n";
    return 0;
}

} // namespace

namespace cli {

std::vector<Command> pages_commands() {
    return {{"pages", "write the first screen into the site's pages, and their stylesheet",
             kPagesHelp, pages}};
}

} // namespace cli
