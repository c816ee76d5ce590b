// The question screen on the canvas: category and progress, the prompt, options as cards, "Prefer
// not to say", "Why we ask" with its sources and their quotes, Back and Next (see screens.h).
#include "screens.h"

#include "theme.h"
#include "ui.h"

#include <algorithm>
#include <cmath>

namespace {

using exposure::Node;
using exposure::NodeKind;
using fonts::Face;

} // namespace

// Category on the left, "7 of 22" on the right, the progress bar under them.
void draw_progress(const Node& node) {
    const theme::Palette& p = theme::palette();
    ui::Column& c = ui::column();
    const ui::PartScope part(node.id);
    const float count_w = ui::text_width(Face::Small, node.detail);
    const float top = c.y;
    ui::Column saved = c;
    c.width -= count_w + ui::px(16);
    {
        const ui::PartScope category(node.id, "category");
        ui::text(Face::SmallBold, p.accent_text, node.text);
    }
    const float left_bottom = c.y;
    c = saved;
    ui::draw_text(Face::Small, theme::u32(p.text_muted), ImVec2(c.x + c.width - count_w, top),
                  count_w + 1, node.detail);
    {
        const ui::PartScope count(node.id, "count");
        ui::log_item(ui::Role::Text, node.detail,
                     ImRect(c.x + c.width - count_w, top, c.x + c.width,
                            top + fonts::get(Face::Small)->FontSize));
    }
    c.y = std::max(left_bottom, top + fonts::get(Face::Small)->FontSize);
    ui::space(10);
    const ui::PartScope bar(node.id, "bar");
    ui::progress_bar(node.detail, node.value / 100.0, node.value,
                     ImRect(c.x, c.y, c.x + c.width, c.y + ui::px(6)), p.accent);
    c.y += ui::px(6);
}

// The question as one group (a fieldset in the DOM): prompt (legend), hint, options, skip.
void draw_question(const Node& node) {
    const theme::Palette& p = theme::palette();
    ui::Column& c = ui::column();
    const ui::PartScope part(node.id);
    const int group =
        ui::begin_group(node.multi ? ui::Role::Group : ui::Role::RadioGroup, node.text);
    {
        const ui::PartScope prompt(node.id, "prompt");
        ui::text(Face::Heading, p.text, node.text, ui::Role::Heading);
    }
    ui::space(6);
    {
        const ui::PartScope hint(node.id, "hint");
        ui::text(Face::Small, p.text_muted, node.detail);
    }
    ui::space(18);
    for (const Node& option : node.children) {
        const ui::PartScope option_part(option.id);
        if (option.kind == NodeKind::Option) {
            float h = 0;
            if (ui::option_card(option.id, option.text, option.detail, option.checked, option.multi,
                                ImRect(c.x, c.y, c.x + c.width, c.y), &h))
                perform(option);
            c.y += h + ui::px(10);
        } else if (option.kind == NodeKind::Skip) {
            float w = 0;
            if (ui::toggle_chip(option.id, exposure::Action::Skip, option.text, option.checked,
                                ImVec2(c.x, c.y), &w))
                perform(option);
            c.y += ui::px(44);
            ui::space(8);
        }
    }
    ui::end_group(group);
}

void draw_disclosure(const Node& node) {
    const ui::PartScope part(node.id);
    if (ui::disclosure(node.id, node.text, node.expanded))
        perform(node);
}

// What "Why we ask" opens: why, then the sources, each with the passage that supports it.
void draw_help(const Node& node) {
    const theme::Palette& p = theme::palette();
    const ui::PartScope part(node.id);
    const int toggle = ui::last_item(); // the disclosure, drawn just before
    const ui::CardScope card = ui::begin_card(18);
    const int group = ui::begin_group(ui::Role::Group, node.label);
    ui::set_controls(toggle, group);
    {
        const ui::PartScope text(node.id, "text");
        ui::text(Face::Body, p.text, node.text);
    }
    draw_sources(node);
    ui::end_group(group);
    ui::end_card(card, p.surface, p.border, 14, 1);
}

// Back on the left, Next (or "See my result") on the right; shares of the width on phones.
void draw_navigation(const Node& row) {
    if (row.children.size() != 2)
        return;
    const Node& back = row.children[0];
    const Node& next = row.children[1];
    ui::Column& c = ui::column();
    const float h = ui::px(52), gap = ui::px(12);
    float back_w = std::max(ui::px(110), ui::button_width(back.text));
    float next_w = std::max(ui::px(180), ui::button_width(next.text));
    if (narrow_layout()) {
        back_w = std::floor((c.width - gap) * 0.36f);
        next_w = c.width - gap - back_w;
    }
    bool back_pressed = false, next_pressed = false;
    {
        const ui::PartScope part(back.id);
        back_pressed = ui::button(back.id, back.action, back.text, back.emphasis,
                                  ImRect(c.x, c.y, c.x + back_w, c.y + h), !back.disabled);
    }
    const float next_x = c.x + c.width - next_w;
    {
        const ui::PartScope part(next.id);
        next_pressed = ui::button(next.id, next.action, next.text, next.emphasis,
                                  ImRect(next_x, c.y, next_x + next_w, c.y + h), !next.disabled);
    }
    c.y += h;
    if (back_pressed)
        perform(back);
    else if (next_pressed)
        perform(next);
}
