// The screens as descriptions (screen.hpp): what each shows, in the order it shows it.
//
// [SECTION] Helpers
// [SECTION] Intro
// [SECTION] Question
// [SECTION] Results
// [SECTION] The plain questions page
// [SECTION] describe_screen, find_node
#include "exposure/screen.hpp"

#include "exposure/hash.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace exposure {

namespace {

// -------------------------------------------------------------------------------------------
// [SECTION] Helpers
// -------------------------------------------------------------------------------------------

std::size_t at(int index) {
    return static_cast<std::size_t>(index);
}

Node node(NodeKind kind, std::string key, std::string text = {}) {
    Node n;
    n.kind = kind;
    n.key = std::move(key);
    n.text = std::move(text);
    return n;
}

Node button(std::string key, std::string label, Action action, Emphasis emphasis) {
    Node n = node(NodeKind::Button, std::move(key), std::move(label));
    n.action = action;
    n.emphasis = emphasis;
    return n;
}

// Points for display: whole numbers, one decimal below 1 ("saves 0.4 points").
std::string points_text(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, std::fabs(value) < 0.95 ? "%.1f" : "%.0f", value);
    return buffer;
}

std::string whole(double value) {
    return std::to_string(static_cast<long>(std::lround(value)));
}

// A band's place among the bands: 0 (the lowest exposure) .. 1 (the highest).
double tone_of(const Quiz& quiz, int band) {
    return quiz.bands.size() > 1 ? double(band) / double(quiz.bands.size() - 1) : 0.5;
}

// What shows in place of the sources while their file (Quiz::sources_file) is not here: "" when
// they are.
std::string sources_status(const Quiz& quiz, const Words& words, const ScreenState& state) {
    if (quiz.sources_file.empty())
        return {};
    return state.sources_failed == quiz.sources_file
               ? words.say("sources_failed", {quiz.sources_file})
               : words.say("sources_loading");
}

// The sources of a question or an action; the first carries the list's name (`label`).
void add_sources(Node& parent, const std::vector<Source>& sources, const std::string& label,
                 bool with_quotes) {
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const Source& source = sources[i];
        Node n = node(NodeKind::Source, parent.key + "/source/" + std::to_string(i),
                      source.title.empty() ? source.url : source.title);
        n.href = source.url;
        n.action = Action::Open;
        if (i > 0 && sources[i - 1].url == source.url) {
            // Another passage of the same source: its quote, under the one link above.
            n.text.clear();
            n.href.clear();
            n.action = Action::None;
        }
        if (with_quotes) {
            n.quote = source.quote;
            n.quote_lang = source.quote_lang;
        }
        if (i == 0) {
            n.label = label;
        }
        parent.children.push_back(std::move(n));
    }
}

// Every node's id: its key hashed with the screen's kind, so a key reused on another screen (or
// another question: question keys carry the question's id) is another id.
void assign_ids(std::vector<Node>& nodes, ScreenKind kind) {
    for (Node& n : nodes) {
        const std::uint32_t id = fnv1a_32(std::string(screen_kind_name(kind)) + ":" + n.key);
        n.id = id == 0 ? 1 : id;
        assign_ids(n.children, kind);
    }
}

// -------------------------------------------------------------------------------------------
// [SECTION] Intro
// -------------------------------------------------------------------------------------------

