// Results: the score gauge in the band's colour, category bars, what weighs most, what to do
// first (with the points each action saves), the share link, Retake and Change my answers.
// Every number is the engine's (exposure::Report); this file only rounds for display.
//
// Index of this file:
// [SECTION] Formatting
// [SECTION] Gauge and band
// [SECTION] Categories
// [SECTION] What weighs most
// [SECTION] What to do first
// [SECTION] Share and actions

#include "screens.h"

#include "js_api.h"
#include "platform_web.h"

#include "exposure/report_json.hpp"
#include "strings.h"
#include "theme.h"
#include "ui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace {

using fonts::Face;

//-----------------------------------------------------------------------------
// [SECTION] Formatting
//-----------------------------------------------------------------------------

// Points for display: whole numbers, one decimal below 1 ("saves 0.4 points").
std::string format_points(double v) {
    char buf[32];
    if (std::fabs(v) < 0.95)
        std::snprintf(buf, sizeof buf, "%.1f", v);
    else
        std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
}

double band_fraction(const exposure::Quiz& quiz, int band) {
    return quiz.bands.size() > 1 ? double(band) / double(quiz.bands.size() - 1) : 0.5;
}

void section_title(const char* title) {
    ui::space(40);
    ui::text(Face::Heading, theme::palette().text, title, ui::Role::Heading);
    ui::space(14);
}

//-----------------------------------------------------------------------------
// [SECTION] Gauge and band
//-----------------------------------------------------------------------------

void draw_gauge(App& app, const exposure::Report& report) {
    const theme::Palette& p = theme::palette();
    const exposure::Quiz& quiz = *app.quiz;
    ui::Column& c = ui::column();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec4 colour = theme::band_color(band_fraction(quiz, report.band));

    const float width = std::min(c.width, ui::px(300));
    const float thickness = ui::px(22);
    const float r = width * 0.5f - thickness * 0.5f;
    const ImVec2 centre(std::floor(c.x + c.width * 0.5f), std::floor(c.y + thickness * 0.5f + r));

    // The arc sweeps in once (eased), then stays still.
    const float t = std::clamp(float((app.now - app.gauge_start) / 0.7), 0.0f, 1.0f);
    if (t < 1)
        platform::request_frames(1);
    const float eased = 1 - (1 - t) * (1 - t) * (1 - t);
    const float value = float(std::clamp(report.score, 0.0, 100.0) / 100.0) * eased;

    dl->PathArcTo(centre, r, IM_PI, 2 * IM_PI, 64);
    dl->PathStroke(theme::u32(p.track), 0, thickness);
    // Round caps at both ends of the track and of the value arc.
    dl->AddCircleFilled(ImVec2(centre.x - r, centre.y), thickness * 0.5f,
                        theme::u32(value > 0.001f ? colour : p.track), 24);
    dl->AddCircleFilled(ImVec2(centre.x + r, centre.y), thickness * 0.5f, theme::u32(p.track), 24);
    if (value > 0.001f) {
        const float end = IM_PI + IM_PI * value;
        dl->PathArcTo(centre, r, IM_PI, end, std::max(8, int(64 * value)));
        dl->PathStroke(theme::u32(colour), 0, thickness);
        dl->AddCircleFilled(ImVec2(centre.x + std::cos(end) * r, centre.y + std::sin(end) * r),
                            thickness * 0.5f, theme::u32(colour), 24);
    }

    // The number, rounded for display only.
    const strings::Table& s = app.words.table;
    const std::string number = std::to_string(static_cast<long>(std::lround(report.score)));
    app.announcement =
        strings::score_announced(s, number, app.quiz->bands[size_t(report.band)].title);
    ImFont* big = fonts::get(Face::Display);
    const float nw = ui::text_width(Face::Display, number);
    const float ny = std::floor(centre.y - big->FontSize * 0.80f);
    dl->AddText(big, big->FontSize, ImVec2(std::floor(centre.x - nw * 0.5f), ny),
                theme::u32(p.text), number.c_str());
    const std::string out_of = s.out_of_100;
    const float ow = ui::text_width(Face::Small, out_of);
    const float oy = std::floor(centre.y + ui::px(2));
    ui::draw_text(Face::Small, theme::u32(p.text_muted), ImVec2(centre.x - ow * 0.5f, oy), ow + 1,
                  out_of);
    ui::log_item(
        ui::Role::ProgressBar, strings::score_name(s, number),
        ImRect(centre.x - r - thickness * 0.5f, c.y, centre.x + r + thickness * 0.5f, centre.y));
    ui::log_item(ui::Role::Text, number,
                 ImRect(centre.x - nw * 0.5f, ny, centre.x + nw * 0.5f, ny + big->FontSize));
    c.y = oy + fonts::get(Face::Small)->FontSize;
}

