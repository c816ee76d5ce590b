// Locale files: a language's name, tags, fallback, plural rule, fonts and words, checked against
// the source language's.
#include "exposure/locale.hpp"

#include <catch_amalgamated.hpp>

#include <string>
#include <vector>

using namespace exposure;
using Catch::Matchers::ContainsSubstring;

namespace {

const std::string kEnglish = R"json({
  "$schema": "../schema/locale.schema.json",
  "locale": "en", "name": "English", "tags": ["en"], "plural": "one-other",
  "fonts": {"system": "system-ui, sans-serif"},
  "page": {"loading": "Loading", "switch_failed": "{0} could not be loaded."},
  "screens": {"start": "Start", "choose_one": "Choose one", "skipped_one": "You skipped {0} question", "skipped_other": "You skipped {0} questions"},
  "dates": {"facts_checked": "Facts checked {2} {0}", "month_names": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]}
})json";

Locale load(const std::string& text) {
    const Outcome<Locale> loaded = load_locale(text);
    for (const Diagnostic& d : loaded.diagnostics)
        UNSCOPED_INFO(format_diagnostic("locale", d));
    REQUIRE(loaded.ok());
    return *loaded.value;
}

std::vector<std::string> pointers(const std::vector<Diagnostic>& found) {
    std::vector<std::string> out;
    for (const Diagnostic& d : found)
        out.push_back(d.pointer);
    return out;
}

} // namespace

TEST_CASE("a locale file gives its name, tags, fallback, plural rule, fonts and words",
          "[locale]") {
    const Locale hk = load(R"json({"locale": "zh-Hant-HK", "name": "繁體中文（香港）",
        "tags": ["zh-HK", "zh-MO"], "fallback": "zh-Hant",
        "fonts": {"canvas": {"file": "noto-sans-cjk-hk.ttf", "source": "/fonts/cjk.ttc", "face": 4}},
        "screens": {"start": "開始"}})json");
    CHECK(hk.id == "zh-Hant-HK");
    CHECK(hk.name == "繁體中文（香港）");
    CHECK(hk.tags == std::vector<std::string>{"zh-HK", "zh-MO"});
    CHECK(hk.fallback == "zh-Hant");
    CHECK(hk.fonts.canvas_file == "noto-sans-cjk-hk.ttf");
    CHECK(hk.fonts.canvas_face == 4);
    CHECK_FALSE(hk.fonts.canvas_deferred); // its own script: needed from the first screen
    CHECK(hk.words.at("screens.start") == "開始");
    const Locale en = load(kEnglish);
    CHECK(en.plural == PluralRule::OneOther);
    CHECK(en.month_names.size() == 12);
    CHECK(en.words.at("dates.facts_checked") == "Facts checked {2} {0}");
}

TEST_CASE("a canvas font only a few texts need is loaded after the first screen", "[locale]") {
    const Locale en = load(R"json({"locale": "en", "name": "English", "tags": ["en"],
        "plural": "one-other", "fonts": {"system": "sans-serif", "canvas": {"file": "quotes.ttf",
        "source": "/fonts/cjk.ttc", "face": 2, "deferred": true}}})json");
    CHECK(en.fonts.canvas_file == "quotes.ttf");
    CHECK(en.fonts.canvas_deferred);
}

TEST_CASE("a locale file's problems are reported with their pointers", "[locale]") {
    auto [label, text, pointer,
          words] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {"no tags", R"({"locale": "fr", "name": "Français"})", "", "missing \"tags\""},
        {"an unknown plural rule",
         R"({"locale": "fr", "name": "F", "tags": ["fr"], "plural": "few"})", "/plural",
         "unknown plural rule"},
        {"a font file with a path",
         R"({"locale": "fr", "name": "F", "tags": ["fr"], "fonts": {"canvas": {"file": "../x.ttf", "source": "/a"}}})",
         "/fonts/canvas/file", "ending in .ttf"},
        {"a word that is not a string",
         R"({"locale": "fr", "name": "F", "tags": ["fr"], "screens": {"start": 1}})",
         "/screens/start", "expected a string"},
        {"eleven months",
         R"({"locale": "fr", "name": "F", "tags": ["fr"], "dates": {"month_names": ["a","b","c","d","e","f","g","h","i","j","k"]}})",
         "/dates/month_names", "the 12 months"},
        {"an unknown section", R"({"locale": "fr", "name": "F", "tags": ["fr"], "buttons": {}})",
         "/buttons", "unknown key"},
    }));
    CAPTURE(label);
    const Outcome<Locale> loaded = load_locale(text);
    CHECK_FALSE(loaded.ok());
    REQUIRE_FALSE(loaded.diagnostics.empty());
    CHECK(loaded.diagnostics[0].pointer == pointer);
    CHECK_THAT(loaded.diagnostics[0].message, ContainsSubstring(words));
}

