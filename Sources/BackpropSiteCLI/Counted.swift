/// A count with its noun in the singular or the plural, for the terminal: "1 example", "2 examples".
enum Counted {
    static func phrase(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }
}