void describe_intro(const Quiz& quiz, const Words& words, const ScreenState& state,
                    Screen& screen) {
    std::vector<Node>& out = screen.nodes;
    if (state.notice != LinkNotice::None) {
        // In plain words first; the engine's own diagnostic follows for the curious.
        Node notice = node(NodeKind::Notice, "link-failed", words.say("link_failed_title"));
        notice.detail =
            words.say(state.notice == LinkNotice::Outdated ? "link_outdated" : "link_damaged") +
            words.say("link_take_again");
        if (!state.notice_details.empty()) {
            notice.detail += words.say("link_details", {state.notice_details});
        }
        out.push_back(std::move(notice));
    }
    out.push_back(node(NodeKind::Eyebrow, "eyebrow", words.say("privacy_self_check")));
    out.push_back(node(NodeKind::Title, "title", quiz.title));
    out.push_back(node(NodeKind::Lead, "intro", quiz.intro));
    // No question count: follow-up questions appear as answers call for them.
    Node facts = node(NodeKind::Facts, "facts");
    if (quiz.minutes > 0) {
        const std::string minutes = std::to_string(quiz.minutes);
        facts.children.push_back(node(NodeKind::Fact, "facts/minutes",
                                      words.count("about_minutes", quiz.minutes, {minutes})));
    }
    facts.children.push_back(node(NodeKind::Fact, "facts/topics",
                                  words.say("topics", {std::to_string(quiz.categories.size())})));
    facts.children.push_back(node(NodeKind::Fact, "facts/private", words.say("private_by_design")));
    out.push_back(std::move(facts));
    Node promise = node(NodeKind::Promise, "privacy", words.say("privacy_title"));
    promise.detail = words.say("privacy_body");
    out.push_back(std::move(promise));
    out.push_back(button("start", words.say("start"), Action::Start, Emphasis::Primary));
    out.push_back(node(NodeKind::Note, "no-sign-up", words.say("no_sign_up")));
    screen.announcement.clear(); // the page's own heading introduces the quiz
}

// -------------------------------------------------------------------------------------------
// [SECTION] Question
// -------------------------------------------------------------------------------------------

void describe_question(const Quiz& quiz, const Words& words, const ScreenState& state,
                       Screen& screen) {
    const Session& session = *state.session;
    const int qi = state.question;
    const Question& q = quiz.questions[at(qi)];
    const Answer& answer = session.answer(qi);
    const bool multi = q.kind == QuestionKind::Multi;
    const std::string key = "q/" + q.id; // every question's nodes are its own: focus does not carry
    std::vector<Node>& out = screen.nodes;
    screen.question = q.id;

    const Progress progress = session.progress(qi);
    const std::string position = std::to_string(progress.position);
    const std::string visible = std::to_string(progress.visible);
    Node header =
        node(NodeKind::Progress, key + "/progress", quiz.categories[at(q.category)].title);
    header.detail = words.say("question_count", {position, visible});
    header.value = progress.visible > 0 ? 100.0 * progress.position / progress.visible : 0;
    out.push_back(std::move(header));
    screen.announcement = words.say("question_announced", {position, visible, q.prompt});

    Node question = node(NodeKind::Question, key, q.prompt);
    question.detail = words.say(multi ? "choose_all" : "choose_single");
    question.multi = multi;
    for (std::size_t o = 0; o < q.options.size(); ++o) {
        const Option& option = q.options[o];
        Node n = node(NodeKind::Option, key + "/option/" + option.id, option.label);
        n.detail = option.detail;
        n.multi = multi;
        n.action = Action::Choose;
        n.arg = static_cast<int>(o);
        n.checked =
            answer.state == Answer::State::Chosen &&
            std::find(answer.options.begin(), answer.options.end(), int(o)) != answer.options.end();
        question.children.push_back(std::move(n));
    }
    if (q.skippable) {
        Node skip = node(NodeKind::Skip, key + "/skip", words.say("prefer_not_to_say"));
        skip.action = Action::Skip;
        skip.checked = answer.state == Answer::State::Skipped;
        question.children.push_back(std::move(skip));
    }
    out.push_back(std::move(question));

    if (!q.help.empty() || !q.sources.empty()) {
        Node why = node(NodeKind::Disclosure, key + "/why", words.say("why_we_ask"));
        why.action = Action::ToggleHelp;
        why.expanded = state.help_open;
        out.push_back(std::move(why));
        if (state.help_open) {
            Node help = node(NodeKind::Help, key + "/help", q.help);
            help.label = words.say("why_we_ask");
            add_sources(help, q.sources, words.say(q.sources.size() == 1 ? "source" : "sources"),
                        true);
            if (const std::string status = sources_status(quiz, words, state); !status.empty()) {
                Node n = node(NodeKind::Source, help.key + "/source/status");
                n.label = words.say("sources");
                n.detail = status;
                help.children.push_back(std::move(n));
            }
            out.push_back(std::move(help));
        }
    }

    const bool last = session.next_visible(qi) < 0;
    Node row = node(NodeKind::Row, key + "/navigation");
    row.children.push_back(
        button(key + "/back", words.say("back"), Action::Back, Emphasis::Secondary));
    Node next = button(key + "/next", words.say(last ? "see_result" : "next"), Action::Next,
                       Emphasis::Primary);
    next.disabled = !session.is_answered(qi);
    row.children.push_back(std::move(next));
    out.push_back(std::move(row));
}

