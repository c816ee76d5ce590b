// `exposure`: the command-line front end for content authors and developers.
//
// [SECTION] Help texts
// [SECTION] Helpers (files, arguments, output)
// [SECTION] validate
// [SECTION] score
// [SECTION] lint
// [SECTION] stats
// [SECTION] compare-locales
// [SECTION] main
//
// Exit codes: 0 success, 1 the input has problems (invalid content, bad answers or share code,
// lint warnings, unreadable file), 2 the command line itself is wrong (usage on stderr).
// Everything that decides a number is in the engine; this file reads files, parses arguments
// and prints.
#include "exposure/analysis.hpp"
#include "exposure/answers.hpp"
#include "exposure/diagnostic.hpp"
#include "exposure/loader.hpp"
#include "exposure/locales.hpp"
#include "exposure/quiz.hpp"
#include "exposure/report_json.hpp"
#include "exposure/scoring.hpp"
#include "exposure/share.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

// -------------------------------------------------------------------------------------------
// [SECTION] Help texts
// -------------------------------------------------------------------------------------------

constexpr std::string_view kUsage = "usage: exposure COMMAND [ARGS...]  (exposure --help)";

constexpr std::string_view kHelp =
    R"txt(exposure: validate, score and analyse Exposure Quiz content.

usage: exposure COMMAND [ARGS...]

commands:
  validate FILE...     check quiz files; print "FILE: ok (...)" or every problem
  score FILE (--answers ANSWERS.json | --share CODE) [--format json|text]
                       score answers and print the report
  lint FILE...         warn about content that loads but cannot work as intended
  stats FILE           counts and the lowest and highest reachable score
  compare-locales A B  check that B translates A: same structure, every text translated
  help COMMAND         more about one command

exit status: 0 success; 1 problems in the input (or lint warnings); 2 a wrong command line.
)txt";

const std::map<std::string, std::string_view, std::less<>>& command_help() {
    static const std::map<std::string, std::string_view, std::less<>> help = {
        {"validate", R"txt(usage: exposure validate FILE...

Loads each quiz file as the page would. For a valid file prints
  FILE: ok (N questions, M categories)
on stdout. Otherwise prints every problem on stderr as
  FILE:LINE:COL: /json/pointer: message
(line and column when the problem has a place in the text).
Exit status: 0 when every file is valid, 1 otherwise.
)txt"},
        {"score", R"txt(usage: exposure score FILE --answers ANSWERS.json [--format json|text]
       exposure score FILE --share CODE [--format json|text]

Scores a reader's answers, given as an answers file
  {"answers": {"QUESTION": "OPTION" | ["OPTION", ...] | null}}
(null = skipped, absent = unanswered) or as the share code from a result link.
--format json (the default) prints one line:
  {"quiz", "score", "band", "band_title", "categories", "contributions",
   "recommendations", "visible", "answered", "share"}
with numbers unrounded; --format text prints a readable report.
Exit status: 0 on success, 1 when the quiz, answers or code have problems.
)txt"},
        {"lint", R"txt(usage: exposure lint FILE...

Loads each quiz file and warns about content that cannot work as intended:
questions that can never be shown, options nothing tells apart, recommendations that can
never apply, categories that can never score above 0. Each warning is printed as
  FILE: /json/pointer: warning: message
Exit status: 0 when there are no warnings, 1 when there is any warning (or a file does not
load).
)txt"},
        {"stats", R"txt(usage: exposure stats FILE [--limit N] [--seed N]

Prints the quiz's counts and the lowest and highest overall score a reader can reach
(every shown question answered or, where allowed, skipped), whether that range is exact or
the best a search found, how many answer-set classes were examined, and the time it took.
--limit N   enumerate exactly up to N combinations (default 2000000), search beyond
--seed N    the search's random seed (default 20261126)
Exit status: 0 on success, 1 when the file does not load.
)txt"},
        {"compare-locales", R"txt(usage: exposure compare-locales A.json B.json

Checks that B is a translation of A: two locale files of one quiz must have the same
structure and differ only in their text. Prints every difference on stdout as
  B.json: /json/pointer: what differs
or, when they agree,
  B.json: agrees with A.json (N questions)
Structure (locale-structure): schema, id, version, reviewed, minutes; the ids and order of
categories, questions, options, bands, recommendations and sources; weights, categories of
questions, kinds, points, caps, exclusive, skippable, show_if, band maxima, when, fix and
source urls. Text (title, intro, outro, descriptions, prompts, help, labels, details, band
titles and summaries, recommendation titles and bodies, source titles): empty in B where A
has one (locale-empty), or the same as in A (locale-untranslated). A text may stay the same
when it has nothing to translate: with http(s) addresses and product names (WeChat, Weixin,
WhatsApp, Signal, Telegram, iMessage, Messenger, Android, iPhone, iCloud, Google, Apple,
Tencent, Facebook) taken out, no run of 4 or more ASCII letters is left ("Signal", "SMS",
"2FA" and Chinese text may stay the same; "None of these" may not).
Exit status: 0 when they agree, 1 on any difference (or a file that does not load).
)txt"},
        {"help", R"txt(usage: exposure help COMMAND

Prints the help of one command: validate, score, lint, stats, compare-locales.
)txt"},
    };
    return help;
}

