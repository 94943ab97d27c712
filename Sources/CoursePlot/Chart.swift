/// What every kind of plot provides to the shared frame (axes, grid, legend, layout).
protocol Chart: Sendable {
    /// The x axis title (empty for none).
    var xTitle: String { get }
    /// The y axis title (empty for none).
    var yTitle: String { get }
    /// Legend entries (the legend is drawn only when there are two or more).
    var legend: Legend { get }
    /// Whether grid lines are drawn at the x ticks and at the y ticks.
    var grid: (x: Bool, y: Bool) { get }
    /// The axes for a plot area with these pixel edges (y grows downwards).
    func axes(left: Double, top: Double, right: Double, bottom: Double) -> (x: Axis, y: Axis)
    /// Pixels needed right of the plot area for extra furniture (the heatmap's colour bar).
    func extraRight(plotHeight: Double) -> Double
    /// Draws the data inside the frame.
    func drawData(into svg: inout SVGWriter, frame: Frame)
    /// Draws furniture outside the plot area (the colour bar), after the axes.
    func drawExtras(into svg: inout SVGWriter, frame: Frame)
}

extension Chart {
    func extraRight(plotHeight: Double) -> Double { 0 }
    func drawExtras(into svg: inout SVGWriter, frame: Frame) {}
}
