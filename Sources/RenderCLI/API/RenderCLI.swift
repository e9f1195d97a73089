import AnalysisModel
import ArgumentParser
import Foundation
import OOXML
import PlanModel
import Rendering

/// The `render` command line, over a catalogue of plans and reports. The `render`
/// executable runs it on the examples; tests run it on fixtures.
///
/// ```swift
/// // Sources/render/main.swift
/// RenderCLI.run(plans: Exempel.katalog, reports: Exempel.rapporter,
///               analyses: Exempel.analyser, regionalGoals: RegionaltMål.alla)
/// ```
public enum RenderCLI {
    /// Parses the process arguments, runs the command and exits with its code. It runs on
    /// the calling thread, without Swift concurrency: a run of one document starts no other
    /// thread (each costs its stack, a heap arena and the page faults of both), and a batch
    /// spreads its documents over the cores (`parallelMap`).
    /// `regionalGoals` are the goals `render analys` analyses plans against. Reports,
    /// analyses and goals are built when a command first needs them.
    public static func run(plans: [Handlingsplan], reports: @autoclosure @escaping @Sendable () -> [Analysrapport] = [],
                           analyses: @autoclosure @escaping @Sendable () -> [Analysuppdrag] = [],
                           regionalGoals: @autoclosure @escaping @Sendable () -> [RegionaltMål] = [],
                           arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        run(plans: plans.map(Planpost.init), reports: reports(), analyses: analyses(), regionalGoals: regionalGoals(),
            arguments: arguments)
    }

    /// The same over a catalogue whose plans are built when a command first needs them:
    /// `render vanersborg` builds only that plan.
    ///
    /// ```swift
    /// RenderCLI.run(plans: Exempel.katalog, reports: Exempel.rapporter)
    /// ```
    public static func run(plans: [Planpost], reports: @autoclosure @escaping @Sendable () -> [Analysrapport] = [],
                           analyses: @autoclosure @escaping @Sendable () -> [Analysuppdrag] = [],
                           regionalGoals: @autoclosure @escaping @Sendable () -> [RegionaltMål] = [],
                           arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        start(plans: plans, reports: reports, analyses: analyses, regionalGoals: regionalGoals)
        do {
            var command = try parse(arguments)
            // A plain run's command is cast to its type first: asking whether a value conforms
            // to a protocol makes the runtime scan every conformance record (0.5 M instructions).
            if let generate = command as? GenerateCommand {
                try generate.run()
            } else {
                try command.run()
            }
            exit(Console.exitStatus(ExitStatus.ok.rawValue))
        } catch {
            exit(Console.exitStatus(report(error)))
        }
    }

    /// Starts and parses as `run` does, then exits without running the command: what every
    /// run costs before it does any work (the process, the Swift runtime, the argument
    /// parser). `bench/compare_pandoc.py` times it beside `render` as the floor of a run.
    package static func exitAfterParsing(plans: [Planpost], arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        start(plans: plans, reports: { [] }, analyses: { [] }, regionalGoals: { [] })
        do {
            _ = try parse(arguments)
            exit(Console.exitStatus(ExitStatus.ok.rawValue))
        } catch {
            exit(Console.exitStatus(report(error)))
        }
    }

    private static func start(plans: [Planpost], reports: @escaping @Sendable () -> [Analysrapport],
                              analyses: @escaping @Sendable () -> [Analysuppdrag],
                              regionalGoals: @escaping @Sendable () -> [RegionaltMål]) {
        // Before anything is allocated: every Word file's deflate state from the reused heap.
        HeapMode.fix()
        OutputDirectory.removeTemporaryFilesOnInterrupt()
        Catalog.shared.set(plans, reports: reports, analyses: analyses, regionalGoals: regionalGoals)
    }

    private static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        try plainRun(arguments) ?? RenderCommand.parseAsRoot(arguments)
    }

    /// The command of a plain run (`render vanersborg --format docx`: no subcommand, no help),
    /// parsed by the default subcommand alone; nil for anything else, which the whole command
    /// tree then parses, help and messages included. The tree would hand the same arguments to
    /// the same subcommand, but builds the root's and every level's argument sets first
    /// (about a third of what parsing a plain run costs).
    /// A request for a completion script goes to the tree too: the default subcommand alone
    /// does not look for one (`GenerateCommand.configuration`).
    private static func plainRun(_ arguments: [String]) -> GenerateCommand? {
        let names = RenderCommand.configuration.subcommands.flatMap { [$0._commandName] + $0.configuration.aliases } + ["help"]
        guard !arguments.contains(where: { names.contains($0) || $0.hasPrefix("--generate-completion-script") }) else { return nil }
        return (try? GenerateCommand.parseAsRoot(arguments)) as? GenerateCommand
    }

    /// Prints what the error says, in Swedish, and returns the exit code.
    private static func report(_ error: any Error) -> Int32 {
        if let exitCode = error as? ExitCode { return exitCode.rawValue }
        let code = RenderCommand.exitCode(for: error)
        let message = Swedish.translate(RenderCommand.fullMessage(for: error))
        if code == .success {
            Console.output(text: message + "\n")
            return ExitStatus.ok.rawValue
        }
        Console.error(message)
        return ExitStatus.usage.rawValue
    }
}
