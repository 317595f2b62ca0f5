import ArgumentParser
import LessonFormatting

/// `--lang es` or `--lang en`, by language code.
extension Language: ArgumentWord {}
