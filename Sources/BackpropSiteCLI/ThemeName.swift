import ArgumentParser
import FigureLayout

/// The `--theme` values: the names of `Theme.all`.
enum ThemeName: String, ArgumentWord {
    case light
    case dark
    case transparent
    case transparentDark = "transparent-dark"

    var theme: Theme {
        switch self {
        case .light: .light
        case .dark: .dark
        case .transparent: .transparent
        case .transparentDark: .transparentDark
        }
    }
}
