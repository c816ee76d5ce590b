// compare_locales and needs_translation (locales.hpp).
//
// Both quizzes are loaded models, so every id is already an index: two conditions or fixes
// agree when their indices agree, once the ids and order of the questions and options have been
// compared. Pointers follow the content format, which the model keeps in the same order.
#include "exposure/locales.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

namespace exposure {

namespace {

// Names that stay the same in every language. Kept short: a name only belongs here when a
// shipped text that is nothing but names and numbers would otherwise count as untranslated.
constexpr std::array<std::string_view, 14> kProductNames{
    "WeChat",  "Weixin", "WhatsApp", "Signal", "Telegram", "iMessage", "Messenger",
    "Android", "iPhone", "iCloud",   "Google", "Apple",    "Tencent",  "Facebook",
};

bool is_ascii_letter(char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

std::string number(double value) {
    char buffer[32];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value) {
            break;
        }
    }
    return buffer;
}

std::string quoted(const std::string& text) {
    return "'" + text + "'";
}

class Comparer {
public:
    Comparer(const Quiz& a, const Quiz& b) : a_(a), b_(b) {}

    std::vector<Diagnostic> run() {
        same(a_.schema, b_.schema, "/schema", "schema");
        same_text_value(a_.id, b_.id, "/id", "quiz id");
        same_text_value(a_.version, b_.version, "/version", "version");
        same_text_value(a_.reviewed, b_.reviewed, "/reviewed", "reviewed");
        same(a_.minutes, b_.minutes, "/minutes", "minutes");
        text(a_.title, b_.title, "/title");
        text(a_.intro, b_.intro, "/intro");
        text(a_.outro, b_.outro, "/outro");
        categories();
        questions();
        bands();
        recommendations();
        return std::move(found_);
    }

private:
    void add(DiagnosticCode code, std::string pointer, std::string message) {
        found_.push_back(Diagnostic{std::move(pointer), std::move(message), 0, 0, code});
    }

    void differs(const std::string& pointer, const std::string& what, const std::string& here,
                 const std::string& there) {
        add(DiagnosticCode::LocaleStructure, pointer,
            what + " is " + here + " here but " + there + " in the other file");
    }

    template <typename T>
    void same(const T& a, const T& b, const std::string& pointer, const std::string& what) {
        if (a != b) {
            differs(pointer, what, std::to_string(b), std::to_string(a));
        }
    }

    void same_number(double a, double b, const std::string& pointer, const std::string& what) {
        if (a != b) {
            differs(pointer, what, number(b), number(a));
        }
    }

    void same_flag(bool a, bool b, const std::string& pointer, const std::string& what) {
        if (a != b) {
            differs(pointer, what, b ? "true" : "false", a ? "true" : "false");
        }
    }

    void same_text_value(const std::string& a, const std::string& b, const std::string& pointer,
                         const std::string& what) {
        if (a != b) {
            differs(pointer, what, b.empty() ? "absent" : quoted(b),
                    a.empty() ? "absent" : quoted(a));
        }
    }

    // A list's length; false when the lengths differ (its items are then not compared, since
    // every later index would differ too).
    bool same_count(std::size_t a, std::size_t b, const std::string& pointer,
                    const std::string& what) {
        if (a == b) {
            return true;
        }
        add(DiagnosticCode::LocaleStructure, pointer,
            "has " + std::to_string(b) + " " + what + " here but " + std::to_string(a) +
                " in the other file");
        return false;
    }

    // An id at one index; false when it differs (the item is then not compared further).
    bool same_id(const std::string& a, const std::string& b, const std::string& pointer) {
        if (a == b) {
            return true;
        }
        add(DiagnosticCode::LocaleStructure, pointer + "/id",
            "id is " + quoted(b) + " here but " + quoted(a) +
                " in the other file (ids and their order must be the same)");
        return false;
    }

    void text(const std::string& a, const std::string& b, const std::string& pointer) {
        if (a.empty() && b.empty()) {
            return;
        }
        if (b.empty()) {
            add(DiagnosticCode::LocaleEmpty, pointer,
                "is empty here but has a text in the other file; translate it");
        } else if (a.empty()) {
            add(DiagnosticCode::LocaleStructure, pointer,
                "has a text here but the other file leaves it empty");
        } else if (a == b && needs_translation(b)) {
            add(DiagnosticCode::LocaleUntranslated, pointer,
                "is the same text as in the other file (" + quoted(b) + "); translate it");
        }
    }

    void condition(const std::optional<Condition>& a, const std::optional<Condition>& b,
                   const std::string& pointer, const std::string& what) {
        if (a.has_value() != b.has_value()) {
            add(DiagnosticCode::LocaleStructure, pointer,
                b ? "has a " + what + " here but not in the other file"
                  : "has no " + what + " here but the other file has one");
        } else if (a && !equal(*a, *b)) {
            add(DiagnosticCode::LocaleStructure, pointer, what + " differs from the other file's");
        }
    }

    static bool equal(const Condition& a, const Condition& b) {
        if (a.kind != b.kind || a.question != b.question || a.options != b.options ||
            a.children.size() != b.children.size()) {
            return false;
        }
        for (std::size_t i = 0; i < a.children.size(); ++i) {
            if (!equal(a.children[i], b.children[i])) {
                return false;
            }
        }
        return true;
    }

    void sources(const std::vector<Source>& a, const std::vector<Source>& b,
                 const std::string& pointer) {
        if (!same_count(a.size(), b.size(), pointer, "sources")) {
            return;
        }
        for (std::size_t i = 0; i < a.size(); ++i) {
            const std::string at = pointer + "/" + std::to_string(i);
            same_text_value(a[i].url, b[i].url, at + "/url", "url");
            text(a[i].title, b[i].title, at + "/title");
        }
    }

