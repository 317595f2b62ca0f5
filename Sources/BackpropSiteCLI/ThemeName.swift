import ArgumentParser
import FigureLayout

/// The `--theme` values: the names of `Theme.all`.
enum ThemeName: String, ExpressibleByArgument, CaseIterable {
    case light
    case dark
    case transparent

    var theme: Theme {
        switch self {
        case .light: .light
        case .dark: .dark
        case .transparent: .transparent
        }
    }
}
