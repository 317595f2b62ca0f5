import BackpropEngine
import FigureLayout
import Foundation
import LessonFormatting
import LessonMath
import Testing
@testable import MathLayout

/// Golden scene descriptions of a representative set of typeset formulas, under Snapshots/: the four
/// equations in symbols, cases, a softmax fraction with nested scripts, and a batch gradient with
/// numbers broken over lines. A missing file is recorded; RECORD_SNAPSHOTS=1 records them again on purpose.
@Suite struct EquationSnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func formulas(_ name: String) throws -> [Equation] {
        let format = NumberFormat(precision: 4, decimalSeparator: ",")
        switch name {
        case "four-equations":
            return [.bp1, .bp2, .bp3, .bp4, .weightUpdate, .regularizedCost]
        case "activations":
            let z = MathML.quantity("z", .l), a = MathML.quantity("a", .l)
            return [MathML.softmaxJacobian] + [Activation.relu, .sigmoid, .softmax].compactMap { activation in
                MathML.activationDerivativeDefinition(activation, z: z, a: a, format).map { Equation(.apply(.sigmaPrime, z), symbolic: [$0]) }
            } + [Equation(a, symbolic: [.activationDefinition(.softmax, of: z, format)])]
        default:
            let example = try MathFixture.example("xor")
            let walkthrough = try example.walkthrough()
            let lesson = LessonEquations(
                step: walkthrough.steps[0], examples: walkthrough.examples, settings: walkthrough.settings, format: format)
            return LessonPart.gradients(layer: 2).equations(in: lesson)
        }
    }

    @Test(arguments: ["four-equations", "activations", "xor-gradients-layer2"])
    func typesetFormulasMatchTheirSnapshot(name: String) throws {
        let figure = EquationFigure(equations: try Self.formulas(name), accent: .backward, title: name)
        let actual = figure.scene(theme: .light, typesetter: MathFixture.typesetter).textDescription
        let file = Self.folder.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" || !FileManager.default.fileExists(atPath: file.path) {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        #expect(actual == (try String(contentsOf: file, encoding: .utf8)), "\(name).txt differs; RECORD_SNAPSHOTS=1 if intended")
    }
}
