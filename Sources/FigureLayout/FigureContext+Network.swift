import BackpropEngine
import LessonFormatting
import LessonNotation

extension FigureContext {
    /// The name of each layer, with its activation under it when `activations` is set.
    func layerHeadings(_ network: Network, activations: Bool) throws(StringTable.MissingKey) -> [[TextLine]] {
        var headings: [[TextLine]] = []
        for column in network.layerSizes.indices {
            // The lessons' layer number, as on the pages: the input layer is layer 1.
            let key: FigureString = column == 0 ? .layerInput : column == network.layerSizes.count - 1 ? .layerOutput : .layerHidden
            let name = try text(key, ["l": String(column + 1)])
            var lines = [TextLine(name, FigureFont.heading)]
            if activations, column > 0 {
                lines.append(TextLine(try activationName(network.activations[column - 1]), role: .secondaryText))
            }
            headings.append(lines)
        }
        return headings
    }

    /// The activation's name in the page language, the same as on the pages.
    func activationName(_ activation: Activation) throws(StringTable.MissingKey) -> String {
        try strings.text(activation.nameKey)
    }

    /// "{n} neurons not shown" for each elided layer, `nil` for layers drawn in full.
    func elisionNotes(_ network: Network) throws(StringTable.MissingKey) -> [String?] {
        var notes: [String?] = []
        for size in network.layerSizes {
            let hidden = size - NetworkLayout.drawnNeurons(ofLayerWith: size).count
            notes.append(hidden > 0 ? try text(.elided, ["n": String(hidden)]) : nil)
        }
        return notes
    }

    /// The neurons an elided layer must draw, by layer, in order until it has drawn enough: those the
    /// example file names (`shownNeurons`), then, of the output, the target class (the largest target)
    /// and the largest outputs of the first example.
    func keptNeurons(_ walkthrough: Walkthrough, step: Int) -> [[Int]] {
        let sizes = walkthrough.steps[step].network.layerSizes
        let target = walkthrough.examples[0].target
        let output = walkthrough.steps[step].forwardPasses[0].output
        let targetClass = target.indices.max { target[$0] < target[$1] }!
        let largest = output.indices.sorted { output[$0] > output[$1] }
        return sizes.indices.map { layer in
            (layer < shownNeurons.count ? shownNeurons[layer] : []) + (layer == sizes.count - 1 ? [targetClass] + largest : [])
        }
    }

    /// The note saying that only example 1 of `m` is drawn, when m > 1.
    func firstExampleNote(_ m: Int, _ key: FigureString = .firstExample) throws(StringTable.MissingKey) -> [[TextLine]] {
        m > 1 ? [[TextLine(try text(key, ["m": String(m)]), FigureFont.note, role: .secondaryText)]] : []
    }

    /// `alt`, and for a batch of `m` examples the sentence that its numbers are example 1's, so that
    /// a screen reader does not hear example 1's cost where the page gives the batch's.
    func altText(_ alt: String, examples m: Int) throws(StringTable.MissingKey) -> String {
        m > 1 ? alt + ". " + (try text(.firstExample, ["m": String(m)])) : alt
    }

    /// A legend line.
    func note(_ key: FigureString, _ values: [String: String] = [:]) throws(StringTable.MissingKey) -> [TextLine] {
        [TextLine(try text(key, values), FigureFont.note, role: .secondaryText)]
    }
}

extension Network {
    /// The layer sizes written as in the lessons, e.g. "2-2-1".
    var sizesDescription: String { layerSizes.map(String.init).joined(separator: "-") }

    /// Whether the figures show biases: some bias is not zero, or training moves them.
    func showsBiases(_ settings: TrainingSettings) -> Bool {
        settings.updateBiases || biases.contains { $0.contains { $0 != 0 } }
    }
}
