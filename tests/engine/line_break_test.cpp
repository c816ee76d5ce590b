// Line breaking: one rule a case. Every code point is 1 unit wide, so widths count characters.
#include "exposure/line_break.hpp"

#include <catch_amalgamated.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace exposure;

namespace {

float one_unit(char32_t) {
    return 1;
}

// The text broken into lines `width` wide, each without its trailing spaces.
std::vector<std::string> lines(std::string_view text, float width) {
    std::vector<std::string> out;
    while (!text.empty()) {
        const LineEnd line = next_line(text, width, one_unit);
        out.emplace_back(text.substr(0, line.end));
        text.remove_prefix(line.next);
    }
    return out;
}

using Lines = std::vector<std::string>;

// Where the first line ends and where the next one starts.
std::pair<std::size_t, std::size_t> first_line(std::string_view text, float width) {
    const LineEnd line = next_line(text, width, one_unit);
    return {line.end, line.next};
}

using Ends = std::pair<std::size_t, std::size_t>;

} // namespace

TEST_CASE("English breaks at the last space that fits", "[line_break]") {
    CHECK(lines("the quick brown fox", 10) == Lines{"the quick", "brown fox"});
}

TEST_CASE("text that fits is one line without its trailing spaces", "[line_break]") {
    CHECK(first_line("hello  ", 10) == Ends{5, 7});
}

TEST_CASE("the next line starts after the spaces the line broke at", "[line_break]") {
    CHECK(first_line("ab   cd", 4) == Ends{2, 5});
}

TEST_CASE("a Latin word longer than the line breaks after the last character that fits",
          "[line_break]") {
    CHECK(lines("abcdefgh", 5) == Lines{"abcde", "fgh"});
}

TEST_CASE("a line holds one character even when none fits", "[line_break]") {
    CHECK(lines("中文", 0.5f) == Lines{"中", "文"});
}

TEST_CASE("a newline always breaks the line", "[line_break]") {
    CHECK(first_line("ab\ncd", 10) == Ends{2, 3});
}

TEST_CASE("Chinese breaks between any two characters", "[line_break]") {
    CHECK(lines("中文文本换行", 4) == Lines{"中文文本", "换行"});
}

TEST_CASE("a line never starts with closing punctuation", "[line_break]") {
    CHECK(lines("中文，文本。", 2) == Lines{"中", "文，", "文", "本。"});
}

TEST_CASE("a run of closing punctuation moves to the next line with the character before it",
          "[line_break]") {
    CHECK(lines("文本。」下", 3) == Lines{"文", "本。」", "下"});
}

TEST_CASE("a line never ends with opening punctuation", "[line_break]") {
    CHECK(lines("中文（注", 3) == Lines{"中文", "（注"});
}

TEST_CASE("mixed Chinese and Latin breaks where a CJK character meets a Latin word",
          "[line_break]") {
    CHECK(lines("使用WeChat聊天", 4) == Lines{"使用", "WeCh", "at聊天"});
    CHECK(lines("使用WeChat聊天", 7) == Lines{"使用", "WeChat聊", "天"});
}

TEST_CASE("closing punctuation after a space stays on the line before it", "[line_break]") {
    CHECK(lines("wait for it !", 12) == Lines{"wait for", "it !"});
}

TEST_CASE("opening punctuation before a space goes to the next line with what follows",
          "[line_break]") {
    CHECK(lines("ab ( cd", 5) == Lines{"ab", "( cd"});
}

TEST_CASE("an ideographic space is a space: it is not drawn at the end of a line", "[line_break]") {
    CHECK(first_line("中文\u3000文本", 2.5f) == Ends{6, 9});
}

TEST_CASE("English may break after a full stop inside a word, as Dear ImGui's word wrap does",
          "[line_break]") {
    CHECK(lines("see example.com/path", 14) == Lines{"see example.", "com/path"});
}

TEST_CASE("a byte that is not UTF-8 counts as one character", "[line_break]") {
    CHECK(lines("a\xff"
                "bc",
                3) == Lines{"a\xff"
                            "b",
                            "c"});
}

TEST_CASE("advances decide the width: wide characters take more of the line", "[line_break]") {
    const auto wide_cjk = [](char32_t c) { return is_cjk(c) ? 2.0f : 1.0f; };
    const LineEnd line = next_line("ab中文字", 6, wide_cjk);
    CHECK(line.end == std::string_view("ab中文").size());
}

TEST_CASE("punctuation classes: closing, opening and CJK", "[line_break]") {
    for (const char32_t c :
         {U'，', U'。', U'、', U'；', U'：', U'？', U'！', U'）', U'」', U'』', U'】', U'》',
          U'．', U'％', U'］', U'｝', U'…',  U'—',  U'‧',  U'·',  U')',  U'%',  U'”',  U'’'})
        CHECK(is_closing_punctuation(c));
    for (const char32_t c : {U'（', U'「', U'『', U'【', U'《', U'“', U'‘', U'('})
        CHECK(is_opening_punctuation(c));
    for (const char32_t c : {U'中', U'文', U'か', U'カ', U'，', U'Ａ', U'\u3000'})
        CHECK(is_cjk(c));
    for (const char32_t c : {U'a', U'1', U' ', U'é', U'—'})
        CHECK_FALSE(is_cjk(c));
}
