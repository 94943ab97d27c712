/// A labelled box of a diagram, for `Figure.diagram`.
///
/// Positions and sizes are in diagram units, any scale you like, with y growing downwards (as
/// you would sketch on paper): the figure scales the whole drawing to fit, keeping proportions.
public struct DiagramBox: Sendable {
    /// How a box is drawn.
    public enum Look: Sendable, Hashable {
        /// An outlined box.
        case plain
        /// Tinted and outlined in series colour `index` (0 is the first plot colour): for the
        /// boxes a reader should notice, such as what is cached.
        case highlighted(Int)
        /// Text only, no outline: captions and group titles.
        case text
    }

    /// The name links use to refer to the box; unique within a diagram.
    public var id: String
    /// The text inside the box; "\n" starts a new line.
    public var label: String
    /// The box's centre, in diagram units.
    public var center: (x: Double, y: Double)
    /// The box's width and height, in diagram units.
    public var size: (width: Double, height: Double)
    /// How the box is drawn.
    public var look: Look

    /// A box named `id` showing `label`, centred at `center`.
    public init(_ id: String, _ label: String, at center: (Double, Double), size: (Double, Double) = (10, 4),
                look: Look = .plain) {
        self.id = id
        self.label = label
        self.center = (x: center.0, y: center.1)
        self.size = (width: size.0, height: size.1)
        self.look = look
    }
}

/// An arrow between two boxes of a diagram, for `Figure.diagram`.
public struct DiagramLink: Sendable {
    /// The `id` of the box the arrow leaves.
    public var from: String
    /// The `id` of the box the arrow points to.
    public var to: String
    /// Text written beside the middle of the arrow (an operation, a matrix); empty for none.
    public var label: String
    /// Whether the arrow is dashed (for example, a path taken only at inference).
    public var dashed: Bool

    /// An arrow from box `from` to box `to`.
    public init(_ from: String, _ to: String, label: String = "", dashed: Bool = false) {
        self.from = from
        self.to = to
        self.label = label
        self.dashed = dashed
    }
}

/// Boxes and arrows, drawn without axes: data-flow pictures and layouts of coordinates.
struct DiagramChart: Chart {
    let boxes: [DiagramBox]
    let links: [DiagramLink]

    var xTitle: String { "" }
    var yTitle: String { "" }
    var legend: Legend { Legend(entries: []) }
    var grid: (x: Bool, y: Bool) { (false, false) }
    func axes(left: Double, top: Double, right: Double, bottom: Double) -> (x: Axis, y: Axis) {
        (Axis.numeric(0, 1, fit: .tight, from: left, to: right, horizontal: true),
         Axis.numeric(0, 1, fit: .tight, from: bottom, to: top, horizontal: false))
    }
    func drawData(into svg: inout SVGWriter, frame: Frame) {}

    /// Line height of box labels, in pixels.
    static let lineHeight = 15.0

    /// A box after layout, in pixels.
    private struct Placed {
        let box: DiagramBox
        let x: Double, y: Double, halfWidth: Double, halfHeight: Double
    }

