// Fonts: Noto Sans Regular and Bold, and for Chinese a Noto Sans CJK subset in two files (the
// questions' glyphs, then the results' and sources'; all subset at build time, fetched by the JS
// loader), added to ImGui's atlas at size x devicePixelRatio with glyph ranges built from the
// strings each face draws.
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

// The font slots (eq_set_font in js_api.h).
enum Slot {
    kRegular = 0, // Noto Sans Regular
    kBold = 1,    // Noto Sans Bold
    kCjk = 2,     // Noto Sans CJK Regular (SC or TC): merged into every face after the Latin glyphs
    kCjkLater = 3, // the same font's glyphs that only the results and sources draw, merged after it
    kSlots
};

// Hands over the TTF bytes of a slot. The atlas never owns them, so they can be re-added
// whenever the scale changes.
void set_ttf(int slot, std::vector<unsigned char> bytes);

// A string `face` draws (quiz content). Latin glyphs go into every face as before; the glyphs
// only the CJK font has go into the faces that draw them, which keeps a Chinese atlas within one
// texture. UI literals are added inside.
void add_text(Face face, std::string_view text);
// A string of the UI's own (a string table): drawn by the body, small and heading faces.
void add_ui_text(std::string_view text);
// Forgets every string added so far: a quiz in another language brings its own glyphs, and the
// last language's would only fill the atlas.
void clear_text();

// Rebuilds the atlas for `scale` if it differs from the current one, and uploads the texture when
// `upload` (that needs the GL context; without it the atlas only measures text). Returns true
// when the atlas was rebuilt.
bool build(float scale, bool upload);
// The next build() rebuilds whatever the scale (a restored GL context has lost the texture).
void invalidate();

ImFont* get(Face face);

// What the last build made, for the page's diagnostics (eq_atlas in js_api.h).
struct AtlasInfo {
    int width = 0, height = 0; // the texture, px
    int max_size = 0;          // the largest texture side allowed (GL_MAX_TEXTURE_SIZE, <= 4096)
    float raster_scale = 1;    // < 1: the largest faces' CJK glyphs were rasterised smaller to fit
    int glyphs = 0;            // glyphs in all faces
    int missing = 0;           // characters a face draws that no font has (drawn as '?')
};
const AtlasInfo& atlas_info();

} // namespace fonts
