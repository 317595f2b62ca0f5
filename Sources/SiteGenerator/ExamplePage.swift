import LessonMath
import BackpropEngine
import ExampleFile
import Foundation
import LessonFormatting

/// What the example template shows, section by section, every formula already MathML markup and
/// every number formatted from the `Walkthrough`.
struct ExamplePage {
    struct Fact { let term, value: String }
    struct Parameters { let label, weights, biases: String }
    struct LayerForward { let heading, label, weightedInput, output: String }
    struct ExampleForward { let heading: String; let layers: [LayerForward] }
    struct Hidden { let label, derivative, error: String }
    struct ExampleBackward {
        let heading: String
        let costGradient, outputDerivative: String?
        let outputError: String
        let outputNote: String?
        let hidden: [Hidden]
    }
    struct LayerGradient { let label, biasGradient, weightGradient: String }
    struct LayerUpdate { let label, weightUpdate: String; let biasUpdate: String? }
    struct Figures { let network, forward, backward, update, graph, loss: FigureReference? }
    struct GraphRow { let parameter, value, gradient: String }
    struct TrainingRow { let epoch: String; let cost: String }
    struct CheckRow { let parameter, backpropagation, numerical, relativeError: String }
    struct Download { let href, label: String }

    let frame: PageFrame
    let t: StringScope
    let title: String
    let summary: String?
    let figures: Figures
    let facts: [Fact]
    let data: [String]
    let parameters: [Parameters]
    let forward: [ExampleForward]
    let elided: String?
    let lossText: String
    let lossDefinition: String
    let costs: [String]
    let batchCost: String?
    let costSentence: String
    let backward: [ExampleBackward]
    let gradientText: String
    let gradients: [LayerGradient]
    let updates: [LayerUpdate]
    let biasesFrozen: Bool
    let forwardAfter: [LayerForward]
    let costsAfter: [String]
    let batchCostAfter: String?
    let updateSentence: String
    let laterSteps: [String]
    let hasLaterSteps: Bool
    let graphSentence: String
    let graphRows: [GraphRow]
    let trainingSentence: String
    let diverged: String?
    let trainingRows: [TrainingRow]
    let checkRows: [CheckRow]
    /// Says which parameters were checked and shown, when not all of them are.
    let checkSubset: String?
    let checkSentence: String
    let downloads: [Download]
    let exercises: ExercisesSection
}