    /// Draws the whole diagram into a `width` × `height` figure.
    func draw(into svg: inout SVGWriter, width: Double, height: Double) {
        func n(_ value: Double) -> String { Format.number(value) }
        let usable = boxes.filter {
            $0.center.x.isFinite && $0.center.y.isFinite && $0.size.width.isFinite && $0.size.height.isFinite
                && $0.size.width > 0 && $0.size.height > 0
        }
        guard !usable.isEmpty else { return }
        // Fit the boxes' bounding rectangle into the figure, same scale on both axes, centred.
        let minX = usable.map { $0.center.x - $0.size.width / 2 }.min()!
        let maxX = usable.map { $0.center.x + $0.size.width / 2 }.max()!
        let minY = usable.map { $0.center.y - $0.size.height / 2 }.min()!
        let maxY = usable.map { $0.center.y + $0.size.height / 2 }.max()!
        let margin = Style.edge + 4
        let scale = min((width - 2 * margin) / max(maxX - minX, 1e-9), (height - 2 * margin) / max(maxY - minY, 1e-9))
        let offsetX = (width - (maxX - minX) * scale) / 2 - minX * scale
        let offsetY = (height - (maxY - minY) * scale) / 2 - minY * scale
        var placed: [String: Placed] = [:]
        var order: [Placed] = []
        for box in usable where placed[box.id] == nil {
            let p = Placed(box: box, x: offsetX + box.center.x * scale, y: offsetY + box.center.y * scale,
                           halfWidth: box.size.width * scale / 2, halfHeight: box.size.height * scale / 2)
            placed[box.id] = p
            order.append(p)
        }

        // Arrows first, so boxes and their labels sit on top.
        svg.open("g", [("class", "links"), ("fill", Palette.axis), ("stroke", Palette.axis)])
        for link in links {
            guard let a = placed[link.from], let b = placed[link.to], link.from != link.to else { continue }
            let dx = b.x - a.x, dy = b.y - a.y
            let length = (dx * dx + dy * dy).squareRoot()
            guard length > 0 else { continue }
            let direction = (x: dx / length, y: dy / length)
            let start = Self.edgePoint(of: a, toward: direction, gap: 2)
            let tip = Self.edgePoint(of: b, toward: (x: -direction.x, y: -direction.y), gap: 2)
            let shaft = (tip.x - start.x) * direction.x + (tip.y - start.y) * direction.y
            guard shaft > 4 else { continue }
            let head = min(9, shaft * 0.4)
            let base = (x: tip.x - direction.x * head, y: tip.y - direction.y * head)
            var line: [(String, String)] = [("d", "M\(n(start.x)) \(n(start.y))L\(n(base.x)) \(n(base.y))"),
                                            ("fill", "none"), ("stroke-width", "1.5")]
            if link.dashed { line.append(("stroke-dasharray", "5 3")) }
            svg.empty("path", line)
            let half = head * 0.45
            let normal = (x: -direction.y * half, y: direction.x * half)
            svg.empty("path", [("d", "M\(n(tip.x)) \(n(tip.y))L\(n(base.x + normal.x)) \(n(base.y + normal.y))"
                                      + "L\(n(base.x - normal.x)) \(n(base.y - normal.y))Z"), ("stroke", "none")])
            if !link.label.isEmpty {
                // Beside the middle of the arrow: to the right of a mostly vertical arrow; above an arrow that is
                // level or rises, below one that falls, so that two arrows fanning out of one box keep their
                // labels apart.
                let middle = (x: (start.x + tip.x) / 2, y: (start.y + tip.y) / 2)
                let vertical = abs(direction.y) > abs(direction.x)
                let falls = direction.y > 0.05
                let x = vertical ? middle.x + 6 : middle.x
                let y = vertical ? middle.y + 4 : (falls ? middle.y + 15 : middle.y - 6)
                svg.element("text", [("x", n(x)), ("y", n(y)), ("text-anchor", vertical ? "start" : "middle"),
                                     ("fill", Palette.text), ("stroke", "none")], content: link.label)
            }
        }
        svg.close()

        svg.open("g", [("class", "boxes")])
        for p in order {
            switch p.box.look {
            case .plain:
                svg.empty("rect", Self.rect(p) + [("fill", "none"), ("stroke", Palette.axis), ("stroke-width", "1.5")])
            case .highlighted(let index):
                let color = Palette.series(index)
                svg.empty("rect", Self.rect(p) + [("fill", color), ("fill-opacity", "0.15"), ("stroke", color),
                                                  ("stroke-width", "2")])
            case .text:
                break
            }
            let lines = p.box.label.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let firstBaseline = p.y - Double(lines.count - 1) * Self.lineHeight / 2 + 4
            for (index, line) in lines.enumerated() where !line.isEmpty {
                svg.element("text", [("x", n(p.x)), ("y", n(firstBaseline + Double(index) * Self.lineHeight)),
                                     ("text-anchor", "middle")], content: line)
            }
        }
        svg.close()
    }

    /// The attributes of a box's rounded rectangle.
    private static func rect(_ p: Placed) -> [(String, String)] {
        func n(_ value: Double) -> String { Format.number(value) }
        return [("x", n(p.x - p.halfWidth)), ("y", n(p.y - p.halfHeight)), ("width", n(2 * p.halfWidth)),
                ("height", n(2 * p.halfHeight)), ("rx", "5")]
    }

    /// Where a ray from the centre of `p` along the unit vector `direction` leaves its rectangle, `gap` pixels further out.
    private static func edgePoint(of p: Placed, toward direction: (x: Double, y: Double), gap: Double) -> (x: Double, y: Double) {
        let tx = direction.x == 0 ? Double.infinity : p.halfWidth / abs(direction.x)
        let ty = direction.y == 0 ? Double.infinity : p.halfHeight / abs(direction.y)
        let t = min(tx, ty) + gap
        return (p.x + direction.x * t, p.y + direction.y * t)
    }
}
