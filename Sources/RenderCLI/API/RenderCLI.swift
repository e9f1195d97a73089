import ArgumentParser
import Foundation
import PlanModel
import Rendering

/// The `render` command line, over a catalogue of plans and the regional goals the
/// regional site has a page for. The `render` executable runs it on the example plans;
/// tests run it on fixtures.
///
/// ```swift
/// // Sources/render/main.swift
/// await RenderCLI.run(plans: Exempel.planer, regionalGoals: RegionaltMål.barnOchUnga)
/// ```
public enum RenderCLI {
    /// Parses the process arguments, runs the command and exits with its code.
    public static func run(plans: [Handlingsplan], regionalGoals: [RegionaltMål] = [],
                           arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Never {
        OutputDirectory.removeTemporaryFilesOnInterrupt()
        Catalog.shared.set(plans, regionalGoals: regionalGoals)
        do {
            var command = try RenderCommand.parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            exit(ExitStatus.ok.rawValue)
        } catch {
            exit(report(error))
        }
    }

    /// Prints what the error says, in Swedish, and returns the exit code.
    private static func report(_ error: any Error) -> Int32 {
        if let exitCode = error as? ExitCode { return exitCode.rawValue }
        let code = RenderCommand.exitCode(for: error)
        let message = Swedish.translate(RenderCommand.fullMessage(for: error))
        if code == .success {
            print(message)
            return ExitStatus.ok.rawValue
        }
        Console.error(message)
        return ExitStatus.usage.rawValue
    }
}
