import Foundation

// swift-argument-parser prints its own help and errors in English; these are the
// phrases it uses, in Swedish, so everything a user reads is Swedish.
enum Swedish {
    private static let phrases: [(String, String)] = [
        ("OVERVIEW:", "ÖVERSIKT:"),
        ("USAGE:", "ANVÄNDNING:"),
        ("ARGUMENTS:", "ARGUMENT:"),
        ("OPTIONS:", "FLAGGOR:"),
        ("SUBCOMMANDS:", "UNDERKOMMANDON:"),
        ("Show help information.", "Visa hjälp."),
        ("Show the version.", "Visa versionen."),
        ("See 'render help <subcommand>' for detailed help.", "Se 'render help <underkommando>' för mer hjälp."),
        ("<subcommand>", "<underkommando>"),
        ("(default:", "(standard:"),
        ("(values: ", "(värden: "),
        ("(default)", "(standard)"),
        ("Error: ", "Fel: "),
        ("Usage: ", "Användning: "),
        ("Help:  ", "Hjälp: "),
        ("Missing expected argument", "Argument saknas"),
        ("Missing value for", "Värde saknas för"),
        ("Unknown option", "Okänd flagga"),
        ("Unexpected argument", "Oväntat argument"),
        ("Did you mean", "Menade du"),
        ("is invalid for", "är ogiltigt för"),
        ("Please provide one of the following:", "Ange ett av följande:"),
        ("Please provide one of", "Ange ett av"),
        ("The value", "Värdet"),
        ("Missing required subcommand.", "Underkommando saknas."),
        ("does not take any value, but", "tar inget värde, men"),
        ("was specified.", "angavs."),
        ("The option", "Flaggan"),
        ("See 'render --help' for more information.", "Se 'render --help' för mer information."),
        ("for more information.", "för mer information."),
        ("Please provide one of the following:", "Ange ett av följande:"),
        ("Please provide one of", "Ange ett av"),
        ("See '", "Se '"),
    ]

    static func translate(_ text: String) -> String {
        phrases.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
