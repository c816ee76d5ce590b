// Intro: the quiz's title and what it covers, how long it takes, the privacy promise, Start.
#include "screens.h"

#include "strings.h"
#include "theme.h"
#include "ui.h"

#include <cmath>
#include <string>

namespace {

// A padlock, drawn (no icon font): body and shackle, `size` px square at `pos`.
void draw_lock(ImVec2 pos, float size, ImU32 colour) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float w = size * 0.72f, h = size * 0.5f;
    const ImVec2 body_min(pos.x + (size - w) * 0.5f, pos.y + size - h);
    dl->AddRectFilled(body_min, body_min + ImVec2(w, h), colour, size * 0.12f);
    const ImVec2 centre(pos.x + size * 0.5f, body_min.y);
    const float r = w * 0.32f;
    dl->PathArcTo(centre, r, IM_PI, 2 * IM_PI, 16);
    dl->PathStroke(colour, 0, size * 0.11f);
    dl->AddLine(ImVec2(centre.x - r, centre.y), ImVec2(centre.x - r, centre.y + size * 0.02f),
                colour, size * 0.11f);
    dl->AddLine(ImVec2(centre.x + r, centre.y), ImVec2(centre.x + r, centre.y + size * 0.02f),
                colour, size * 0.11f);
}

} // namespace

void draw_intro(App& app) {
    using fonts::Face;
    const theme::Palette& p = theme::palette();
    const exposure::Quiz& quiz = *app.quiz;
    const strings::Table& s = app.words.table;
    ui::Column& c = ui::column();

    if (app.notice != Notice::None) {
        // In plain words first; the engine's own diagnostic follows for the curious.
        std::string notice = app.notice == Notice::LinkOutdated ? s.link_outdated : s.link_damaged;
        notice += s.link_take_again;
        if (!app.notice_details.empty())
            notice += strings::link_details(s, app.notice_details);
        const ui::CardScope card = ui::begin_card(16);
        ui::text(Face::BodyBold, p.notice, s.link_failed_title);
        ui::space(4);
        ui::text(Face::Small, p.text, notice);
        ui::end_card(card, p.notice_soft, theme::mix(p.notice_soft, p.notice, 0.35f), 14, 1);
        ui::space(28);
    }

    ui::text(Face::SmallBold, p.accent_text, s.privacy_self_check);
    ui::space(8);
    ui::text(Face::Title, p.text, quiz.title, ui::Role::Heading);
    ui::space(14);
    ui::text(Face::Body, p.text_muted, quiz.intro);
    ui::space(22);

    // Facts as pills, wrapping on narrow screens.
    // (No question count: follow-up questions appear as answers call for them.)
    std::string facts[3];
    int fact_count = 0;
    if (quiz.minutes > 0)
        facts[fact_count++] = strings::about_minutes(s, quiz.minutes);
    facts[fact_count++] = strings::topics(s, int(quiz.categories.size()));
    facts[fact_count++] = s.private_by_design;
    float x = c.x;
    for (int i = 0; i < fact_count; i++) {
        const ImVec2 size = ui::pill_size(facts[i]);
        if (x > c.x && x + size.x > c.x + c.width) {
            x = c.x;
            c.y += size.y + ui::px(8);
        }
        ui::pill(facts[i], ImVec2(x, c.y), p.surface, p.text_muted);
        x += size.x + ui::px(8);
    }
    c.y += ui::pill_size("A").y;
    ui::space(24);

    // The privacy promise.
    {
        const ui::CardScope card = ui::begin_card(18);
        const float icon = ui::px(26);
        draw_lock(ImVec2(c.x, c.y + ui::px(1)), icon, theme::u32(p.accent_text));
        const ui::Column inner = c;
        c.x += icon + ui::px(14);
        c.width -= icon + ui::px(14);
        ui::text(Face::BodyBold, p.text, s.privacy_title);
        ui::space(4);
        ui::text(Face::Small, p.text_muted, s.privacy_body);
        c.x = inner.x;
        c.width = inner.width;
        ui::end_card(card, p.accent_soft, p.accent_soft, 16, 0);
    }
    ui::space(30);

    const float w = narrow_layout() ? c.width : std::max(ui::px(240), ui::button_width(s.start));
    app.announcement.clear(); // the page's own heading introduces the quiz
    const bool start = ui::button("start", ui::Action::Start, s.start, ui::ButtonKind::Primary,
                                  ImRect(c.x, c.y, c.x + w, c.y + ui::px(54)));
    c.y += ui::px(54);
    ui::space(14);
    ui::text(Face::Small, p.text_muted, s.no_sign_up);
    if (start)
        start_quiz();
}
