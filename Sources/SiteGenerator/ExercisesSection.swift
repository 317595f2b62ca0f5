/// The practice section at the end of an example page: each exercise's prompt and givens, and its
/// working (MathML markup) for a `<details>` element.
struct ExercisesSection {
    /// `given` is one line per group of given values (markup, lines separated by `<br>`).
    struct Item { let number: Int; let title, prompt, given: String; let working: [String] }

    let introduction: String
    let items: [Item]
    /// Says why there is no BP2 exercise, for a network without hidden layers.
    let noHidden: String?
}
