import LessonMath
import BackpropEngine
import ExampleFile
import Foundation
import LessonFormatting

/// What the example template shows, section by section, every formula already MathML markup and
/// every number formatted from the `Walkthrough`.
struct ExamplePage {
    struct Fact { let term, value: String }
    /// `biases` is `nil` for a network without biases.
    struct Parameters { let label, weights: String; let biases: String? }
    /// One training example as the teacher gave it.
    struct DataRow { let index, input, target: String }
    struct LayerForward { let heading, label, weightedInput, output: String }
    struct ExampleForward { let heading: String; let layers: [LayerForward] }
    struct Hidden { let label, derivative, error: String }
    struct ExampleBackward {
        let heading: String
        let outputLabel: String
        let costGradient, outputDerivative: String?
        let outputError: String
        let outputNote: String?
        let hidden: [Hidden]
    }
    /// `biasGradient` is `nil` for a network without biases (no BP3).
    struct LayerGradient { let label: String; let biasGradient: String?; let weightGradient: String }
    struct LayerUpdate { let label, weightUpdate: String; let biasUpdate: String? }
    struct Figures { let network, forward, backward, update, graph, loss: FigureReference? }
    struct GraphRow { let parameter, value, gradient: String }
    struct TrainingRow { let epoch: String; let cost: String }
    struct CheckRow { let parameter, backpropagation, numerical, relativeError: String }
    struct Download { let href, label: String }
    /// One of the source's names beside the lesson's symbol and its value.
    struct SourceRow { let name, symbol, value: String }
    /// The source's names translated into the lesson's notation, and one weight worked out its way.
    struct Source { let rows: [SourceRow]; let chainRuleText: String?; let chainRule: String? }
    /// The example before or after this one in learning order.
    struct Neighbour { let href, title: String }

    let frame: PageFrame
    let t: StringScope
    let title: String
    let summary: String?
    /// What to notice in this example.
    let notes: String?
    let previous, next: Neighbour?
    let figures: Figures
    let facts: [Fact]
    let dataText: String
    /// Every training example, in full.
    let data: [DataRow]
    /// How many examples "The data" leaves out and why; `nil` when it shows them all.
    let dataHidden: String?
    let parametersTitle, parametersText: String
    let parameters: [Parameters]
    let source: Source?
    let forward: [ExampleForward]
    let elided: String?
    let lossText: String
    let lossDefinition: String
    let costs: [String]
    let batchCost: String?
    let batchCostText: String
    let costSentence: String
    let networkText, forwardText, backwardText: String
    let backward: [ExampleBackward]
    let gradientsTitle: String
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
    let graphChainRule: String
    let graphGradientHeading: String
    let graphRows: [GraphRow]
    /// How many of the parameters the graph table lists, when not all.
    let graphRowsNote: String?
    /// The result of training; `nil` when it diverged, which `diverged` then says.
    let trainingSentence: String?
    let diverged: String?
    /// The introduction of the training section: the cost falling, or not, when training diverged.
    let trainingText: String
    let trainingRows: [TrainingRow]
    /// (C(θ + ε) − C(θ − ε)) / 2ε, the ε used, the relative error, and why backpropagation is used.
    let checkFormula, checkEpsilon, relativeErrorFormula, checkWhy: String
    let checkRows: [CheckRow]
    /// Says which parameters were checked and shown.
    let checkCount: String
    /// Sentences on parameters next to or at a kink of ReLU, checked one-sided or not compared.
    let checkKinks: [String]
    let checkSentence: String
    let downloads: [Download]
    let exercises: ExercisesSection
}