TEST_CASE("a language must have every word the source language has, with its arguments",
          "[locale]") {
    const Locale en = load(kEnglish);
    const Locale fr = load(R"json({"locale": "fr", "name": "Français", "tags": ["fr"],
        "fonts": {"system": "serif"},
        "page": {"loading": "Chargement", "switch_failed": "Impossible de charger."},
        "screens": {"start": "Commencer", "choose_one": "Un", "skipped_one": "{0} question", "skipped_other": "{0} questions", "extra": "x"},
        "dates": {"facts_checked": "Vérifié en {2} {0}", "month_names": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]}})json");
    const std::vector<Diagnostic> found = check_locale(fr, en);
    CHECK(pointers(found) == std::vector<std::string>{"/page/switch_failed", "/screens/extra"});
    CHECK(found[0].code == DiagnosticCode::InvalidValue);
    CHECK(found[1].code == DiagnosticCode::TranslationExtra);
}

TEST_CASE("a language with one plural form needs only the _other words of plural pairs",
          "[locale]") {
    const Locale en = load(kEnglish);
    const Locale zh =
        load(R"json({"locale": "zh-Hans", "name": "简体中文", "tags": ["zh"], "plural": "other",
        "fonts": {"system": "sans-serif"},
        "page": {"loading": "正在加载", "switch_failed": "无法加载{0}。"},
        "screens": {"start": "开始", "choose_one": "选择一项", "skipped_other": "你跳过了 {0} 道题"},
        "dates": {"facts_checked": "事实核查于 {0} 年 {1} 月"}})json");
    CHECK(check_locale(zh, en).empty());
}

TEST_CASE("a missing word of a language is reported; a variant's falls back", "[locale]") {
    const Locale en = load(kEnglish);
    const Locale fr =
        load(R"json({"locale": "fr", "name": "F", "tags": ["fr"], "fonts": {"system": "serif"},
        "page": {"loading": "Chargement"}})json");
    const std::vector<Diagnostic> found = check_locale(fr, en);
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].code == DiagnosticCode::TranslationMissing);
    CHECK(found[0].pointer == "/dates/facts_checked");
    const Locale ca =
        load(R"json({"locale": "fr-CA", "name": "F (CA)", "tags": ["fr-CA"], "fallback": "fr",
        "page": {"loading": "Chargement!"}})json");
    CHECK(check_locale(ca, en).empty());
}

TEST_CASE("a variant's words are its own, then its fallback's", "[locale]") {
    const Locale parent = load(R"json({"locale": "zh-Hant", "name": "繁體", "tags": ["zh-TW"],
        "screens": {"start": "開始測驗", "retake": "重新測驗"}})json");
    const Locale variant = load(R"json({"locale": "zh-Hant-HK", "name": "香港", "tags": ["zh-HK"],
        "fallback": "zh-Hant", "screens": {"retake": "再做一次"}})json");
    const auto words = resolved_words({&variant, &parent});
    CHECK(words.at("screens.start") == "開始測驗");
    CHECK(words.at("screens.retake") == "再做一次");
}

TEST_CASE("English counts 1 as one and everything else as other; Chinese has one form",
          "[locale]") {
    CHECK(plural_one(PluralRule::OneOther, 1));
    CHECK_FALSE(plural_one(PluralRule::OneOther, 2));
    CHECK_FALSE(plural_one(PluralRule::OneOther, 0));
    CHECK_FALSE(plural_one(PluralRule::Other, 1));
}

TEST_CASE("a word that ends in _one but has no _other is no plural form: every language needs it",
          "[locale]") {
    const Locale en = load(kEnglish);
    const Locale zh =
        load(R"json({"locale": "zh-Hans", "name": "简体中文", "tags": ["zh"], "plural": "other",
        "fonts": {"system": "sans-serif"},
        "page": {"loading": "正在加载", "switch_failed": "无法加载{0}。"},
        "screens": {"start": "开始", "skipped_other": "你跳过了 {0} 道题"},
        "dates": {"facts_checked": "事实核查于 {0} 年 {1} 月"}})json");
    CHECK(pointers(check_locale(zh, en)) == std::vector<std::string>{"/screens/choose_one"});
}
