// Actions: everything that changes where the reader is or what they answered, and the
// description of what the screen shows. Answers change only through exposure::Session; each
// change is described again (changed()), tells the page (DOM events) and starts a transition.
#include "app.h"

#include "fonts.h"
#include "frame.h"
#include "js_api.h"
#include "platform_web.h"

#include "exposure/loader.hpp"
#include "exposure/report_json.hpp"
#include "exposure/share.hpp"

#include <emscripten/emscripten.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <initializer_list>
#include <iterator>

App& app() {
    static App instance;
    return instance;
}

// [SECTION] Small helpers

std::string screen_event(Screen screen) {
    using Json = nlohmann::ordered_json;
    const App& a = app();
    Json detail = Json::object();
    detail["screen"] = screen_name(screen);
    detail["question"] =
        screen == Screen::Question ? Json(a.quiz->questions[size_t(a.question)].id) : Json(nullptr);
    return detail.dump(-1, ' ', false, Json::error_handler_t::replace);
}

const char* screen_name(Screen screen) {
    constexpr const char* kNames[] = {"intro", "question", "results",
                                      "error"}; // the order of Screen
    static_assert(std::size(kNames) == size_t(Screen::Error) + 1, "a name for every Screen");
    return kNames[size_t(screen)];
}

std::string share_link() {
    return app().page_url + "#r=" + app().share_code;
}

namespace {

void changed_screen(Screen screen, float dir) {
    App& a = app();
    a.screen = screen;
    a.help_open = false;
    a.transition_start = a.reduced_motion || a.html_view ? -100 : kWithNextFrame;
    a.transition_dir = dir;
    changed();
    js::reveal_top();
    js::emit("screen", screen_event(screen));
}

std::string answer_json(int question) {
    const App& a = app();
    return exposure::answer_to_json(*a.quiz, a.session->answers(), question);
}

// Each string with the faces the screens draw it in (screen_*.cpp): a face holds the CJK glyphs of
// its own strings only, so a Chinese atlas fits one texture (fonts.h).
void collect_glyph_text(const exposure::Quiz& quiz) {
    using fonts::Face;
    const auto add = [](std::initializer_list<Face> faces, const std::string& text) {
        for (const Face face : faces)
            fonts::add_text(face, text);
    };
    add({Face::Title}, quiz.title);
    add({Face::Body}, quiz.intro);
    add({Face::Small}, quiz.outro);
    // question header; results by topic; then and now
    for (const auto& c : quiz.categories)
        add({Face::SmallBold, Face::BodyBold, Face::Body}, c.title);
    for (const auto& q : quiz.questions) {
        // the question; "what weighs most" and then and now; over what other answers would do
        add({Face::Heading, Face::Body, Face::Small}, q.prompt);
        add({Face::Body}, q.help);
        for (const auto& s : q.sources)
            add({Face::Small}, s.title + s.url + s.quote + "\u201c\u201d");
        for (const auto& o : q.options) {
            add({Face::Body, Face::Small}, o.label); // the option card; the answer in the results
            add({Face::Small}, o.detail);
        }
    }
    for (const auto& b : quiz.bands) {
        add({Face::Title, Face::Small, Face::BodyBold},
            b.title); // the band; then and now; the plan
        add({Face::Body}, b.summary);
    }
    for (const auto& r : quiz.recommendations) {
        add({Face::BodyBold, Face::Body}, r.title); // the action; the earlier plan
        add({Face::Body}, r.body);
        for (const auto& s : r.sources)
            add({Face::Small}, s.title + s.url + s.quote + "\u201c\u201d");
    }
}

} // namespace

// [SECTION] Setting up

