// What every command shares (cli.hpp).
#include "cli.hpp"

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace cli {

int usage_error(const std::string& message) {
    std::cerr << "exposure: " << message
              << "\nusage: exposure COMMAND [ARGS...]  (exposure --help)\n";
    return 2;
}

std::optional<Arguments> parse(const std::vector<std::string>& args,
                               const std::vector<std::string_view>& known, std::string& error,
                               const std::vector<std::string_view>& flags) {
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
        const bool is_flag = std::find(flags.begin(), flags.end(), name) != flags.end();
        if (!is_flag && std::find(known.begin(), known.end(), name) == known.end()) {
            error = "unknown option '--" + name + "'";
            return std::nullopt;
        }
        if (result.options.count(name) != 0) {
            error = "--" + name + " given twice";
            return std::nullopt;
        }
        if (is_flag) {
            result.options[name] = "";
        } else if (equals != std::string::npos) {
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

std::string fixed(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

} // namespace cli
