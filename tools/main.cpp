// `exposure`: the command-line front end for content authors and developers.
//
// The commands live in files by what they work on: quiz_commands.cpp (validate, score, compare,
// lint, stats: one quiz), package_commands.cpp (translations, freeze, versions, check: a package
// and a content folder), catalog_command.cpp (catalog: the page's content files) and
// pages_command.cpp (pages: the first screen in the site's pages). Everything that decides a number
// is in the engine; the commands read files, parse arguments and print.
//
// Exit codes (cli.hpp): 0 success, 1 problems in the input, 2 a wrong command line.
#include "cli.hpp"

#include "exposure/quiz.hpp"
#include "exposure/share.hpp"

#include <exception>
#include <iostream>
#include <string>
#include <vector>

namespace {

std::vector<cli::Command> all_commands() {
    std::vector<cli::Command> commands = cli::quiz_commands();
    for (auto more : {cli::package_commands(), cli::catalog_commands(), cli::pages_commands()}) {
        commands.insert(commands.end(), more.begin(), more.end());
    }
    return commands;
}

void print_help(const std::vector<cli::Command>& commands) {
    std::cout << "exposure: validate, score and analyse Exposure Quiz content.\n\n"
                 "usage: exposure COMMAND [ARGS...]\n\n"
                 "A quiz is a package's folder (content/QUIZ/: the structure once, the text in\n"
                 "each language, the published versions) or, for an author's one-file quiz, a\n"
                 "single quiz file. content/README.md explains both.\n\ncommands:\n";
    for (const cli::Command& command : commands) {
        std::cout << "  " << command.name << std::string(14 - command.name.size(), ' ')
                  << command.summary << "\n";
    }
    std::cout << "  help COMMAND  more about one command\n\n"
                 "exit status: 0 success; 1 problems in the input (or warnings); 2 a wrong "
                 "command line.\n";
}

bool wants_help(const std::vector<std::string>& args) {
    for (const std::string& arg : args) {
        if (arg == "--help" || arg == "-h") {
            return true;
        }
    }
    return false;
}

int run(const std::vector<std::string>& argv) {
    const std::vector<cli::Command> commands = all_commands();
    const auto find = [&](const std::string& name) -> const cli::Command* {
        for (const cli::Command& command : commands) {
            if (command.name == name) {
                return &command;
            }
        }
        return nullptr;
    };
    if (argv.empty()) {
        return cli::usage_error("no command given");
    }
    const std::string& name = argv[0];
    const std::vector<std::string> rest(argv.begin() + 1, argv.end());
    if (name == "--help" || name == "-h" || (name == "help" && rest.empty())) {
        print_help(commands);
        return 0;
    }
    if (name == "--version") {
        std::cout << "exposure " EXPOSURE_VERSION " (share format " << exposure::kShareFormatVersion
                  << ", content schema " << exposure::kSchemaVersion << ")\n";
        return 0;
    }
    if (name == "help") {
        const cli::Command* command = rest.size() == 1 ? find(rest[0]) : nullptr;
        if (command == nullptr) {
            return cli::usage_error("help: unknown command '" + rest[0] + "'");
        }
        std::cout << command->help;
        return 0;
    }
    const cli::Command* command = find(name);
    if (command == nullptr) {
        return cli::usage_error("unknown command '" + name + "'");
    }
    if (wants_help(rest)) {
        std::cout << command->help;
        return 0;
    }
    return command->run(rest);
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
