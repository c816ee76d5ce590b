// The canvas renderer's entry and the nodes every screen may have (see screens.h).
#include "screens.h"

#include "theme.h"
#include "ui.h"

namespace {

using exposure::Node;
using exposure::NodeKind;
using fonts::Face;

// The space above a node, in CSS px, after the node before it: the screens' rhythm.
float space_before(const Node* previous, const Node& node) {
    if (previous == nullptr)
        return 0;
    const NodeKind before = previous->kind;
    switch (node.kind) {
    case NodeKind::Question:
        return 30; // under the progress header
    case NodeKind::Disclosure:
        return 8;
    case NodeKind::Help:
        return 6;
    case NodeKind::Row:
        return before == NodeKind::Question ? 36 : 28;
    case NodeKind::Eyebrow:
        return before == NodeKind::Notice ? 28 : 0;
    case NodeKind::Gauge:
        return 16;
    case NodeKind::Band:
        return 18;
    case NodeKind::Note:
        if (node.centred)
            return before == NodeKind::Note ? 4 : 10; // under the band: skipped, facts checked
        return before == NodeKind::Section ? 8 : 28;  // under a list; the outro
    case NodeKind::Section:
        return 40;
    case NodeKind::Projection:
        return 16;
    case NodeKind::Button:
        return before == NodeKind::Row ? 12 : 8; // "Print" under the actions; "Show all"
    default:
        return 0;
    }
}

void draw_node(const Node& node) {
    switch (node.kind) {
    case NodeKind::Eyebrow:
    case NodeKind::Title:
    case NodeKind::Heading:
    case NodeKind::Lead:
    case NodeKind::Paragraph:
    case NodeKind::Note:
        return draw_text_node(node);
    case NodeKind::Notice:
        return draw_notice(node);
    case NodeKind::Button:
        return draw_button(node);
    case NodeKind::Progress:
        return draw_progress(node);
    case NodeKind::Question:
        return draw_question(node);
    case NodeKind::Disclosure:
        return draw_disclosure(node);
    case NodeKind::Help:
        return draw_help(node);
    case NodeKind::Row:
        return !node.children.empty() && node.children.front().action == exposure::Action::Back
                   ? draw_navigation(node)
                   : draw_actions(node);
    case NodeKind::Gauge:
        return draw_gauge(node);
    case NodeKind::Band:
        return draw_band(node);
    case NodeKind::Projection:
        return draw_projection(node);
    case NodeKind::Section:
        return draw_section(node);
    default: // the intro's and the plain page's nodes: the canvas does not draw those screens
        return;
    }
}

} // namespace

bool canvas_draws(const exposure::Screen& screen) {
    return screen.kind == exposure::ScreenKind::Question ||
           screen.kind == exposure::ScreenKind::Results;
}

void draw_screen(const exposure::Screen& screen) {
    if (!canvas_draws(screen))
        return;
    const Node* previous = nullptr;
    for (const Node& node : screen.nodes) {
        ui::space(space_before(previous, node));
        draw_node(node);
        previous = &node;
    }
}

void draw_text_node(const Node& node) {
    const theme::Palette& p = theme::palette();
    const ui::PartScope part(node.id);
    const ui::Align align = node.centred ? ui::Align::Center : ui::Align::Left;
    switch (node.kind) {
    case NodeKind::Eyebrow:
        return ui::text(Face::SmallBold, p.accent_text, node.text, ui::Role::Text, align);
    case NodeKind::Title:
        return ui::text(Face::Title, p.text, node.text, ui::Role::Heading, align);
    case NodeKind::Heading:
        return ui::text(Face::Heading, p.text, node.text, ui::Role::Heading, align);
    case NodeKind::Lead:
        return ui::text(Face::Body, p.text_muted, node.text, ui::Role::Text, align);
    case NodeKind::Paragraph:
        return ui::text(Face::Body, p.text_muted, node.text, ui::Role::Text, align);
    default: // Note
        return ui::text(Face::Small, p.text_muted, node.text, ui::Role::Text, align);
    }
}

// A card that says something went differently: its title, then what and what to do.
void draw_notice(const Node& node) {
    const theme::Palette& p = theme::palette();
    const ui::PartScope part(node.id);
    const ui::CardScope card = ui::begin_card(16);
    {
        const ui::PartScope title(node.id, "title");
        ui::text(Face::BodyBold, p.notice, node.text);
    }
    ui::space(4);
    {
        const ui::PartScope detail(node.id, "detail");
        ui::text(Face::Small, p.text, node.detail);
    }
    ui::end_card(card, p.notice_soft, theme::mix(p.notice_soft, p.notice, 0.35f), 14, 1);
}

void draw_button(const Node& node) {
    ui::Column& c = ui::column();
    const ui::PartScope part(node.id);
    const float row = ui::px(node.action == exposure::Action::ShowAll ? 48 : 52);
    // "Print" fills the column on phones; "Show all" stays as wide as its label.
    const bool fill = narrow_layout() && node.action == exposure::Action::Print;
    const float w = fill ? c.width : ui::button_width(node.text);
    if (ui::button(node.id, node.action, node.text, node.emphasis,
                   ImRect(c.x, c.y, c.x + w, c.y + row), !node.disabled))
        perform(node);
    c.y += row;
}

void draw_sources(const Node& node) {
    const theme::Palette& p = theme::palette();
    ui::Column& c = ui::column();
    for (const Node& source : node.children) {
        if (source.kind != NodeKind::Source)
            continue;
        const ui::PartScope part(source.id);
        if (!source.label.empty()) {
            ui::space(14);
            const ui::PartScope label(source.id, "label");
            ui::text(Face::SmallBold, p.text_muted, source.label);
            ui::space(2);
        }
        if (!source.href.empty()) { // else another passage of the source above
            float h = 0;
            if (ui::link(source.id, source.text, Face::Small, ImVec2(c.x, c.y), c.width, &h,
                         source.href))
                perform(source);
            c.y += h;
        }
        if (!source.quote.empty()) {
            // The passage that supports the text above, in quotation marks, under its link.
            const ui::PartScope quote(source.id, "quote");
            ui::quote(source.quote, source.quote_lang);
            ui::space(8);
        }
        if (!source.detail.empty()) { // the sources are still on their way, or could not come
            const ui::PartScope detail(source.id, "detail");
            ui::text(Face::Small, p.text_muted, source.detail);
        }
    }
}
