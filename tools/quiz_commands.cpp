// `exposure validate | score | compare | lint | stats`: one quiz at a time, a package's folder or
// a single quiz file.
//
// [SECTION] Opening a PATH
// [SECTION] validate
// [SECTION] score
// [SECTION] compare
// [SECTION] lint
// [SECTION] stats
#include "cli.hpp"
#include "content_files.hpp"

#include "exposure/analysis.hpp"
#include "exposure/answers.hpp"
#include "exposure/compare.hpp"
#include "exposure/plan.hpp"
#include "exposure/report_json.hpp"
#include "exposure/scoring.hpp"
#include "exposure/share.hpp"

#include <algorithm>
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
    R"txt(usage: exposure score PATH --answers ANSWERS.json [--plan ID,ID] [--lang LOCALE] [--format json|text]
       exposure score PATH --share CODE [--plan ID,ID] [--lang LOCALE] [--format json|text]

Scores a reader's answers, given as an answers file
  {"answers": {"QUESTION": "OPTION" | ["OPTION", ...] | null}}
(null = skipped, absent = unanswered) or as the share code from a result link. PATH is a
package's folder (its text in --lang, by default its source language) or a single quiz file. A
share code opens on the published version it was made on, however old (a package keeps them
all), and is scored exactly as it was; the report's "version" says which.
--plan ID,ID  the reader's plan: these recommendations ticked (ids from the quiz, any of them;
              "" for none). The report adds where the plan takes them: every ticked fix in
              place together (docs/scoring.md, "Plan"), and its share code carries the plan. A
              share code's own plan is used when --plan is not given.
--format json (the default) prints one line:
  {"report_schema", "quiz", "version", "lang", "score", "band", "band_title", "categories",
   "contributions", "recommendations", "visible", "answered", "skipped", "share"}
and, with a plan, "plan": {"ticked", "score", "band", "band_title", "categories", "change",
"sum_of_deltas", "applied", "superseded", "without_fix", "not_applicable"}; numbers unrounded.
--format text prints a readable report, with a "Your plan" section for a plan.
Exit status: 0 on success, 1 when the quiz, answers, code or plan have problems.
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

// The ids of a --plan value, "ID,ID,...": empty pieces (",," or a trailing comma) are ignored.
std::vector<std::string> split_ids(const std::string& list) {
    std::vector<std::string> ids;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        if (comma > start) {
            ids.push_back(list.substr(start, comma - start));
        }
        start = comma + 1;
    }
    return ids;
}

int score(const std::vector<std::string>& args) {
    std::string error;
    const std::optional<cli::Arguments> parsed =
        cli::parse(args, {"answers", "share", "plan", "format", "lang"}, error);
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
    exposure::Outcome<exposure::SharedResult> result;
    if (const std::string* file = parsed->option("answers")) {
        const std::optional<std::string> text = content::read_file(*file);
        if (!text) {
            return 1;
        }
        exposure::Outcome<exposure::Answers> answers = exposure::read_answers_json(*quiz, *text);
        content::print_diagnostics(*file, answers.diagnostics);
        if (answers.ok()) {
            result.value = exposure::SharedResult{std::move(*answers.value), {}};
        }
    } else {
        const std::string& code = *parsed->option("share");
        quiz = quiz_for_share(*opened, code);
        if (!quiz) {
            return 1;
        }
        result = exposure::decode_shared_result(*quiz, code);
        content::print_diagnostics("--share", result.diagnostics);
    }
    if (!result.ok()) {
        return 1;
    }
    const exposure::Answers& answers = result.value->answers;
    exposure::Plan plan = result.value->plan;
    if (const std::string* ids = parsed->option("plan")) {
        // Ids of the quiz the answers are scored on: for an old link, of the version it was made
        // on.
        exposure::Outcome<exposure::Plan> from_ids =
            exposure::plan_from_ids(*quiz, split_ids(*ids));
        content::print_diagnostics("--plan", from_ids.diagnostics);
        if (!from_ids.ok()) {
            return 1;
        }
        plan = std::move(*from_ids.value);
    }
    const exposure::Report report = exposure::score(*quiz, answers);
    const exposure::PlanProjection projection = exposure::project_plan(*quiz, answers, plan);
    if (format == "json") {
        std::cout << exposure::report_to_json(*quiz, answers, report, projection) << "\n";
    } else {
        const std::string checked = exposure::facts_checked_line(*quiz, opened->date_words());
        std::cout << exposure::report_to_text(*quiz, answers, report, checked, projection);
    }
    return 0;
}

// -------------------------------------------------------------------------------------------
// [SECTION] compare
// -------------------------------------------------------------------------------------------

