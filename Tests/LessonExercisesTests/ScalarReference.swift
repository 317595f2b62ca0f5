import BackpropEngine
import LessonExercises

/// The numbers the exercises ask for, worked out independently of the engine's matrix passes: from
/// the scalar computational graph (reverse mode over single numbers) of the practice example.
struct ScalarReference {
    let graph: ComputationGraph
    let network: Network
    let settings: TrainingSettings

    init(network: Network, example: TrainingExample, settings: TrainingSettings) {
        graph = ComputationGraph(network: network, example: example, loss: settings.loss)
        self.network = network
        self.settings = settings
    }

    func z(_ i: Int, _ j: Int) -> Double { graph.node(.sum(layer: i, neuron: j))!.value }
    func a(_ i: Int, _ j: Int) -> Double { graph.node(.activation(network.activations[i], layer: i, neuron: j))!.value }
    /// δˡⱼ = ∂C_x/∂zˡⱼ, the gradient of the sum node.
    func delta(_ i: Int, _ j: Int) -> Double { graph.node(.sum(layer: i, neuron: j))!.gradient }
    var cost: Double { graph.cost.value }
    /// ∂C/∂w for one example (m = 1): the graph's ∂C_x/∂w plus λw.
    func gradient(_ i: Int, _ j: Int, _ k: Int) -> Double {
        graph.node(.weight(layer: i, row: j, column: k))!.gradient + settings.regularization * network.weights[i][j, k]
    }
    func updated(_ i: Int, _ j: Int, _ k: Int) -> Double {
        network.weights[i][j, k] - settings.learningRate * gradient(i, j, k)
    }

    /// The values each exercise of `set` should have, in the order of its answers.
    func expected(_ exercise: Exercise.Kind, choice: ExerciseChoiceIndices) -> [Double] {
        let output = network.parameterLayerCount - 1
        switch exercise {
        case .forward: return [z(0, choice.forward), a(0, choice.forward)]
        case .cost: return [cost]
        case .outputError: return [delta(output, choice.output)]
        case .hiddenError: return [delta(output - 1, choice.hidden!)]
        case .weightGradient: return [gradient(output, choice.row, choice.column)]
        case .weightUpdate: return [updated(output, choice.row, choice.column)]
        }
    }
}

/// The neurons an exercise set chose, as plain numbers.
struct ExerciseChoiceIndices {
    let forward, output: Int
    let hidden: Int?
    let row, column: Int
}
