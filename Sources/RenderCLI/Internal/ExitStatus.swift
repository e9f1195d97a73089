import ArgumentParser

// The exit codes `render` documents in its help and the README.
enum ExitStatus: Int32 {
    case ok = 0
    case invalidPlan = 1
    case usage = 2
    case template = 3
    case io = 4

    var exitCode: ExitCode { ExitCode(rawValue) }

    static let helpText = """
        Slutkoder:
          0  allt gick bra
          1  någon plan har fel (se `render validate`) och renderades inte
          2  fel i kommandoraden (okänt id, okänt format, okänd flagga)
          3  fel i en mallfil (templates/…), eller en plans mallmapp som inte finns
          4  en fil kunde inte skrivas eller läsas, eller PDF kunde inte göras
             (LibreOffice saknas eller misslyckades), eller standard ut eller fel
             tog inte emot texten (full disk, stängd ström)
        """
}
