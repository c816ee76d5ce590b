// Every word the screens and app.cpp show that is not quiz content: one table per locale.
//
// A table is a struct of named fields (`strings::Table`), read from the locale's words as the
// build writes them (dist/strings.LOCALE.json, made by `exposure catalog` from the "screens" and
// "dates" of content/locales/LOCALE.json and its fallbacks): {"locale", "plural", "strings":
// {FIELD: TEXT, ...}, "dates": {"facts_checked", "month_names"}}. Every language, English too, is
// data fetched by the readers of that language.
//
// Texts with numbers or other words inside are templates: "{0}", "{1}", ... mark where the
// arguments go, so each language puts them in its own order (English "{0} of {1}", Chinese
// "the {0}th question, {1} in all"). The screens fill them only through the functions below,
// which also pick the plural form (English: one/other; a language with one form, such as
// Chinese, writes only the "_other" fields, which serve for "_one" too).
#pragma once

#include "exposure/quiz.hpp"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace strings {

struct Table {
    // [SECTION] Intro
    const char* link_failed_title;   // a shared result link did not open
    const char* link_outdated;       // ... because it was made with another version of the quiz
    const char* link_damaged;        // ... because it is damaged or cut off
    const char* link_take_again;     // follows either sentence (with its own leading space)
    const char* link_details;        // {0}: the engine's diagnostic
    const char* privacy_self_check;  // the label above the title
    const char* about_minutes_one;   // {0}: minutes
    const char* about_minutes_other; // {0}: minutes
    const char* topics;              // {0}: categories
    const char* private_by_design;   // a fact pill
    const char* privacy_title;       // the privacy card
    const char* privacy_body;        //
    const char* start;               // button
    const char* no_sign_up;          // below Start
    // [SECTION] Question
    const char* question_count;     // {0}: position, {1}: visible questions
    const char* question_announced; // {0}: position, {1}: visible questions, {2}: prompt
    const char* choose_single;      // hint, single choice
    const char* choose_all;         // hint, multiple choice
    const char* prefer_not_to_say;  // toggle chip
    const char* why_we_ask;         // disclosure (and the group it opens)
    const char* source;             // label above one source
    const char* sources;            // label above several
    const char* back;               // button
    const char* next;               // button
    const char* see_result;         // button, on the last question
    // [SECTION] Results
    const char* your_result;        // the label above the gauge
    const char* score_announced;    // {0}: score, {1}: band title
    const char* out_of_100;         // under the score
    const char* score_name;         // {0}: score (the gauge as a progress bar)
    const char* by_topic;           // section title
    const char* not_assessed;       // a category with no score
    const char* named_value;        // {0}: a category's title, {1}: its score
    const char* what_weighs_most;   // section title
    const char* nothing_adds;       // no answer adds points
    const char* answers_separator;  // between the options of a multiple-choice answer
    const char* points_added;       // {0}: points (a pill)
    const char* points_note;        // under the list
    const char* what_to_do_first;   // section title
    const char* saves_points_one;   // {0}: points ("1")
    const char* saves_points_other; // {0}: points
    const char* show_all;           // {0}: actions
    const char* show_fewer;         //
    const char* keep_or_share;      // section title
    const char* share_body;         // the share card
    const char* copy_link;          // button
    const char* copied;             // the same button, just after copying
    const char* change_answers;     // button
    const char* retake;             // button
    const char* print_plan;         // button
    const char* skipped_one;        // {0}: questions skipped (under the score)
    const char* skipped_other;      // {0}: questions skipped
    const char* earlier_title;      // a result link made with an earlier version of the quiz
    const char* earlier_body;       // {0}: its version, {1}: the date it was published
};

// The words the UI shows now, read from a locale's table. `table`'s pointers point into `texts`
// (or at "" before any table is read), so a Words is moved, never copied.
struct Words {
    std::string locale;   // the BCP 47 tag the file names ("zh-Hans")
    bool one_form = true; // the language has a "one" plural form (English)
    Table table;
    std::vector<std::string> texts;
    exposure::DateWords dates; // how the language says when the facts were checked

    Words();
    Words(Words&&) = default;
    Words& operator=(Words&&) = default;
    Words(const Words&) = delete;
    Words& operator=(const Words&) = delete;
};

// Reads a locale's table (the JSON described above). Each field the file lacks (it stays empty),
// unknown field or text that is not a string is one problem ("/strings/back: missing"). Returns
// false, with the problems, when the text is not a table at all.
bool read_table(std::string_view json_text, Words& out, std::vector<std::string>& problems);

// Fills "{0}", "{1}", ... in `text` with `args` (a "{N}" with no argument is kept as it is).
std::string format(std::string_view text, std::initializer_list<std::string_view> args);

// [SECTION] The formatted texts
std::string about_minutes(const Table& t, int minutes);
std::string topics(const Table& t, int count);
std::string question_count(const Table& t, int position, int visible);
std::string question_announced(const Table& t, int position, int visible, std::string_view prompt);
std::string score_announced(const Table& t, std::string_view score, std::string_view band);
std::string score_name(const Table& t, std::string_view score);
std::string named_value(const Table& t, std::string_view name, std::string_view value);
std::string points_added(const Table& t, std::string_view points); // points as displayed
std::string saves_points(const Table& t, std::string_view points); // points as displayed
std::string show_all(const Table& t, int actions);
std::string link_details(const Table& t, std::string_view details);
std::string skipped(const Table& t, int questions); // "" when none was skipped
std::string earlier_version(const Table& t, int version, std::string_view date);

} // namespace strings
