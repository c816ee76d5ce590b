// Fonts: see fonts.h. One atlas, rebuilt (not stretched) when devicePixelRatio changes.
#include "fonts.h"

#include "imgui_impl_opengl3.h"

#include <array>
#include <string>

namespace fonts {

namespace {

struct FaceSpec {
    float size;
    int weight; // 0 regular, 1 bold
    bool digits_only;
};

constexpr std::array<FaceSpec, int(Face::Count)> kFaces = {{
    {17, 0, false}, // Body
    {17, 1, false}, // BodyBold
    {14, 0, false}, // Small
    {14, 1, false}, // SmallBold
    {24, 1, false}, // Heading
    {30, 1, false}, // Title
    {64, 1, true},  // Display
}};

constexpr float kLineBoxPerEm = 1.362f; // Noto Sans: (hhea ascender - descender) / unitsPerEm

// Non-ASCII characters the UI's own strings use (ASCII is always in). The one list of them:
// web/tools/collect_glyphs.py reads these escapes to put the glyphs into the font subset.
constexpr const char* kUiGlyphs = "\u2026\u2013\u2014\u2018\u2019\u201C\u201D\u00B7\u2022\u00A0";

struct FontData {
    std::vector<unsigned char> ttf[2];
    std::string text;         // content strings (glyph source)
    ImVector<ImWchar> ranges; // must outlive the atlas build
    ImVector<ImWchar> digit_ranges;
    bool ranges_dirty = true;
    float scale = 0;
    std::array<ImFont*, int(Face::Count)> faces{};
};

FontData g;

void build_ranges() {
    ImFontGlyphRangesBuilder builder;
    static const ImWchar ascii[] = {0x0020, 0x007E, 0};
    builder.AddRanges(ascii);
    builder.AddText(kUiGlyphs);
    builder.AddText(g.text.c_str(), g.text.c_str() + g.text.size());
    g.ranges.clear();
    builder.BuildRanges(&g.ranges);

    ImFontGlyphRangesBuilder digits;
    digits.AddText("0123456789/%-.");
    g.digit_ranges.clear();
    digits.BuildRanges(&g.digit_ranges);
    g.ranges_dirty = false;
}

} // namespace

void set_ttf(int weight, std::vector<unsigned char> bytes) {
    if (weight < 0 || weight > 1)
        return;
    g.ttf[weight] = std::move(bytes);
    g.scale = 0; // force a rebuild
}

void add_text(std::string_view text) {
    g.text.append(text);
    g.ranges_dirty = true;
    g.scale = 0;
}

void invalidate() {
    g.scale = 0;
}

bool build(float scale, bool upload) {
    if (scale == g.scale)
        return false;
    if (g.ranges_dirty)
        build_ranges();
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    atlas->Flags |= ImFontAtlasFlags_NoMouseCursors; // the browser draws the cursor
    for (int i = 0; i < int(Face::Count); i++) {
        const FaceSpec& spec = kFaces[i];
        std::vector<unsigned char>& ttf =
            g.ttf[spec.weight].empty() ? g.ttf[0] : g.ttf[spec.weight];
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false; // the bytes live in FontData, re-used on every rebuild
        config.OversampleH = spec.size * scale >= 36 ? 1 : 2;
        config.OversampleV = 1;
        config.PixelSnapH = false;
        // CSS sizes are em sizes; ImGui sizes a font by its line box (ascent - descent), which is
        // 1.362 em for Noto Sans: scale up so 17 px text is as large as 17 px text in the page.
        const float pixels = float(int(spec.size * kLineBoxPerEm * scale + 0.5f));
        if (ttf.empty()) { // the TTF failed to load: ImGui's own font, so the page still works
            config.SizePixels = pixels;
            g.faces[i] = atlas->AddFontDefault(&config);
            continue;
        }
        g.faces[i] =
            atlas->AddFontFromMemoryTTF(ttf.data(), int(ttf.size()), pixels, &config,
                                        spec.digits_only ? g.digit_ranges.Data : g.ranges.Data);
    }
    atlas->Build();
    if (upload) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    // The RGBA copy of the atlas is in the GPU now (or not needed); the CPU copies only cost
    // memory. A later upload rebuilds them from the TTF bytes, which the atlas does not own.
    atlas->ClearTexData();
    g.scale = scale;
    return true;
}

ImFont* get(Face face) {
    return g.faces[int(face)];
}

} // namespace fonts
