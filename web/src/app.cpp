// Actions: everything that changes where the reader is or what they answered. Answers change only
// through exposure::Session; each change tells the page (DOM events) and starts a transition.
#include "app.h"

#include "bridge.h"
#include "platform_web.h"

#include "exposure/report_json.hpp"
#include "exposure/share.hpp"

#include "imgui.h"
#include "imgui_internal.h"

#include <cstdio>

App& app() {
    static App instance;
    return instance;
}

// [SECTION] Small helpers

std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            out += buf;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

const char* screen_name(Screen screen) {
    switch (screen) {
    case Screen::Intro:
        return "intro";
    case Screen::Question:
        return "question";
    case Screen::Results:
        return "results";
    case Screen::Error:
        return "error";
    }
    return "error";
}

std::string share_link() {
    return app().page_url + "#r=" + app().share_code;
}

namespace {

void changed_screen(Screen screen, float dir) {
    App& a = app();
    a.screen = screen;
    a.help_open = false;
    a.transition_start = a.reduced_motion ? -100 : a.now;
    a.transition_dir = dir;
    // A keyboard user keeps working from the keyboard: focus lands on the new content.
    a.focus_first = !GImGui->NavDisableHighlight;
    bridge::reveal_canvas_top(a.canvas_selector.c_str());
    const std::string question =
        screen == Screen::Question ? json_string(a.quiz->questions[a.question].id) : "null";
    const std::string detail =
        std::string("{\"screen\":\"") + screen_name(screen) + "\",\"question\":" + question + "}";
    bridge::emit("screen", detail.c_str());
    platform::request_frames();
}

std::string answer_json(int question) {
    const App& a = app();
    const exposure::Question& q = a.quiz->questions[question];
    const exposure::Answer& answer = a.session->answer(question);
    std::string value;
    switch (answer.state) {
    case exposure::Answer::State::Unanswered:
    case exposure::Answer::State::Skipped:
        value = "null";
        break;
    case exposure::Answer::State::Chosen:
        if (q.kind == exposure::QuestionKind::Single && !answer.options.empty()) {
            value = json_string(q.options[answer.options.front()].id);
        } else {
            value = "[";
            for (const int o : answer.options) {
                if (value.size() > 1)
                    value += ',';
                value += json_string(q.options[o].id);
            }
            value += ']';
        }
        break;
    }
    return "{\"question\":" + json_string(q.id) + ",\"answer\":" + value +
           ",\"skipped\":" + (answer.state == exposure::Answer::State::Skipped ? "true" : "false") +
           "}";
}

} // namespace

// [SECTION] Navigation

void start_quiz() {
    App& a = app();
    const std::vector<int> visible = a.session->visible_questions();
    if (visible.empty())
        return show_results();
    show_question(visible.front(), 1);
}

void show_question(int question, float dir) {
    app().question = question;
    changed_screen(Screen::Question, dir);
}

void go_next() {
    App& a = app();
    if (!a.session->is_answered(a.question))
        return;
    const int next = a.session->next_visible(a.question);
    if (next < 0)
        return show_results();
    show_question(next, 1);
}

void go_back() {
    App& a = app();
    const int previous = a.session->previous_visible(a.question);
    if (previous < 0)
        return show_intro();
    show_question(previous, -1);
}

void show_results() {
    App& a = app();
    a.report = a.session->report();
    a.report_json = exposure::report_to_json(*a.quiz, a.session->answers(), *a.report);
    a.share_code = exposure::encode_share(*a.quiz, a.session->answers());
    a.copied_at = -1;
    a.all_recommendations = false;
    a.gauge_start = a.reduced_motion ? -100 : a.now;
    changed_screen(Screen::Results, 1);
    bridge::emit("result", a.report_json.c_str());
}

void show_intro(std::string notice) {
    app().notice = std::move(notice);
    changed_screen(Screen::Intro, -1);
}

void retake() {
    App& a = app();
    a.session->reset();
    a.report.reset();
    a.notice.clear();
    start_quiz();
}

void change_answers() {
    App& a = app();
    const std::vector<int> visible = a.session->visible_questions();
    if (visible.empty())
        return show_intro();
    show_question(visible.front(), -1);
}

// [SECTION] Answers

void choose(int question, int option) {
    App& a = app();
    a.session->choose(question, option);
    bridge::emit("answer", answer_json(question).c_str());
    platform::request_frames();
}

void skip(int question) {
    App& a = app();
    a.session->skip(question);
    bridge::emit("answer", answer_json(question).c_str());
    platform::request_frames();
}

// [SECTION] Sharing

void copy_share_link() {
    bridge::copy_text(share_link().c_str());
}

bool open_from_share(const char* code) {
    App& a = app();
    exposure::Outcome<exposure::Answers> decoded = exposure::decode_share(*a.quiz, code);
    if (!decoded.ok()) {
        // In plain words first; the engine's own diagnostic follows for the curious.
        const std::string reason =
            decoded.diagnostics.empty() ? std::string() : decoded.diagnostics.front().message;
        const bool outdated = reason.find("version") != std::string::npos ||
                              reason.find("quiz") != std::string::npos ||
                              reason.find("content") != std::string::npos;
        std::string notice = outdated ? "This result link was made with a different version of "
                                        "this quiz, so it can't show that result any more."
                                      : "This result link is damaged or incomplete (perhaps it was "
                                        "cut off when it was copied), so it can't show a result.";
        notice += " You can take the quiz again below: it only takes a few minutes.";
        if (!reason.empty())
            notice += "\n\nDetails: " + reason;
        show_intro(std::move(notice));
        return false;
    }
    a.session = std::make_unique<exposure::Session>(*a.quiz, std::move(*decoded.value));
    show_results();
    return true;
}