// -------------------------------------------------------------------------------------------
// [SECTION] Results
// -------------------------------------------------------------------------------------------

std::string answer_text(const Words& words, const Question& q, const Answer& answer) {
    std::string out;
    for (const int o : answer.options) {
        if (!out.empty()) {
            out += words.say("answers_separator");
        }
        out += q.options[at(o)].label;
    }
    return out;
}

Node section(std::string key, std::string heading) {
    return node(NodeKind::Section, std::move(key), std::move(heading));
}

bool plan_ticks_any(const ScreenState& state) {
    return state.plan != nullptr && !plan_is_empty(state.plan->plan);
}

Node categories_section(const Quiz& quiz, const Words& words, const ScreenState& state) {
    const Report& report = *state.report;
    Node out = section("by-topic", words.say("by_topic"));
    for (std::size_t i = 0; i < quiz.categories.size(); ++i) {
        const CategoryScore& score = report.categories[i];
        Node n =
            node(NodeKind::Category, "by-topic/" + quiz.categories[i].id, quiz.categories[i].title);
        n.detail = score.score ? whole(*score.score) : words.say("not_assessed");
        n.value = score.score ? *score.score : -1;
        n.tone = score.score ? tone_of(quiz, score.band.value_or(0)) : -1;
        n.label = words.say("named_value", {n.text, n.detail});
        if (plan_ticks_any(state)) { // the bar the reader's plan would leave
            const CategoryScore& planned = state.plan->planned.categories[i];
            n.note = planned.score ? whole(*planned.score) : words.say("not_assessed");
            n.after = planned.score ? *planned.score : -1;
            n.after_tone = planned.score ? tone_of(quiz, planned.band.value_or(0)) : -1;
            n.after_label = words.say("with_plan_named", {n.text, n.note});
        }
        out.children.push_back(std::move(n));
    }
    return out;
}

// Where the ticked actions take the reader; with none ticked, how to plan.
Node projection(const Quiz& quiz, const Words& words, const ScreenState& state) {
    if (!plan_ticks_any(state)) {
        return node(NodeKind::Projection, "plan", words.say("plan_hint"));
    }
    const PlanProjection& plan = *state.plan;
    Node n = node(NodeKind::Projection, "plan",
                  words.say("plan_projection", {whole(plan.now.score), whole(plan.planned.score)}));
    n.value = std::clamp(plan.planned.score, 0.0, 100.0);
    if (plan.planned.band >= 0) {
        n.detail = quiz.bands[at(plan.planned.band)].title;
        n.tone = tone_of(quiz, plan.planned.band);
    }
    return n;
}

// [SECTION] Then and now: an earlier result beside this one

