// exposure pages: the static renderer. It writes, at build, what the page shows before any script
// runs: the first screen of the default quiz in every language (described by the engine, as the
// module describes it, and marked up as web/js/view.js draws it, so the quiz takes it over as it
// is), and the stylesheet that styles it with the engine's palette.
#include "cli.hpp"
#include "content_files.hpp"

#include "exposure/locale.hpp"
#include "exposure/palette.hpp"
#include "exposure/screen.hpp"
#include "exposure/words.hpp"

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using std::filesystem::path;

constexpr std::string_view kPagesHelp = R"(usage: exposure pages CONTENT --dist DIST --css QUIZ_CSS

Writes what the page shows before any script runs, from the same descriptions the module draws
(exposure/screen.hpp):
  DIST/index.html, DIST/frame.html   their <!-- @FIRST@ --> replaced by the default quiz's first
                                     screen in each of its languages (the one the reader's
                                     language picks shows; web/boot.js picks it before the first
                                     paint), and <!-- @LANGUAGES@ --> by the languages' browser
                                     tags, which boot.js reads
  DIST/exposure-quiz.css             QUIZ_CSS (web/quiz.css) with the engine's palette as CSS
                                     variables (light, dark, more contrast) and which first screen
                                     each language shows
Run after `exposure catalog` and web/tools/make_static_pages.py (they write DIST's pages).
Exit status: 0 when written, 1 when the content or a file cannot be read or written.
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
        std::cerr << file.string() << ": no " << marker << " to replace (run it on the pages "
                  << "web/tools/make_static_pages.py writes)\n";
        return false;
    }
    text.replace(at, marker.size(), with);
    return true;
}

int pages(const std::vector<std::string>& args) {
    std::string error;
    const std::optional<cli::Arguments> parsed = cli::parse(args, {"dist", "css"}, error);
    if (!parsed)
        return cli::usage_error(error);
    if (parsed->positional.size() != 1 || !parsed->has("dist") || !parsed->has("css"))
        return cli::usage_error("pages needs the CONTENT folder, --dist DIST and --css QUIZ_CSS");
    const path dir = parsed->positional[0];
    const path dist = *parsed->option("dist");
    const std::optional<content::Locales> locales = content::load_locales(dir);
    const std::optional<std::vector<path>> packages = content::package_dirs(dir);
    if (!locales || !packages || packages->empty())
        return 1;
    const std::optional<content::Package> package = content::load_package(packages->front());
    if (!package)
        return 1;
    const std::vector<std::string> languages = package->languages(*locales);

    std::string screens;
    for (const std::string& lang : languages)
        screens += first_screen(*locales, *package, languages, lang);
    // lang:tag,tag;... for boot.js: every locale the quiz speaks and the browser tags for it.
    std::string tags;
    for (const std::string& lang : languages) {
        tags += (tags.empty() ? "" : ";") + lang + ":" + lang;
        for (const std::string& tag : locales->by_id.at(lang).tags)
            tags += "," + tag;
    }
    const std::string meta = "<meta name=\"exposure-quiz-languages\" content=\"" + escape(tags) +
                             "\" data-source=\"" + escape(package->source.locale) + "\">";
    // Both pages are checked before either is written: a page without its markers changes nothing.
    std::vector<std::pair<path, std::string>> written;
    for (const char* name : {"index.html", "frame.html"}) {
        const path file = dist / name;
        std::optional<std::string> page = read_text(file);
        if (!page || !replace_marker(*page, "<!-- @FIRST@ -->", screens, file) ||
            !replace_marker(*page, "<!-- @LANGUAGES@ -->", meta, file))
            return 1;
        written.emplace_back(file, std::move(*page));
    }
    for (const auto& [file, page] : written)
        if (!content::write_file(file, page))
            return 1;
    const std::optional<std::string> css = read_text(*parsed->option("css"));
    if (!css || !content::write_file(dist / "exposure-quiz.css",
                                     *css + generated_css(languages, package->source.locale)))
        return 1;
    std::cout << (dist / "index.html").string() << ", frame.html: the first screen in "
              << languages.size() << " languages; exposure-quiz.css\n";
    return 0;
}

} // namespace

namespace cli {

std::vector<Command> pages_commands() {
    return {{"pages", "write the first screen into the site's pages, and their stylesheet",
             kPagesHelp, pages}};
}

} // namespace cli
