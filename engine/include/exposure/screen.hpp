// Screens as descriptions: what each screen shows, built once, without any drawing, in the
// reader's language. Every renderer only draws a Screen:
//   - the canvas (web/src/canvas_*.cpp: Dear ImGui over WebGL 2);
//   - the DOM (web/js/view.js: the HTML view, print, the first screen and the accessibility
//     layer over the canvas);
//   - the static pages at build time (tools/html_pages.cpp: the first screen in index.html and
//     frame.html, and the plain questions pages for readers without JavaScript).
// So every heading, number, button and rule the reader meets (which button is primary, which
// band colour a bar has, what is announced) is decided here, the same in every view.
//
// A Screen is a list of Nodes; a Node's kind says what it is and which of its fields it uses
// (below). Every node has a key, unique within the screen and stable while the screen shows the
// same thing, and an id derived from it: renderers reuse their elements by it, and the DOM and
// the canvas name the node they act on or focus by it.
#pragma once

#include "exposure/compare.hpp"
#include "exposure/palette.hpp"
#include "exposure/plan.hpp"
#include "exposure/quiz.hpp"
#include "exposure/scoring.hpp"
#include "exposure/session.hpp"
#include "exposure/words.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace exposure {

enum class ScreenKind { Intro, Question, Results, Questions };

// What a node does when the reader activates it.
enum class Action : std::uint8_t {
    None,
    Start,          // the intro's button
    Choose,         // an option (arg: its index)
    Skip,           // "Prefer not to say"
    Next,           // also "See my result"
    Back,           //
    ToggleHelp,     // "Why we ask"
    ShowAll,        // every action, or the first five again
    CopyLink,       // the share link to the clipboard
    ChangeAnswers,  // back to the first question, answers kept
    Retake,         // the latest version from the start
    Print,          // "Print or save my plan"
    Open,           // a source (href), in a new tab
    TogglePlan,     // "In my plan" on an action (arg: the recommendation's index)
    ToggleWhatIf,   // "What would other answers do?" under what weighs most
    CompareEarlier, // "Compare with an earlier result": the page asks for its link
};

enum class Emphasis : std::uint8_t { Primary, Secondary, Ghost };

enum class NodeKind : std::uint8_t {
    // Text. text: the words; Heading and Title are headings (Title the screen's first).
    Eyebrow,   // a short label above a heading (centred: `centred`)
    Title,     // the screen's heading
    Heading,   // a section's heading
    Lead,      // the paragraph under the title
    Paragraph, // body text
    Note,      // small, muted text (centred: `centred`)
    // Cards.
    Notice,  // something went differently: text (title), detail (what and what to do)
    Promise, // the privacy promise: text (title), detail
    Facts,   // a row of pills: children (Fact)
    Fact,    // text
    // Controls. text: the label; action, arg; disabled.
    Button,     // emphasis
    Option,     // a choice of the question: text (label), detail, checked, multi, arg (index)
    Skip,       // "Prefer not to say": checked while skipped
    Disclosure, // "Why we ask": expanded; its content follows as the Help node
    Link,       // text, href (action Open)
    // Groups. children.
    Progress, // the question's header: text (category), detail ("3 of 22"), value (0..100)
    Question, // text (prompt), detail (hint), multi; children: Option..., Skip
    Help,     // what "Why we ask" opens: text (why), children: Source...
    Source,   // text (title), href, quote (verbatim, in quote_lang), label ("Source"/"Sources"
              // on the first of a list); or, while the sources are still downloading or could
              // not be, only label and detail (saying so)
    Row,      // buttons side by side (children), e.g. Back and Next
    // Results.
    Gauge,      // value (the score), text (as shown, "86"), detail ("out of 100"), label (its
                // name as a progress bar), tone
    Band,       // text (title), detail (summary), tone
    Section,    // text (heading); children
    Category,   // a topic: text (title), detail (value as shown), value (-1: not assessed),
                // label (bar's name), tone; with a plan: after (the planned value), note (it as
                // shown), after_label (its bar's name), after_tone
    Weight,     // what weighs most: text (prompt), detail (the answer), note ("+12 points");
                // also a line of "then and now": note ("80 -> 62"), tone (its pill's colour)
    Step,       // an action: number, text (title), detail (body), note ("saves 3 points" or ""),
                // children: Source..., then its PlanTick when the reader can plan
    PlanTick,   // "In my plan" on an action: text (label), checked, action TogglePlan, arg
    Projection, // where the ticked actions take the reader: text ("35 now -> 18 with your
                // plan"), detail (the band it lands in), value (the planned score), tone; or,
                // with nothing ticked, text only (how to plan), value -1
    ShareLink,  // text (the link); children: its Button
    // The plain questions page (no JavaScript): every question as a form.
    Form,          // text (its name); children: PlainQuestion...
    PlainQuestion, // key = the question's id; text (prompt), detail (hint), note ("3 of 22 ·
                   // topic"), label (said when it is asked only after some answers, or ""),
                   // multi; children: Option (key = the option's id; a skip option has key "")
                   // and its Help
};

