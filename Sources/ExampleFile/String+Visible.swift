extension String {
    /// The text as it can be shown in a message: control, format and separator characters other than
    /// the plain space (a right-to-left override U+202E, a zero-width space, a tab) are written as
    /// `\u{202E}`, so that they neither hide nor reorder the rest of the message; a text longer than
    /// 80 characters is cut there, with an ellipsis.
    var visible: String {
        var shown = ""
        for scalar in (count > 80 ? prefix(79) + "…" : self[...]).unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                shown += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            case .spaceSeparator where scalar != " ":
                shown += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default:
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}
