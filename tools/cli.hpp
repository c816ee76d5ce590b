// What every `exposure` command shares: parsing its arguments, usage errors, numbers for people.
//
// Exit codes: 0 success, 1 the input has problems (invalid content, bad answers or share code,
// lint warnings, stale translations, unpublished changes, unreadable file), 2 the command line
// itself is wrong (usage on stderr).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

// Prints "exposure: MESSAGE" and the usage line on stderr; returns 2.
int usage_error(const std::string& message);

// Arguments split into positional ones and --name value / --name=value options. `flags` are
// options that take no value (their value is "").
struct Arguments {
    std::vector<std::string> positional;
    std::map<std::string, std::string, std::less<>> options;

    bool has(std::string_view name) const { return options.count(name) != 0; }
    const std::string* option(std::string_view name) const {
        const auto it = options.find(name);
        return it != options.end() ? &it->second : nullptr;
    }
};
std::optional<Arguments> parse(const std::vector<std::string>& args,
                               const std::vector<std::string_view>& known, std::string& error,
                               const std::vector<std::string_view>& flags = {});

std::string fixed(double value, int decimals);

// One command of the CLI: its name, what `exposure help NAME` prints, and what runs it.
using Run = int (*)(const std::vector<std::string>& args);
struct Command {
    std::string_view name;
    std::string_view summary; // one line for `exposure --help`
    std::string_view help;    // the whole of `exposure help NAME`
    Run run;
};

// Each file of commands lists its own (validate.cpp, ...); main.cpp gathers them.
std::vector<Command> quiz_commands();    // validate, score, compare, lint, stats
std::vector<Command> package_commands(); // translations, freeze, versions, check
std::vector<Command> catalog_commands(); // catalog
std::vector<Command> pages_commands();   // pages

} // namespace cli
