// Every colour of a figure other than heatmap cells goes through the page's CSS custom
// properties, so the site's light and dark themes apply. The fallbacks are mid-tones that
// read on white and on near-black alike, for pages that define no variables.

/// Theme-aware colours, as SVG attribute values.
enum Palette {
    /// Text: the surrounding text colour.
    static let text = "currentColor"
    /// Axis lines, ticks, outlines.
    static let axis = "var(--plot-axis, #888)"
    /// Grid lines.
    static let grid = "var(--plot-grid, #8884)"

    private static let fallbacks = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#17becf"]

    /// The colour of series `index` (cycling through `--plot-1` … `--plot-6`).
    static func series(_ index: Int) -> String {
        let slot = index % fallbacks.count
        return "var(--plot-\(slot + 1), \(fallbacks[slot]))"
    }

    /// A dash pattern for series `index`: solid for the first six, dashed for the next six, and so on,
    /// so that series sharing a colour still differ.
    static func dash(_ index: Int) -> String? {
        switch (index / fallbacks.count) % 3 {
        case 0: return nil
        case 1: return "6 3"
        default: return "2 3"
        }
    }
}