// -------------------------------------------------------------------------------------------
// [SECTION] Helpers (files, arguments, output)
// -------------------------------------------------------------------------------------------

int usage_error(const std::string& message) {
    std::cerr << "exposure: " << message << "\n" << kUsage << "\n";
    return 2;
}

std::optional<std::string> read_file(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = path + ": cannot read: " + std::strerror(errno);
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
        error = path + ": cannot read: " + std::strerror(errno);
        return std::nullopt;
    }
    return text.str();
}

void print_diagnostics(std::string_view file, const std::vector<exposure::Diagnostic>& list) {
    for (const exposure::Diagnostic& diagnostic : list) {
        std::cerr << exposure::format_diagnostic(file, diagnostic) << "\n";
    }
}

// Loads a quiz file; prints why not and returns nullopt when it cannot.
std::optional<exposure::Quiz> load(const std::string& path) {
    std::string error;
    const std::optional<std::string> text = read_file(path, error);
    if (!text) {
        std::cerr << error << "\n";
        return std::nullopt;
    }
    exposure::Outcome<exposure::Quiz> outcome = exposure::load_quiz(*text);
    print_diagnostics(path, outcome.diagnostics); // errors, or warnings beside a value
    if (!outcome.ok()) {
        return std::nullopt;
    }
    return std::move(*outcome.value);
}

// Splits arguments into positional ones and --name value / --name=value options.
struct Arguments {
    std::vector<std::string> positional;
    std::map<std::string, std::string, std::less<>> options;
};

std::optional<Arguments> parse(const std::vector<std::string>& args,
                               const std::vector<std::string_view>& known, std::string& error) {
    Arguments result;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.size() < 2 || arg.compare(0, 2, "--") != 0 || arg == "--") {
            if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
                error = "unknown option '" + arg + "'";
                return std::nullopt;
            }
            result.positional.push_back(arg);
            continue;
        }
        const std::size_t equals = arg.find('=');
        const std::string name = arg.substr(2, equals == std::string::npos ? equals : equals - 2);
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            error = "unknown option '--" + name + "'";
            return std::nullopt;
        }
        if (result.options.count(name) != 0) {
            error = "--" + name + " given twice";
            return std::nullopt;
        }
        if (equals != std::string::npos) {
            result.options[name] = arg.substr(equals + 1);
        } else if (i + 1 < args.size()) {
            result.options[name] = args[++i];
        } else {
            error = "--" + name + " needs a value";
            return std::nullopt;
        }
    }
    return result;
}

bool wants_help(const std::vector<std::string>& args) {
    return std::find(args.begin(), args.end(), "--help") != args.end() ||
           std::find(args.begin(), args.end(), "-h") != args.end();
}

int print_command_help(std::string_view command) {
    std::cout << command_help().find(command)->second;
    return 0;
}

