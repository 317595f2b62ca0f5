import BackpropEngine
import FigureLayout
import Foundation
import LessonFormatting
import Testing

/// The DOT export of the computational graph: the figure's nodes and edges, valid for Graphviz.
@Suite struct GraphDOTTests {
    /// The node statements and edge statements of a DOT text as written by `GraphDOT`.
    struct Statements {
        var labels: [Int: String] = [:]
        var forward: [(from: Int, to: Int)] = []
        var backward: [(from: Int, to: Int)] = []

        init(_ dot: String) {
            for line in dot.split(separator: "\n") {
                if let match = line.wholeMatch(of: /\ \ n(\d+) \[label="(.*)"\];/) {
                    labels[Int(match.1)!] = String(match.2)
                } else if let match = line.wholeMatch(of: /\ \ n(\d+) -> n(\d+) \[(.*)\];/) {
                    let edge = (from: Int(match.1)!, to: Int(match.2)!)
                    if match.3.contains("style=dashed") { backward.append(edge) } else { forward.append(edge) }
                }
            }
        }
    }

    @Test func everyScalarNodeIsANodeAndEveryInputAnEdgeBothWaysButIntoATarget() throws {
        let walkthrough = ExampleNetwork.sigmoidWithBiases.walkthrough
        let graph = walkthrough.graph
        let statements = Statements(try GraphDOT(walkthrough: walkthrough).text(testContext(.english)))
        #expect(statements.labels.count == graph.nodes.count)
        #expect(statements.labels.keys.sorted() == Array(graph.nodes.indices))
        let inputs = graph.nodes.enumerated().flatMap { index, node in node.inputs.map { "\($0)->\(index)" } }
        #expect(statements.forward.map { "\($0.from)->\($0.to)" } == inputs)
        let gradients = graph.nodes.enumerated().flatMap { index, node in
            node.inputs.filter { input in
                if case .target = graph.nodes[input].operation { false } else { true }
            }.map { "\($0)->\(index)" }
        }
        #expect(gradients.count == inputs.count - walkthrough.examples[0].target.count)
        #expect(statements.backward.map { "\($0.from)->\($0.to)" } == gradients)
    }

    @Test func labelsCarryNameValueAndGradientInThePageLanguage() throws {
        let walkthrough = ExampleNetwork.sigmoidWithBiases.walkthrough
        let cost = walkthrough.graph.cost
        for language in Language.allCases {
            let context = testContext(language)
            let labels = Statements(try GraphDOT(walkthrough: walkthrough).text(context)).labels
            let gradient = try context.strings.text(FigureString.graphGradient.rawValue, ["value": context.numbers.string(cost.gradient)])
            #expect(labels[walkthrough.graph.nodes.count - 1] == "C\\n\(context.numbers.string(cost.value))\\n\(gradient)")
        }
    }

    @Test func aNetworkWithoutBiasesHasNoBiasNodes() throws {
        let walkthrough = ExampleNetwork.seed004.walkthrough
        let labels = Statements(try GraphDOT(walkthrough: walkthrough).text(testContext(.english))).labels
        let biases = walkthrough.graph.nodes.filter { if case .bias = $0.operation { true } else { false } }.count
        #expect(biases > 0)
        #expect(labels.count == walkthrough.graph.nodes.count - biases)
        #expect(!labels.values.contains { $0.hasPrefix("b") })
    }

    @Test(arguments: ExampleNetwork.allCases)
    func hasOneNodePerBoxOfTheFigure(_ network: ExampleNetwork) throws {
        let context = testContext(.spanish)
        let boxes = try GraphFigure(walkthrough: network.walkthrough).scene(context).items.filter {
            if case .box(let box) = $0 { box.id?.hasPrefix("node-") == true } else { false }
        }
        #expect(Statements(try GraphDOT(walkthrough: network.walkthrough).text(context)).labels.count == boxes.count)
    }

    @Test(arguments: Theme.all)
    func edgesUseTheThemesPassColoursAndLineStyles(_ theme: Theme) throws {
        let dot = try GraphDOT(walkthrough: ExampleNetwork.seed004.walkthrough).text(testContext(.spanish, theme))
        #expect(dot.contains("rankdir=LR"))
        let edges = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(edges.filter { $0.contains("style=dashed") }
            .allSatisfy { $0.contains(theme.color(.backward).hexString) && $0.contains("dir=back") })
        #expect(edges.filter { !$0.contains("style=dashed") }.allSatisfy { $0.contains(theme.color(.forward).hexString) })
        #expect(dot.contains("bgcolor=\"\(theme.background?.hexString ?? "transparent")\""))
    }

    @Test func quotesAndBackslashesInStringsAreEscaped() throws {
        var strings = SiteStrings.table(.english).strings
        strings[FigureString.graphAlt.rawValue] = #"The "graph" of {sizes} \ all"#
        let context = FigureContext(
            strings: StringTable(language: .english, strings: strings), theme: .light, precision: 4,
            measurer: ConservativeMeasurer())
        let dot = try GraphDOT(walkthrough: ExampleNetwork.seed004.walkthrough).text(context)
        #expect(dot.hasPrefix(#"digraph "The \"graph\" of 2-2-1 \\ all" {"#))
    }

    @Test func theSameWalkthroughGivesTheSameText() throws {
        let walkthrough = ExampleNetwork.softmax.walkthrough
        #expect(try GraphDOT(walkthrough: walkthrough).text(testContext(.spanish))
            == GraphDOT(walkthrough: walkthrough).text(testContext(.spanish)))
    }

    /// Graphviz's `dot`, when installed (Debian: `apt-get install graphviz`).
    static let graphviz: URL? = (ProcessInfo.processInfo.environment["PATH"] ?? "")
        .split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("dot") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    @Test(.enabled(if: graphviz != nil, "needs Graphviz's dot"), arguments: ExampleNetwork.allCases)
    func graphvizLaysItOutWithoutComplaint(_ network: ExampleNetwork) throws {
        let dot = try GraphDOT(walkthrough: network.walkthrough).text(testContext(.spanish, .dark))
        let process = Process()
        process.executableURL = Self.graphviz
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let svg = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaints = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(complaints)")
        #expect(complaints.isEmpty)
        #expect(svg.contains("<svg"))
    }
}
