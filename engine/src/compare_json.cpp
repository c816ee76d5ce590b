// A comparison as JSON (for programs: the numbers unrounded, everything by id) and as plain text
// (for people: one decimal, in the later quiz's words). Shapes: exposure/compare.hpp.
#include "exposure/compare.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

namespace exposure {

namespace {

using Json = nlohmann::ordered_json;

template <typename T>
const T* at(const std::vector<T>& items, int index) {
    return index >= 0 && static_cast<std::size_t>(index) < items.size()
               ? &items[static_cast<std::size_t>(index)]
               : nullptr;
}

std::string_view state_name(Answer::State state) {
    switch (state) {
    case Answer::State::Skipped:
        return "skipped";
    case Answer::State::Chosen:
        return "chosen";
    case Answer::State::Unanswered:
        break;
    }
    return "unanswered";
}

std::string_view change_name(AnswerChange::Kind kind) {
    switch (kind) {
    case AnswerChange::Kind::OnlyThen:
        return "only_then";
    case AnswerChange::Kind::OnlyNow:
        return "only_now";
    case AnswerChange::Kind::Changed:
        break;
    }
    return "changed";
}

Json side_json(const ResultSide& side, const ScoreSummary& summary) {
    Json json = Json::object();
    json["version"] = side.quiz.published;
    json["lang"] = side.quiz.locale;
    json["score"] = summary.score;
    const Band* band = at(side.quiz.bands, summary.band);
    json["band"] = band != nullptr ? Json(band->id) : Json(nullptr);
    json["band_title"] = band != nullptr ? Json(band->title) : Json(nullptr);
    Json categories = Json::object();
    for (std::size_t c = 0; c < side.quiz.categories.size(); ++c) {
        const CategoryScore* score = at(summary.categories, static_cast<int>(c));
        categories[side.quiz.categories[c].id] =
            score != nullptr && score->score ? Json(*score->score) : Json(nullptr);
    }
    json["categories"] = std::move(categories);
    json["plan"] = plan_ids(side.quiz, side.result.plan);
    return json;
}

Json answer_json(int index, const ComparedAnswer& answer) {
    if (index < 0) {
        return nullptr;
    }
    Json json = Json::object();
    json["state"] = state_name(answer.state);
    json["options"] = answer.options;
    return json;
}

std::string one_decimal(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    std::string text = buffer;
    return text == "-0.0" ? "0.0" : text;
}

std::string signed_points(double value) {
    const std::string text = one_decimal(value);
    return (value > 0 && text != "0.0" ? "+" : "") + text + " points";
}

std::string score_words(const ResultSide& side, const ScoreSummary& summary) {
    std::string text = one_decimal(summary.score);
    if (const Band* band = at(side.quiz.bands, summary.band)) {
        text += " (" + band->title + ")";
    }
    return text;
}

// An answer in the words of the quiz it was given in.
std::string answer_words(const Quiz& quiz, int question, const ComparedAnswer& answer) {
    if (answer.state == Answer::State::Unanswered) {
        return "not answered";
    }
    if (answer.state == Answer::State::Skipped) {
        return "skipped";
    }
    const Question* q = at(quiz.questions, question);
    std::string text;
    for (const std::string& id : answer.options) {
        const int option = q != nullptr ? find_option(*q, id) : -1;
        text += (text.empty() ? "" : ", ") +
                (option >= 0 ? q->options[static_cast<std::size_t>(option)].label : id);
    }
    return text.empty() ? "none chosen" : text;
}

std::string category_words(const std::optional<double>& score, int index) {
    if (index < 0) {
        return "not in that version";
    }
    return score ? one_decimal(*score) : "not assessed";
}

std::string plan_item_words(PlanItemOutcome::Status status) {
    switch (status) {
    case PlanItemOutcome::Status::FixInPlace:
        return "done: the answer is now what it advised";
    case PlanItemOutcome::Status::NoLongerApplies:
        return "done: it no longer applies to your answers";
    case PlanItemOutcome::Status::StillToDo:
        return "still to do";
    case PlanItemOutcome::Status::NoFix:
        return "ticked; your answers cannot show whether it is done";
    case PlanItemOutcome::Status::Removed:
        return "no longer in the quiz";
    }
    return "";
}

} // namespace

std::string comparison_to_json(const ResultSide& then, const ResultSide& now,
                               const Comparison& comparison) {
    Json json = Json::object();
    json["compare_schema"] = kCompareSchemaVersion;
    json["quiz"] = now.quiz.id;
    json["different_version"] = comparison.different_version;
    json["different_language"] = comparison.different_language;
    json["then"] = side_json(then, comparison.then);
    json["now"] = side_json(now, comparison.now);
    json["change"] = comparison.change;

    Json categories = Json::array();
    for (const CategoryChange& category : comparison.categories) {
        Json item = Json::object();
        item["id"] = category.id;
        item["then"] = category.then ? Json(*category.then) : Json(nullptr);
        item["now"] = category.now ? Json(*category.now) : Json(nullptr);
        item["in_then"] = category.then_index >= 0;
        item["in_now"] = category.now_index >= 0;
        categories.push_back(std::move(item));
    }
    json["categories"] = std::move(categories);

    Json answers = Json::array();
    for (const AnswerChange& change : comparison.answers) {
        Json item = Json::object();
        item["question"] = change.question;
        item["change"] = change_name(change.kind);
        item["then"] = answer_json(change.then_index, change.then);
        item["now"] = answer_json(change.now_index, change.now);
        answers.push_back(std::move(item));
    }
    json["answers"] = std::move(answers);

    Json plan = Json::array();
    for (const PlanItemOutcome& item : comparison.plan) {
        Json entry = Json::object();
        entry["id"] = item.recommendation;
        entry["status"] = plan_item_status_name(item.status);
        entry["done"] = is_done(item);
        plan.push_back(std::move(entry));
    }
    json["plan"] = std::move(plan);
    // As in report_to_json: `replace` keeps dump() from ever throwing.
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string comparison_to_text(const ResultSide& then, const ResultSide& now,
                               const Comparison& comparison) {
    std::string out;
    out += (now.quiz.title.empty() ? now.quiz.id : now.quiz.title) + ": then and now\n";
    if (comparison.different_version) {
        const bool numbered = then.quiz.published > 0 && now.quiz.published > 0 &&
                              then.quiz.published != now.quiz.published;
        out += "Note: the two results were made on different versions of the quiz" +
               (numbered ? " (version " + std::to_string(then.quiz.published) + ", then version " +
                               std::to_string(now.quiz.published) + ")"
                         : std::string()) +
               "; each is scored on its own version.\n";
    }
    if (comparison.different_language) {
        out += "Note: the two results are in different languages (" + then.quiz.locale + ", then " +
               now.quiz.locale + "); the answers are the same whatever the language.\n";
    }
    out += "\nScore: " + score_words(then, comparison.then) + " -> " +
           score_words(now, comparison.now) + ", " + signed_points(comparison.change) + "\n";

    out += "\nBy category\n";
    for (const CategoryChange& category : comparison.categories) {
        const Category* named = category.now_index >= 0
                                    ? at(now.quiz.categories, category.now_index)
                                    : at(then.quiz.categories, category.then_index);
        out += "  " + (named != nullptr ? named->title : category.id) + ": " +
               category_words(category.then, category.then_index) + " -> " +
               category_words(category.now, category.now_index) + "\n";
    }

    out += "\nAnswers that changed\n";
    if (comparison.answers.empty()) {
        out += "  none\n";
    }
    for (const AnswerChange& change : comparison.answers) {
        const Question* question = change.now_index >= 0
                                       ? at(now.quiz.questions, change.now_index)
                                       : at(then.quiz.questions, change.then_index);
        out += "  " + (question != nullptr ? question->prompt : change.question);
        switch (change.kind) {
        case AnswerChange::Kind::OnlyNow:
            out += " (new in this version)\n    now:  " +
                   answer_words(now.quiz, change.now_index, change.now) + "\n";
            break;
        case AnswerChange::Kind::OnlyThen:
            out += " (no longer asked)\n    then: " +
                   answer_words(then.quiz, change.then_index, change.then) + "\n";
            break;
        case AnswerChange::Kind::Changed:
            out += "\n    then: " + answer_words(then.quiz, change.then_index, change.then) +
                   "\n    now:  " + answer_words(now.quiz, change.now_index, change.now) + "\n";
            break;
        }
    }

    out += "\nYour earlier plan\n";
    if (comparison.plan.empty()) {
        out += "  nothing was ticked\n";
    }
    for (const PlanItemOutcome& item : comparison.plan) {
        const Recommendation* named = item.now_index >= 0
                                          ? at(now.quiz.recommendations, item.now_index)
                                          : at(then.quiz.recommendations, item.then_index);
        out += "  " + (named != nullptr ? named->title : item.recommendation) + ": " +
               plan_item_words(item.status) + "\n";
    }
    return out;
}

} // namespace exposure
