// format_diagnostic: "FILE:LINE:COL: /pointer: message", leaving out the parts that are unknown.
#include "exposure/diagnostic.hpp"

namespace exposure {

std::string format_diagnostic(std::string_view file, const Diagnostic& diagnostic) {
    std::string location(file);
    if (diagnostic.line > 0) {
        if (!location.empty()) {
            location.push_back(':');
        }
        location.append(std::to_string(diagnostic.line));
        if (diagnostic.column > 0) {
            location.push_back(':');
            location.append(std::to_string(diagnostic.column));
        }
    }
    std::string result = location;
    if (!result.empty()) {
        result.append(": ");
    }
    if (!diagnostic.pointer.empty()) {
        result.append(diagnostic.pointer);
        result.append(": ");
    }
    result.append(diagnostic.message);
    return result;
}

} // namespace exposure