// An answer in words: its options' labels in `quiz` (matched by id), "Prefer not to say", or
// "Not answered".
std::string compared_answer_text(const Quiz& quiz, int question, const Words& words,
                                 const ComparedAnswer& answer) {
    if (answer.state == Answer::State::Skipped) {
        return words.say("prefer_not_to_say");
    }
    if (answer.state != Answer::State::Chosen || question < 0) {
        return words.say("not_answered");
    }
    std::string out;
    for (const std::string& id : answer.options) {
        for (const Option& option : quiz.questions[at(question)].options) {
            if (option.id == id) {
                out += (out.empty() ? "" : words.say("answers_separator")) + option.label;
            }
        }
    }
    return out;
}

Node then_now(std::string key, std::string text, const Words& words, const std::string& then,
              const std::string& now, double tone) {
    Node n = node(NodeKind::Weight, std::move(key), std::move(text));
    n.note = words.say("then_now", {then, now});
    n.tone = tone;
    return n;
}

const char* plan_status_word(PlanItemOutcome::Status status) {
    switch (status) {
    case PlanItemOutcome::Status::FixInPlace:
    case PlanItemOutcome::Status::NoLongerApplies:
        return "plan_done";
    case PlanItemOutcome::Status::StillToDo:
        return "plan_to_do";
    case PlanItemOutcome::Status::NoFix:
        return "plan_no_fix";
    case PlanItemOutcome::Status::Removed:
        return "plan_removed";
    }
    return "plan_to_do";
}

// "Since your earlier result": the score and each topic then and now, the answers that changed
// and what became of the earlier plan, with a note when the two are different versions or
// languages of the quiz. Words are the later quiz's, the earlier one's for what only it has.
void compare_sections(const Quiz& quiz, const Words& words, const ScreenState& state,
                      std::vector<Node>& out) {
    if (!state.compare_problem.empty()) {
        Node notice = node(NodeKind::Notice, "since", words.say("compare_failed_title"));
        notice.detail = state.compare_problem;
        out.push_back(std::move(notice));
        return;
    }
    if (state.comparison == nullptr || state.then_quiz == nullptr) {
        return;
    }
    const Comparison& c = *state.comparison;
    const Quiz& then_quiz = *state.then_quiz;
    Node since = section("since", words.say("compare_heading"));
    const auto band_title = [](const Quiz& q, int band) {
        return band >= 0 ? q.bands[at(band)].title : std::string();
    };
    Node score = then_now("since/score", words.say("compare_score"), words, whole(c.then.score),
                          whole(c.now.score), c.now.band >= 0 ? tone_of(quiz, c.now.band) : -1);
    score.detail =
        words.say("then_now", {band_title(then_quiz, c.then.band), band_title(quiz, c.now.band)});
    since.children.push_back(std::move(score));
    for (const CategoryChange& category : c.categories) {
        const bool in_now = category.now_index >= 0;
        const std::string& title = in_now ? quiz.categories[at(category.now_index)].title
                                          : then_quiz.categories[at(category.then_index)].title;
        const auto shown = [&](const std::optional<double>& value) {
            return value ? whole(*value) : words.say("not_assessed");
        };
        const std::optional<int> band =
            in_now ? c.now.categories[at(category.now_index)].band : std::nullopt;
        since.children.push_back(then_now("since/" + category.id, title, words,
                                          shown(category.then), shown(category.now),
                                          band ? tone_of(quiz, *band) : -1));
    }
    out.push_back(std::move(since));

    // A note each: joined into one line they would need a space between sentences in English and
    // none in Chinese.
    if (c.different_version) {
        out.push_back(node(NodeKind::Note, "since/other-version",
                           words.say("compare_other_version", {std::to_string(then_quiz.published),
                                                               std::to_string(quiz.published)})));
    }
    if (c.different_language) {
        out.push_back(
            node(NodeKind::Note, "since/other-language", words.say("compare_other_language")));
    }

    Node answers = section("since-answers", words.say("compare_answers"));
    for (const AnswerChange& change : c.answers) {
        const bool in_now = change.now_index >= 0;
        const Question& q = in_now ? quiz.questions[at(change.now_index)]
                                   : then_quiz.questions[at(change.then_index)];
        Node n = node(NodeKind::Weight, "since-answers/" + change.question, q.prompt);
        const std::string then_text =
            compared_answer_text(then_quiz, change.then_index, words, change.then);
        const std::string now_text =
            compared_answer_text(quiz, change.now_index, words, change.now);
        // A question only one version asks has only that side.
        n.detail = change.kind == AnswerChange::Kind::OnlyNow ? words.say("answer_now", {now_text})
                   : change.kind == AnswerChange::Kind::OnlyThen
                       ? words.say("answer_then", {then_text})
                       : words.say("answer_then_now", {then_text, now_text});
        n.note = words.say(change.kind == AnswerChange::Kind::Changed    ? "answer_changed"
                           : change.kind == AnswerChange::Kind::OnlyThen ? "answer_only_then"
                                                                         : "answer_only_now");
        answers.children.push_back(std::move(n));
    }
    if (answers.children.empty()) {
        answers.children.push_back(
            node(NodeKind::Paragraph, "since-answers/none", words.say("compare_no_answers")));
    }
    out.push_back(std::move(answers));

    if (c.plan.empty()) {
        return;
    }
    Node plan = section("since-plan", words.say("compare_plan"));
    for (const PlanItemOutcome& item : c.plan) {
        const Recommendation& rec = item.now_index >= 0
                                        ? quiz.recommendations[at(item.now_index)]
                                        : then_quiz.recommendations[at(item.then_index)];
        Node n = node(NodeKind::Weight, "since-plan/" + item.recommendation, rec.title);
        n.note = words.say(plan_status_word(item.status));
        n.tone = is_done(item) ? 0 : -1; // done in the good colour
        plan.children.push_back(std::move(n));
    }
    out.push_back(std::move(plan));
}