std::string fixed(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

// -------------------------------------------------------------------------------------------
// [SECTION] validate
// -------------------------------------------------------------------------------------------

// Loads every FILE argument of `command` and hands each quiz that loads to `check`, which returns
// whether it passed. Exit status: 0 when all load and pass, 1 otherwise, 2 for a usage error.
template <typename Check>
int for_each_quiz_file(const std::vector<std::string>& args, const char* command, Check check) {
    std::string error;
    const std::optional<Arguments> parsed = parse(args, {}, error);
    if (!parsed) {
        return usage_error(error);
    }
    if (parsed->positional.empty()) {
        return usage_error(std::string(command) + " needs at least one FILE");
    }
    int status = 0;
    for (const std::string& path : parsed->positional) {
        const std::optional<exposure::Quiz> quiz = load(path);
        if (!quiz || !check(path, *quiz)) {
            status = 1;
        }
    }
    return status;
}

int validate(const std::vector<std::string>& args) {
    return for_each_quiz_file(
        args, "validate", [](const std::string& path, const exposure::Quiz& quiz) {
            std::cout << path << ": ok (" << quiz.questions.size() << " questions, "
                      << quiz.categories.size() << " categories)\n";
            return true;
        });
}

// -------------------------------------------------------------------------------------------
// [SECTION] score
// -------------------------------------------------------------------------------------------

int score(const std::vector<std::string>& args) {
    std::string error;
    const std::optional<Arguments> parsed = parse(args, {"answers", "share", "format"}, error);
    if (!parsed) {
        return usage_error(error);
    }
    const auto& options = parsed->options;
    if (parsed->positional.size() != 1) {
        return usage_error("score needs exactly one quiz FILE");
    }
    const bool has_answers = options.count("answers") != 0;
    const bool has_share = options.count("share") != 0;
    if (has_answers == has_share) {
        return usage_error("score needs either --answers ANSWERS.json or --share CODE");
    }
    std::string format = "json";
    if (const auto it = options.find("format"); it != options.end()) {
        format = it->second;
        if (format != "json" && format != "text") {
            return usage_error("--format must be json or text, not '" + format + "'");
        }
    }

    const std::optional<exposure::Quiz> quiz = load(parsed->positional[0]);
    if (!quiz) {
        return 1;
    }
    exposure::Outcome<exposure::Answers> answers;
    if (has_answers) {
        const std::string& path = options.find("answers")->second;
        const std::optional<std::string> text = read_file(path, error);
        if (!text) {
            std::cerr << error << "\n";
            return 1;
        }
        answers = exposure::read_answers_json(*quiz, *text);
        print_diagnostics(path, answers.diagnostics);
    } else {
        answers = exposure::decode_share(*quiz, options.find("share")->second);
        print_diagnostics("--share", answers.diagnostics);
    }
    if (!answers.ok()) {
        return 1;
    }
    const exposure::Report report = exposure::score(*quiz, *answers.value);
    if (format == "json") {
        std::cout << exposure::report_to_json(*quiz, *answers.value, report) << "\n";
    } else {
        std::cout << exposure::report_to_text(*quiz, *answers.value, report);
    }
    return 0;
}

// -------------------------------------------------------------------------------------------
// [SECTION] lint
// -------------------------------------------------------------------------------------------

int lint(const std::vector<std::string>& args) {
    return for_each_quiz_file(
        args, "lint", [](const std::string& path, const exposure::Quiz& quiz) {
            const std::vector<exposure::Diagnostic> warnings = exposure::lint(quiz);
            for (const exposure::Diagnostic& warning : warnings) {
                std::cout << path << ": " << warning.pointer << ": warning: " << warning.message
                          << "\n";
            }
            if (warnings.empty()) {
                std::cout << path << ": no warnings\n";
            }
            return warnings.empty();
        });
}

// -------------------------------------------------------------------------------------------
// [SECTION] stats
// -------------------------------------------------------------------------------------------

std::optional<std::uint64_t> parse_number(const std::string& text) {
    if (text.empty() || text.size() > 19 ||
        text.find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    return std::stoull(text);
}

int stats(const std::vector<std::string>& args) {
    std::string error;
    const std::optional<Arguments> parsed = parse(args, {"limit", "seed"}, error);
    if (!parsed) {
        return usage_error(error);
    }
    if (parsed->positional.size() != 1) {
        return usage_error("stats needs exactly one FILE");
    }
    exposure::StatsOptions options;
    if (const auto it = parsed->options.find("limit"); it != parsed->options.end()) {
        const auto value = parse_number(it->second);
        if (!value) {
            return usage_error("--limit needs a whole number, not '" + it->second + "'");
        }
        options.exact_limit = *value;
    }
    if (const auto it = parsed->options.find("seed"); it != parsed->options.end()) {
        const auto value = parse_number(it->second);
        if (!value || *value > 0xffffffffu) {
            return usage_error("--seed needs a whole number below 2^32, not '" + it->second + "'");
        }
        options.seed = static_cast<std::uint32_t>(*value);
    }
    const std::string& path = parsed->positional[0];
    const std::optional<exposure::Quiz> quiz = load(path);
    if (!quiz) {
        return 1;
    }
    const auto start = std::chrono::steady_clock::now();
    const exposure::QuizStats s = exposure::stats(*quiz, options);
    const std::chrono::duration<double, std::milli> elapsed =
        std::chrono::steady_clock::now() - start;

    const char* how = s.exact ? "exact" : "searched, may not be the extreme";
    std::cout << path << ": " << quiz->title << "\n"
              << "  questions:       " << s.questions << " (" << s.single_questions << " single, "
              << s.multi_questions << " multi; " << s.conditional_questions << " conditional, "
              << s.skippable_questions << " skippable)\n"
              << "  categories:      " << s.categories << "\n"
              << "  bands:           " << s.bands << "\n"
              << "  recommendations: " << s.recommendations << "\n"
              << "  lowest score:    " << fixed(s.min_score, 2) << " (" << how << ")\n"
              << "  highest score:   " << fixed(s.max_score, 2) << " (" << how << ")\n"
              << "  examined:        " << s.examined << " answer-set classes in "
              << fixed(elapsed.count(), 1) << " ms\n";
    return 0;
}

// -------------------------------------------------------------------------------------------
// [SECTION] compare-locales
// -------------------------------------------------------------------------------------------

int compare_locales(const std::vector<std::string>& args) {
    std::string error;
    const std::optional<Arguments> parsed = parse(args, {}, error);
    if (!parsed) {
        return usage_error(error);
    }
    if (parsed->positional.size() != 2) {
        return usage_error("compare-locales needs exactly two files, A and B");
    }
    const std::string& path_a = parsed->positional[0];
    const std::string& path_b = parsed->positional[1];
    const std::optional<exposure::Quiz> a = load(path_a);
    const std::optional<exposure::Quiz> b = load(path_b);
    if (!a || !b) {
        return 1;
    }
    const std::vector<exposure::Diagnostic> differences = exposure::compare_locales(*a, *b);
    for (const exposure::Diagnostic& difference : differences) {
        std::cout << exposure::format_diagnostic(path_b, difference) << "\n";
    }
    if (differences.empty()) {
        std::cout << path_b << ": agrees with " << path_a << " (" << b->questions.size()
                  << " questions)\n";
    }
    return differences.empty() ? 0 : 1;
}

// -------------------------------------------------------------------------------------------
// [SECTION] main
// -------------------------------------------------------------------------------------------

using Command = int (*)(const std::vector<std::string>&);

int run(const std::vector<std::string>& argv) {
    if (argv.empty()) {
        return usage_error("no command given");
    }
    const std::string& command = argv[0];
    const std::vector<std::string> rest(argv.begin() + 1, argv.end());
    if (command == "--help" || command == "-h") {
        std::cout << kHelp;
        return 0;
    }
    if (command == "--version") {
        std::cout << "exposure " EXPOSURE_VERSION " (share format " << exposure::kShareFormatVersion
                  << ", content schema " << exposure::kSchemaVersion << ")\n";
        return 0;
    }
    if (command == "help") {
        if (rest.empty()) {
            std::cout << kHelp;
            return 0;
        }
        if (rest.size() > 1 || command_help().count(rest[0]) == 0) {
            return usage_error("help: unknown command '" + rest[0] + "'");
        }
        return print_command_help(rest[0]);
    }
    static const std::map<std::string, Command, std::less<>> commands = {
        {"validate", validate},
        {"score", score},
        {"lint", lint},
        {"stats", stats},
        {"compare-locales", compare_locales}};
    const auto it = commands.find(command);
    if (it == commands.end()) {
        return usage_error("unknown command '" + command + "'");
    }
    if (wants_help(rest)) {
        return print_command_help(command);
    }
    return it->second(rest);
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) {
        args.emplace_back(argv[i]);
    }
    try {
        return run(args);
    } catch (const std::exception& e) {
        std::cerr << "exposure: internal error: " << e.what() << "\n";
        return 1;
    }
}
