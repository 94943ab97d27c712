/// One axis after layout: its scale and its labelled ticks.
struct Axis: Sendable {
    /// How a numeric axis chooses its interval from the data's.
    enum Fit: Sendable {
        /// Exactly the data's interval; ticks inside it.
        case tight
        /// Widened to the enclosing ticks, so the axis starts and ends on a labelled value.
        case extended
        /// Widened by this fraction of the data's span on each side; ticks inside.
        case padded(Double)
    }

    /// Data → pixels.
    var scale: LinearScale
    /// Tick positions, in data units.
    var ticks: [Double]
    /// One label per tick.
    var labels: [String]
    /// Whether the (x) tick labels are drawn slanted at −45° because they are too wide to stand upright.
    var slantsLabels = false

    /// The widest label, in pixels.
    var widestLabel: Double { labels.map { TextMetrics.width($0, size: Style.fontSize) }.max() ?? 0 }

    /// A numeric axis over `low...high` drawn from pixel `start` to `end`, with as many nice
    /// ticks as fit without crowding: horizontal labels keep 12 px apart, vertical ticks 20 px.
    static func numeric(_ low: Double, _ high: Double, fit: Fit, from start: Double, to end: Double,
                        horizontal: Bool, integers: Bool = false) -> Axis {
        var (low, high) = Ticks.sanitized(low, high)
        if case .padded(let fraction) = fit {
            let pad = (high - low) * fraction
            (low, high) = (low - pad, high + pad)
        }
        let length = abs(end - start)
        var maxCount = max(2, Int(length / (horizontal ? 60 : 30)))
        while true {
            let ticks: TickSet
            var domain = (low, high)
            switch fit {
            case .extended:
                ticks = Ticks.extending(low, high, maxCount: maxCount)
                domain = (ticks.lowest, ticks.highest)
            case .tight, .padded:
                ticks = Ticks.inside(low, high, maxCount: maxCount, integers: integers)
            }
            let scale = LinearScale(domain: domain.0, domain.1, range: start, end)
            let axis = Axis(scale: scale, ticks: ticks.values, labels: ticks.labels)
            let spacing = ticks.step.value * scale.pixelsPerUnit
            let needed = horizontal ? axis.widestLabel + 12 : 20
            if spacing >= needed || maxCount <= 2 { return axis }
            maxCount -= 1
        }
    }

    /// An axis of `count` equal bands (heatmap cells, bars), band `i` centred on `i + 0.5`,
    /// labelled by `label(i)` for every `every`-th band chosen so labels do not collide.
    static func bands(count: Int, from start: Double, to end: Double, horizontal: Bool,
                      labels: [String]? = nil) -> Axis {
        let count = max(count, 1)
        let scale = LinearScale(domain: 0, Double(count), range: start, end)
        let band = scale.pixelsPerUnit
        if let labels {
            // Categories: every label if they fit upright, else slanted, thinned when even that crowds.
            let widest = labels.map { TextMetrics.width($0, size: Style.fontSize) }.max() ?? 0
            let upright = !horizontal || widest + 8 <= band
            let room = upright ? (horizontal ? widest + 8 : 20) : Style.fontSize + 4
            let every = max(1, Int((room / band).rounded(.up)))
            let shown = Array(stride(from: 0, to: min(count, labels.count), by: every))
            return Axis(scale: scale, ticks: shown.map { Double($0) + 0.5 }, labels: shown.map { labels[$0] },
                        slantsLabels: !upright)
        }
        // Indices: nice integer steps.
        if count == 1 { return Axis(scale: scale, ticks: [0.5], labels: ["0"]) }
        var maxCount = max(2, Int(abs(end - start) / (horizontal ? 50 : 30)))
        while true {
            let ticks = Ticks.inside(0, Double(count - 1), maxCount: maxCount, integers: true)
            let axis = Axis(scale: scale, ticks: ticks.values.map { $0 + 0.5 }, labels: ticks.labels)
            let needed = horizontal ? axis.widestLabel + 12 : 20
            if ticks.step.value * band >= needed || maxCount <= 2 { return axis }
            maxCount -= 1
        }
    }
}
