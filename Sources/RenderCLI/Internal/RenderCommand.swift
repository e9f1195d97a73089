import ArgumentParser

// The root command. With no subcommand it renders plans (`render`, `render vanersborg`).
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Skriver handlingsplanernas dokument (text, Word, PDF, webb) från planerna i examples/.",
        discussion: """
            Utan argument skrivs alla exempelplaner och rapporter i alla format till ./out/.

            Exempel:
              render                               alla planer, alla format, till out/
              render vanersborg --format txt       en plan som text
              render vanersborg --format html      en plan som webbsida, med stilmall och logotyp
              render vanersborg --format pdf       en plan som tillgänglig PDF (kräver LibreOffice)
              render vanersborg --fragment         webbsidans innehåll för att klistra in i en webbpublicering
              render site --out out/site           den regionala webbplatsen
              render list                          visa planerna
              render validate                      granska planerna
              render json tanum > tanum.json       planen som öppna data
              render analys vanersborg tanum       analys av planerna, per regionalt mål
              render uppföljning vanersborg tanum --datum 2022-12-31
                                                   årlig uppföljning av planerna
              render template docx --out ref.docx  Word-mallen att utgå från
              render ny ../ale --id ale --kommun "Ale kommun"   ett eget paket för kommunens plan

            \(ExitStatus.helpText)
            """,
        subcommands: [GenerateCommand.self, ListCommand.self, ValidateCommand.self, JSONCommand.self, SiteCommand.self,
                      AnalysisCommand.self, FollowUpCommand.self, TemplateCommand.self, ImportCommand.self, NewPackageCommand.self],
        defaultSubcommand: GenerateCommand.self,
        helpNames: [.short, .long]
    )
}