constexpr std::string_view kCompareHelp =
    R"txt(usage: exposure compare PATH OLD_CODE NEW_CODE [--lang LOCALE] [--old-lang LOCALE] [--format json|text]

Compares two result links of one quiz, an earlier and a later one: the score, band and category
scores then and now, the answers that changed (questions only one version asks are reported as
such), and what became of each action ticked in the earlier link's plan. Each code opens on the
published version it was made on, so the two may be different versions; it says so, and when
the two are shown in different languages. PATH is a package's folder or a single quiz file.
--lang LOCALE      the language of the later result (and of the earlier one, by default)
--old-lang LOCALE  the language the earlier result was shown in
--format json (the default) prints one line:
  {"compare_schema", "quiz", "different_version", "different_language", "then", "now",
   "change", "categories", "answers", "plan"}
with numbers unrounded (docs/scoring.md, "Compare"); --format text prints it for people.
A code that does not open is reported as "old code: MESSAGE (CODE)" or "new code: ...", with
CODE a diagnostic code such as share-malformed or share-other-quiz.
Exit status: 0 on success, 1 when the quiz does not load or a code does not open.
)txt";

// Prints a share code's problems as "LABEL: message (code)".
void print_share_problems(const std::string& label,
                          const std::vector<exposure::Diagnostic>& diagnostics) {
    for (const exposure::Diagnostic& d : diagnostics) {
        std::cerr << exposure::format_diagnostic(label, d) << " ("
                  << exposure::diagnostic_code_name(d.code) << ")\n";
    }
}

// One side of a comparison as opened from its code: the version it was made on, in `opened`'s
// language, and what the code carries.
struct OpenedResult {
    exposure::Quiz quiz;
    exposure::SharedResult result;
};

std::optional<OpenedResult> open_result(const Opened& opened, const std::string& code,
                                        const std::string& label) {
    std::optional<exposure::Quiz> quiz = quiz_for_share(opened, code);
    if (!quiz) {
        return std::nullopt;
    }
    exposure::Outcome<exposure::SharedResult> decoded = exposure::decode_shared_result(*quiz, code);
    print_share_problems(label, decoded.diagnostics);
    if (!decoded.ok()) {
        return std::nullopt;
    }
    return OpenedResult{std::move(*quiz), std::move(*decoded.value)};
}

int compare(const std::vector<std::string>& args) {
    std::string error;
    const std::optional<cli::Arguments> parsed =
        cli::parse(args, {"format", "lang", "old-lang"}, error);
    if (!parsed) {
        return cli::usage_error(error);
    }
    if (parsed->positional.size() != 3) {
        return cli::usage_error("compare needs a quiz PATH, the earlier code and the later code");
    }
    const std::string format = parsed->has("format") ? *parsed->option("format") : "json";
    if (format != "json" && format != "text") {
        return cli::usage_error("--format must be json or text, not '" + format + "'");
    }
    const std::string& where = parsed->positional[0];
    const std::string lang = parsed->has("lang") ? *parsed->option("lang") : "";
    const std::string old_lang = parsed->has("old-lang") ? *parsed->option("old-lang") : lang;
    const std::optional<Opened> now_opened = open(where, lang);
    if (!now_opened) {
        return 1;
    }
    std::optional<Opened> then_opened = old_lang == lang ? now_opened : open(where, old_lang);
    if (!then_opened) {
        return 1;
    }
    // Both codes are checked, so one run reports the problems of each.
    const std::optional<OpenedResult> then =
        open_result(*then_opened, parsed->positional[1], "old code");
    const std::optional<OpenedResult> now =
        open_result(*now_opened, parsed->positional[2], "new code");
    if (!then || !now) {
        return 1;
    }
    const exposure::ResultSide then_side{then->quiz, then->result};
    const exposure::ResultSide now_side{now->quiz, now->result};
    const exposure::Outcome<exposure::Comparison> comparison =
        exposure::compare_results(then_side, now_side);
    print_share_problems(where, comparison.diagnostics);
    if (!comparison.ok()) {
        return 1;
    }
    if (format == "json") {
        std::cout << exposure::comparison_to_json(then_side, now_side, *comparison.value) << "\n";
    } else {
        std::cout << exposure::comparison_to_text(then_side, now_side, *comparison.value);
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
        {"score", "score answers or a share code (of any published version), with a plan",
         kScoreHelp, score},
        {"compare", "an earlier result link beside a later one: then and now", kCompareHelp,
         compare},
        {"lint", "warn about content that loads but cannot work as intended", kLintHelp, lint},
        {"stats", "counts and the lowest and highest reachable score", kStatsHelp, stats},
    };
}

} // namespace cli