// What each other answer to the questions that weigh most would do to the score (what_if_answers),
// behind a button: a line per answer, under its question.
void what_if_section(const Quiz& quiz, const Words& words, const ScreenState& state,
                     const std::vector<Contribution>& top, std::vector<Node>& out) {
    out.push_back(button("what-if/toggle",
                         words.say(state.what_ifs_open ? "what_if_hide" : "what_if_show"),
                         Action::ToggleWhatIf, Emphasis::Ghost));
    if (!state.what_ifs_open) {
        return;
    }
    const Answers& answers = state.session->answers();
    const double current = state.report->score;
    Node section_node = section("what-if", words.say("what_if_heading"));
    for (const Contribution& c : top) {
        const Question& q = quiz.questions[at(c.question)];
        bool first = true;
        for (const AnswerWhatIf& alt : what_if_answers(quiz, answers, c.question)) {
            const Option& option = q.options[at(alt.option)];
            std::string text = option.label;
            if (q.kind == QuestionKind::Multi) { // a click adds or removes one option
                const bool added = std::find(alt.answer.options.begin(), alt.answer.options.end(),
                                             alt.option) != alt.answer.options.end();
                text = words.say(added ? "what_if_with" : "what_if_without", {option.label});
            }
            Node n = node(NodeKind::Weight, "what-if/" + q.id + "/" + option.id, std::move(text));
            n.detail = first ? q.prompt : std::string(); // the question, over its first answer
            const double delta = alt.score - current;
            const std::string change =
                std::fabs(delta) < 0.5 ? std::string("0")
                                       : (delta < 0 ? "-" : "+") + points_text(std::fabs(delta));
            n.note = words.say("what_if_score", {whole(alt.score), change});
            n.tone = tone_of(quiz, band_for_score(quiz, alt.score));
            section_node.children.push_back(std::move(n));
            first = false;
        }
    }
    out.push_back(std::move(section_node));
}

