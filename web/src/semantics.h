// The DOM semantics layer's side in the module. The layer itself is JS
// (exposure-quiz.js, [SECTION] Semantics layer): a transparent DOM form over the canvas, rebuilt
// from instance.items(). This side tells it when the items changed, and takes its focus,
// activations and the reader's preferences (reduced motion, more contrast):
//   eq_semantics()                  DOM focus mode: ImGui's keyboard navigation is off
//   eq_activate(id)                 the item acts as if clicked in the next frame
//   eq_focus(id, visible)           DOM focus is on item `id` (0: none); draw the ring if visible
//   eq_set_preferences(reduce_motion, more_contrast)
//   eq_palette()                    the current palette as JSON {name: "#rrggbb"} (contrast tests)
#pragma once

namespace semantics {

// Call after ui::end_frame(): calls Module.eqItems() when the published items changed.
void frame_done();

} // namespace semantics