struct Node {
    NodeKind kind = NodeKind::Paragraph;
    std::string key;      // unique in the screen
    std::uint32_t id = 0; // FNV-1a 32 of screen kind + key (never 0)
    std::string text;
    std::string detail;
    std::string note;
    std::string label;
    std::string href;
    std::string quote;      // Source: the passage that supports the text it sits under
    std::string quote_lang; // its language ("en")
    Action action = Action::None;
    int arg = -1;
    Emphasis emphasis = Emphasis::Secondary;
    bool checked = false;
    bool disabled = false;
    bool expanded = false;
    bool multi = false;
    bool centred = false;
    double value = -1; // 0..100; -1: none
    double tone = -1;  // a band's place among the bands, 0 (low) .. 1 (severe); -1: none
    double after = -1; // Category: the value with the reader's plan; -1: no plan
    double after_tone = -1;
    std::string after_label;
    int number = 0; // Step: 1, 2, ...
    std::vector<Node> children;
};

struct Screen {
    ScreenKind kind = ScreenKind::Intro;
    std::string lang;         // the words' locale
    std::string quiz_lang;    // the quiz's locale
    std::string title;        // the quiz's title (the page's <title>)
    std::string announcement; // what a live region says when the screen appears ("" for none)
    std::string question;     // Question: the question's id
    bool earlier = false;     // Results: the result was made on an earlier version
    std::vector<Node> nodes;
};

// Why the intro says a link did not open.
enum class LinkNotice { None, Outdated, Damaged };

// Everything a screen shows that is not in the quiz or the words.
struct ScreenState {
    ScreenKind kind = ScreenKind::Intro;
    // Intro
    LinkNotice notice = LinkNotice::None;
    std::string notice_details; // the engine's diagnostic, after the notice
    // Question (and the answers shown on the results)
    const Session* session = nullptr;
    int question = -1;
    bool help_open = false;
    // Results
    const Report* report = nullptr;
    std::string share_link;
    bool copied = false;              // "Copied" on the button, just after copying
    bool all_recommendations = false; // "Show all N actions"
    bool what_ifs_open = false;       // what each other answer to what weighs most would do
    bool printing = false;            // on paper: every action with its evidence, no buttons
    // The reader's plan and where it takes them (plan.hpp); nullptr: no planning (on paper it
    // is a checklist).
    const PlanProjection* plan = nullptr;
    // An earlier result opened beside this one (#r=NEW&before=OLD): the comparison and the quiz
    // the earlier result was made on (compare.hpp); nullptr: none.
    const Comparison* comparison = nullptr;
    const Quiz* then_quiz = nullptr;
    std::string compare_problem; // the earlier link could not be read: why
    // The quiz's sources are in a file of their own (Quiz::sources_file) that has not arrived:
    // the file's name when downloading it failed, else "" (still on its way).
    std::string sources_failed;
    int earlier_version = 0;  // the result was made on this earlier version (0: not)
    std::string earlier_date; // when that version was published
};

// The screen `state` asks for, of `quiz` (in its language) with `words`. A question or results
// screen needs state.session (and results state.report).
Screen describe_screen(const Quiz& quiz, const Words& words, const ScreenState& state);

// The plain questions page: every question of `quiz` as a form (Form, PlainQuestion, Option and
// Help nodes), then every action (Section of Steps), for readers without JavaScript.
Screen describe_questions_page(const Quiz& quiz, const Words& words);

// Finds a node by id, depth first; nullptr when there is none.
const Node* find_node(const Screen& screen, std::uint32_t id);

// The JSON the page's DOM renderer reads: {"screen", "lang", "quizLang", "title",
// "announcement", "question", "earlier", "nodes": [{"kind", "key", "id", ...}]}, fields at their
// defaults left out. `colour`: for nodes with a tone, the band's colour as drawn and as text
// ({"tone": ..., "colour": "#..", "textColour": "#.."}), from the palette in use.
std::string screen_to_json(const Screen& screen, const Palette* palette = nullptr);

const char* screen_kind_name(ScreenKind kind); // "intro", "question", "results", "questions"
const char* node_kind_name(NodeKind kind);     // "eyebrow", "title", ...
const char* action_name(Action action);        // "start", "choose", "toggle-help", ...
const char* emphasis_name(Emphasis emphasis);  // "primary", "secondary", "ghost"

} // namespace exposure