void weights_section(const Quiz& quiz, const Words& words, const ScreenState& state,
                     std::vector<Node>& out) {
    Node weights = section("weights", words.say("what_weighs_most"));
    const std::vector<Contribution> top = top_contributions(*state.report);
    if (top.empty()) {
        weights.children.push_back(
            node(NodeKind::Paragraph, "weights/none", words.say("nothing_adds")));
        out.push_back(std::move(weights));
        return;
    }
    for (const Contribution& c : top) {
        const Question& q = quiz.questions[at(c.question)];
        Node n = node(NodeKind::Weight, "weights/" + q.id, q.prompt);
        n.detail = answer_text(words, q, state.session->answer(c.question));
        n.note = words.say("points_added", {points_text(c.points)});
        weights.children.push_back(std::move(n));
    }
    out.push_back(std::move(weights));
    out.push_back(node(NodeKind::Note, "weights/note", words.say("points_note")));
    if (!state.printing) {
        what_if_section(quiz, words, state, top, out);
    }
}

void steps_section(const Quiz& quiz, const Words& words, const ScreenState& state,
                   std::vector<Node>& out) {
    const Report& report = *state.report;
    if (report.recommendations.empty()) {
        return;
    }
    constexpr int kFirst = 5; // the rest behind "Show all"
    const int total = int(report.recommendations.size());
    const bool all = state.all_recommendations || state.printing; // a printed plan has every one
    const int shown = all ? total : std::min(total, kFirst);
    // The actions' sources show when they arrive; if they cannot, one line says so.
    if (!state.sources_failed.empty() && state.sources_failed == quiz.sources_file)
        out.push_back(node(NodeKind::Note, "steps/sources", sources_status(quiz, words, state)));
    Node steps = section("steps", words.say("what_to_do_first"));
    for (int k = 0; k < shown; ++k) {
        const RecommendationResult& rr = report.recommendations[at(k)];
        const Recommendation& rec = quiz.recommendations[at(rr.recommendation)];
        Node n = node(NodeKind::Step, "steps/" + rec.id, rec.title);
        n.number = k + 1;
        n.detail = rec.body;
        if (rr.delta && *rr.delta < 0) {
            const std::string saved = points_text(-*rr.delta);
            n.note = words.count("saves_points", saved == "1" ? 1 : 2, {saved});
        }
        // On paper the plan is its actions with their sources: the quotes are for reading on
        // screen (they would triple its pages).
        add_sources(n, rec.sources, words.say(rec.sources.size() == 1 ? "source" : "sources"),
                    !state.printing);
        if (state.plan != nullptr) { // on paper, a box to tick
            Node tick =
                node(NodeKind::PlanTick, "steps/" + rec.id + "/plan", words.say("in_my_plan"));
            tick.action = Action::TogglePlan;
            tick.arg = rr.recommendation;
            tick.checked = is_ticked(state.plan->plan, rr.recommendation);
            n.children.push_back(std::move(tick));
        }
        steps.children.push_back(std::move(n));
    }
    out.push_back(std::move(steps));
    if (state.plan != nullptr) {
        out.push_back(projection(quiz, words, state));
    }
    if (total > kFirst && !state.printing) {
        out.push_back(button("steps/more",
                             state.all_recommendations
                                 ? words.say("show_fewer")
                                 : words.say("show_all", {std::to_string(total)}),
                             Action::ShowAll, Emphasis::Ghost));
    }
}

