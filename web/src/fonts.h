// Fonts: Noto Sans Regular and Bold (subset at build time, fetched by the JS loader), added to
// ImGui's atlas at size x devicePixelRatio with glyph ranges built from the strings on screen.
#pragma once

#include "imgui.h"

#include <string_view>
#include <vector>

namespace fonts {

enum class Face {
    Body,      // 17 px regular: prompts' options, paragraphs
    BodyBold,  // 17 px bold: buttons, option labels when chosen, list titles
    Small,     // 14 px regular: details, sources, captions
    SmallBold, // 14 px bold: category label, pills
    Heading,   // 24 px bold: question prompt, section titles
    Title,     // 30 px bold: quiz title, band title
    Display,   // 64 px bold: the score (digits only)
    Count
};

// Hands over the TTF bytes of a weight (0 = regular, 1 = bold). The atlas never owns them, so
// they can be re-added whenever the scale changes.
void set_ttf(int weight, std::vector<unsigned char> bytes);

// Every string the UI can draw with the text faces (quiz content); UI literals are added inside.
void add_text(std::string_view text);

// Rebuilds the atlas for `scale` if it differs from the current one, and uploads the texture when
// `upload` (that needs the GL context; without it the atlas only measures text). Returns true
// when the atlas was rebuilt.
bool build(float scale, bool upload);
// The next build() rebuilds whatever the scale (a restored GL context has lost the texture).
void invalidate();

ImFont* get(Face face);

} // namespace fonts
