import Foundation

/// The results of one `make bench`: one row per measurement, as a table for people and JSON for tools.
struct BenchmarkReport: Encodable {
    /// One measurement, with its peer's when there is one.
    struct Row: Encodable {
        var group: String
        var name: String
        /// Seconds, or examples per second when `unit` says so.
        var value: Double
        var unit: String
        var peer: String?
        var peerValue: Double?
        /// How many times faster than the peer (peer time / our time, or our rate / peer rate).
        var speedup: Double?
        /// The goal, in words (“≤ 1.5 s”, “≥ 5× dot”).
        var target: String
        var met: Bool
    }

    var date: String
    var machine: String
    var processors: Int
    var rows: [Row] = []
    /// Facts the rows depend on (graph sizes, pixel sizes, weight agreement).
    var notes: [String] = []

    init() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        date = formatter.string(from: Date())
        processors = ProcessInfo.processInfo.activeProcessorCount
        let cpuInfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        machine = cpuInfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { String($0.split(separator: ":", maxSplits: 1)[1]).trimmingCharacters(in: .whitespaces) } ?? "unknown"
    }

    /// A time against a ceiling.
    mutating func time(_ group: String, _ name: String, _ seconds: Double, atMost limit: Double? = nil) {
        rows.append(Row(
            group: group, name: name, value: seconds, unit: "s", target: limit.map { "≤ \(Self.duration($0))" } ?? "",
            met: limit.map { seconds <= $0 } ?? true))
        print("  \(name): \(Self.duration(seconds))")
    }

    /// A time against a peer's time for the same work.
    mutating func time(_ group: String, _ name: String, _ seconds: Double, peer: String, _ peerSeconds: Double, atLeast factor: Double? = nil) {
        let speedup = peerSeconds / seconds
        rows.append(Row(
            group: group, name: name, value: seconds, unit: "s", peer: peer, peerValue: peerSeconds, speedup: speedup,
            target: factor.map { "≥ \(Self.number($0))× \(peer)" } ?? "", met: factor.map { speedup >= $0 } ?? true))
        print("  \(name): \(Self.duration(seconds)), \(peer) \(Self.duration(peerSeconds)): \(Self.number(speedup))×")
    }

    /// A rate against a peer's rate.
    mutating func rate(_ group: String, _ name: String, _ perSecond: Double, unit: String, peer: String, _ peerPerSecond: Double, atLeast factor: Double) {
        let speedup = perSecond / peerPerSecond
        rows.append(Row(
            group: group, name: name, value: perSecond, unit: unit, peer: peer, peerValue: peerPerSecond, speedup: speedup,
            target: "≥ \(Self.number(factor))× \(peer)", met: speedup >= factor))
        print("  \(name): \(Int(perSecond)) \(unit), \(peer) \(Int(peerPerSecond)): \(Self.number(speedup))×")
    }

    /// Any other checked quantity.
    mutating func check(_ group: String, _ name: String, _ value: Double, unit: String, target: String, met: Bool) {
        rows.append(Row(group: group, name: name, value: value, unit: unit, target: target, met: met))
        print("  \(name): \(Self.number(value)) \(unit) (\(target): \(met ? "met" : "MISSED"))")
    }

    mutating func note(_ text: String) {
        notes.append(text)
        print("  note: \(text)")
    }

    /// The Markdown table of Benchmarks/README.md.
    var table: String {
        var lines = [
            "Measured \(date) on \(machine), \(processors) processors.", "",
            "| group | measurement | ours | peer | speed-up | target | met |", "| --- | --- | ---: | ---: | ---: | --- | --- |",
        ]
        for row in rows {
            let ours = row.unit == "s" ? Self.duration(row.value) : "\(Self.number(row.value)) \(row.unit)"
            let peer = row.peerValue.map { "\(row.peer!) " + (row.unit == "s" ? Self.duration($0) : "\(Self.number($0)) \(row.unit)") } ?? ""
            let speedup = row.speedup.map { Self.number($0) + "×" } ?? ""
            lines.append("| \(row.group) | \(row.name) | \(ours) | \(peer) | \(speedup) | \(row.target) | \(row.target.isEmpty ? "" : row.met ? "yes" : "**no**") |")
        }
        if !notes.isEmpty { lines += [""] + notes.map { "- " + $0 } }
        return lines.joined(separator: "\n")
    }

    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    static func duration(_ seconds: Double) -> String {
        seconds >= 1 ? String(format: "%.2f s", seconds) : seconds >= 0.01 ? String(format: "%.0f ms", seconds * 1000)
            : String(format: "%.2f ms", seconds * 1000)
    }

    static func number(_ value: Double) -> String {
        value != 0 && abs(value) < 0.01 ? String(format: "%.1e", value) : value >= 100 ? String(format: "%.0f", value) : value >= 10 ? String(format: "%.1f", value) : String(format: "%.2f", value)
    }
}
