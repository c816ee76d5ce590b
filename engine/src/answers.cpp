// Answers files: `{"answers": {"QID": "OPT" | ["OPT", ...] | null}}`, read and written.
//
// Reading uses the same exception-free JSON reader as the loader, so every problem comes with
// its pointer (`/answers/QID`, `/answers/QID/1`) and line/column.
#include "exposure/answers.hpp"

#include "json_reader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <utility>

namespace exposure {
namespace {

constexpr std::size_t kMaxAnswersBytes = 1024 * 1024;

std::string quote(std::string_view text) {
    return "\"" + json::printable(text) + "\"";
}

void append_json_string(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c == '\t') {
            out.append("\\t");
        } else if (byte < 0x20) {
            out.append("\\u00");
            out.push_back(kHex[byte >> 4]);
            out.push_back(kHex[byte & 0xF]);
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
}

class Reader {
public:
    Reader(const Quiz& quiz, const json::TextMap& map, std::vector<Diagnostic>& out)
        : quiz_(quiz), map_(map), out_(out) {}

    void read(const json::Value& root, Answers& answers) {
        if (!root.is_object()) {
            expected(root, "", "an object with \"answers\"");
            return;
        }
        const json::Value* entries = nullptr;
        for (const json::Member& member : root.members) {
            if (member.duplicate) {
                continue;
            }
            if (member.key == "answers") {
                entries = &member.value;
            } else if (member.key.empty() || member.key[0] != '$') {
                error(DiagnosticCode::UnknownKey, json::pointer_append("", member.key),
                      "unknown key " + quote(member.key), member.key_offset);
            }
        }
        if (entries == nullptr) {
            error(DiagnosticCode::MissingField, "", "missing \"answers\"", root.offset);
            return;
        }
        if (!entries->is_object()) {
            expected(*entries, "/answers", "an object of question ids to answers");
            return;
        }
        for (const json::Member& member : entries->members) {
            if (!member.duplicate) {
                entry(member, answers);
            }
        }
    }

private:
    void entry(const json::Member& member, Answers& answers) {
        const std::string pointer = json::pointer_append("/answers", member.key);
        const int index = quiz_.find_question(member.key);
        if (index < 0) {
            error(DiagnosticCode::UnknownReference, pointer,
                  "unknown question " + quote(member.key), member.key_offset);
            return;
        }
        const Question& question = quiz_.questions[static_cast<std::size_t>(index)];
        const json::Value& value = member.value;
        std::optional<Answer> answer;
        if (value.is_null()) {
            answer = skip(question, value, pointer);
        } else if (question.kind == QuestionKind::Single) {
            answer = single_answer(question, value, pointer);
        } else {
            answer = multi_answer(question, value, pointer);
        }
        if (answer) {
            answers[static_cast<std::size_t>(index)] = std::move(*answer);
        }
    }

    std::optional<Answer> skip(const Question& question, const json::Value& value,
                               const std::string& pointer) {
        if (!question.skippable) {
            error(DiagnosticCode::InvalidValue, pointer,
                  "question " + quote(question.id) + " cannot be skipped", value.offset);
            return std::nullopt;
        }
        return Answer{Answer::State::Skipped, {}};
    }

    std::optional<Answer> single_answer(const Question& question, const json::Value& value,
                                        const std::string& pointer) {
        if (!value.is_string()) {
            expected_answer(question, value, pointer, "one option id (a string)");
            return std::nullopt;
        }
        const int option = option_index(question, value, pointer);
        if (option < 0) {
            return std::nullopt;
        }
        return Answer{Answer::State::Chosen, {option}};
    }

    std::optional<Answer> multi_answer(const Question& question, const json::Value& value,
                                       const std::string& pointer) {
        if (!value.is_array()) {
            expected_answer(question, value, pointer, "an array of option ids");
            return std::nullopt;
        }
        const std::size_t errors = out_.size();
        Answer answer{Answer::State::Chosen, {}};
        for (std::size_t i = 0; i < value.items.size(); ++i) {
            const json::Value& item = value.items[i];
            const std::string item_pointer = json::pointer_append(pointer, i);
            if (!item.is_string()) {
                expected(item, item_pointer, "an option id (a string)");
                continue;
            }
            if (const int option = option_index(question, item, item_pointer); option >= 0) {
                answer.options.push_back(option);
            }
        }
        if (out_.size() != errors) {
            return std::nullopt;
        }
        std::sort(answer.options.begin(), answer.options.end());
        answer.options.erase(std::unique(answer.options.begin(), answer.options.end()),
                             answer.options.end());
        if (const int conflict = exclusive_conflict(question, answer.options); conflict >= 0) {
            error(DiagnosticCode::ExclusiveNotAlone, pointer,
                  "option " + quote(question.options[static_cast<std::size_t>(conflict)].id) +
                      " is exclusive and cannot be chosen together with other options",
                  value.offset);
            return std::nullopt;
        }
        return answer;
    }

    // The index of the option a string names, or -1 after reporting that it names none.
    int option_index(const Question& question, const json::Value& id_value,
                     const std::string& pointer) {
        const int option = find_option(question, id_value.string);
        if (option < 0) {
            error(DiagnosticCode::UnknownReference, pointer,
                  "unknown option " + quote(id_value.string) + " for question " +
                      quote(question.id),
                  id_value.offset);
        }
        return option;
    }

