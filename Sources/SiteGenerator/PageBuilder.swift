import LessonMath
import BackpropEngine
import ExampleFile
import LessonFormatting
import LessonNotation

/// Makes the site's pages from values: the language chooser, each language's home page and each
/// example's page. Pure: templates and strings come in, HTML text goes out.
public struct PageBuilder: Sendable {
    public let templates: SiteTemplates
    /// The address the site is published at, ending in "/", when known (see `SiteBuild.baseURL`).
    public let baseURL: String?

    public init(templates: SiteTemplates, baseURL: String? = nil) {
        self.templates = templates
        self.baseURL = baseURL
    }

    /// `model` rendered with the template `name`, every h2 and h3 given an anchor a reader can copy.
    func page(_ model: Any, template name: String, strings table: StringTable) throws -> String {
        HeadingAnchors.add(to: templates.render(model, template: name), label: try table.text("page.anchor"))
    }

    /// site/index.html: the languages side by side, introduced in the first of them.
    public func languageChooser() throws -> String {
        let strings = templates.strings
        let first = templates.languages[0]
        let introduction = templates.table(first)
        /// Each language with its tagline and its footer's credits: the chooser speaks both.
        struct Choice { let lang, href, name, tagline, credits: String }
        struct Model { let frame: PageFrame; let t: StringScope; let languages: [Choice] }
        let model = Model(
            frame: try PageFrame(
                chooserTitle: try introduction.text("chooser.title"),
                description: try introduction.text("chooser.description"), language: first, strings: strings,
                baseURL: baseURL),
            t: StringScope(introduction),
            languages: try templates.languages.map {
                Choice(lang: $0.code, href: "\($0.code)/index.html", name: try strings[$0]!.text("language.name"),
                       tagline: try strings[$0]!.text("home.tagline"), credits: try strings[$0]!.text("footer.credits"))
            })
        return try page(model, template: "chooser", strings: introduction)
    }

    /// site/<lang>/index.html: the learning cycle, the two algorithms, the four equations, batches
    /// and regularization, and the list of `examples` (in the given order, the learning order).
    public func homePage(language: Language, examples: [Example]) throws -> String {
        let table = templates.table(language)
        struct Named { let name, markup, meaning: String }
        struct Link { let href, title: String; let summary: String? }
        struct NotationRow { let symbol, meaning: String }
        struct GlossaryRow { let term, translation: String }
        struct Glossary { let otherLanguage: String; let rows: [GlossaryRow] }
        struct Model {
            let frame: PageFrame; let t: StringScope
            let forwardEquations, updateEquations, batchEquations: String
            let equations: [Named]; let examples: [Link]
            let notation: [NotationRow]
            /// The terms beside the other language's; `nil` when the site is built in one language only.
            let glossary: Glossary?
        }
        let other = Language.allCases.first { $0 != language }.flatMap { language in templates.strings[language].map { (language, $0) } }
        let model = Model(
            frame: try PageFrame(
                path: "", language: language, title: try table.text("home.title"),
                description: try table.text("home.description"), strings: templates.strings, baseURL: baseURL),
            t: StringScope(table),
            forwardEquations: [Equation.weightedInput, .activation].map(\.markup).joined(),
            updateEquations: [Equation.weightUpdate, .biasUpdate].map(\.markup).joined(),
            batchEquations: [Equation.regularizedCost, .batchWeightGradient, .batchBiasGradient].map(\.markup).joined(),
            equations: try [("bp1", Equation.bp1), ("bp2", .bp2), ("bp3", .bp3), ("bp4", .bp4)].map {
                Named(name: try table.text("home.equations.\($0.0).name"), markup: $0.1.markup,
                      meaning: try table.text("home.equations.\($0.0).text"))
            },
            examples: examples.map { Link(href: "\($0.id)/index.html", title: $0.title[language], summary: $0.summary?[language]) },
            notation: try Vocabulary.NotationEntry.allCases.map {
                NotationRow(symbol: MathML.symbol(of: $0).inlineMarkup, meaning: try table.text($0.key))
            },
            glossary: try other.map { otherLanguage, otherTable in
                Glossary(otherLanguage: otherLanguage.code, rows: try Vocabulary.glossaryTerms.map {
                    GlossaryRow(term: try table.text("glossary.\($0)"), translation: try otherTable.text("glossary.\($0)"))
                })
            })
        return try page(model, template: "home", strings: table)
    }
}