void share_section(const Quiz& quiz, const Words& words, const ScreenState& state,
                   std::vector<Node>& out) {
    Node share = section("share", words.say("keep_or_share"));
    share.children.push_back(node(NodeKind::Note, "share/body", words.say("share_body")));
    Node link = node(NodeKind::ShareLink, "share/link", state.share_link);
    if (!state.printing) {
        link.children.push_back(button("share/copy",
                                       words.say(state.copied ? "copied" : "copy_link"),
                                       Action::CopyLink, Emphasis::Primary));
    }
    share.children.push_back(std::move(link));
    out.push_back(std::move(share));
    if (!state.printing) {
        // An earlier version's result has no answers to change: its questions are not today's,
        // and retaking is what it offers.
        const bool earlier = state.earlier_version > 0;
        Node row = node(NodeKind::Row, "actions");
        if (!earlier) {
            row.children.push_back(button("actions/change", words.say("change_answers"),
                                          Action::ChangeAnswers, Emphasis::Secondary));
        }
        row.children.push_back(button("actions/retake", words.say("retake"), Action::Retake,
                                      earlier ? Emphasis::Primary : Emphasis::Ghost));
        out.push_back(std::move(row));
        out.push_back(
            button("actions/print", words.say("print_plan"), Action::Print, Emphasis::Ghost));
        out.push_back(button("actions/compare", words.say("compare_earlier"),
                             Action::CompareEarlier, Emphasis::Ghost));
    }
    if (!quiz.outro.empty()) {
        out.push_back(node(NodeKind::Note, "outro", quiz.outro));
    }
}

void describe_results(const Quiz& quiz, const Words& words, const ScreenState& state,
                      Screen& screen) {
    const Report& report = *state.report;
    std::vector<Node>& out = screen.nodes;
    screen.earlier = state.earlier_version > 0;
    if (screen.earlier) {
        Node notice = node(NodeKind::Notice, "earlier", words.say("earlier_title"));
        notice.detail =
            words.say("earlier_body", {std::to_string(state.earlier_version), state.earlier_date});
        out.push_back(std::move(notice));
    }
    Node eyebrow = node(NodeKind::Eyebrow, "your-result", words.say("your_result"));
    eyebrow.centred = true;
    out.push_back(std::move(eyebrow));

    const Band& band = quiz.bands[at(report.band)];
    const double tone = tone_of(quiz, report.band);
    const std::string number = whole(report.score);
    Node gauge = node(NodeKind::Gauge, "gauge", number);
    gauge.value = std::clamp(report.score, 0.0, 100.0);
    gauge.detail = words.say("out_of_100");
    gauge.label = words.say("score_name", {number});
    gauge.tone = tone;
    out.push_back(std::move(gauge));
    screen.announcement = words.say("score_announced", {number, band.title});

    Node band_node = node(NodeKind::Band, "band", band.title);
    band_node.detail = band.summary;
    band_node.tone = tone;
    out.push_back(std::move(band_node));
    // The engine counts the skipped questions and words the date in the quiz's language.
    if (report.skipped > 0) {
        Node skipped =
            node(NodeKind::Note, "skipped",
                 words.count("skipped", report.skipped, {std::to_string(report.skipped)}));
        skipped.centred = true;
        out.push_back(std::move(skipped));
    }
    if (const std::string checked = facts_checked_line(quiz, words.dates); !checked.empty()) {
        Node n = node(NodeKind::Note, "checked", checked);
        n.centred = true;
        out.push_back(std::move(n));
    }
    compare_sections(quiz, words, state, out);
    out.push_back(categories_section(quiz, words, state));
    weights_section(quiz, words, state, out);
    steps_section(quiz, words, state, out);
    share_section(quiz, words, state, out);
}

} // namespace

// -------------------------------------------------------------------------------------------
// [SECTION] The plain questions page
// -------------------------------------------------------------------------------------------

