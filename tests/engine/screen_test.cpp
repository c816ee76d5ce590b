// Screens as descriptions (exposure/screen.hpp), the words around a quiz (words.hpp) and the
// palette (palette.hpp): what every renderer draws, decided once.
#include "test_quizzes.hpp"

#include "exposure/palette.hpp"
#include "exposure/scoring.hpp"
#include "exposure/screen.hpp"
#include "exposure/session.hpp"
#include "exposure/words.hpp"

#include <catch_amalgamated.hpp>

#include <set>
#include <string>
#include <vector>

using namespace exposure;
using namespace testq;

namespace {

Words english() {
    Words w;
    w.locale = "en";
    w.plural = PluralRule::OneOther;
    w.screens = {{"start", "Start the quiz"},
                 {"about_minutes_one", "About {0} minute"},
                 {"about_minutes_other", "About {0} minutes"},
                 {"topics", "{0} topics"},
                 {"next", "Next"},
                 {"back", "Back"},
                 {"why_we_ask", "Why we ask"},
                 {"source", "Source"},
                 {"sources", "Sources"},
                 {"saves_points_one", "Saves {0} point"},
                 {"saves_points_other", "Saves {0} points"},
                 {"question_count", "{0} of {1}"}};
    return w;
}

Quiz pin_quiz() {
    QuizBuilder b;
    b.category("c").single("pin", "c", {0, 10}).single("backup", "c", {0, 5});
    b.recommendation("use-pin", b.is("pin", 1),
                     std::make_pair(std::string("pin"), std::vector<int>{0}));
    Quiz quiz = b.build();
    quiz.minutes = 1;
    quiz.intro = "A short quiz.";
    quiz.questions[0].help = "Why a PIN matters.";
    quiz.questions[0].sources = {
        Source{"Guide", "https://example.org/guide", "Set a PIN.", "en", "2026-12-06"},
        Source{"Guide", "https://example.org/guide", "Six digits or more.", "en", "2026-12-06"},
        Source{"Report", "https://example.org/report", "", "", ""}};
    quiz.recommendations[0].sources = quiz.questions[0].sources;
    return quiz;
}

// Every node in document order (each before its children), as a renderer meets them.
void collect(const Node& node, std::vector<const Node*>& out) {
    out.push_back(&node);
    for (const Node& child : node.children)
        collect(child, out);
}

std::vector<const Node*> all_nodes(const Screen& screen) {
    std::vector<const Node*> out;
    for (const Node& n : screen.nodes)
        collect(n, out);
    return out;
}

const Node* first_of(const Screen& screen, NodeKind kind) {
    for (const Node* n : all_nodes(screen))
        if (n->kind == kind)
            return n;
    return nullptr;
}

std::vector<const Node*> every(const Screen& screen, NodeKind kind) {
    std::vector<const Node*> out;
    for (const Node* n : all_nodes(screen))
        if (n->kind == kind)
            out.push_back(n);
    return out;
}

// The state of the question screen showing question `question` of `session`.
ScreenState on_question(const Session& session, int question) {
    ScreenState state;
    state.kind = ScreenKind::Question;
    state.session = &session;
    state.question = question;
    return state;
}

// A reader of pin_quiz() who set no PIN (10 of 15 points): the results recommend one.
Session without_pin(const Quiz& quiz) {
    Session session(quiz);
    session.choose(0, 1);
    session.choose(1, 0);
    return session;
}

// The state of the results screen of `session`, scored as `report`.
ScreenState on_results(const Session& session, const Report& report) {
    ScreenState state;
    state.kind = ScreenKind::Results;
    state.session = &session;
    state.report = &report;
    return state;
}

} // namespace

