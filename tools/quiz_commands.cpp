// `exposure validate | score | lint | stats`: one quiz at a time, a package's folder or a single
// quiz file.
//
// [SECTION] Opening a PATH
// [SECTION] validate
// [SECTION] score
// [SECTION] lint
// [SECTION] stats
#include "cli.hpp"
#include "content_files.hpp"

#include "exposure/analysis.hpp"
#include "exposure/answers.hpp"
#include "exposure/report_json.hpp"
#include "exposure/scoring.hpp"
#include "exposure/share.hpp"

#include <chrono>
#include <iostream>

namespace {

using content::fs::path;

// -------------------------------------------------------------------------------------------
// [SECTION] Opening a PATH
// -------------------------------------------------------------------------------------------

// A quiz as a command sees it: one language of a package (and the package, for versions), or a
// single file.
struct Opened {
    std::optional<content::Package> package;
    std::optional<content::Locales> locales;
    exposure::Quiz quiz;
    std::string name; // for messages: the folder or the file

    exposure::DateWords date_words() const {
        return locales ? locales->date_words(quiz.locale) : exposure::DateWords{};
    }
};

// Opens PATH in `lang` ("" for the package's source language; a single file is in its own).
// Prints every problem; nullopt when it cannot be opened.
std::optional<Opened> open(const std::string& where, const std::string& lang) {
    Opened opened;
    opened.name = where;
    const path p(where);
    if (content::is_package(p)) {
        opened.package = content::load_package(p);
        const std::optional<path> dir = content::content_dir_of(p / "quiz.json");
        if (!opened.package) {
            return std::nullopt;
        }
        if (!dir) {
            std::cerr << where << ": no content folder with locales/ above it\n";
            return std::nullopt;
        }
        opened.locales = content::load_locales(*dir);
        if (!opened.locales) {
            return std::nullopt;
        }
        std::optional<exposure::Quiz> quiz = content::quiz_in(
            *opened.package, *opened.locales, lang.empty() ? opened.package->source.locale : lang);
        if (!quiz) {
            return std::nullopt;
        }
        opened.quiz = std::move(*quiz);
        return opened;
    }
    std::error_code error;
    if (content::fs::is_directory(p, error)) {
        std::cerr << where << ": not a quiz package (it has no quiz.json)\n";
        return std::nullopt;
    }
    if (!lang.empty()) {
        std::cerr << where << ": --lang needs a package (a single file has one language)\n";
        return std::nullopt;
    }
    std::optional<exposure::Quiz> quiz = content::load_quiz_file(p);
    if (!quiz) {
        return std::nullopt;
    }
    opened.quiz = std::move(*quiz);
    if (const std::optional<path> dir = content::content_dir_of(p)) {
        // Locales are optional here: without them, a single file's text report has no date line.
        std::error_code ignored;
        if (content::fs::is_directory(*dir / "locales", ignored)) {
            opened.locales = content::load_locales(*dir);
        }
    }
    return opened;
}

// Every PATH of a command, each opened and handed to `check`, which returns whether it passed.
// Exit status: 0 when all open and pass, 1 otherwise, 2 for a usage error.
template <typename Check>
int for_each_path(const std::vector<std::string>& args, const char* command, Check check) {
    std::string error;
    const std::optional<cli::Arguments> parsed = cli::parse(args, {"lang"}, error);
    if (!parsed) {
        return cli::usage_error(error);
    }
    if (parsed->positional.empty()) {
        return cli::usage_error(std::string(command) + " needs at least one PATH");
    }
    const std::string lang = parsed->has("lang") ? *parsed->option("lang") : "";
    int status = 0;
    for (const std::string& where : parsed->positional) {
        const std::optional<Opened> opened = open(where, lang);
        if (!opened || !check(*opened)) {
            status = 1;
        }
    }
    return status;
}

// -------------------------------------------------------------------------------------------
// [SECTION] validate
// -------------------------------------------------------------------------------------------

constexpr std::string_view kValidateHelp = R"txt(usage: exposure validate PATH... [--lang LOCALE]

Loads each quiz as the page would: a package's folder (content/QUIZ/: its structure, its text in
every language, the locale files) or a single quiz file. For a valid one prints
  PATH: ok (N questions, M categories)
and for a package also its languages and published version. Otherwise prints every problem on
stderr as
  FILE:LINE:COL: /json/pointer: message
(line and column when the problem has a place in the text).
--lang LOCALE  check only that language of a package
Exit status: 0 when every PATH is valid, 1 otherwise.
)txt";