Screen describe_questions_page(const Quiz& quiz, const Words& words) {
    Screen screen;
    screen.kind = ScreenKind::Questions;
    screen.lang = words.locale;
    screen.quiz_lang = quiz.locale;
    screen.title = quiz.title;
    std::vector<Node>& out = screen.nodes;
    out.push_back(node(NodeKind::Title, "title", quiz.title));
    out.push_back(node(NodeKind::Lead, "intro", quiz.intro));

    Node form = node(NodeKind::Form, "form", words.page("form"));
    const std::string total = std::to_string(quiz.questions.size());
    for (std::size_t i = 0; i < quiz.questions.size(); ++i) {
        const Question& q = quiz.questions[i];
        const bool multi = q.kind == QuestionKind::Multi;
        Node n = node(NodeKind::PlainQuestion, q.id, q.prompt);
        n.detail = words.page(multi ? "choose_all" : "choose_single");
        n.note = words.page("count", {std::to_string(i + 1), total}) + " \u00b7 " +
                 quiz.categories[at(q.category)].title;
        n.label = q.show_if ? words.page("condition") : std::string();
        n.multi = multi;
        for (const Option& option : q.options) {
            Node o = node(NodeKind::Option, option.id, option.label);
            o.detail = option.detail;
            o.multi = multi;
            n.children.push_back(std::move(o));
        }
        if (q.skippable) {
            Node skip = node(NodeKind::Option, "", words.page("skip"));
            skip.multi = multi;
            n.children.push_back(std::move(skip));
        }
        if (!q.help.empty() || !q.sources.empty()) {
            Node help = node(NodeKind::Help, q.id + "/help", q.help);
            help.label = words.page("why");
            add_sources(help, q.sources, words.page("sources"), true);
            n.children.push_back(std::move(help));
        }
        form.children.push_back(std::move(n));
    }
    out.push_back(std::move(form));

    Node actions = section("actions", words.page("actions"));
    for (std::size_t i = 0; i < quiz.recommendations.size(); ++i) {
        const Recommendation& rec = quiz.recommendations[i];
        Node n = node(NodeKind::Step, "actions/" + rec.id, rec.title);
        n.number = int(i) + 1;
        n.detail = rec.body;
        add_sources(n, rec.sources, words.page("sources"), true);
        actions.children.push_back(std::move(n));
    }
    out.push_back(std::move(actions));
    std::string footer = words.page("footer");
    if (const std::string checked = facts_checked_line(quiz, words.dates); !checked.empty()) {
        footer = words.page("checked", {checked}) + words.page("gap") + footer;
    }
    out.push_back(node(NodeKind::Note, "footer", footer));
    assign_ids(screen.nodes, screen.kind);
    return screen;
}

// -------------------------------------------------------------------------------------------
// [SECTION] describe_screen, find_node
// -------------------------------------------------------------------------------------------

Screen describe_screen(const Quiz& quiz, const Words& words, const ScreenState& state) {
    Screen screen;
    screen.kind = state.kind;
    screen.lang = words.locale;
    screen.quiz_lang = quiz.locale;
    screen.title = quiz.title;
    switch (state.kind) {
    case ScreenKind::Intro:
        describe_intro(quiz, words, state, screen);
        break;
    case ScreenKind::Question:
        if (state.session != nullptr && state.question >= 0 &&
            at(state.question) < quiz.questions.size()) {
            describe_question(quiz, words, state, screen);
        }
        break;
    case ScreenKind::Results:
        if (state.session != nullptr && state.report != nullptr) {
            describe_results(quiz, words, state, screen);
        }
        break;
    case ScreenKind::Questions:
        return describe_questions_page(quiz, words);
    }
    assign_ids(screen.nodes, screen.kind);
    return screen;
}

namespace {

const Node* find_in(const std::vector<Node>& nodes, std::uint32_t id) {
    for (const Node& n : nodes) {
        if (n.id == id) {
            return &n;
        }
        if (const Node* found = find_in(n.children, id)) {
            return found;
        }
    }
    return nullptr;
}

} // namespace

const Node* find_node(const Screen& screen, std::uint32_t id) {
    return id == 0 ? nullptr : find_in(screen.nodes, id);
}

const char* screen_kind_name(ScreenKind kind) {
    switch (kind) {
    case ScreenKind::Intro:
        return "intro";
    case ScreenKind::Question:
        return "question";
    case ScreenKind::Results:
        return "results";
    case ScreenKind::Questions:
        return "questions";
    }
    return "intro";
}

} // namespace exposure