TEST_CASE("the intro describes the title, the facts and one primary Start", "[screen]") {
    const Quiz quiz = pin_quiz();
    const Screen screen = describe_screen(quiz, english(), ScreenState{});
    CHECK(screen.kind == ScreenKind::Intro);
    REQUIRE(first_of(screen, NodeKind::Title));
    CHECK(first_of(screen, NodeKind::Title)->text == "Test quiz");
    CHECK(first_of(screen, NodeKind::Lead)->text == "A short quiz.");
    const std::vector<const Node*> facts = every(screen, NodeKind::Fact);
    REQUIRE_FALSE(facts.empty());
    CHECK(facts[0]->text == "About 1 minute"); // the plural form for one
    const std::vector<const Node*> buttons = every(screen, NodeKind::Button);
    REQUIRE(buttons.size() == 1);
    CHECK(buttons[0]->action == Action::Start);
    CHECK(buttons[0]->emphasis == Emphasis::Primary);
    CHECK(buttons[0]->text == "Start the quiz");
}

TEST_CASE("every node has an id of its own that the same screen keeps", "[screen]") {
    const Quiz quiz = pin_quiz();
    const Screen first = describe_screen(quiz, english(), ScreenState{});
    const Screen again = describe_screen(quiz, english(), ScreenState{});
    std::set<std::uint32_t> ids;
    for (const Node* n : all_nodes(first)) {
        CHECK(n->id != 0);
        CHECK(ids.insert(n->id).second); // none shared
    }
    CHECK(first_of(first, NodeKind::Button)->id == first_of(again, NodeKind::Button)->id);
    CHECK(find_node(first, first_of(first, NodeKind::Button)->id)->action == Action::Start);
    CHECK(find_node(first, 0) == nullptr);
}

TEST_CASE("a question lists its options with the reader's choice, and Next waits for one",
          "[screen]") {
    const Quiz quiz = pin_quiz();
    Session session(quiz);
    ScreenState state = on_question(session, 0);
    Screen screen = describe_screen(quiz, english(), state);
    std::vector<const Node*> options = every(screen, NodeKind::Option);
    REQUIRE(options.size() == 2);
    CHECK_FALSE(options[0]->checked);
    const auto next_disabled = [](const Screen& s) {
        for (const Node* n : every(s, NodeKind::Button))
            if (n->action == Action::Next)
                return n->disabled;
        FAIL("no Next button");
        return false;
    };
    CHECK(next_disabled(screen));

    session.choose(0, 1);
    screen = describe_screen(quiz, english(), state);
    options = every(screen, NodeKind::Option);
    CHECK(options[1]->checked);
    CHECK(options[1]->arg == 1);
    CHECK_FALSE(next_disabled(screen));
    CHECK(screen.question == "pin");
}

TEST_CASE("Why we ask opens on the help and each source with its quote, one link per source",
          "[screen]") {
    const Quiz quiz = pin_quiz();
    Session session(quiz);
    ScreenState state = on_question(session, 0);
    CHECK(every(describe_screen(quiz, english(), state), NodeKind::Source).empty()); // closed
    state.help_open = true;
    const Screen screen = describe_screen(quiz, english(), state);
    const Node* disclosure = first_of(screen, NodeKind::Disclosure);
    REQUIRE(disclosure);
    CHECK(disclosure->expanded);
    const std::vector<const Node*> sources = every(screen, NodeKind::Source);
    REQUIRE(sources.size() == 3);
    const std::vector<const Node*>& ordered = sources;
    CHECK(ordered[0]->href == "https://example.org/guide");
    CHECK(ordered[0]->quote == "Set a PIN.");
    CHECK(ordered[0]->quote_lang == "en");
    CHECK(ordered[1]->href.empty()); // the same source again: its quote under the link above
    CHECK(ordered[1]->quote == "Six digits or more.");
    CHECK(ordered[2]->href == "https://example.org/report");
    CHECK(ordered[2]->quote.empty());
}

