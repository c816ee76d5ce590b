// The canvas renderer: draws a screen's description (exposure/screen.hpp) into ui::column(),
// from its current cursor, and leaves the cursor below it (frame.cpp sizes the canvas from it).
// A click or tap on a control performs its node (app.h perform()).
//
// The canvas draws the question and results screens; the intro is the page's HTML (view.js and
// the static first screen) until Start, so it appears at first paint and nothing jumps when the
// module takes over.
//
// Files: screen_common.cpp (draw_screen, and what every screen uses: notices, notes, buttons,
// sources), screen_question.cpp, screen_results.cpp.
#pragma once

#include "app.h"

#include "exposure/screen.hpp"

// Whether the canvas draws `screen` (question, results); the page's HTML draws the others.
bool canvas_draws(const exposure::Screen& screen);
// Draws `screen`; nothing for a screen the canvas does not draw (the intro).
void draw_screen(const exposure::Screen& screen);

// Shared by the screens: true on narrow layouts (phones), where rows stack.
bool narrow_layout();

// [SECTION] Nodes every screen may have (screen_common.cpp)
void draw_notice(const exposure::Node& node);
void draw_text_node(const exposure::Node& node); // Eyebrow, Title, Heading, Lead, Paragraph, Note
void draw_button(const exposure::Node& node);    // a Button on a line of its own
void draw_sources(const exposure::Node& node);   // a node's Source children, as links with quotes

// [SECTION] Question (screen_question.cpp)
void draw_progress(const exposure::Node& node);
void draw_question(const exposure::Node& node);
void draw_disclosure(const exposure::Node& node);
void draw_help(const exposure::Node& node);
void draw_navigation(const exposure::Node& row);

// [SECTION] Results (screen_results.cpp)
void draw_gauge(const exposure::Node& node);
void draw_band(const exposure::Node& node);
void draw_projection(const exposure::Node& node); // where the reader's plan takes the score
void draw_section(const exposure::Node& node);
void draw_actions(const exposure::Node& row);
