// The result as JSON (the one shape the CLI and the page's result() share) and as plain text.
//
// JSON numbers are the engine's doubles unrounded: nlohmann/json prints the shortest text that
// reads back to the same double, so a consumer that parses the JSON gets exactly the values the
// engine computed. Text rounds to one decimal, for people. With a plan (plan.hpp), both end with
// its projection and the share code carries the plan.
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

const Band* band_at(const Quiz& quiz, int band) {
    if (band < 0 || static_cast<std::size_t>(band) >= quiz.bands.size()) {
        return nullptr;
    }
    return &quiz.bands[static_cast<std::size_t>(band)];
}

const Band* band_of(const Quiz& quiz, const Report& report) {
    return band_at(quiz, report.band);
}

std::string one_decimal(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    std::string text = buffer;
    return text == "-0.0" ? "0.0" : text;
}

Json category_scores(const Quiz& quiz, const std::vector<CategoryScore>& scores) {
    Json categories = Json::object();
    for (std::size_t c = 0; c < quiz.categories.size(); ++c) {
        const bool assessed = c < scores.size() && scores[c].score;
        categories[quiz.categories[c].id] = assessed ? Json(*scores[c].score) : Json(nullptr);
    }
    return categories;
}

Json recommendation_ids(const Quiz& quiz, const std::vector<int>& indices) {
    Json ids = Json::array();
    for (int r : indices) {
        if (r >= 0 && static_cast<std::size_t>(r) < quiz.recommendations.size()) {
            ids.push_back(quiz.recommendations[static_cast<std::size_t>(r)].id);
        }
    }
    return ids;
}

Json plan_json(const Quiz& quiz, const PlanProjection& plan) {
    Json json = Json::object();
    json["ticked"] = plan_ids(quiz, plan.plan);
    json["score"] = plan.planned.score;
    const Band* band = band_at(quiz, plan.planned.band);
    json["band"] = band != nullptr ? Json(band->id) : Json(nullptr);
    json["band_title"] = band != nullptr ? Json(band->title) : Json(nullptr);
    json["categories"] = category_scores(quiz, plan.planned.categories);
    json["change"] = plan.change;
    json["sum_of_deltas"] = plan.sum_of_deltas;
    json["applied"] = recommendation_ids(quiz, plan.applied);
    json["superseded"] = recommendation_ids(quiz, plan.superseded);
    json["without_fix"] = recommendation_ids(quiz, plan.without_fix);
    json["not_applicable"] = recommendation_ids(quiz, plan.not_applicable);
    return json;
}

const Recommendation* recommendation_at(const Quiz& quiz, int r) {
    return r >= 0 && static_cast<std::size_t>(r) < quiz.recommendations.size()
               ? &quiz.recommendations[static_cast<std::size_t>(r)]
               : nullptr;
}

// The "Your plan" section of the text report.
std::string plan_text(const Quiz& quiz, const PlanProjection& plan) {
    const std::vector<int> ticked = ticked_recommendations(plan.plan);
    std::string out = "\nYour plan (" + std::to_string(ticked.size()) +
                      (ticked.size() == 1 ? " action" : " actions") + ")\n";
    out += "  " + one_decimal(plan.now.score) + " now -> " + one_decimal(plan.planned.score) +
           " with your plan";
    if (const Band* band = band_at(quiz, plan.planned.band)) {
        out += " (" + band->title + ")";
    }
    out += "\n";
    if (!plan.applied.empty()) {
        out += "  Together its fixes save " + one_decimal(-plan.change) +
               " points; one by one they say " + one_decimal(-plan.sum_of_deltas) + ".\n";
    }
    out += "  By category\n";
    for (std::size_t c = 0; c < quiz.categories.size(); ++c) {
        auto words = [&](const std::vector<CategoryScore>& scores) {
            return c < scores.size() && scores[c].score ? one_decimal(*scores[c].score)
                                                        : std::string("not assessed");
        };
        out += "    " + quiz.categories[c].title + ": " + words(plan.now.categories) + " -> " +
               words(plan.planned.categories) + "\n";
    }
    auto list = [&](const char* heading, const std::vector<int>& items) {
        if (items.empty()) {
            return;
        }
        out += std::string("  ") + heading + "\n";
        for (int r : items) {
            if (const Recommendation* recommendation = recommendation_at(quiz, r)) {
                out += "    " + recommendation->title + "\n";
            }
        }
    };
    list("Fixes in place:", plan.applied);
    list("Done, not points (no answer changes):", plan.without_fix);
    list("Covered by a stronger fix on the same question:", plan.superseded);
    list("Not for your answers (no effect):", plan.not_applicable);
    return out;
}

} // namespace

namespace {

// Both forms of report_to_json; `plan` is null for none.
std::string report_json(const Quiz& quiz, const Answers& answers, const Report& report,
                        const PlanProjection* plan) {
    if (plan != nullptr && plan_is_empty(plan->plan)) {
        plan = nullptr;
    }
    Json json = Json::object();
    json["report_schema"] = kReportSchemaVersion;
    json["quiz"] = quiz.id;
    json["version"] = quiz.published;
    json["lang"] = quiz.locale;
    json["score"] = report.score;
    const Band* band = band_of(quiz, report);
    json["band"] = band != nullptr ? Json(band->id) : Json(nullptr);
    json["band_title"] = band != nullptr ? Json(band->title) : Json(nullptr);

    json["categories"] = category_scores(quiz, report.categories);

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
    json["share"] = encode_share(quiz, answers, plan != nullptr ? plan->plan : Plan{});
    if (plan != nullptr) {
        json["plan"] = plan_json(quiz, *plan);
    }
    // Content text is valid UTF-8 (the loader checks); `replace` keeps dump() from ever
    // throwing (which would abort the wasm build) should that ever not hold.
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

std::string report_to_json(const Quiz& quiz, const Answers& answers, const Report& report) {
    return report_json(quiz, answers, report, nullptr);
}

std::string report_to_json(const Quiz& quiz, const Answers& answers, const Report& report,
                           const PlanProjection& plan) {
    return report_json(quiz, answers, report, &plan);
}

std::string skipped_note(const Report& report) {
    if (report.skipped <= 0) {
        return "";
    }
    return "You skipped " + std::to_string(report.skipped) +
           (report.skipped == 1 ? " question" : " questions") + "; the score leaves " +
           (report.skipped == 1 ? "it" : "them") + " out.";
}

namespace {

// Both forms of report_to_text; `plan` is null for none.
std::string report_text(const Quiz& quiz, const Answers& answers, const Report& report,
                        std::string_view facts_checked, const PlanProjection* plan) {
    if (plan != nullptr && plan_is_empty(plan->plan)) {
        plan = nullptr;
    }
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
    if (plan != nullptr) {
        out += plan_text(quiz, *plan);
    }
    out += "\nShare code: " + encode_share(quiz, answers, plan != nullptr ? plan->plan : Plan{}) +
           "\n";
    return out;
}

} // namespace

std::string report_to_text(const Quiz& quiz, const Answers& answers, const Report& report,
                           std::string_view facts_checked) {
    return report_text(quiz, answers, report, facts_checked, nullptr);
}

std::string report_to_text(const Quiz& quiz, const Answers& answers, const Report& report,
                           std::string_view facts_checked, const PlanProjection& plan) {
    return report_text(quiz, answers, report, facts_checked, &plan);
}

} // namespace exposure
