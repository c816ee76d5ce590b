// The result as JSON (the one shape the CLI and the page's result() share) and as plain text.
//
// JSON numbers are the engine's doubles unrounded: nlohmann/json prints the shortest text that
// reads back to the same double, so a consumer that parses the JSON gets exactly the values the
// engine computed. Text rounds to one decimal, for people.
#include "exposure/report_json.hpp"

#include "exposure/share.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

namespace exposure {

namespace {

using Json = nlohmann::ordered_json;

const Band* band_of(const Quiz& quiz, const Report& report) {
    if (report.band < 0 || static_cast<std::size_t>(report.band) >= quiz.bands.size()) {
        return nullptr;
    }
    return &quiz.bands[static_cast<std::size_t>(report.band)];
}

std::string one_decimal(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    std::string text = buffer;
    return text == "-0.0" ? "0.0" : text;
}

} // namespace

std::string report_to_json(const Quiz& quiz, const Answers& answers, const Report& report) {
    Json json = Json::object();
    json["report_schema"] = kReportSchemaVersion;
    json["quiz"] = quiz.id;
    json["version"] = quiz.published;
    json["lang"] = quiz.locale;
    json["score"] = report.score;
    const Band* band = band_of(quiz, report);
    json["band"] = band != nullptr ? Json(band->id) : Json(nullptr);
    json["band_title"] = band != nullptr ? Json(band->title) : Json(nullptr);

    Json categories = Json::object();
    for (std::size_t c = 0; c < quiz.categories.size(); ++c) {
        const bool assessed = c < report.categories.size() && report.categories[c].score;
        categories[quiz.categories[c].id] =
            assessed ? Json(*report.categories[c].score) : Json(nullptr);
    }
    json["categories"] = std::move(categories);

    Json contributions = Json::object();
    for (const Contribution& contribution : report.contributions) {
        if (contribution.question >= 0 &&
            static_cast<std::size_t>(contribution.question) < quiz.questions.size()) {
            contributions[quiz.questions[static_cast<std::size_t>(contribution.question)].id] =
                contribution.points;
        }
    }
    json["contributions"] = std::move(contributions);

    Json recommendations = Json::array();
    for (const RecommendationResult& result : report.recommendations) {
        if (result.recommendation < 0 ||
            static_cast<std::size_t>(result.recommendation) >= quiz.recommendations.size()) {
            continue;
        }
        Json item = Json::object();
        item["id"] = quiz.recommendations[static_cast<std::size_t>(result.recommendation)].id;
        item["delta"] = result.delta ? Json(*result.delta) : Json(nullptr);
        recommendations.push_back(std::move(item));
    }
    json["recommendations"] = std::move(recommendations);
    json["visible"] = report.visible;
    json["answered"] = report.answered;
    json["skipped"] = report.skipped;
    json["share"] = encode_share(quiz, answers);
    // Content text is valid UTF-8 (the loader checks); `replace` keeps dump() from ever
    // throwing (which would abort the wasm build) should that ever not hold.
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string skipped_note(const Report& report) {
    if (report.skipped <= 0) {
        return "";
    }
    return "You skipped " + std::to_string(report.skipped) +
           (report.skipped == 1 ? " question" : " questions") + "; the score leaves " +
           (report.skipped == 1 ? "it" : "them") + " out.";
}

std::string report_to_text(const Quiz& quiz, const Answers& answers, const Report& report,
                           std::string_view facts_checked) {
    std::string out;
    out += quiz.title.empty() ? quiz.id : quiz.title;
    out += "\n\nScore: " + one_decimal(report.score) + " / 100";
    if (const Band* band = band_of(quiz, report)) {
        out += " (" + band->title + ")";
        if (!band->summary.empty()) {
            out += "\n" + band->summary;
        }
    }
    out += "\nAnswered " + std::to_string(report.answered) + " of " +
           std::to_string(report.visible) + " questions shown.\n";
    if (const std::string note = skipped_note(report); !note.empty()) {
        out += note + "\n";
    }
    if (!facts_checked.empty()) {
        out += std::string(facts_checked) + ".\n";
    }

    out += "\nBy category\n";
    for (std::size_t c = 0; c < quiz.categories.size(); ++c) {
        const bool assessed = c < report.categories.size() && report.categories[c].score;
        out += "  " + quiz.categories[c].title + ": " +
               (assessed ? one_decimal(*report.categories[c].score) : "not assessed") + "\n";
    }

    const std::vector<Contribution> top = top_contributions(report);
    if (!top.empty()) {
        out += "\nWhat weighs most\n";
        for (const Contribution& contribution : top) {
            if (contribution.question < 0 ||
                static_cast<std::size_t>(contribution.question) >= quiz.questions.size()) {
                continue;
            }
            const Question& question =
                quiz.questions[static_cast<std::size_t>(contribution.question)];
            out += "  " + one_decimal(contribution.points) + " points: " + question.prompt + "\n";
        }
    }

    if (!report.recommendations.empty()) {
        out += "\nWhat to do\n";
        int number = 0;
        for (const RecommendationResult& result : report.recommendations) {
            if (result.recommendation < 0 ||
                static_cast<std::size_t>(result.recommendation) >= quiz.recommendations.size()) {
                continue;
            }
            const Recommendation& recommendation =
                quiz.recommendations[static_cast<std::size_t>(result.recommendation)];
            out += "  " + std::to_string(++number) + ". " + recommendation.title;
            if (result.delta && *result.delta < -0.05) {
                out += " (saves " + one_decimal(-*result.delta) + " points)";
            } else if (result.delta && *result.delta > 0.05) {
                out += " (adds " + one_decimal(*result.delta) + " points)";
            }
            out += "\n";
        }
    }
    out += "\nShare code: " + encode_share(quiz, answers) + "\n";
    return out;
}

} // namespace exposure
