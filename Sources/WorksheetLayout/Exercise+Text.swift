import LessonExercises
import LessonFormatting
import LessonMath

extension Exercise {
    /// The title and the prompt in the table's language, with the quantities as plain text.
    func texts(_ strings: StringTable) throws(StringTable.MissingKey) -> (title: String, prompt: String) {
        var values = symbols.mapValues(\.plainText)
        for (name, index) in indices { values[name] = String(index) }
        return (try strings.text(titleKey), try strings.text(promptKey, values))
    }

    /// Each line of the working: the first line `lhs relation symbolic`, then `= …` for each further
    /// line, so a long derivation breaks at its = signs.
    var workingLines: [String] {
        working.flatMap { equation in
            equation.lines.enumerated().map { index, line in
                index == 0
                    ? equation.lhs.plainText + equation.relation.plainText + line.expression.plainText
                    : "= " + line.expression.plainText
            }
        }
    }
}