namespace {

// The engine's diagnostics about `file_name`, as the problems the page is told (eq_diagnostics).
void add_load_problems(const char* file_name, const std::vector<exposure::Diagnostic>& found) {
    for (const exposure::Diagnostic& d : found)
        app().load_problems.push_back({std::string(exposure::diagnostic_code_name(d.code)),
                                       exposure::format_diagnostic(file_name, d)});
}

// Reads a quiz file into a model, noting its problems (app().load_problems).
std::unique_ptr<exposure::Quiz> read_quiz(std::string_view text, const char* file_name,
                                          int version) {
    App& a = app();
    exposure::Outcome<exposure::Quiz> loaded = exposure::load_quiz(text);
    a.load_problems.clear();
    add_load_problems(file_name, loaded.diagnostics);
    if (!loaded.ok())
        return nullptr;
    auto quiz = std::make_unique<exposure::Quiz>(std::move(*loaded.value));
    quiz->published = version;
    return quiz;
}

// The atlas holds the glyphs of the quizzes shown and of the words (set_words comes first), no
// one else's.
void collect_glyphs() {
    const App& a = app();
    fonts::clear_text();
    for (const auto& [key, words_text] : a.words.screens)
        fonts::add_ui_text(words_text);
    for (const std::string& month : a.words.dates.month_names)
        fonts::add_ui_text(month);
    fonts::add_ui_text(a.words.dates.facts_checked);
    for (const exposure::Quiz* quiz : {a.quiz.get(), a.latest.get(), a.then_quiz.get()})
        if (quiz)
            collect_glyph_text(*quiz);
}

bool same_structure(const exposure::Quiz* a, const exposure::Quiz& b) {
    return a && exposure::structure_hash(*a) == exposure::structure_hash(b);
}

} // namespace

std::vector<std::string> pending_sources() {
    const App& a = app();
    std::vector<std::string> names;
    for (const exposure::Quiz* quiz : {a.quiz.get(), a.latest.get(), a.then_quiz.get()})
        if (quiz && !quiz->sources_file.empty() &&
            std::find(names.begin(), names.end(), quiz->sources_file) == names.end())
            names.push_back(quiz->sources_file);
    return names;
}

bool attach_sources(std::string_view text, const char* file_name) {
    App& a = app();
    a.load_problems.clear();
    bool attached = false;
    for (exposure::Quiz* quiz : {a.quiz.get(), a.latest.get(), a.then_quiz.get()}) {
        if (!quiz || quiz->sources_file != file_name)
            continue;
        add_load_problems(file_name, exposure::attach_sources(*quiz, text));
        if (!a.load_problems.empty())
            return false;
        attached = true;
    }
    if (attached) {
        if (a.sources_failed == file_name)
            a.sources_failed.clear();
        collect_glyphs(); // the quotes' glyphs
        changed();
    }
    return true;
}

void sources_failed(const char* file_name) {
    App& a = app();
    a.sources_failed = file_name;
    changed();
}

bool load_quiz(std::string_view text, const char* file_name, int version) {
    App& a = app();
    std::unique_ptr<exposure::Quiz> quiz = read_quiz(text, file_name, version);
    if (!quiz) {
        if (!a.quiz) // a quiz already running keeps going in its own language
            a.screen = Screen::Error;
        return false;
    }
    if (a.latest) { // an earlier version's result is shown: this is the latest, for a retake
        a.latest = std::move(quiz);
        collect_glyphs();
        changed();
        return true;
    }
    // The same quiz in another language (the same structure, docs/scoring.md): the reader keeps
    // their answers and their place. Any other quiz starts afresh.
    const bool same_quiz = same_structure(a.quiz.get(), *quiz);
    a.session = same_quiz ? std::make_unique<exposure::Session>(*quiz, a.session->answers())
                          : std::make_unique<exposure::Session>(*quiz);
    a.quiz = std::move(quiz);
    if (same_quiz && a.report) { // the result's words are the new file's
        update_result();
    } else if (!same_quiz) {
        a.plan = {};
        a.report.reset();
        a.question = -1;
        a.screen = Screen::Intro;
    }
    collect_glyphs();
    changed();
    return true;
}

bool load_earlier(std::string_view text, const char* file_name, int version, std::string date) {
    App& a = app();
    std::unique_ptr<exposure::Quiz> quiz = read_quiz(text, file_name, version);
    if (!quiz)
        return false;
    if (a.latest && same_structure(a.quiz.get(), *quiz)) { // its result is shown: new words
        a.session = std::make_unique<exposure::Session>(*quiz, a.session->answers());
        a.quiz = std::move(quiz);
        if (a.report)
            update_result();
        collect_glyphs();
        changed();
        return true;
    }
    a.earlier = EarlierVersion{std::move(quiz), std::move(date)};
    return true;
}

