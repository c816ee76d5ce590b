// Line breaking (see line_break.hpp).
#include "exposure/line_break.hpp"

#include <algorithm>
#include <iterator>

namespace exposure {

namespace {

constexpr std::size_t kNone = std::string_view::npos;

struct CodePoint {
    char32_t value = 0;
    std::size_t length = 1;
};

// The code point at text[i]; a byte that does not start a valid sequence is U+FFFD, one byte
// long, so a broken text still wraps and never stops the loop.
CodePoint decode(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80)
        return {lead, 1};
    const std::size_t length = lead >= 0xF8   ? 0
                               : lead >= 0xF0 ? 4
                               : lead >= 0xE0 ? 3
                               : lead >= 0xC0 ? 2
                                              : 0;
    if (length == 0 || i + length > text.size())
        return {0xFFFD, 1};
    char32_t value = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; k++) {
        if ((byte(i + k) & 0xC0) != 0x80)
            return {0xFFFD, 1};
        value = value << 6 | (byte(i + k) & 0x3F);
    }
    return {value, length};
}

// The blanks Dear ImGui's word wrap skips at a break (ImCharIsBlankW).
bool is_blank(char32_t c) {
    return c == ' ' || c == '\t' || c == 0x3000;
}

// ImGui's word wrap may break after these inside a word ("example.com" at the dot).
bool breaks_after(char32_t c) {
    return c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == '"';
}

bool contains(std::initializer_list<char32_t> list, char32_t c) {
    return std::find(list.begin(), list.end(), c) != list.end();
}

// Where the line text[0, end) ends once its trailing blanks are left out.
std::size_t trim(std::string_view text, std::size_t end) {
    while (end > 0) {
        std::size_t start = end - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
            start--;
        if (!is_blank(decode(text, start).value))
            break;
        end = start;
    }
    return end;
}

std::size_t skip_blanks(std::string_view text, std::size_t i) {
    while (i < text.size()) {
        const CodePoint cp = decode(text, i);
        if (!is_blank(cp.value))
            break;
        i += cp.length;
    }
    return i;
}

} // namespace

bool is_cjk(char32_t c) {
    return (c >= 0x2E80 && c <= 0x2FDF) || // CJK and Kangxi radicals
           (c >= 0x2FF0 && c <= 0x30FF) || // CJK symbols and punctuation, hiragana, katakana
           (c >= 0x3100 && c <= 0x312F) || // bopomofo
           (c >= 0x3190 && c <= 0x4DBF) || // kanbun ... CJK compatibility, extension A
           (c >= 0x4E00 && c <= 0x9FFF) || // CJK unified ideographs
           (c >= 0xF900 && c <= 0xFAFF) || // compatibility ideographs
           (c >= 0xFE30 && c <= 0xFE4F) || // CJK compatibility forms
           (c >= 0xFF00 && c <= 0xFFEF) || // half-width and full-width forms
           (c >= 0x20000 && c <= 0x3FFFF); // extensions B and later
}

bool is_closing_punctuation(char32_t c) {
    return contains({',',       '.',       ';',       ':',       '?',       '!',       ')',
                     ']',       '}',       '%',       U'\u2019', U'\u201D', U'\u00BB', U'\u203A',
                     U'\u2026', U'\u2014', U'\u2027', U'\u00B7', U'\u30FB', U'\u3001', U'\u3002',
                     U'\u3009', U'\u300B', U'\u300D', U'\u300F', U'\u3011', U'\u3015', U'\u3017',
                     U'\u3019', U'\u301B', U'\u301E', U'\u301F', U'\uFF01', U'\uFF05', U'\uFF09',
                     U'\uFF0C', U'\uFF0E', U'\uFF1A', U'\uFF1B', U'\uFF1F', U'\uFF3D', U'\uFF5D',
                     U'\uFF60', U'\uFF63'},
                    c);
}

bool is_opening_punctuation(char32_t c) {
    return contains({'(',       '[',       '{',       U'\u2018', U'\u201C', U'\u00AB',
                     U'\u2039', U'\u3008', U'\u300A', U'\u300C', U'\u300E', U'\u3010',
                     U'\u3014', U'\u3016', U'\u3018', U'\u301A', U'\u301D', U'\uFF08',
                     U'\uFF3B', U'\uFF5B', U'\uFF5F', U'\uFF62'},
                    c);
}

LineEnd next_line(std::string_view text, float width, const Advance& advance) {
    // The widths are summed in the order Dear ImGui's ImFont::CalcWordWrapPositionA sums them
    // (a word's first character counts in line_width), so English breaks where it did before.
    float line_width = 0;     // the words before the current one and the blanks between them
    float word_width = 0;     // the current word (a CJK character is a word of its own)
    float blank_width = 0;    // blanks after the current word, not yet part of the line
    std::size_t word_end = 0; // the end of the current word
    std::size_t previous_word_end = kNone; // where the line ends if it breaks before this word
    bool after_blank = false;
    char32_t previous = 0; // the last code point that is not blank, 0 at the start
    std::size_t i = 0;
    while (i < text.size()) {
        const CodePoint cp = decode(text, i);
        const char32_t c = cp.value;
        const std::size_t next = i + cp.length;
        if (c == '\n')
            return {trim(text, i), next};
        if (c == '\r') {
            i = next;
            continue;
        }
        const float w = advance(c);
        if (is_blank(c)) {
            if (!after_blank)
                word_end = i;
            blank_width += w;
            after_blank = true;
        } else {
            const bool opportunity =
                previous != 0 && !is_closing_punctuation(c) && !is_opening_punctuation(previous) &&
                (after_blank || breaks_after(previous) || is_cjk(previous) || is_cjk(c));
            word_width += w;
            if (opportunity) {
                previous_word_end = word_end;
                line_width += word_width + blank_width;
                word_width = blank_width = 0;
            } else if (after_blank) { // blanks that are no break opportunity join the word
                word_width += blank_width;
                blank_width = 0;
            }
            word_end = next;
            after_blank = false;
            previous = c;
            if (line_width + word_width > width) {
                // A word that fits on a line of its own goes to the next line; a longer one is
                // cut before the character that does not fit.
                std::size_t end =
                    word_width < width && previous_word_end != kNone ? previous_word_end : i;
                if (end == 0)
                    end = cp.length; // not even one character fits: take one anyway
                const std::size_t line = trim(text, end);
                return {line, skip_blanks(text, end)};
            }
        }
        i = next;
    }
    return {trim(text, text.size()), text.size()};
}

} // namespace exposure