int validate(const std::vector<std::string>& args) {
    return for_each_path(args, "validate", [&](const Opened& opened) {
        std::cout << opened.name << ": ok (" << opened.quiz.questions.size() << " questions, "
                  << opened.quiz.categories.size() << " categories";
        if (opened.package) {
            bool translated = true;
            std::string list;
            for (const std::string& lang : opened.package->languages(*opened.locales)) {
                translated = content::quiz_in(*opened.package, *opened.locales, lang).has_value() &&
                             translated;
                list += (list.empty() ? "" : ", ") + lang;
            }
            std::cout << "; " << list << "; version " << opened.package->current_version()
                      << (opened.package->published() ? "" : ", not yet published");
            std::cout << ")\n";
            return translated;
        }
        std::cout << ")\n";
        return true;
    });
}

// -------------------------------------------------------------------------------------------
// [SECTION] score
// -------------------------------------------------------------------------------------------

constexpr std::string_view kScoreHelp =
    R"txt(usage: exposure score PATH --answers ANSWERS.json [--lang LOCALE] [--format json|text]
       exposure score PATH --share CODE [--lang LOCALE] [--format json|text]

Scores a reader's answers, given as an answers file
  {"answers": {"QUESTION": "OPTION" | ["OPTION", ...] | null}}
(null = skipped, absent = unanswered) or as the share code from a result link. PATH is a
package's folder (its text in --lang, by default its source language) or a single quiz file. A
share code opens on the published version it was made on, however old (a package keeps them
all), and is scored exactly as it was; the report's "version" says which.
--format json (the default) prints one line:
  {"report_schema", "quiz", "version", "lang", "score", "band", "band_title", "categories",
   "contributions", "recommendations", "visible", "answered", "skipped", "share"}
with numbers unrounded; --format text prints a readable report.
Exit status: 0 on success, 1 when the quiz, answers or code have problems.
)txt";

// The quiz a share code was made on: for a package, the published version the code names (or,
// for older codes, whose hash it carries); for a single file, the file.
std::optional<exposure::Quiz> quiz_for_share(const Opened& opened, const std::string& code) {
    if (!opened.package) {
        return opened.quiz;
    }
    const exposure::Outcome<exposure::ShareHeader> header = exposure::read_share_header(code);
    if (!header.ok()) {
        return opened.quiz; // decode_share says what is wrong with it
    }
    const int version = exposure::version_of_share(*header.value, opened.package->versions);
    if (version == 0 || version == opened.package->current_version()) {
        return opened.quiz;
    }
    return content::frozen_quiz(*opened.package, *opened.locales, version, opened.quiz.locale);
}

int score(const std::vector<std::string>& args) {
    std::string error;
    const std::optional<cli::Arguments> parsed =
        cli::parse(args, {"answers", "share", "format", "lang"}, error);
    if (!parsed) {
        return cli::usage_error(error);
    }
    if (parsed->positional.size() != 1) {
        return cli::usage_error("score needs exactly one quiz PATH");
    }
    if (parsed->has("answers") == parsed->has("share")) {
        return cli::usage_error("score needs either --answers ANSWERS.json or --share CODE");
    }
    const std::string format = parsed->has("format") ? *parsed->option("format") : "json";
    if (format != "json" && format != "text") {
        return cli::usage_error("--format must be json or text, not '" + format + "'");
    }
    const std::optional<Opened> opened =
        open(parsed->positional[0], parsed->has("lang") ? *parsed->option("lang") : "");
    if (!opened) {
        return 1;
    }
    std::optional<exposure::Quiz> quiz = opened->quiz;
    exposure::Outcome<exposure::Answers> answers;
    if (const std::string* file = parsed->option("answers")) {
        const std::optional<std::string> text = content::read_file(*file);
        if (!text) {
            return 1;
        }
        answers = exposure::read_answers_json(*quiz, *text);
        content::print_diagnostics(*file, answers.diagnostics);
    } else {
        const std::string& code = *parsed->option("share");
        quiz = quiz_for_share(*opened, code);
        if (!quiz) {
            return 1;
        }
        answers = exposure::decode_share(*quiz, code);
        content::print_diagnostics("--share", answers.diagnostics);
    }
    if (!answers.ok()) {
        return 1;
    }
    const exposure::Report report = exposure::score(*quiz, *answers.value);
    if (format == "json") {
        std::cout << exposure::report_to_json(*quiz, *answers.value, report) << "\n";
    } else {
        const std::string checked = exposure::facts_checked_line(*quiz, opened->date_words());
        std::cout << exposure::report_to_text(*quiz, *answers.value, report, checked);
    }
    return 0;
}

