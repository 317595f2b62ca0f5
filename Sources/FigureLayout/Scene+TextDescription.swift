import Foundation

extension Scene {
    /// A deterministic text description, one line per item with coordinates to one decimal, for
    /// golden files and for reading a figure without drawing it.
    public var textDescription: String {
        func number(_ value: Double) -> String {
            let rounded = (value * 10).rounded() / 10
            return String(format: "%.1f", locale: nil, rounded == 0 ? 0 : rounded)
        }
        func point(_ p: Point) -> String { "(\(number(p.x)),\(number(p.y)))" }
        func rect(_ r: Rect) -> String { "[\(number(r.x)),\(number(r.y)) \(number(r.width))×\(number(r.height))]" }
        func stroke(_ s: Stroke?) -> String {
            guard let s else { return "none" }
            return s.color.hexString + "/" + number(s.width) + (s.dash.isEmpty ? "" : " dash " + s.dash.map(number).joined(separator: ","))
        }
        func font(_ f: FontStyle) -> String {
            number(f.size) + (f.bold ? " bold" : "") + (f.italic ? " italic" : "") + (f.family == .math ? " math" : "")
        }
        var lines = [
            "scene \(number(width))×\(number(height)) background \(background?.hexString ?? "none")",
            "title \(title)",
        ]
        for item in items {
            switch item {
            case .circle(let c):
                lines.append("circle \(c.id ?? "-") \(point(c.center)) r \(number(c.radius)) fill \(c.fill?.hexString ?? "none") stroke \(stroke(c.stroke))")
            case .box(let b):
                lines.append("box \(b.id ?? "-") \(rect(b.frame)) corner \(number(b.cornerRadius)) fill \(b.fill?.hexString ?? "none") stroke \(stroke(b.stroke))")
            case .path(let p):
                let segments = p.segments.map { segment -> String in
                    switch segment {
                    case .line(let to): "L" + point(to)
                    case .curve(let c1, let c2, let to): "C" + point(c1) + point(c2) + point(to)
                    }
                }
                lines.append("path \(p.id ?? "-") M\(point(p.start)) \(segments.joined(separator: " ")) stroke \(stroke(p.stroke))\(p.arrowAtEnd ? " arrow" : "")")
            case .text(let t):
                lines.append("text \"\(t.text)\" at \(point(t.origin)) size \(font(t.font)) \(t.color.hexString) box \(rect(t.bounds)) owner \(t.owner ?? "-") backdrop \(t.backdrop?.hexString ?? "none")")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
