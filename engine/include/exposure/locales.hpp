// Comparing two locale files of one quiz (content/ID.LOCALE.json): a translation has the same
// structure as the file it translates and differs only in its text. `exposure compare-locales`
// prints what this finds; content/README.md ("Translations") explains the rules for authors.
#pragma once

#include "exposure/diagnostic.hpp"
#include "exposure/quiz.hpp"

#include <string_view>
#include <vector>

namespace exposure {

// Every difference between `reference` and `translation` that a translation must not have, as
// Diagnostics whose pointers point into the translation's file ("/questions/4/options/2/points"),
// in file order. Empty when the two agree.
//
// - LocaleStructure: anything answers or scoring depend on, and the facts around them, differs:
//   schema, id, version, reviewed, minutes; the number, ids and order of categories, questions,
//   options, bands, recommendations and sources; weights, categories of questions, kinds, points,
//   caps, exclusive, skippable, show_if, band maxima, when, fix, source urls; or a text that is
//   empty in the reference but not in the translation.
// - LocaleEmpty: a text that the reference has is empty in the translation.
// - LocaleUntranslated: a text is the same in both files although it needs translating
//   (needs_translation).
//
// The texts: title, intro, outro; category titles and descriptions; question prompts and help;
// option labels and details; band titles and summaries; recommendation titles and bodies; source
// titles. The locale itself is not compared.
std::vector<Diagnostic> compare_locales(const Quiz& reference, const Quiz& translation);

// Whether a text has words a translator must translate, so that leaving it the same in two
// locales is a mistake. A text needs translating when, with every http:// or https:// address
// and every known product name (kProductNames in locales.cpp: WeChat, WhatsApp, Signal, ...)
// taken out, it still has a run of 4 or more ASCII letters. So "Signal", "WhatsApp / Telegram",
// "2FA", "SMS", "https://example.com/a" and text in Chinese may stay the same; "None of these"
// may not. Short English words ("Yes", "No") slip through: the rule errs towards no false alarms.
bool needs_translation(std::string_view text);

} // namespace exposure
