// The app's state: one reader, one quiz, one screen at a time. What the screen shows is its
// description (exposure/screen.hpp: every rule and number comes from the engine), which the
// canvas (screens.h) and the page's DOM (web/js/view.js) draw; both act on its nodes through
// perform() and act() below.
#pragma once

#include "theme.h"

#include "exposure/plan.hpp"
#include "exposure/quiz.hpp"
#include "exposure/scoring.hpp"
#include "exposure/screen.hpp"
#include "exposure/session.hpp"
#include "exposure/words.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

enum class Screen { Intro, Question, Results, Error };

// A friendly message on the intro: a shared result link that did not open, and why.
using Notice = exposure::LinkNotice;

// What the last frame was built for: the page's tests wait for the frame that shows a change (a
// new width or devicePixelRatio, a theme, a language, print, a restored context) rather than for
// the change itself, which the browser may report before the module has drawn it (eq_drawn).
struct FrameState {
    int frame = 0;     // frames built so far, this one included
    float width = 0;   // the canvas's CSS width it was laid out for
    float scale = 1;   // devicePixelRatio it was laid out and rasterised at
    bool dark = false; // the palette it was drawn with: dark, and with more contrast
    bool more_contrast = false;
    bool printing = false;
    bool html_view = false; // the HTML view (nothing drawn): what the page's DOM last showed
    int context = 0;        // WebGL contexts restored before it was drawn (0: the first context)
    std::string words;      // the UI words' locale ("en", "zh-Hans", ...)
    std::string quiz;       // the quiz file's locale
};

// One reason the quiz file did not load: the engine's code ("json-syntax", ...) and its words.
struct LoadProblem {
    std::string code;
    std::string text; // "FILE:LINE:COL: /pointer: message"
};

// The published version of the quiz a shared result was made on, when it is not the latest
// (versions.hpp in the engine): the page loads it to show that result as it was scored.
struct EarlierVersion {
    std::unique_ptr<exposure::Quiz> quiz;
    std::string date; // when it was published, "YYYY-MM-DD"
};

// When an animation asked for between frames (a click in the DOM, a key) starts: with the first
// frame that draws it (frame.cpp), so a late frame shows it from its beginning, not its middle.
inline constexpr double kWithNextFrame = 1e300;

struct App {
    // Content and answers. The screens show `quiz`: the latest version, or an earlier one whose
    // result a link opened (then `latest` holds the latest, for a retake).
    std::unique_ptr<exposure::Quiz> quiz; // never moves: the session points to it
    std::unique_ptr<exposure::Quiz> latest;
    EarlierVersion earlier;   // loaded for a link made on it, until the link opens on it
    std::string earlier_date; // the date of the version `quiz` is, while it is an earlier one
    std::unique_ptr<exposure::Session> session;
    std::vector<LoadProblem> load_problems; // why the quiz could not load
    std::string sources_failed; // a quiz's sources file (Quiz::sources_file) that did not download

    // Where the reader is.
    Screen screen = Screen::Intro;
    int question = -1;            // current question (index into Quiz::questions)
    bool help_open = false;       // "Why we ask" expanded
    Notice notice = Notice::None; // in the screens' words, shown in the current locale
    std::string notice_details;   // the engine's diagnostic, shown after the notice

    // The result, computed when the results screen opens.
    std::optional<exposure::Report> report;
    // The actions the reader ticked ("In my plan") and where they take the score: kept when the
    // answers change, part of the share link, cleared by a retake.
    exposure::Plan plan;
    std::optional<exposure::PlanProjection> projection;
    std::string report_json;
    std::string share_code;
    // An earlier result opened beside this one (#r=NEW&before=OLD): the quiz it was made on, what
    // it says, and then and now (compare.hpp), kept up to date with the answers and the plan.
    std::unique_ptr<exposure::Quiz> then_quiz;
    std::optional<exposure::SharedResult> then_result;
    std::optional<exposure::Comparison> comparison;
    std::string comparison_json;
    std::string compare_problem;      // the earlier link could not be read: why
    std::string page_url;             // the share link is page_url + "#r=" + share_code
    bool copied = false;              // "Copied" on the button, for a moment after copying
    bool all_recommendations = false; // "Show all N actions"
    bool what_ifs_open = false;       // "What would other answers do?"
    bool printing = false;            // the page is printing: every action, the light theme

