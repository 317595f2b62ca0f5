import BackpropEngine
import ExampleFile
import LessonExercises
import LessonFormatting
import LessonMath

extension PageBuilder {
    /// The exercises of `example`'s page, on a practice example of its own (see `ExerciseSet.practice`).
    func exercisesSection(
        example: Example, walkthrough: Walkthrough, table: StringTable, format: NumberFormat
    ) throws -> ExercisesSection {
        let set = try ExerciseSet.practice(
            network: walkthrough.initialNetwork, data: walkthrough.examples, settings: walkthrough.settings,
            format: format, seed: ExerciseSet.seed(named: example.id))
        // Each pair its own formula, so that a long line breaks between pairs on a phone.
        let separator = Exercise.pairSeparator(format) + " "
        let items = try set.exercises.enumerated().map { index, exercise in
            var values = exercise.symbols.mapValues(\.inlineMarkup)
            for (name, value) in exercise.indices { values[name] = String(value) }
            return ExercisesSection.Item(
                number: index + 1, title: try table.text(exercise.titleKey), prompt: try table.text(exercise.promptKey, values),
                given: exercise.given.map { $0.map(\.inlineMarkup).joined(separator: separator) }.joined(separator: "<br>"),
                working: exercise.working.map(\.markup))
        }
        return ExercisesSection(
            introduction: try table.text(
                "exercises.text", [
                    "example": set.exampleStatement(format).inlineMarkup, "digits": String(format.precision),
                    "single": MathML.row([.m, .equals, .integer(1)]).inlineMarkup,
                ]),
            items: items,
            noHidden: set.choice.hiddenNeuron == nil ? try table.text("exercises.noHidden") : nil)
    }
}
