// The three screens. Each draws into ui::column() from its current cursor and leaves the cursor
// below its content (frame.cpp sizes the canvas from it). Each also writes app.announcement:
// what a screen reader's live region says when the screen appears.
#pragma once

#include "app.h"

void draw_intro(App& app);
void draw_question(App& app);
void draw_results(App& app);

// Shared by the screens: true on narrow layouts (phones), where rows stack.
bool narrow_layout();
// A question's or a recommendation's sources in the column: each link, then (with `quotes`) the
// quote that supports the text above (quotes in a row from one source share its link).
void draw_sources(const std::vector<exposure::Source>& sources, bool quotes = true);
