// A screen description as JSON, for the page's DOM renderer (screen.hpp), and the names the
// renderers know the kinds and actions by.
#include "exposure/screen.hpp"

#include <nlohmann/json.hpp>

namespace exposure {

namespace {

using Json = nlohmann::ordered_json;

Json node_json(const Node& n, const Palette* palette) {
    Json j = Json::object();
    j["kind"] = node_kind_name(n.kind);
    j["key"] = n.key;
    j["id"] = n.id;
    const auto text = [&j](const char* name, const std::string& value) {
        if (!value.empty()) {
            j[name] = value;
        }
    };
    text("text", n.text);
    text("detail", n.detail);
    text("note", n.note);
    text("label", n.label);
    text("href", n.href);
    text("quote", n.quote);
    text("quoteLang", n.quote_lang);
    text("afterLabel", n.after_label);
    if (n.action != Action::None) {
        j["action"] = action_name(n.action);
    }
    if (n.arg >= 0) {
        j["arg"] = n.arg;
    }
    if (n.kind == NodeKind::Button) {
        j["emphasis"] = emphasis_name(n.emphasis);
    }
    const auto flag = [&j](const char* name, bool value) {
        if (value) {
            j[name] = true;
        }
    };
    flag("checked", n.checked);
    flag("disabled", n.disabled);
    flag("multi", n.multi);
    flag("centred", n.centred);
    if (n.kind == NodeKind::Disclosure) {
        j["expanded"] = n.expanded;
    }
    if (n.value >= 0) {
        j["value"] = n.value;
    }
    if (n.tone >= 0) {
        j["tone"] = n.tone;
        if (palette != nullptr) {
            // As the canvas draws it: the band's colour, and as text readable on the page.
            const Colour colour = band_colour(*palette, n.tone);
            j["colour"] = hex(colour);
            j["textColour"] = hex(readable(*palette, colour, palette->background));
        }
    }
    if (n.after >= 0) {
        j["after"] = n.after;
    }
    if (n.after_tone >= 0 && palette != nullptr) {
        j["afterColour"] = hex(band_colour(*palette, n.after_tone));
    }
    if (n.number > 0) {
        j["number"] = n.number;
    }
    if (!n.children.empty()) {
        Json children = Json::array();
        for (const Node& child : n.children) {
            children.push_back(node_json(child, palette));
        }
        j["children"] = std::move(children);
    }
    return j;
}

} // namespace

std::string screen_to_json(const Screen& screen, const Palette* palette) {
    Json j = Json::object();
    j["screen"] = screen_kind_name(screen.kind);
    j["lang"] = screen.lang;
    j["quizLang"] = screen.quiz_lang;
    j["title"] = screen.title;
    j["announcement"] = screen.announcement;
    j["question"] = screen.question.empty() ? Json(nullptr) : Json(screen.question);
    j["earlier"] = screen.earlier;
    Json nodes = Json::array();
    for (const Node& n : screen.nodes) {
        nodes.push_back(node_json(n, palette));
    }
    j["nodes"] = std::move(nodes);
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

const char* node_kind_name(NodeKind kind) {
    switch (kind) {
    case NodeKind::Eyebrow:
        return "eyebrow";
    case NodeKind::Title:
        return "title";
    case NodeKind::Heading:
        return "heading";
    case NodeKind::Lead:
        return "lead";
    case NodeKind::Paragraph:
        return "paragraph";
    case NodeKind::Note:
        return "note";
    case NodeKind::Notice:
        return "notice";
    case NodeKind::Promise:
        return "promise";
    case NodeKind::Facts:
        return "facts";
    case NodeKind::Fact:
        return "fact";
    case NodeKind::Button:
        return "button";
    case NodeKind::Option:
        return "option";
    case NodeKind::Skip:
        return "skip";
    case NodeKind::Disclosure:
        return "disclosure";
    case NodeKind::Link:
        return "link";
    case NodeKind::Progress:
        return "progress";
    case NodeKind::Question:
        return "question";
    case NodeKind::Help:
        return "help";
    case NodeKind::Source:
        return "source";
    case NodeKind::Row:
        return "row";
    case NodeKind::Gauge:
        return "gauge";
    case NodeKind::Band:
        return "band";
    case NodeKind::Section:
        return "section";
    case NodeKind::Category:
        return "category";
    case NodeKind::Weight:
        return "weight";
    case NodeKind::Step:
        return "step";
    case NodeKind::PlanTick:
        return "plan-tick";
    case NodeKind::Projection:
        return "projection";
    case NodeKind::ShareLink:
        return "share-link";
    case NodeKind::Form:
        return "form";
    case NodeKind::PlainQuestion:
        return "plain-question";
    }
    return "paragraph";
}

const char* action_name(Action action) {
    switch (action) {
    case Action::None:
        return "";
    case Action::Start:
        return "start";
    case Action::Choose:
        return "choose";
    case Action::Skip:
        return "skip";
    case Action::Next:
        return "next";
    case Action::Back:
        return "back";
    case Action::ToggleHelp:
        return "toggle-help";
    case Action::ShowAll:
        return "show-all";
    case Action::CopyLink:
        return "copy-link";
    case Action::ChangeAnswers:
        return "change-answers";
    case Action::Retake:
        return "retake";
    case Action::Print:
        return "print";
    case Action::Open:
        return "open";
    case Action::TogglePlan:
        return "toggle-plan";
    case Action::ToggleWhatIf:
        return "toggle-what-if";
    case Action::CompareEarlier:
        return "compare-earlier";
    }
    return "";
}

const char* emphasis_name(Emphasis emphasis) {
    switch (emphasis) {
    case Emphasis::Primary:
        return "primary";
    case Emphasis::Secondary:
        return "secondary";
    case Emphasis::Ghost:
        return "ghost";
    }
    return "secondary";
}

} // namespace exposure
