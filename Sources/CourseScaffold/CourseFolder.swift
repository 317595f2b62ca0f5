import BackpropEngine
import ExampleFile
import Foundation

/// The files of a new course folder for `backprop-site init`: Examples/ with one commented starter
/// example, the example schema for editors, a .gitignore for the built site, and a short README
/// that shows the loop (serve, edit, look). Pure: the command writes them.
public enum CourseFolder {
    /// The id of the starter example.
    public static let starterID = "mi-primera-red"

    /// The files, by path relative to the course folder.
    public static func files(courseName: String) throws(ExampleError) -> [String: String] {
        let starterPath = "Examples/\(starterID).yaml"
        let starter = try ExampleScaffold(
            id: starterID, layers: [2, 2, 1], activations: [.sigmoid, .sigmoid], loss: .halfSquaredError
        ).text(path: starterPath)
        return [
            starterPath: starter,
            ExampleSchema.path: ExampleSchema.json,
            ".gitignore": "# Made by backprop-site build and serve (the site, its staging folder and lock); rebuilt at any time.\n/site/\n/.site.staging-*\n/.site.lock\n",
            "README.md": readme(courseName: courseName),
        ]
    }

    static func readme(courseName: String) -> String {
        """
        # \(courseName)

        Backpropagation lessons made with backprop-site: each file in `Examples/` is one small network,
        and backprop-site turns it into a page in Spanish and English with every number worked out,
        figures for slides, and a slide deck.

        ```sh
        backprop-site serve          # builds site/ and shows it on http://127.0.0.1:8000/
        ```

        Edit `Examples/\(starterID).yaml` (a weight, the learning rate, the data) and save: the page
        reloads by itself with the new numbers. A mistake in the file shows up over the page, with its
        line and column, until it is fixed.

        - `backprop-site new mi-red --layers 2,3,1 --activations tanh,sigmoid --loss half-squared-error`
          adds `Examples/mi-red.yaml` with its starting weights written out.
        - `backprop-site check Examples/*.yaml` checks every example.
        - `backprop-site build` writes the site to `site/` to put online.
        - `backprop-site render Examples/\(starterID).yaml --figure forward --format pdf` draws one figure;
          `backprop-site deck Examples/\(starterID).yaml` makes the slides.
        - A `Templates/` folder here is used instead of the built-in templates: `backprop-site init
          DIR --templates` makes a course folder with a copy of them, to change the pages' look and words.

        `Schemas/example.schema.json` describes the example format: editors with a YAML language server
        (VS Code's YAML extension) complete keys, explain them and flag mistakes while you type.

        """
    }
}