    // Pairs the items of one list (categories, questions, options, ...) by index: the counts and
    // the ids must be the same; `compare(a, b, pointer)` looks at each pair whose ids agree.
    template <typename T, typename Compare>
    void each_pair(const std::vector<T>& a, const std::vector<T>& b, const std::string& list,
                   const char* what, Compare compare) {
        if (!same_count(a.size(), b.size(), list, what)) {
            return;
        }
        for (std::size_t i = 0; i < a.size(); ++i) {
            const std::string at = list + "/" + std::to_string(i);
            if (same_id(a[i].id, b[i].id, at)) {
                compare(a[i], b[i], at);
            }
        }
    }

    // Categories and bands alike: a number that scores (weight, max), a title and a second text.
    template <typename T>
    void titled(const T& a, const T& b, const std::string& at, double T::*number,
                const char* number_name, std::string T::*second, const char* second_name) {
        same_number(a.*number, b.*number, at + "/" + number_name, number_name);
        text(a.title, b.title, at + "/title");
        text(a.*second, b.*second, at + "/" + second_name);
    }

    void categories() {
        each_pair(a_.categories, b_.categories, "/categories", "categories",
                  [this](const Category& a, const Category& b, const std::string& at) {
                      titled(a, b, at, &Category::weight, "weight", &Category::description,
                             "description");
                  });
    }

    std::string category_id(const Quiz& quiz, int index) const {
        return index >= 0 && static_cast<std::size_t>(index) < quiz.categories.size()
                   ? quoted(quiz.categories[static_cast<std::size_t>(index)].id)
                   : "none";
    }

    void questions() {
        each_pair(a_.questions, b_.questions, "/questions", "questions",
                  [this](const Question& a, const Question& b, const std::string& at) {
                      question(a, b, at);
                  });
    }

    void question(const Question& a, const Question& b, const std::string& at) {
        const std::string a_category = category_id(a_, a.category);
        const std::string b_category = category_id(b_, b.category);
        if (a_category != b_category) {
            differs(at + "/category", "category", b_category, a_category);
        }
        if (a.kind != b.kind) {
            differs(at + "/kind", "kind", b.kind == QuestionKind::Multi ? "multi" : "single",
                    a.kind == QuestionKind::Multi ? "multi" : "single");
        }
        text(a.prompt, b.prompt, at + "/prompt");
        text(a.help, b.help, at + "/help");
        sources(a.sources, b.sources, at + "/sources");
        options(a, b, at);
        if (a.cap != b.cap) {
            differs(at + "/cap", "cap", b.cap ? number(*b.cap) : "absent",
                    a.cap ? number(*a.cap) : "absent");
        }
        condition(a.show_if, b.show_if, at + "/show_if", "show_if");
        same_flag(a.skippable, b.skippable, at + "/skippable", "skippable");
    }

    void options(const Question& qa, const Question& qb, const std::string& question) {
        each_pair(qa.options, qb.options, question + "/options", "options",
                  [this](const Option& a, const Option& b, const std::string& at) {
                      text(a.label, b.label, at + "/label");
                      text(a.detail, b.detail, at + "/detail");
                      same_number(a.points, b.points, at + "/points", "points");
                      same_flag(a.exclusive, b.exclusive, at + "/exclusive", "exclusive");
                  });
    }

    void bands() {
        each_pair(a_.bands, b_.bands, "/bands", "bands",
                  [this](const Band& a, const Band& b, const std::string& at) {
                      titled(a, b, at, &Band::max, "max", &Band::summary, "summary");
                  });
    }

    void recommendations() {
        each_pair(a_.recommendations, b_.recommendations, "/recommendations", "recommendations",
                  [this](const Recommendation& a, const Recommendation& b, const std::string& at) {
                      recommendation(a, b, at);
                  });
    }

    void recommendation(const Recommendation& a, const Recommendation& b, const std::string& at) {
        text(a.title, b.title, at + "/title");
        text(a.body, b.body, at + "/body");
        condition(a.when, b.when, at + "/when", "when");
        const bool same_fix =
            a.fix.has_value() == b.fix.has_value() &&
            (!a.fix || (a.fix->question == b.fix->question && a.fix->options == b.fix->options));
        if (!same_fix) {
            add(DiagnosticCode::LocaleStructure, at + "/fix",
                b.fix ? (a.fix ? "fix differs from the other file's"
                               : "has a fix here but not in the other file")
                      : "has no fix here but the other file has one");
        }
        sources(a.sources, b.sources, at + "/sources");
    }

    const Quiz& a_;
    const Quiz& b_;
    std::vector<Diagnostic> found_;
};

} // namespace

bool needs_translation(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (text.substr(i).starts_with("http://") || text.substr(i).starts_with("https://")) {
            while (i < text.size() && text[i] != ' ') {
                ++i;
            }
            continue;
        }
        if (!is_ascii_letter(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && is_ascii_letter(text[end])) {
            ++end;
        }
        const std::string_view word = text.substr(i, end - i);
        bool name = false;
        for (std::string_view product : kProductNames) {
            name = name || word == product;
        }
        if (word.size() >= 4 && !name) {
            return true;
        }
        i = end;
    }
    return false;
}

std::vector<Diagnostic> compare_locales(const Quiz& reference, const Quiz& translation) {
    return Comparer(reference, translation).run();
}

} // namespace exposure
