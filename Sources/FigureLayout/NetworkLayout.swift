/// Where the neurons and connections of a network sit: one column per layer, input on the left,
/// each column centred vertically. Layers of more than `maxDrawnNeurons` neurons are elided: their
/// first neurons, a ⋮ and their last neuron are drawn, so a 784-30-10 network stays a bounded figure.
public struct NetworkLayout: Equatable, Sendable {
    /// One layer's column.
    public struct Column: Equatable, Sendable {
        /// The drawn neurons (0-based indices into the layer), top to bottom.
        public let neurons: [Int]
        /// The centre of each drawn neuron.
        public let centers: [Point]
        /// Where a ⋮ goes, one for each run of neurons not drawn.
        public let ellipses: [Point]
        /// The first ⋮, if the layer is elided.
        public var ellipsis: Point? { ellipses.first }
        /// How many neurons of the layer are not drawn.
        public let hiddenCount: Int
        public let x: Double
    }

    /// A drawn connection wⱼₖ from neuron k of one layer to neuron j of the next.
    public struct Edge: Equatable, Sendable {
        /// The non-input layer it feeds (0 = first hidden), as in `Network.weights`.
        public let parameterLayer: Int
        public let row: Int
        public let column: Int
        /// On the boundary of the source neuron's circle.
        public let from: Point
        /// On the boundary of the target neuron's circle.
        public let to: Point

        /// The path id of this edge, which its labels name as their owner.
        public var id: String { NetworkLayout.edgeID(parameterLayer: parameterLayer, row: row, column: column) }

        /// The point at fraction `t` from `from` to `to`.
        public func point(at t: Double) -> Point {
            Point(x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t)
        }
    }

    /// Layers with more neurons than this are elided.
    public static let maxDrawnNeurons = 6
    /// How many leading neurons an elided layer shows before its ⋮ and last neuron.
    public static let leadingNeuronsOfElidedLayer = 3

    public let radius: Double
    public let columns: [Column]
    public let edges: [Edge]

    /// The layout of a network with `layerSizes`, with `layerSpacing` between column centres and
    /// `neuronSpacing` between neuron centres of a column; an elided layer draws the neurons
    /// `kept` names for it (e.g. the target class) among the ones it shows.
    public init(layerSizes: [Int], radius: Double, layerSpacing: Double, neuronSpacing: Double, kept: [[Int]] = []) {
        self.radius = radius
        columns = layerSizes.enumerated().map { index, size in
            let neurons = Self.drawnNeurons(ofLayerWith: size, keeping: index < kept.count ? kept[index] : [])
            // A slot per drawn neuron, and a ⋮ slot wherever neurons are skipped.
            var slotOfNeuron: [Int] = []
            var ellipsisSlots: [Int] = []
            var slot = 0
            for (position, neuron) in neurons.enumerated() {
                let previous = position == 0 ? -1 : neurons[position - 1]
                if neuron > previous + 1 {
                    ellipsisSlots.append(slot)
                    slot += 1
                }
                slotOfNeuron.append(slot)
                slot += 1
            }
            if let last = neurons.last, last < size - 1 {
                ellipsisSlots.append(slot)
                slot += 1
            }
            let slots = slot
            let x = Double(index) * layerSpacing
            func y(_ slot: Int) -> Double { (Double(slot) - Double(slots - 1) / 2) * neuronSpacing }
            return Column(
                neurons: neurons, centers: slotOfNeuron.map { Point(x: x, y: y($0)) },
                ellipses: ellipsisSlots.map { Point(x: x, y: y($0)) },
                hiddenCount: size - neurons.count, x: x)
        }
        var edges: [Edge] = []
        for (i, (source, target)) in zip(columns, columns.dropFirst()).enumerated() {
            for (j, end) in zip(target.neurons, target.centers) {
                for (k, start) in zip(source.neurons, source.centers) {
                    let dx = end.x - start.x, dy = end.y - start.y
                    let length = (dx * dx + dy * dy).squareRoot()
                    let ux = dx / length, uy = dy / length
                    edges.append(Edge(
                        parameterLayer: i, row: j, column: k,
                        from: Point(x: start.x + radius * ux, y: start.y + radius * uy),
                        to: Point(x: end.x - radius * ux, y: end.y - radius * uy)))
                }
            }
        }
        self.edges = edges
    }

    /// The neurons drawn of a layer of `size`: all of them, or `leadingNeuronsOfElidedLayer` + 1
    /// of them: those in `keeping` first (at most that many), then the last, then the first ones.
    public static func drawnNeurons(ofLayerWith size: Int, keeping: [Int] = []) -> [Int] {
        guard size > maxDrawnNeurons else { return Array(0..<size) }
        let count = leadingNeuronsOfElidedLayer + 1
        var drawn: [Int] = []
        for neuron in keeping where neuron >= 0 && neuron < size && !drawn.contains(neuron) && drawn.count < leadingNeuronsOfElidedLayer {
            drawn.append(neuron)
        }
        if !drawn.contains(size - 1) { drawn.append(size - 1) }
        var next = 0
        while drawn.count < count {
            if !drawn.contains(next) { drawn.append(next) }
            next += 1
        }
        return drawn.sorted()
    }

    /// The id of the circle of neuron `neuron` in layout column `column` (0 = input layer).
    public static func neuronID(column: Int, neuron: Int) -> String { "neuron-\(column)-\(neuron)" }

    /// The id of the path of wⱼₖ of the non-input layer `parameterLayer`.
    public static func edgeID(parameterLayer: Int, row: Int, column: Int) -> String {
        "edge-\(parameterLayer)-\(row)-\(column)"
    }
}
