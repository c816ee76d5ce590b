// Questions, one at a time: category and progress, the prompt, options as cards, "Prefer not to
// say", "Why we ask" with sources, Back and Next.
#include "screens.h"

#include "js_api.h"
#include "strings.h"
#include "theme.h"
#include "ui.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace {

using fonts::Face;

void draw_header(App& app, const exposure::Question& q) {
    const theme::Palette& p = theme::palette();
    ui::Column& c = ui::column();
    const exposure::Progress progress = app.session->progress(app.question);
    const strings::Table& s = app.words.table;
    const std::string count = strings::question_count(s, progress.position, progress.visible);
    app.announcement =
        strings::question_announced(s, progress.position, progress.visible, q.prompt);
    const float count_w = ui::text_width(Face::Small, count);
    const std::string& category = app.quiz->categories[q.category].title;

    // Category on the left, "7 of 22" on the right.
    const float top = c.y;
    ui::Column saved = c;
    c.width -= count_w + ui::px(16);
    ui::text(Face::SmallBold, p.accent_text, category);
    const float left_bottom = c.y;
    c = saved;
    ui::draw_text(Face::Small, theme::u32(p.text_muted), ImVec2(c.x + c.width - count_w, top),
                  count_w + 1, count);
    ui::log_item(ui::Role::Text, count,
                 ImRect(c.x + c.width - count_w, top, c.x + c.width,
                        top + fonts::get(Face::Small)->FontSize));
    c.y = std::max(left_bottom, top + fonts::get(Face::Small)->FontSize);
    ui::space(10);
    const double fraction = progress.visible > 0 ? double(progress.position) / progress.visible : 0;
    ui::progress_bar(count, fraction, fraction * 100,
                     ImRect(c.x, c.y, c.x + c.width, c.y + ui::px(6)), p.accent);
    c.y += ui::px(6);
}

void draw_help(App& app, const exposure::Question& q) {
    const theme::Palette& p = theme::palette();
    const strings::Table& s = app.words.table;
    ui::Column& c = ui::column();
    const bool toggled = ui::disclosure("why", s.why_we_ask, app.help_open);
    const int toggle = ui::last_item();
    if (toggled)
        app.help_open = !app.help_open;
    if (!app.help_open)
        return;
    ui::space(6);
    const ui::CardScope card = ui::begin_card(18);
    const int group = ui::begin_group(ui::Role::Group, s.why_we_ask);
    ui::set_controls(toggle, group);
    ui::text(Face::Body, p.text, q.help);
    if (!q.sources.empty()) {
        ui::space(14);
        ui::text(Face::SmallBold, p.text_muted, q.sources.size() == 1 ? s.source : s.sources);
        ui::space(2);
        draw_sources(q.sources);
    }
    ui::end_group(group);
    ui::end_card(card, p.surface, p.border, 14, 1);
}

void draw_navigation(const strings::Table& s, bool answered, bool last) {
    ui::Column& c = ui::column();
    const float h = ui::px(52), gap = ui::px(12);
    const char* next_label = last ? s.see_result : s.next;
    float back_w = std::max(ui::px(110), ui::button_width(s.back));
    float next_w = std::max(ui::px(180), ui::button_width(next_label));
    if (narrow_layout()) {
        back_w = std::floor((c.width - gap) * 0.36f);
        next_w = c.width - gap - back_w;
    }
    const bool back = ui::button("back", ui::Action::Back, s.back, ui::ButtonKind::Secondary,
                                 ImRect(c.x, c.y, c.x + back_w, c.y + h));
    const float next_x = c.x + c.width - next_w;
    const bool next = ui::button("next", ui::Action::Next, next_label, ui::ButtonKind::Primary,
                                 ImRect(next_x, c.y, next_x + next_w, c.y + h), answered);
    c.y += h;
    if (back)
        go_back();
    else if (next)
        go_next();
}

} // namespace

void draw_question(App& app) {
    const theme::Palette& p = theme::palette();
    const exposure::Quiz& quiz = *app.quiz;
    const int qi = app.question;
    const exposure::Question& q = quiz.questions[qi];
    const exposure::Answer& answer = app.session->answer(qi);
    const bool multi = q.kind == exposure::QuestionKind::Multi;
    const strings::Table& s = app.words.table;
    ui::Column& c = ui::column();
    ImGui::PushID(qi); // every question's widgets have their own ids: focus does not carry over

    draw_header(app, q);
    ui::space(30);
    // The question as one group (a fieldset in the DOM layer): prompt (legend), hint, options,
    // skip.
    const int group = ui::begin_group(multi ? ui::Role::Group : ui::Role::RadioGroup, q.prompt);
    ui::text(Face::Heading, p.text, q.prompt, ui::Role::Heading);
    ui::space(6);
    ui::text(Face::Small, p.text_muted, multi ? s.choose_all : s.choose_single);
    ui::space(18);

    // Options as cards (the DOM layer makes Enter on an option mean Next).
    for (int o = 0; o < int(q.options.size()); o++) {
        const exposure::Option& option = q.options[o];
        const bool checked =
            answer.state == exposure::Answer::State::Chosen &&
            std::find(answer.options.begin(), answer.options.end(), o) != answer.options.end();
        const std::string id = "option" + std::to_string(o);
        float h = 0;
        if (ui::option_card(id.c_str(), option.label, option.detail, checked, multi,
                            ImRect(c.x, c.y, c.x + c.width, c.y), &h))
            choose(qi, o);
        c.y += h + ui::px(10);
    }

    if (q.skippable) {
        float w = 0;
        const bool skipped = answer.state == exposure::Answer::State::Skipped;
        if (ui::toggle_chip("skip", ui::Action::Skip, s.prefer_not_to_say, skipped,
                            ImVec2(c.x, c.y), &w) &&
            !skipped)
            skip(qi);
        c.y += ui::px(44);
        ui::space(8);
    }
    ui::end_group(group);

    ui::space(8);
    if (!q.help.empty() || !q.sources.empty())
        draw_help(app, q);
    ui::space(28);

    const bool answered = app.session->is_answered(qi);
    draw_navigation(s, answered, app.session->next_visible(qi) < 0);
    ImGui::PopID();
}

void draw_sources(const std::vector<exposure::Source>& sources, bool quotes) {
    ui::Column& c = ui::column();
    for (size_t i = 0; i < sources.size(); i++) {
        const exposure::Source& source = sources[i];
        if (i == 0 || sources[i - 1].url != source.url) {
            const std::string id = "source" + std::to_string(i);
            float h = 0;
            const std::string& label = source.title.empty() ? source.url : source.title;
            if (ui::link(id.c_str(), label, fonts::Face::Small, ImVec2(c.x, c.y), c.width, &h,
                         source.url))
                js::open_url(source.url);
            c.y += h;
        }
        if (quotes && !source.quote.empty()) {
            ui::quote(source.quote, source.quote_lang);
            ui::space(8);
        }
    }
}