bool showing_earlier() {
    return app().latest != nullptr;
}

void set_look(bool dark, std::uint32_t accent_rgb) {
    App& a = app();
    a.dark = dark;
    a.accent = accent_rgb;
    a.style_dirty = true;
    theme::apply(dark && !a.printing, accent_rgb, platform::scale()); // the DOM's colours too
    changed();
}

void set_preferences(bool reduced_motion, bool more_contrast) {
    App& a = app();
    a.reduced_motion = reduced_motion;
    if (a.reduced_motion)
        a.gauge_start = a.transition_start = -100; // an animation in flight ends now
    theme::set_high_contrast(more_contrast);
    a.style_dirty = true;
    theme::apply(a.dark && !a.printing, a.accent, platform::scale());
    changed();
}

bool set_words(std::string_view json_text, std::vector<std::string>& problems) {
    App& a = app();
    exposure::Outcome<exposure::Words> read = exposure::read_words(json_text);
    for (const exposure::Diagnostic& d : read.diagnostics)
        problems.push_back(exposure::format_diagnostic("", d));
    if (!read.ok())
        return false;
    a.words = std::move(*read.value);
    collect_glyphs();
    changed();
    return true;
}

void set_printing(bool on) {
    App& a = app();
    a.printing = on;
    a.style_dirty = true;
    theme::apply(a.dark && !a.printing, a.accent, platform::scale()); // paper is white
    changed();
}

void link_copied(bool ok) {
    App& a = app();
    a.copied = ok;
    changed();
    // "Copied" turns back into "Copy link" after a moment.
    static int copies = 0;
    const int copy = ++copies;
    if (ok)
        emscripten_async_call(
            [](void* which) {
                if (reinterpret_cast<std::intptr_t>(which) == copies && app().copied) {
                    app().copied = false;
                    changed();
                }
            },
            reinterpret_cast<void*>(std::intptr_t(copy)), 2500);
}

std::string result_json() {
    const App& a = app();
    if (a.screen == Screen::Results && a.report)
        return a.report_json;
    if (a.session && a.session->is_complete())
        return exposure::report_to_json(*a.quiz, a.session->answers(), a.session->report());
    return {};
}

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

// What the result screen, its link and the page's result() say, from the report and the plan.
void update_result() {
    App& a = app();
    const exposure::Answers& answers = a.session->answers();
    a.projection = exposure::project_plan(*a.quiz, answers, a.plan);
    a.report_json = exposure::report_to_json(*a.quiz, answers, *a.report, *a.projection);
    a.share_code = exposure::encode_share(*a.quiz, answers, a.plan);
    a.comparison.reset();
    a.comparison_json.clear();
    if (a.then_quiz && a.then_result) {
        const exposure::SharedResult now{answers, a.plan};
        const exposure::ResultSide then_side{*a.then_quiz, *a.then_result};
        const exposure::ResultSide now_side{*a.quiz, now};
        exposure::Outcome<exposure::Comparison> compared =
            exposure::compare_results(then_side, now_side);
        if (compared.ok()) {
            a.comparison = std::move(*compared.value);
            a.comparison_json = exposure::comparison_to_json(then_side, now_side, *a.comparison);
        } else if (!compared.diagnostics.empty()) {
            a.compare_problem = compared.diagnostics.front().message;
        }
    }
}

void show_results() {
    App& a = app();
    a.report = a.session->report();
    update_result();
    a.copied = false;
    a.all_recommendations = false;
    a.what_ifs_open = false;
    a.gauge_start = a.reduced_motion || a.html_view ? -100 : kWithNextFrame;
    changed_screen(Screen::Results, 1);
    js::emit("result", a.report_json);
}

void show_intro(Notice notice, std::string details) {
    app().notice = notice;
    app().notice_details = std::move(details);
    changed_screen(Screen::Intro, -1);
}