    // What the screen shows, described (current_screen()); `stale` when the state changed since.
    exposure::Screen shown;
    bool stale = true;

    // Words and look and time.
    exposure::Words words;  // the screens' words; the quiz's own text is the quiz file's
    bool html_view = false; // nothing is drawn: the page's DOM shows the description (frame.h)
    bool dark = false;
    std::uint32_t accent = theme::kDefaultAccent;
    bool style_dirty = true;
    bool reduced_motion = false; // prefers-reduced-motion: reduce — screens appear without sliding
    double now = 0;              // seconds
    double transition_start = -100; // screen/question change, for the eased slide-in
    float transition_dir = 1;       // +1 forward, -1 back
    double gauge_start = -100;      // results: the gauge sweeps in
    int frames = 0;
    float content_height = 0;  // CSS px, what the canvas was last sized to
    int contexts_restored = 0; // WebGL context restores so far (frame.cpp)
    FrameState drawn;          // what the last frame was built for
};

App& app();

// Setting up (app.cpp), from the page through js_api.cpp.
// false: load_problems says why. `version`: the published version the file is (0: none). Loading
// the same quiz in another language (the same structure) while it runs keeps the answers and the
// screen; another quiz starts at the intro.
bool load_quiz(std::string_view text, const char* file_name, int version);
// The names of the sources files (Quiz::sources_file) the quizzes loaded still wait for.
std::vector<std::string> pending_sources();
// The sources file `file_name` for whichever quiz loaded names it. false: load_problems says why
// (the quiz shows on without them).
bool attach_sources(std::string_view text, const char* file_name);
// Downloading the sources file `file_name` failed: the screens say so until it arrives.
void sources_failed(const char* file_name);
// An earlier published version, for a shared result made on it: open_from_share() shows that
// result on it. Loaded again in another language while its result is shown, it replaces it.
bool load_earlier(std::string_view text, const char* file_name, int version, std::string date);
// True while the result shown was made on an earlier version of the quiz.
bool showing_earlier();
// After start() (frame.h) made the canvas, or found it cannot (`drawn` false: the HTML view):
// the shared result `share_code` if there is one, else the intro. Returns start()'s answer.
int show_first_screen(const char* page_url, const char* share_code, bool drawn);
void set_look(bool dark, std::uint32_t accent_rgb);
void set_preferences(bool reduced_motion, bool more_contrast);
// The screens' words from a locale's file (dist/strings.LOCALE.json, exposure/words.hpp). false:
// not such a file (the words stay as they were); a file with missing or unknown words loads,
// with `problems`.
bool set_words(std::string_view json_text, std::vector<std::string>& problems);
void set_printing(bool on);
void link_copied(bool ok); // the clipboard's answer to copy_share_link()
std::string result_json(); // the result once every visible question is answered or skipped, else ""

// [SECTION] The description
// What the screen shows now, described (rebuilt when something changed it).
const exposure::Screen& current_screen();
// Something the screen shows changed: describe it again, draw a frame, tell the page's DOM.
void changed();
// The HTML view draws no frames: what it shows is described now (App::drawn says so to the page).
void record_described();
// Does what `node` does (a click on the canvas, an activation in the DOM).
void perform(const exposure::Node& node);
// The node with `id` on the current screen acts (the DOM layer); false when there is none, or
// it is disabled.
bool act(std::uint32_t id);
// Actions (app.cpp). They change screens, fire the page's events and start transitions.
void start_quiz();
void show_question(int question, float dir);
void go_next();
void go_back();
void show_results();
// The report's JSON, the projection of the plan and the share code, after the plan, the answers
// or the quiz's words changed.
void update_result();
void show_intro(Notice notice = Notice::None, std::string details = {});
void choose(int question, int option);
void skip(int question);
void retake();
void change_answers();
void copy_share_link();
bool open_from_share(const char* code); // #r=CODE: show the result, or the intro with a notice

std::string share_link();
void print_plan();
void toggle_plan(int recommendation); // "In my plan" on an action: in or out of the plan
// The result shown compared with an earlier one, `code`, made on published `version`: `text` is
// that version's quiz file, or empty when it is the version on screen. False (and the results
// say why) when the code cannot be read.
bool compare_with(std::string_view code, std::string_view text, const char* file_name, int version);
const char* screen_name(Screen screen);
// The detail of the page's exposurequiz:screen (and :ready) event: {screen, question}.
std::string screen_event(Screen screen);