// -------------------------------------------------------------------------------------------
// [SECTION] lint
// -------------------------------------------------------------------------------------------

constexpr std::string_view kLintHelp = R"txt(usage: exposure lint PATH...

Loads each quiz (a package's folder or a single file) and warns about content that cannot work
as intended: questions that can never be shown, options nothing tells apart, recommendations
that can never apply, categories that can never score above 0. Each warning is printed as
  PATH: /json/pointer: warning: message
(pointers into the quiz's structure: a package's quiz.json).
Exit status: 0 when there are no warnings, 1 when there is any warning (or a PATH does not
load).
)txt";

int lint(const std::vector<std::string>& args) {
    return for_each_path(args, "lint", [](const Opened& opened) {
        const std::vector<exposure::Diagnostic> warnings = exposure::lint(opened.quiz);
        for (const exposure::Diagnostic& warning : warnings) {
            std::cout << opened.name << ": " << warning.pointer << ": warning: " << warning.message
                      << "\n";
        }
        if (warnings.empty()) {
            std::cout << opened.name << ": no warnings\n";
        }
        return warnings.empty();
    });
}

// -------------------------------------------------------------------------------------------
// [SECTION] stats
// -------------------------------------------------------------------------------------------

constexpr std::string_view kStatsHelp = R"txt(usage: exposure stats PATH [--limit N] [--seed N]

Prints the quiz's counts and the lowest and highest overall score a reader can reach
(every shown question answered or, where allowed, skipped), whether that range is exact or
the best a search found, how many answer-set classes were examined, and the time it took.
PATH is a package's folder or a single quiz file.
--limit N   enumerate exactly up to N combinations (default 2000000), search beyond
--seed N    the search's random seed (default 20261126)
Exit status: 0 on success, 1 when the quiz does not load.
)txt";

std::optional<std::uint64_t> parse_number(const std::string& text) {
    if (text.empty() || text.size() > 19 ||
        text.find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    return std::stoull(text);
}

int stats(const std::vector<std::string>& args) {
    std::string error;
    const std::optional<cli::Arguments> parsed = cli::parse(args, {"limit", "seed"}, error);
    if (!parsed) {
        return cli::usage_error(error);
    }
    if (parsed->positional.size() != 1) {
        return cli::usage_error("stats needs exactly one PATH");
    }
    exposure::StatsOptions options;
    if (const std::string* limit = parsed->option("limit")) {
        const auto value = parse_number(*limit);
        if (!value) {
            return cli::usage_error("--limit needs a whole number, not '" + *limit + "'");
        }
        options.exact_limit = *value;
    }
    if (const std::string* seed = parsed->option("seed")) {
        const auto value = parse_number(*seed);
        if (!value || *value > 0xffffffffu) {
            return cli::usage_error("--seed needs a whole number below 2^32, not '" + *seed + "'");
        }
        options.seed = static_cast<std::uint32_t>(*value);
    }
    const std::optional<Opened> opened = open(parsed->positional[0], "");
    if (!opened) {
        return 1;
    }
    const auto start = std::chrono::steady_clock::now();
    const exposure::QuizStats s = exposure::stats(opened->quiz, options);
    const std::chrono::duration<double, std::milli> elapsed =
        std::chrono::steady_clock::now() - start;

    const char* how = s.exact ? "exact" : "searched, may not be the extreme";
    std::cout << opened->name << ": " << opened->quiz.title << "\n"
              << "  questions:       " << s.questions << " (" << s.single_questions << " single, "
              << s.multi_questions << " multi; " << s.conditional_questions << " conditional, "
              << s.skippable_questions << " skippable)\n"
              << "  categories:      " << s.categories << "\n"
              << "  bands:           " << s.bands << "\n"
              << "  recommendations: " << s.recommendations << "\n"
              << "  lowest score:    " << cli::fixed(s.min_score, 2) << " (" << how << ")\n"
              << "  highest score:   " << cli::fixed(s.max_score, 2) << " (" << how << ")\n"
              << "  examined:        " << s.examined << " answer-set classes in "
              << cli::fixed(elapsed.count(), 1) << " ms\n";
    return 0;
}

} // namespace

namespace cli {

std::vector<Command> quiz_commands() {
    return {
        {"validate", "check quizzes: PATH... is package folders or quiz files", kValidateHelp,
         validate},
        {"score", "score answers or a share code (of any published version)", kScoreHelp, score},
        {"lint", "warn about content that loads but cannot work as intended", kLintHelp, lint},
        {"stats", "counts and the lowest and highest reachable score", kStatsHelp, stats},
    };
}

} // namespace cli