TEST_CASE("while the sources are on their way Why we ask says so in their place; if they cannot "
          "come, it says which file",
          "[screen]") {
    Quiz quiz = pin_quiz();
    for (Question& q : quiz.questions)
        q.sources.clear();
    for (Recommendation& r : quiz.recommendations)
        r.sources.clear();
    quiz.sources_file = "pin.en.sources.json";
    Words words = english();
    words.screens["sources_loading"] = "Loading the sources\u2026";
    words.screens["sources_failed"] = "The sources ({0}) could not be downloaded.";
    Session session(quiz);
    ScreenState state = on_question(session, 0);
    state.help_open = true;
    const Screen loading = describe_screen(quiz, words, state);
    std::vector<const Node*> sources = every(loading, NodeKind::Source);
    REQUIRE(sources.size() == 1);
    CHECK(sources[0]->detail == "Loading the sources\u2026");
    CHECK(sources[0]->href.empty());
    CHECK(sources[0]->action == Action::None);

    state.sources_failed = "pin.en.sources.json";
    const Screen failed = describe_screen(quiz, words, state);
    sources = every(failed, NodeKind::Source);
    REQUIRE(sources.size() == 1);
    CHECK(sources[0]->detail == "The sources (pin.en.sources.json) could not be downloaded.");

    quiz.sources_file.clear(); // arrived: the sources show, the line is gone
    quiz.questions[0].sources = pin_quiz().questions[0].sources;
    const Screen arrived = describe_screen(quiz, words, state);
    for (const Node* s : every(arrived, NodeKind::Source))
        CHECK(s->detail.empty());
}

TEST_CASE("results whose sources could not come say so once, above the actions", "[screen]") {
    Quiz quiz = pin_quiz();
    quiz.recommendations[0].sources.clear();
    quiz.sources_file = "pin.en.sources.json";
    Words words = english();
    words.screens["sources_failed"] = "The sources ({0}) could not be downloaded.";
    const Session session = without_pin(quiz);
    const Report report = score(quiz, session.answers());
    ScreenState state = on_results(session, report);
    const auto notes = [&] {
        int count = 0;
        const Screen screen = describe_screen(quiz, words, state);
        for (const Node* n : every(screen, NodeKind::Note))
            count += n->text == "The sources (pin.en.sources.json) could not be downloaded.";
        return count;
    };
    CHECK(notes() == 0); // still on their way: they show when they arrive
    state.sources_failed = "pin.en.sources.json";
    CHECK(notes() == 1);
}

TEST_CASE("the results give the score on the gauge and number the actions; paper drops buttons "
          "and quotes",
          "[screen]") {
    const Quiz quiz = pin_quiz();
    const Session session = without_pin(quiz);
    const Report report = score(quiz, session.answers());
    ScreenState state = on_results(session, report);
    Screen screen = describe_screen(quiz, english(), state);
    REQUIRE(first_of(screen, NodeKind::Gauge));
    CHECK(first_of(screen, NodeKind::Gauge)->value == Catch::Approx(report.score));
    const Node* band = first_of(screen, NodeKind::Band);
    REQUIRE(band);
    CHECK(band->tone >= 0);
    CHECK(band->tone <= 1);
    const std::vector<const Node*> steps = every(screen, NodeKind::Step);
    REQUIRE(steps.size() == 1);
    CHECK(steps[0]->number == 1);
    CHECK(steps[0]->note.rfind("Saves ", 0) == 0); // what following it saves
    CHECK_FALSE(every(screen, NodeKind::Button).empty());
    bool quoted = false;
    for (const Node* s : every(screen, NodeKind::Source))
        quoted = quoted || !s->quote.empty();
    CHECK(quoted); // on screen, the evidence under each action's sources

    state.printing = true;
    screen = describe_screen(quiz, english(), state);
    CHECK(every(screen, NodeKind::Button).empty());
    for (const Node* s : every(screen, NodeKind::Source))
        CHECK(s->quote.empty());
}