    void error(DiagnosticCode code, std::string pointer, std::string message, std::size_t offset) {
        json::add_diagnostic(out_, map_, code, std::move(pointer), std::move(message), offset);
    }

    void expected(const json::Value& value, std::string pointer, std::string_view what) {
        error(DiagnosticCode::WrongType, std::move(pointer),
              "expected " + std::string(what) + ", got " + std::string(json::type_name(value.type)),
              value.offset);
    }

    // An answer of the wrong type for its question's kind: "question "q" is single: expected
    // <what> or null, got <type>".
    void expected_answer(const Question& question, const json::Value& value,
                         const std::string& pointer, std::string_view what) {
        const std::string_view kind = question.kind == QuestionKind::Single ? "single" : "multi";
        error(DiagnosticCode::WrongType, pointer,
              "question " + quote(question.id) + " is " + std::string(kind) + ": expected " +
                  std::string(what) + " or null, got " + std::string(json::type_name(value.type)),
              value.offset);
    }

    const Quiz& quiz_;
    const json::TextMap& map_;
    std::vector<Diagnostic>& out_;
};

} // namespace

Answers empty_answers(const Quiz& quiz) {
    return Answers(quiz.questions.size());
}

Outcome<Answers> read_answers_json(const Quiz& quiz, std::string_view json_text) {
    Outcome<Answers> outcome;
    if (json_text.size() > kMaxAnswersBytes) {
        Diagnostic diagnostic;
        diagnostic.message = "answers file is " + std::to_string(json_text.size()) +
                             " bytes; the limit is " + std::to_string(kMaxAnswersBytes) + " bytes";
        diagnostic.code = DiagnosticCode::LimitExceeded;
        outcome.diagnostics.push_back(std::move(diagnostic));
        return outcome;
    }
    const json::TextMap map(json_text);
    json::ReadResult read = json::read(json_text, json::ReadLimits{}, map);
    outcome.diagnostics = std::move(read.diagnostics);
    if (read.root) {
        Answers answers = empty_answers(quiz);
        Reader reader(quiz, map, outcome.diagnostics);
        reader.read(*read.root, answers);
        if (outcome.diagnostics.empty()) {
            outcome.value = std::move(answers);
        }
    }
    json::finish_diagnostics(outcome.diagnostics);
    return outcome;
}

std::string write_answers_json(const Quiz& quiz, const Answers& answers) {
    std::string out = "{\n  \"answers\": {";
    bool first = true;
    const std::size_t count = std::min(quiz.questions.size(), answers.size());
    for (std::size_t i = 0; i < count; ++i) {
        const Question& question = quiz.questions[i];
        const Answer& answer = answers[i];
        if (answer.state == Answer::State::Unanswered) {
            continue;
        }
        out.append(first ? "\n    " : ",\n    ");
        first = false;
        append_json_string(out, question.id);
        out.append(": ");
        if (answer.state == Answer::State::Skipped) {
            out.append("null");
            continue;
        }
        std::vector<int> options;
        for (int option : answer.options) {
            if (option >= 0 && static_cast<std::size_t>(option) < question.options.size()) {
                options.push_back(option);
            }
        }
        std::sort(options.begin(), options.end());
        options.erase(std::unique(options.begin(), options.end()), options.end());
        if (question.kind == QuestionKind::Single && options.size() == 1) {
            append_json_string(out, question.options[static_cast<std::size_t>(options[0])].id);
            continue;
        }
        out.push_back('[');
        for (std::size_t k = 0; k < options.size(); ++k) {
            if (k > 0) {
                out.append(", ");
            }
            append_json_string(out, question.options[static_cast<std::size_t>(options[k])].id);
        }
        out.push_back(']');
    }
    out.append(first ? "}\n}\n" : "\n  }\n}\n");
    return out;
}

std::string answer_to_json(const Quiz& quiz, const Answers& answers, int question) {
    using Json = nlohmann::ordered_json;
    if (question < 0 || static_cast<std::size_t>(question) >= quiz.questions.size()) {
        return "null";
    }
    const Question& q = quiz.questions[static_cast<std::size_t>(question)];
    const Answer unanswered;
    const Answer& answer = static_cast<std::size_t>(question) < answers.size()
                               ? answers[static_cast<std::size_t>(question)]
                               : unanswered;
    Json value = nullptr;
    if (answer.state == Answer::State::Chosen) {
        Json ids = Json::array();
        for (int option : answer.options) {
            if (option >= 0 && static_cast<std::size_t>(option) < q.options.size()) {
                ids.push_back(q.options[static_cast<std::size_t>(option)].id);
            }
        }
        const bool one_id = q.kind == QuestionKind::Single && !ids.empty();
        value = one_id ? ids.front() : ids;
    }
    Json json = Json::object();
    json["question"] = q.id;
    json["answer"] = std::move(value);
    json["skipped"] = answer.state == Answer::State::Skipped;
    // Ids are valid UTF-8 (the loader checks); `replace` keeps dump() from ever throwing.
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace exposure
