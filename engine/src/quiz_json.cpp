// write_quiz (quiz_json.hpp): the model back to content JSON, ids in place of indices, in the
// order and with the field names of the content format (content/schema/quiz.schema.json).
#include "exposure/quiz_json.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace exposure {

namespace {

using Json = nlohmann::ordered_json;

// A whole number as an integer ("10", not "10.0"), anything else as the shortest double.
Json number(double value) {
    if (std::trunc(value) == value && std::fabs(value) < 1e15) {
        return Json(static_cast<long long>(value));
    }
    return Json(value);
}

class Writer {
public:
    explicit Writer(const Quiz& quiz) : quiz_(quiz) {}

    Json quiz() const {
        Json out = Json::object();
        out["schema"] = quiz_.schema;
        out["id"] = quiz_.id;
        out["version"] = quiz_.version;
        out["locale"] = quiz_.locale;
        if (!quiz_.reviewed.empty()) {
            out["reviewed"] = quiz_.reviewed;
        }
        out["title"] = quiz_.title;
        out["intro"] = quiz_.intro;
        if (!quiz_.outro.empty()) {
            out["outro"] = quiz_.outro;
        }
        if (quiz_.minutes > 0) {
            out["minutes"] = quiz_.minutes;
        }
        if (!quiz_.sources_file.empty()) {
            out["sources_file"] = quiz_.sources_file;
        }
        Json& categories = out["categories"] = Json::array();
        for (const Category& c : quiz_.categories) {
            categories.push_back(Json{{"id", c.id},
                                      {"title", c.title},
                                      {"description", c.description},
                                      {"weight", number(c.weight)}});
        }
        Json& questions = out["questions"] = Json::array();
        for (const Question& q : quiz_.questions) {
            questions.push_back(question(q));
        }
        Json& bands = out["bands"] = Json::array();
        for (const Band& b : quiz_.bands) {
            bands.push_back(Json{
                {"id", b.id}, {"max", number(b.max)}, {"title", b.title}, {"summary", b.summary}});
        }
        Json& recommendations = out["recommendations"] = Json::array();
        for (const Recommendation& r : quiz_.recommendations) {
            recommendations.push_back(recommendation(r));
        }
        return out;
    }

private:
    Json question(const Question& q) const {
        Json out = Json::object();
        out["id"] = q.id;
        out["category"] = quiz_.categories[static_cast<std::size_t>(q.category)].id;
        out["kind"] = q.kind == QuestionKind::Multi ? "multi" : "single";
        if (q.skippable) {
            out["skippable"] = true;
        }
        if (q.cap) {
            out["cap"] = number(*q.cap);
        }
        if (q.show_if) {
            out["show_if"] = condition(*q.show_if);
        }
        out["prompt"] = q.prompt;
        out["help"] = q.help;
        if (quiz_.sources_file.empty()) {
            out["sources"] = sources(q.sources);
        }
        Json& options = out["options"] = Json::array();
        for (const Option& o : q.options) {
            Json option = Json{{"id", o.id}, {"label", o.label}};
            if (!o.detail.empty()) {
                option["detail"] = o.detail;
            }
            option["points"] = number(o.points);
            if (o.exclusive) {
                option["exclusive"] = true;
            }
            options.push_back(std::move(option));
        }
        return out;
    }

    Json recommendation(const Recommendation& r) const {
        Json out = Json{{"id", r.id}, {"title", r.title}, {"body", r.body}};
        if (r.when) {
            out["when"] = condition(*r.when);
        }
        if (r.fix) {
            const Question& q = quiz_.questions[static_cast<std::size_t>(r.fix->question)];
            Json answer;
            if (q.kind == QuestionKind::Single) {
                answer = option_id(q, r.fix->options.empty() ? -1 : r.fix->options.front());
            } else {
                answer = Json::array();
                for (int o : r.fix->options) {
                    answer.push_back(option_id(q, o));
                }
            }
            out["fix"] = Json{{"q", q.id}, {"answer", std::move(answer)}};
        }
        if (!r.sources.empty()) {
            out["sources"] = sources(r.sources);
        }
        return out;
    }

public:
    static Json sources(const std::vector<Source>& list) {
        Json out = Json::array();
        for (const Source& s : list) {
            Json source = Json{{"title", s.title}, {"url", s.url}};
            if (!s.quote.empty()) {
                source["quote"] = s.quote;
                source["quote_lang"] = s.quote_lang;
            }
            if (!s.checked.empty()) {
                source["checked"] = s.checked;
            }
            out.push_back(std::move(source));
        }
        return out;
    }

private:
    static std::string option_id(const Question& q, int option) {
        return option >= 0 && static_cast<std::size_t>(option) < q.options.size()
                   ? q.options[static_cast<std::size_t>(option)].id
                   : std::string();
    }

    Json condition(const Condition& c) const {
        switch (c.kind) {
        case Condition::Kind::All:
        case Condition::Kind::Any: {
            Json children = Json::array();
            for (const Condition& child : c.children) {
                children.push_back(condition(child));
            }
            return Json{{c.kind == Condition::Kind::All ? "all" : "any", std::move(children)}};
        }
        case Condition::Kind::Not:
            return Json{{"not", c.children.empty() ? Json::object() : condition(c.children[0])}};
        default:
            break;
        }
        const Question& q = quiz_.questions[static_cast<std::size_t>(c.question)];
        Json out = Json{{"q", q.id}};
        if (c.kind == Condition::Kind::In) {
            Json in = Json::array();
            for (int o : c.options) {
                in.push_back(option_id(q, o));
            }
            out["in"] = std::move(in);
        } else {
            out[c.kind == Condition::Kind::Is ? "is" : "has"] =
                option_id(q, c.options.empty() ? -1 : c.options.front());
        }
        return out;
    }

    const Quiz& quiz_;
};

} // namespace

namespace {

std::string dump(const Json& json, JsonStyle style) {
    // The loader checks that content is valid UTF-8; `replace` keeps dump() from ever failing.
    std::string text = json.dump(style == JsonStyle::Indented ? 2 : -1, ' ', false,
                                 Json::error_handler_t::replace);
    return style == JsonStyle::Indented ? text + "\n" : text;
}

} // namespace

std::string write_quiz(const Quiz& quiz, JsonStyle style) {
    return dump(Writer(quiz).quiz(), style);
}

SplitQuiz write_quiz_split(const Quiz& quiz, const std::string& sources_file, JsonStyle style) {
    Json sources = Json::object();
    sources["schema"] = 1;
    sources["quiz"] = quiz.id;
    sources["version"] = quiz.version;
    sources["locale"] = quiz.locale;
    Json& questions = sources["questions"] = Json::object();
    for (const Question& q : quiz.questions) {
        questions[q.id] = Writer::sources(q.sources);
    }
    Json& recommendations = sources["recommendations"] = Json::object();
    for (const Recommendation& r : quiz.recommendations) {
        if (!r.sources.empty()) {
            recommendations[r.id] = Writer::sources(r.sources);
        }
    }
    Quiz without = quiz;
    without.sources_file = sources_file;
    for (Recommendation& r : without.recommendations) {
        r.sources.clear();
    }
    return {write_quiz(without, style), dump(sources, style)};
}

} // namespace exposure