void retake() {
    App& a = app();
    if (a.latest) { // from an earlier version's result to the latest version
        a.quiz = std::move(a.latest);
        a.earlier_date.clear();
        a.session = std::make_unique<exposure::Session>(*a.quiz);
        collect_glyphs();
    }
    a.session->reset();
    a.report.reset();
    a.plan = {};
    a.then_quiz.reset(); // a new start compares with nothing
    a.then_result.reset();
    a.comparison.reset();
    a.compare_problem.clear();
    a.notice = Notice::None;
    a.notice_details.clear();
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
    changed();
    js::emit("answer", answer_json(question));
}

void skip(int question) {
    App& a = app();
    a.session->skip(question);
    changed();
    js::emit("answer", answer_json(question));
}

// [SECTION] Sharing

void copy_share_link() {
    js::copy_text(share_link());
}

void print_plan() {
    js::print();
}

bool compare_with(std::string_view code, std::string_view text, const char* file_name,
                  int version) {
    App& a = app();
    if (!a.report || !a.session)
        return false;
    std::unique_ptr<exposure::Quiz> then;
    if (!text.empty()) {
        then = read_quiz(text, file_name, version);
    } else { // the version on screen (or the latest, when an earlier one is on screen)
        const exposure::Quiz* same =
            a.latest && a.latest->published == version ? a.latest.get() : a.quiz.get();
        then = std::make_unique<exposure::Quiz>(*same);
    }
    a.compare_problem.clear();
    exposure::Outcome<exposure::SharedResult> decoded =
        then ? exposure::decode_shared_result(*then, code)
             : exposure::Outcome<exposure::SharedResult>{};
    if (!then || !decoded.ok()) {
        a.then_quiz.reset();
        a.then_result.reset();
        a.compare_problem = !decoded.diagnostics.empty() ? decoded.diagnostics.front().message
                            : !a.load_problems.empty()   ? a.load_problems.front().text
                                                         : std::string(file_name);
        update_result();
        changed();
        return false;
    }
    a.then_quiz = std::move(then);
    a.then_result = std::move(*decoded.value);
    collect_glyphs();
    update_result();
    changed();
    js::emit("result", a.report_json); // the page keeps the earlier result in its address
    return a.comparison.has_value();
}

void toggle_plan(int recommendation) {
    App& a = app();
    if (!a.report || recommendation < 0 || recommendation >= int(a.quiz->recommendations.size()))
        return;
    std::vector<bool>& ticked = a.plan.ticked;
    ticked.resize(std::max(ticked.size(), a.quiz->recommendations.size()), false);
    ticked[std::size_t(recommendation)] = !ticked[std::size_t(recommendation)];
    update_result();
    a.copied = false; // the link copied before is not this one
    changed();
    js::emit("result", a.report_json);
}

bool open_from_share(const char* code) {
    App& a = app();
    exposure::Outcome<exposure::SharedResult> decoded =
        exposure::decode_shared_result(*a.quiz, code);
    // Made on an earlier version that the page has loaded for it: shown on that version.
    if (!decoded.ok() && a.earlier.quiz) {
        exposure::Outcome<exposure::SharedResult> on_earlier =
            exposure::decode_shared_result(*a.earlier.quiz, code);
        if (on_earlier.ok()) {
            a.latest = std::move(a.quiz);
            a.quiz = std::move(a.earlier.quiz);
            a.earlier_date = std::move(a.earlier.date);
            decoded = std::move(on_earlier);
            collect_glyphs();
        }
        a.earlier = EarlierVersion{};
    }
    if (!decoded.ok()) {
        const exposure::Diagnostic* why =
            decoded.diagnostics.empty() ? nullptr : &decoded.diagnostics.front();
        const std::string reason = why ? why->message : std::string();
        const bool outdated = why && (why->code == exposure::DiagnosticCode::ShareOtherVersion ||
                                      why->code == exposure::DiagnosticCode::ShareOtherQuiz);
        show_intro(outdated ? Notice::Outdated : Notice::Damaged, reason);
        return false;
    }
    a.session = std::make_unique<exposure::Session>(*a.quiz, std::move(decoded.value->answers));
    a.plan = std::move(decoded.value->plan);
    show_results();
    return true;
}