TEST_CASE("each action can go into the plan, and the plan shows where its fixes take the score",
          "[screen]") {
    const Quiz quiz = pin_quiz();
    const Session session = without_pin(quiz);
    const Report report = score(quiz, session.answers());
    Words words = english();
    words.screens["in_my_plan"] = "In my plan";
    words.screens["plan_hint"] = "Tick the actions you will take.";
    words.screens["plan_projection"] = "{0} now -> {1} with your plan";
    words.screens["with_plan_named"] = "{0} with your plan: {1}";
    ScreenState state = on_results(session, report);

    PlanProjection nothing = project_plan(quiz, session.answers(), Plan{});
    state.plan = &nothing;
    Screen screen = describe_screen(quiz, words, state);
    const Node* tick = first_of(screen, NodeKind::PlanTick);
    REQUIRE(tick);
    CHECK(tick->action == Action::TogglePlan);
    CHECK(tick->arg == 0);
    CHECK_FALSE(tick->checked);
    REQUIRE(first_of(screen, NodeKind::Projection));
    CHECK(first_of(screen, NodeKind::Projection)->text == "Tick the actions you will take.");
    CHECK(first_of(screen, NodeKind::Category)->after < 0); // no plan, no second bar

    PlanProjection ticked = project_plan(quiz, session.answers(), Plan{{true}});
    state.plan = &ticked;
    screen = describe_screen(quiz, words, state);
    CHECK(first_of(screen, NodeKind::PlanTick)->checked);
    const Node* projection = first_of(screen, NodeKind::Projection);
    REQUIRE(projection);
    CHECK(projection->text ==
          "67 now -> 0 with your plan"); // 10 of 15 points; the fix takes all 10
    CHECK(projection->value == Catch::Approx(ticked.planned.score));
    CHECK(projection->detail == quiz.bands[std::size_t(ticked.planned.band)].title);
    const Node* topic = first_of(screen, NodeKind::Category);
    CHECK(topic->after == Catch::Approx(*ticked.planned.categories[0].score));
    CHECK(topic->after_label == topic->text + " with your plan: " + topic->note);

    state.plan = nullptr; // where the page offers no planning
    CHECK_FALSE(first_of(describe_screen(quiz, words, state), NodeKind::PlanTick));
}

TEST_CASE("an earlier result beside this one lists the score and topics then and now, the "
          "changed answers and what became of its plan",
          "[screen]") {
    const Quiz quiz = pin_quiz();
    Session then_session(quiz);
    then_session.choose(0, 1);
    then_session.choose(1, 0);
    Session now_session(quiz);
    now_session.choose(0, 0); // the PIN is set now
    now_session.choose(1, 0);
    const SharedResult then{then_session.answers(), Plan{{true}}};
    const SharedResult now{now_session.answers(), Plan{}};
    const Outcome<Comparison> compared = compare_results({quiz, then}, {quiz, now});
    REQUIRE(compared.ok());
    const Report report = score(quiz, now_session.answers());
    Words words = english();
    words.screens["compare_heading"] = "Since";
    words.screens["compare_score"] = "Score";
    words.screens["then_now"] = "{0} -> {1}";
    words.screens["compare_answers"] = "Changed answers";
    words.screens["answer_then_now"] = "Then: {0}. Now: {1}.";
    words.screens["answer_changed"] = "Changed";
    words.screens["compare_plan"] = "Earlier plan";
    words.screens["plan_done"] = "Done";
    ScreenState state = on_results(now_session, report);
    state.comparison = &*compared.value;
    state.then_quiz = &quiz;
    const Screen screen = describe_screen(quiz, words, state);

    std::vector<std::string> lines;
    for (const Node* n : every(screen, NodeKind::Weight))
        lines.push_back(n->text + " | " + n->detail + " | " + n->note);
    CHECK(lines ==
          std::vector<std::string>{"Score | High -> Low | 67 -> 0", "Category c |  | 67 -> 0",
                                   "Question pin? | Then: Option b. Now: Option a. | Changed",
                                   "Do use-pin |  | Done"});
    CHECK_FALSE(first_of(screen, NodeKind::Notice)); // both read
}

