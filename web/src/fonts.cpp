// Fonts: see fonts.h. One atlas, rebuilt (not stretched) when devicePixelRatio changes.
#include "fonts.h"

#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"

#include <GLES3/gl3.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace fonts {

namespace {

struct FaceSpec {
    float size;
    int weight; // kRegular or kBold
    bool digits_only;
    bool ui_text; // draws strings of the UI's own (add_ui_text)
};

constexpr std::array<FaceSpec, int(Face::Count)> kFaces = {{
    {17, kRegular, false, true}, // Body
    {17, kBold, false, true},    // BodyBold
    {14, kRegular, false, true}, // Small
    {14, kBold, false, true},    // SmallBold
    {24, kBold, false, true},    // Heading
    {30, kBold, false, false},   // Title
    {64, kBold, true, false},    // Display
}};

constexpr float kLineBoxPerEm = 1.362f;    // Noto Sans: (hhea ascender - descender) / unitsPerEm
constexpr float kCjkLineBoxPerEm = 1.448f; // Noto Sans CJK: the same, so its em matches Latin's
constexpr int kLargestTexture = 4096;      // phones' WebGL limit (MAX_TEXTURE_SIZE)

// Non-ASCII characters the UI's own strings use (ASCII is always in). The one list of them:
// web/tools/collect_glyphs.py reads these escapes to put the glyphs into the font subset.
constexpr const char* kUiGlyphs = "\u2026\u2013\u2014\u2018\u2019\u201C\u201D\u00B7\u2022\u00A0";
// CJK punctuation a Chinese UI string may use: the same tool puts these into the CJK subsets.
constexpr const char* kUiCjkGlyphs = "\u3001\u3002\uFF0C\uFF1A\uFF1B\uFF1F\uFF01\uFF08\uFF09"
                                     "\u300C\u300D\u300A\u300B\u3000";

struct FontData {
    std::vector<unsigned char> ttf[kSlots];
    std::string text;                                // every face's strings: the Latin glyphs
    std::array<std::string, int(Face::Count)> drawn; // what each face draws: its CJK glyphs
    ImVector<ImWchar> ranges;                        // must outlive the atlas build
    ImVector<ImWchar> digit_ranges;
    std::array<ImVector<ImWchar>, int(Face::Count)> cjk_ranges;
    bool ranges_dirty = true;
    float scale = 0;
    bool backend_ready = false; // imgui_impl_opengl3's shaders exist (without its font texture)
    GLuint texture = 0;
    std::array<ImFont*, int(Face::Count)> faces{};
    AtlasInfo info;
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

    for (int i = 0; i < int(Face::Count); i++) {
        ImFontGlyphRangesBuilder face;
        if (kFaces[i].ui_text)
            face.AddText(kUiCjkGlyphs);
        face.AddText(g.drawn[i].c_str(), g.drawn[i].c_str() + g.drawn[i].size());
        g.cjk_ranges[i].clear();
        face.BuildRanges(&g.cjk_ranges[i]);
    }
    g.ranges_dirty = false;
}

// imgui_impl_opengl3 makes its shaders in CreateDeviceObjects(), which also uploads the atlas as
// RGBA32 (64 MB for a 4096x4096 atlas). Run it once on a 1x1 RGBA32 atlas and drop that texture:
// upload() puts the real atlas on the GPU without the RGBA32 copy. The 1x1 pixel is there because
// an empty atlas would make ImGui build its default font first (about 10 ms of the first frame).
void prepare_backend(ImFontAtlas* atlas) {
    atlas->Clear();
    atlas->TexWidth = atlas->TexHeight = 1;
    atlas->TexPixelsRGBA32 = static_cast<unsigned int*>(IM_ALLOC(sizeof(unsigned int)));
    *atlas->TexPixelsRGBA32 = 0; // freed by the Clear() below
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    atlas->Clear();
    g.backend_ready = true;
}

// The Alpha8 atlas as an RGBA texture (white, coverage in alpha: what the backend's shader
// expects), converted a strip of rows at a time so memory holds only the Alpha8 copy.
void upload(ImFontAtlas* atlas) {
    unsigned char* alpha = nullptr;
    int w = 0, h = 0;
    atlas->GetTexDataAsAlpha8(&alpha, &w, &h);
    if (g.texture)
        glDeleteTextures(1, &g.texture);
    GLint last = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &last);
    glGenTextures(1, &g.texture);
    glBindTexture(GL_TEXTURE_2D, g.texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    constexpr int kRows = 32;
    std::vector<std::uint32_t> strip(size_t(w) * kRows);
    for (int y = 0; y < h; y += kRows) {
        const int rows = std::min(kRows, h - y);
        const unsigned char* src = alpha + size_t(y) * size_t(w);
        for (size_t k = 0; k < size_t(w) * size_t(rows); k++)
            strip[k] = IM_COL32(255, 255, 255, src[k]);
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, y, w, rows, GL_RGBA, GL_UNSIGNED_BYTE, strip.data());
    }
    glBindTexture(GL_TEXTURE_2D, GLuint(last));
    atlas->SetTexID(ImTextureID(intptr_t(g.texture)));
}

