//! The SVG pattern both two-partner circles share (the index's comparison,
//! the consultation's shares).

use leptos::prelude::*;

/// The hatching that marks the second partner's bars, so a circle never
/// tells the partners apart by colour alone.
#[component]
pub fn HatchDefs() -> impl IntoView {
    view! {
        <defs>
            <pattern id="hatch-b" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" class="hatch-bg" />
                <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" />
            </pattern>
        </defs>
    }
}