TEST_CASE("what other answers would do lists each other answer to what weighs most with its "
          "score, behind a button",
          "[screen]") {
    const Quiz quiz = pin_quiz();
    const Session session = without_pin(quiz);
    const Report report = score(quiz, session.answers());
    Words words = english();
    words.screens["what_if_show"] = "What would other answers do?";
    words.screens["what_if_heading"] = "Other answers";
    words.screens["what_if_score"] = "{0} ({1})";
    ScreenState state = on_results(session, report);
    Screen screen = describe_screen(quiz, words, state);
    const auto toggle = [&] {
        for (const Node* n : every(screen, NodeKind::Button))
            if (n->action == Action::ToggleWhatIf)
                return n;
        return static_cast<const Node*>(nullptr);
    };
    REQUIRE(toggle());
    CHECK(toggle()->text == "What would other answers do?");
    CHECK(every(screen, NodeKind::Weight).size() == 1); // what weighs most only

    state.what_ifs_open = true;
    screen = describe_screen(quiz, words, state);
    const std::vector<const Node*> lines = every(screen, NodeKind::Weight);
    REQUIRE(lines.size() == 2); // the weight, then the one other answer to it
    CHECK(lines[1]->text == "Option a");
    CHECK(lines[1]->detail == "Question pin?");
    CHECK(lines[1]->note == "0 (-67)"); // 10 of 15 points gone

    state.printing = true; // no button on paper, and no what-if
    screen = describe_screen(quiz, words, state);
    CHECK_FALSE(toggle());
    CHECK(every(screen, NodeKind::Weight).size() == 1);
}

TEST_CASE("a language with one plural form says every count with its one form", "[words]") {
    Words chinese;
    chinese.locale = "zh-Hans";
    chinese.plural = PluralRule::Other;
    chinese.screens = {{"about_minutes_other", "约{0}分钟"}};
    CHECK(chinese.count("about_minutes", 1, {"1"}) == "约1分钟");
    CHECK(chinese.count("about_minutes", 5, {"5"}) == "约5分钟");
    CHECK(english().count("about_minutes", 5, {"5"}) == "About 5 minutes");
    CHECK(english().say("missing").empty());
    CHECK(fill("{1} of {0} {2}", {"a", "b"}) == "b of a {2}");
}

TEST_CASE("every text colour reads on its fill: AA, and AAA with more contrast", "[palette]") {
    for (const bool dark : {false, true}) {
        for (const bool more : {false, true}) {
            CAPTURE(dark, more);
            const Palette p = make_palette(dark, more);
            const float needed = more ? 7.0f : 4.5f;
            CHECK(contrast(p.text, p.background) >= needed);
            CHECK(contrast(p.text, p.surface) >= needed);
            CHECK(contrast(p.text_muted, p.surface) >= needed);
            CHECK(contrast(p.accent_text, p.background) >= needed);
            CHECK(contrast(p.on_accent, p.accent) >= 4.5f);
            // A band's colour as text (the HTML view's result heading) reads too.
            for (const double tone : {0.0, 0.5, 1.0})
                CHECK(contrast(readable(p, band_colour(p, tone), p.background, needed),
                               p.background) >= needed - 0.01f);
        }
    }
}

TEST_CASE("bands run from the palette's good colour to its warning red", "[palette]") {
    const Palette p = make_palette(false, false);
    const Colour low = band_colour(p, 0), high = band_colour(p, 1);
    CHECK(low.g > low.r);   // green for the least exposure
    CHECK(high.r > high.g); // red for the most
    CHECK(hex(rgb(0x3b5bdb)) == "#3b5bdb");
}

TEST_CASE("the JSON a DOM renderer reads names kinds and actions and colours the bands",
          "[screen]") {
    const Quiz quiz = pin_quiz();
    const Screen screen = describe_screen(quiz, english(), ScreenState{});
    const Palette p = make_palette(false, false);
    const std::string json = screen_to_json(screen, &p);
    CHECK(json.find("\"screen\":\"intro\"") != std::string::npos);
    CHECK(json.find("\"kind\":\"button\"") != std::string::npos);
    CHECK(json.find("\"action\":\"start\"") != std::string::npos);
    CHECK(json.find("\"emphasis\":\"primary\"") != std::string::npos);
}