// [SECTION] The description

namespace {

exposure::ScreenKind kind_of(Screen screen) {
    switch (screen) {
    case Screen::Question:
        return exposure::ScreenKind::Question;
    case Screen::Results:
        return exposure::ScreenKind::Results;
    case Screen::Intro:
    case Screen::Error:
        break;
    }
    return exposure::ScreenKind::Intro;
}

} // namespace

int show_first_screen(const char* page_url, const char* share_code, bool drawn) {
    App& a = app();
    a.html_view = !drawn;
    a.page_url = page_url;
    a.now = emscripten_get_now() / 1000.0;
    if (share_code && *share_code)
        open_from_share(share_code);
    a.transition_start = -100; // the first screen appears without a slide
    changed();
    if (a.html_view)
        js::emit("ready", screen_event(a.screen));
    return drawn ? 1 : 2;
}

void record_described() {
    App& a = app();
    FrameState& d = a.drawn;
    d.frame++;
    d.width = 0;
    d.scale = 1;
    d.dark = theme::colours().dark;
    d.more_contrast = theme::colours().more_contrast;
    d.printing = a.printing;
    d.html_view = true;
    d.context = a.contexts_restored;
    d.words = a.words.locale;
    d.quiz = a.quiz ? a.quiz->locale : std::string();
}

const exposure::Screen& current_screen() {
    App& a = app();
    if (!a.stale || !a.quiz)
        return a.shown;
    exposure::ScreenState state;
    state.kind = kind_of(a.screen);
    state.notice = a.notice;
    state.notice_details = a.notice_details;
    state.session = a.session.get();
    state.question = a.question;
    state.help_open = a.help_open;
    state.report = a.report ? &*a.report : nullptr;
    state.share_link = share_link();
    state.copied = a.copied;
    state.all_recommendations = a.all_recommendations;
    state.what_ifs_open = a.what_ifs_open;
    state.printing = a.printing;
    const bool results = a.screen == Screen::Results;
    state.plan = a.projection && results ? &*a.projection : nullptr;
    state.comparison = a.comparison && results ? &*a.comparison : nullptr;
    state.then_quiz = results ? a.then_quiz.get() : nullptr;
    state.compare_problem = results ? a.compare_problem : std::string();
    state.sources_failed = a.sources_failed;
    state.earlier_version = a.latest ? a.quiz->published : 0;
    state.earlier_date = a.earlier_date;
    a.shown = exposure::describe_screen(*a.quiz, a.words, state);
    a.stale = false;
    return a.shown;
}

void changed() {
    App& a = app();
    a.stale = true;
    if (a.html_view)
        record_described();
    else
        platform::request_frames();
    js::screen_changed();
}

void perform(const exposure::Node& node) {
    using exposure::Action;
    App& a = app();
    if (node.disabled)
        return;
    switch (node.action) {
    case Action::None:
        break;
    case Action::Start:
        return start_quiz();
    case Action::Choose:
        return choose(a.question, node.arg);
    case Action::Skip:
        if (!node.checked)
            skip(a.question);
        return;
    case Action::Next:
        return go_next();
    case Action::Back:
        return go_back();
    case Action::ToggleHelp:
        a.help_open = !a.help_open;
        return changed();
    case Action::ShowAll:
        a.all_recommendations = !a.all_recommendations;
        return changed();
    case Action::CopyLink:
        return copy_share_link();
    case Action::ChangeAnswers:
        return change_answers();
    case Action::Retake:
        return retake();
    case Action::Print:
        return print_plan();
    case Action::Open:
        return js::open_url(node.href);
    case Action::TogglePlan:
        return toggle_plan(node.arg);
    case Action::ToggleWhatIf:
        a.what_ifs_open = !a.what_ifs_open;
        return changed();
    case Action::CompareEarlier:
        return js::ask_earlier_link();
    }
}

bool act(std::uint32_t id) {
    // A copy: performing it changes the description the node lives in.
    const exposure::Node* node = exposure::find_node(current_screen(), id);
    if (node == nullptr || node->disabled)
        return false;
    const exposure::Node copy = *node;
    perform(copy);
    return true;
}
