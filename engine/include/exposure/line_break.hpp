// Where wrapped text breaks into lines: English at spaces, Chinese between characters, with the
// rules of Chinese typesetting for punctuation. The web front end's one text layout function
// (layout_text in web/src/ui.cpp) measures and draws with it; tests/engine/line_break_test.cpp
// states each rule as a case.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace exposure {

// One line of wrapped text, as byte offsets into the text given to next_line().
struct LineEnd {
    std::size_t end = 0;  // the line is text[0, end), its trailing spaces left out
    std::size_t next = 0; // where the next line starts: past the spaces (or the '\n') it broke at
};

// The advance of one code point, in the unit of the width.
using Advance = std::function<float(char32_t)>;

// Where the first line of UTF-8 `text` ends when lines are at most `width` wide. Break
// opportunities:
// - at spaces (' ', tab, U+3000) and at '\n', which always breaks;
// - between two characters when either is CJK (Han, kana, bopomofo, CJK punctuation, full-width
//   forms), so also where a CJK character meets a Latin word;
// - after ASCII . , ; ! ? and '"' inside a word, as Dear ImGui's word wrap does (kept, so
//   English wraps exactly as it did before this function);
// never before closing punctuation and never after opening punctuation (is_closing_punctuation,
// is_opening_punctuation), even at a space. A word longer than the line (no opportunity fits)
// breaks after the last code point that fits; a line holds at least one code point. Spaces at the
// end of a line are not part of it, and the next line starts after them.
LineEnd next_line(std::string_view text, float width, const Advance& advance);

// Characters a line must not start with: ，。、；：？！）」』】》〕〉］｝％．… — ‧ · ・ and ASCII
// , . ; : ? ! ) ] } %, the closing quotes ” ’ » and their full-width forms.
bool is_closing_punctuation(char32_t c);
// Characters a line must not end with: （「『【《〔〈［｛ “ ‘ « and ASCII ( [ {.
bool is_opening_punctuation(char32_t c);
// Han, kana, bopomofo, CJK symbols and punctuation, full-width forms: a line may break between
// two of them.
bool is_cjk(char32_t c);

} // namespace exposure
