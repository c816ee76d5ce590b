// WCAG 2.x contrast, for checking the quiz's palettes (instance.palette()).
// https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio and #dfn-relative-luminance

export function luminance(hex) {
  const value = parseInt(hex.replace('#', ''), 16);
  const channel = (shift) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

export function contrast(a, b) {
  const la = luminance(a), lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

// Every pair of palette colours the screens draw text with: [text, background, where].
export const TEXT_PAIRS = [
  ['text', 'background', 'headings, prompts, body text on the page'],
  ['text', 'surface', 'option labels, card text'],
  ['text', 'surface_hover', 'an option label under the mouse'],
  ['text', 'accent_soft', 'a chosen option, the privacy note'],
  ['text_muted', 'background', 'hints, "7 of 22", captions'],
  ['text_muted', 'surface', 'option details, answers on the results'],
  ['text_muted', 'accent_soft', 'a chosen option\'s detail, the privacy note'],
  ['accent_text', 'background', 'category label, "Why we ask", ghost buttons'],
  ['accent_text', 'surface', 'source links in cards'],
  ['accent_text', 'accent_soft', '"Prefer not to say" when on, recommendation numbers'],
  ['on_accent', 'accent', 'primary buttons (Start, Next, Copy link)'],
  ['on_accent', 'accent_hover', 'a primary button under the mouse'],
  ['on_accent', 'accent_press', 'a primary button pressed'],
  ['notice', 'notice_soft', 'a link that did not open'],
  ['text', 'notice_soft', 'a link that did not open'],
  ['good', 'good_soft', '"Saves N points"'],
  ['band_pill', 'band_pill_soft', '"+N" points on the results'],
  ['band_title_0', 'background', 'lowest band title'],
  ['band_title_25', 'background', 'band title'],
  ['band_title_50', 'background', 'middle band title'],
  ['band_title_75', 'background', 'band title'],
  ['band_title_100', 'background', 'highest band title'],
];
