import BackpropEngine

/// A new training example for practice, near a training set: each input drawn with one decimal
/// from its range in the data (widened by 0.5 on each side), different from every input of the
/// data, and the target of the nearest example of the data (its class, for one-hot targets).
enum PracticeExample {
    static func draw(near data: [TrainingExample], using generator: inout SplitMix64) -> TrainingExample {
        let inputCount = data[0].input.count
        let ranges = (0..<inputCount).map { k in
            (data.map { $0.input[k] }.min()! - 0.5, data.map { $0.input[k] }.max()! + 0.5)
        }
        var input: [Double]
        repeat {
            input = ranges.map { low, high in
                let lowest = Int((low * 10).rounded(.up)), count = Int((high * 10).rounded(.down)) - lowest + 1
                return Double(lowest + Int(generator.next() % UInt64(count))) / 10
            }
        } while data.contains { $0.input == input }
        let nearest = data.min { distance($0.input, input) < distance($1.input, input) }!
        return TrainingExample(input: input, target: nearest.target)
    }

    private static func distance(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
    }
}
