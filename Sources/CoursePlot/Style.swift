/// Fixed sizes of a figure's furniture, in pixels (SVG user units).
enum Style {
    /// Tick labels and legend text.
    static let fontSize = 12.0
    /// Axis titles and the colour bar title.
    static let titleFontSize = 13.0
    /// Length of tick marks (drawn outwards).
    static let tickLength = 5.0
    /// Gap between a tick mark and its label.
    static let tickGap = 3.0
    /// Space kept clear along the figure's edges.
    static let edge = 8.0
    /// Height of one legend row.
    static let legendRowHeight = 18.0
    /// Stroke width of lines, step traces and arrows.
    static let lineWidth = 2.0
    /// Radius of scatter markers.
    static let markerRadius = 3.5
    /// The smallest plot area side, however crowded the furniture.
    static let minimumPlotSide = 40.0
}