void draw_band(App& app, const exposure::Report& report) {
    const theme::Palette& p = theme::palette();
    const exposure::Band& band = app.quiz->bands[report.band];
    ui::space(18);
    ui::text(
        Face::Title,
        theme::readable(theme::band_color(band_fraction(*app.quiz, report.band)), p.background),
        band.title, ui::Role::Heading, ui::Align::Center);
    ui::space(10);
    ui::text(Face::Body, p.text, band.summary, ui::Role::Text, ui::Align::Center);
    // The engine counts the skipped questions and words the date in the quiz's language.
    const std::string skipped = strings::skipped(app.words.table, report.skipped);
    const std::string checked = exposure::facts_checked_line(*app.quiz, app.words.dates);
    if (!skipped.empty()) {
        ui::space(10);
        ui::text(Face::Small, p.text_muted, skipped, ui::Role::Text, ui::Align::Center);
    }
    if (!checked.empty()) {
        ui::space(skipped.empty() ? 10 : 4);
        ui::text(Face::Small, p.text_muted, checked, ui::Role::Text, ui::Align::Center);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Categories
//-----------------------------------------------------------------------------

void draw_categories(App& app, const exposure::Report& report) {
    const theme::Palette& p = theme::palette();
    const exposure::Quiz& quiz = *app.quiz;
    const strings::Table& s = app.words.table;
    ui::Column& c = ui::column();
    section_title(s.by_topic);
    const ui::CardScope card = ui::begin_card(20);
    const int list = ui::begin_group(ui::Role::List, s.by_topic);
    for (int i = 0; i < int(quiz.categories.size()); i++) {
        const int list_item = ui::begin_group(ui::Role::ListItem);
        const exposure::CategoryScore& cs = report.categories[i];
        const std::string value =
            cs.score ? std::to_string(static_cast<long>(std::lround(*cs.score))) : s.not_assessed;
        const Face value_face = cs.score ? Face::BodyBold : Face::Small;
        const float vw = ui::text_width(value_face, value);
        const float top = c.y;
        const ui::Column saved = c;
        c.width -= vw + ui::px(16);
        ui::text(Face::BodyBold, p.text, quiz.categories[i].title);
        const float bottom = c.y;
        c = saved;
        const float line = fonts::get(Face::BodyBold)->FontSize;
        const float vy = top + (line - fonts::get(value_face)->FontSize) * 0.5f;
        ui::draw_text(value_face, theme::u32(cs.score ? p.text : p.text_muted),
                      ImVec2(c.x + c.width - vw, vy), vw + 1, value);
        ui::log_item(
            ui::Role::Text, value,
            ImRect(c.x + c.width - vw, vy, c.x + c.width, vy + fonts::get(value_face)->FontSize));
        c.y = std::max(bottom, top + line) + ui::px(8);
        const ImRect bar(c.x, c.y, c.x + c.width, c.y + ui::px(8));
        const std::string name = strings::named_value(s, quiz.categories[i].title, value);
        if (cs.score) {
            ui::progress_bar(name, *cs.score / 100.0, *cs.score, bar,
                             theme::band_color(band_fraction(quiz, cs.band.value_or(0))));
        } else {
            ui::progress_bar(name, 0, -1, bar, p.track);
        }
        c.y = bar.Max.y;
        ui::end_group(list_item);
        if (i + 1 < int(quiz.categories.size()))
            ui::space(20);
    }
    ui::end_group(list);
    ui::end_card(card, p.surface, p.border, 16, 1);
}

//-----------------------------------------------------------------------------
// [SECTION] What weighs most
//-----------------------------------------------------------------------------

std::string answer_text(const strings::Table& s, const exposure::Question& q,
                        const exposure::Answer& answer) {
    std::string out;
    for (const int o : answer.options) {
        if (!out.empty())
            out += s.answers_separator;
        out += q.options[o].label;
    }
    return out;
}

void draw_weights(App& app, const exposure::Report& report) {
    const theme::Palette& p = theme::palette();
    const exposure::Quiz& quiz = *app.quiz;
    ui::Column& c = ui::column();
    const std::vector<exposure::Contribution> top = exposure::top_contributions(report);
    const strings::Table& s = app.words.table;

    section_title(s.what_weighs_most);
    if (top.empty()) {
        ui::text(Face::Body, p.text_muted, s.nothing_adds);
        return;
    }
    const ui::CardScope card = ui::begin_card(20);
    const int list = ui::begin_group(ui::Role::List, s.what_weighs_most);
    for (size_t i = 0; i < top.size(); i++) {
        const int list_item = ui::begin_group(ui::Role::ListItem);
        const exposure::Question& q = quiz.questions[top[i].question];
        const std::string points = strings::points_added(s, format_points(top[i].points));
        const ImVec2 pill = ui::pill_size(points);
        const float top_y = c.y;
        const ui::Column saved = c;
        c.width -= pill.x + ui::px(16);
        ui::text(Face::Body, p.text, q.prompt);
        ui::space(2);
        ui::text(Face::Small, p.text_muted,
                 answer_text(s, q, app.session->answer(top[i].question)));
        const float bottom = c.y;
        c = saved;
        const ImVec4 colour = theme::band_color(0.85);
        const ImVec4 pill_fill = theme::mix(p.surface, colour, p.dark ? 0.22f : 0.12f);
        ui::pill(points, ImVec2(c.x + c.width - pill.x, top_y), pill_fill,
                 theme::readable(colour, pill_fill));
        c.y = std::max(bottom, top_y + pill.y);
        ui::end_group(list_item);
        if (i + 1 < top.size()) {
            ui::space(14);
            ImGui::GetWindowDrawList()->AddLine(ImVec2(c.x, c.y), ImVec2(c.x + c.width, c.y),
                                                theme::u32(p.border), ui::px(1));
            ui::space(14);
        }
    }
    ui::end_group(list);
    ui::end_card(card, p.surface, p.border, 16, 1);
    ui::space(8);
    ui::text(Face::Small, p.text_muted, s.points_note);
}

//-----------------------------------------------------------------------------
// [SECTION] What to do first
//-----------------------------------------------------------------------------

void draw_recommendations(App& app, const exposure::Report& report) {
    const theme::Palette& p = theme::palette();
    const exposure::Quiz& quiz = *app.quiz;
    ui::Column& c = ui::column();
    if (report.recommendations.empty())
        return;
    const strings::Table& s = app.words.table;
    section_title(s.what_to_do_first);
    constexpr int kFirst = 5; // the rest behind "Show all"
    const int total = int(report.recommendations.size());
    const bool all = app.all_recommendations || app.printing; // a printed plan has every action
    const int shown = all ? total : std::min(total, kFirst);
    int n = 0;
    const int list = ui::begin_group(ui::Role::List, s.what_to_do_first, true);
    for (int k = 0; k < shown; k++) {
        const exposure::RecommendationResult& rr = report.recommendations[k];
        const exposure::Recommendation& rec = quiz.recommendations[rr.recommendation];
        ImGui::PushID(rr.recommendation);
        const ui::CardScope card = ui::begin_card(20);
        const int list_item = ui::begin_group(ui::Role::ListItem);
        // Number badge, then the text beside it.
        const float badge = ui::px(30);
        const std::string number = std::to_string(++n);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddCircleFilled(ImVec2(c.x + badge * 0.5f, c.y + badge * 0.5f), badge * 0.5f,
                            theme::u32(p.accent_soft), 32);
        const float nw = ui::text_width(Face::SmallBold, number);
        ImFont* small_bold = fonts::get(Face::SmallBold);
        dl->AddText(small_bold, small_bold->FontSize,
                    ImVec2(std::floor(c.x + (badge - nw) * 0.5f),
                           std::floor(c.y + (badge - small_bold->FontSize) * 0.5f)),
                    theme::u32(p.accent_text), number.c_str());
        const ui::Column outer = c;
        c.x += badge + ui::px(14);
        c.width -= badge + ui::px(14);
        c.y += std::max(0.0f, (badge - fonts::get(Face::BodyBold)->FontSize) * 0.5f);
        ui::text(Face::BodyBold, p.text, rec.title, ui::Role::Heading);
        if (!rec.body.empty()) {
            ui::space(4);
            ui::text(Face::Body, p.text_muted, rec.body);
        }
        if (rr.delta && *rr.delta < 0) {
            ui::space(10);
            const std::string saves = strings::saves_points(s, format_points(-*rr.delta));
            ui::pill(saves, ImVec2(c.x, c.y), p.good_soft, p.good);
            c.y += ui::pill_size(saves).y;
        }
        if (!rec.sources.empty()) {
            ui::space(6);
            // On paper the plan is a list of actions with their sources: the quotes are for
            // reading on screen (they would triple its pages).
            draw_sources(rec.sources, !app.printing);
        }
        c.x = outer.x;
        c.width = outer.width;
        ui::end_group(list_item);
        ui::end_card(card, p.surface, p.border, 16, 1);
        ImGui::PopID();
        if (k + 1 < shown)
            ui::space(12);
    }
    ui::end_group(list);
    if (total > kFirst && !app.printing) {
        ui::space(8);
        const std::string label =
            app.all_recommendations ? std::string(s.show_fewer) : strings::show_all(s, total);
        const float w = ui::button_width(label);
        if (ui::button("more", ui::Action::ShowAll, label, ui::ButtonKind::Ghost,
                       ImRect(c.x, c.y, c.x + w, c.y + ui::px(48))))
            app.all_recommendations = !app.all_recommendations;
        c.y += ui::px(48);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Share and actions
//-----------------------------------------------------------------------------

// Shortens `text` with an ellipsis to fit `width` (a URL has no spaces to wrap at).
std::string fit(Face face, const std::string& text, float width) {
    if (ui::text_width(face, text) <= width)
        return text;
    size_t lo = 0, hi = text.size();
    while (lo < hi) {
        const size_t mid = (lo + hi + 1) / 2;
        if (ui::text_width(face, text.substr(0, mid) + "\u2026") <= width)
            lo = mid;
        else
            hi = mid - 1;
    }
    while (lo > 0 && (static_cast<unsigned char>(text[lo]) & 0xC0) == 0x80)
        lo--; // whole UTF-8 characters
    return text.substr(0, lo) + "\u2026";
}

void draw_share(App& app) {
    const theme::Palette& p = theme::palette();
    const strings::Table& s = app.words.table;
    ui::Column& c = ui::column();
    section_title(s.keep_or_share);
    const ui::CardScope card = ui::begin_card(20);
    ui::text(Face::Small, p.text_muted, s.share_body);
    ui::space(14);
    const std::string link = share_link();
    const bool copied = app.copied_at >= 0 && app.now - app.copied_at < 2.5;
    const char* label = copied ? s.copied : s.copy_link;
    const float h = ui::px(48);
    const float button_w = std::max(ui::px(130), ui::button_width(s.copy_link));
    const bool stacked = narrow_layout();
    const float field_w = stacked ? c.width : c.width - button_w - ui::px(10);
    const ImRect field(c.x, c.y, c.x + field_w, c.y + h);
    ui::card(field, p.background, p.border, 12, 1);
    const std::string shown = fit(Face::Small, link, field_w - ui::px(28));
    ImFont* small = fonts::get(Face::Small);
    ImGui::GetWindowDrawList()->AddText(
        small, small->FontSize,
        ImVec2(std::floor(field.Min.x + ui::px(14)),
               std::floor(field.GetCenter().y - small->FontSize * 0.5f)),
        theme::u32(p.text), shown.c_str());
    ui::log_item(ui::Role::Text, link, field);
    const ImRect button =
        stacked ? ImRect(c.x, field.Max.y + ui::px(10), c.x + c.width, field.Max.y + ui::px(10) + h)
                : ImRect(field.Max.x + ui::px(10), c.y, c.x + c.width, c.y + h);
    if (ui::button("copy", ui::Action::CopyLink, label, ui::ButtonKind::Primary, button))
        copy_share_link();
    c.y = button.Max.y;
    ui::end_card(card, p.surface, p.border, 16, 1);

    ui::space(28);
    const float gap = ui::px(12);
    // An earlier version's result has no answers to change: its questions are not today's.
    const bool changeable = !showing_earlier();
    const float change_w = std::max(ui::px(200), ui::button_width(s.change_answers));
    const float retake_w = std::max(ui::px(160), ui::button_width(s.retake));
    // An action changes the screen at once; the frame is built again before it is shown (frame.h).
    const float row = ui::px(52);
    const ImRect change_box(c.x, c.y, c.x + (stacked ? c.width : change_w), c.y + row);
    const ImRect retake_box =
        !changeable ? ImRect(c.x, c.y, c.x + (stacked ? c.width : retake_w), c.y + row)
        : stacked
            ? ImRect(c.x, change_box.Max.y + gap, c.x + c.width, change_box.Max.y + gap + row)
            : ImRect(change_box.Max.x + gap, c.y, change_box.Max.x + gap + retake_w, c.y + row);
    if (changeable && ui::button("change", ui::Action::ChangeAnswers, s.change_answers,
                                 ui::ButtonKind::Secondary, change_box))
        change_answers();
    if (ui::button("retake", ui::Action::Retake, s.retake,
                   changeable ? ui::ButtonKind::Ghost : ui::ButtonKind::Primary, retake_box))
        retake();
    c.y = retake_box.Max.y + gap;
    const float print_w = stacked ? c.width : ui::button_width(s.print_plan);
    if (ui::button("print", ui::Action::Print, s.print_plan, ui::ButtonKind::Ghost,
                   ImRect(c.x, c.y, c.x + print_w, c.y + row)))
        js::print();
    c.y += row;
    if (!app.quiz->outro.empty()) {
        ui::space(28);
        ui::text(Face::Small, p.text_muted, app.quiz->outro);
    }
}

// A result link made on an earlier version: said first, with what to do.
void draw_earlier_notice(App& app) {
    const theme::Palette& p = theme::palette();
    const strings::Table& s = app.words.table;
    const ui::CardScope card = ui::begin_card(16);
    ui::text(Face::BodyBold, p.notice, s.earlier_title);
    ui::space(4);
    ui::text(Face::Small, p.text,
             strings::earlier_version(s, app.quiz->published, app.earlier_date));
    ui::end_card(card, p.notice_soft, theme::mix(p.notice_soft, p.notice, 0.35f), 14, 1);
    ui::space(28);
}

} // namespace

void draw_results(App& app) {
    if (!app.report)
        return;
    const exposure::Report report = *app.report; // a copy: the actions below may reset it
    if (showing_earlier())
        draw_earlier_notice(app);
    ui::text(Face::SmallBold, theme::palette().accent_text, app.words.table.your_result,
             ui::Role::Text, ui::Align::Center);
    ui::space(16);
    draw_gauge(app, report);
    draw_band(app, report);
    draw_categories(app, report);
    draw_weights(app, report);
    draw_recommendations(app, report);
    draw_share(app);
}