// Adds every face at `scale`; CJK glyphs are rasterised at most `cjk_max_em` px per em (the
// largest faces are drawn from smaller bitmaps when the full size would not fit one texture).
void add_faces(ImFontAtlas* atlas, float scale, float cjk_max_em) {
    atlas->Clear();
    // The browser draws the cursor; a texture of the height it needs, not the next power of two.
    atlas->Flags |= ImFontAtlasFlags_NoMouseCursors | ImFontAtlasFlags_NoPowerOfTwoHeight;
    g.info.raster_scale = 1;
    for (int i = 0; i < int(Face::Count); i++) {
        const FaceSpec& spec = kFaces[i];
        std::vector<unsigned char>& ttf =
            g.ttf[spec.weight].empty() ? g.ttf[kRegular] : g.ttf[spec.weight];
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
        if (spec.digits_only || g.cjk_ranges[i].Size <= 1)
            continue;
        for (int slot : {kCjk, kCjkLater}) {
            std::vector<unsigned char>& cjk = g.ttf[slot];
            if (cjk.empty())
                continue;
            // Merged after the Latin glyphs (ImGui keeps the first font's glyph for a character
            // both have, and skips the characters a font lacks), at the same em; dense
            // ideographs need no horizontal oversampling, and whole-pixel advances keep them crisp.
            ImFontConfig merged;
            merged.FontDataOwnedByAtlas = false;
            merged.MergeMode = true;
            merged.OversampleH = 1;
            merged.OversampleV = 1;
            merged.PixelSnapH = true;
            const float em = pixels / kLineBoxPerEm;
            merged.RasterizerDensity = std::min(1.0f, cjk_max_em / em);
            g.info.raster_scale = std::min(g.info.raster_scale, merged.RasterizerDensity);
            atlas->AddFontFromMemoryTTF(cjk.data(), int(cjk.size()), em * kCjkLineBoxPerEm, &merged,
                                        g.cjk_ranges[i].Data);
        }
    }
    atlas->Build();
}

// Characters a face draws that no font in it has: ImGui draws its fallback glyph ('?') for them.
int count_missing() {
    int missing = 0;
    for (int i = 0; i < int(Face::Count); i++) {
        if (kFaces[i].digits_only || !g.faces[i])
            continue;
        std::vector<bool> seen(IM_UNICODE_CODEPOINT_MAX + 1);
        const char* s = g.drawn[i].c_str();
        const char* const end = s + g.drawn[i].size();
        while (s < end) {
            unsigned c = 0;
            s += ImTextCharFromUtf8(&c, s, end);
            if (c < 0x20 || c > IM_UNICODE_CODEPOINT_MAX || seen[c])
                continue;
            seen[c] = true;
            if (!g.faces[i]->FindGlyphNoFallback(ImWchar(c)))
                missing++;
        }
    }
    return missing;
}

} // namespace

void set_ttf(int slot, std::vector<unsigned char> bytes) {
    if (slot < 0 || slot >= kSlots)
        return;
    g.ttf[slot] = std::move(bytes);
    g.scale = 0; // force a rebuild
}

void add_text(Face face, std::string_view text) {
    g.text.append(text);
    g.drawn[int(face)].append(text);
    g.ranges_dirty = true;
    g.scale = 0;
}

void add_ui_text(std::string_view text) {
    for (int i = 0; i < int(Face::Count); i++)
        if (kFaces[i].ui_text)
            add_text(Face(i), text);
}

void clear_text() {
    g.text.clear();
    for (std::string& drawn : g.drawn)
        drawn.clear();
    g.ranges_dirty = true;
    g.scale = 0;
}

void invalidate() {
    g.scale = 0;
    g.backend_ready = false; // the context that had the shaders and the texture is gone
    g.texture = 0;
}

bool build(float scale, bool upload_texture) {
    if (scale == g.scale)
        return false;
    if (g.ranges_dirty)
        build_ranges();
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    if (upload_texture && !g.backend_ready)
        prepare_backend(atlas);
    GLint gl_max = kLargestTexture;
    if (upload_texture)
        glGetIntegerv(GL_MAX_TEXTURE_SIZE, &gl_max);
    g.info.max_size = std::min(int(gl_max), kLargestTexture);
    // Too many glyphs for one texture: rasterise the largest faces' CJK glyphs smaller, step by
    // step, rather than fail (they are drawn at their size from a smaller bitmap).
    float cjk_max_em = 1e9f;
    for (int attempt = 0;; attempt++) {
        add_faces(atlas, scale, cjk_max_em);
        if ((atlas->TexWidth <= g.info.max_size && atlas->TexHeight <= g.info.max_size) ||
            attempt == 8)
            break;
        const float largest = kFaces[int(Face::Title)].size * scale;
        cjk_max_em = std::min(cjk_max_em, largest) * 0.8f;
    }
    g.info.width = atlas->TexWidth;
    g.info.height = atlas->TexHeight;
    g.info.glyphs = 0;
    for (const ImFont* font : atlas->Fonts)
        g.info.glyphs += font->Glyphs.Size;
    g.info.missing = count_missing();
    if (upload_texture)
        upload(atlas);
    // The atlas is in the GPU now (or not needed); the CPU copy only costs memory. A later upload
    // rebuilds it from the TTF bytes, which the atlas does not own.
    atlas->ClearTexData();
    g.scale = scale;
    return true;
}

ImFont* get(Face face) {
    return g.faces[int(face)];
}

const AtlasInfo& atlas_info() {
    return g.info;
}

} // namespace fonts
