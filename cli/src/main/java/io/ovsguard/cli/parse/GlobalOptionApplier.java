package io.ovsguard.cli.parse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Applies one global option to the options being collected, checking its argument as ovs-vsctl does at that moment
 * (a bad {@code --format} fails before a later option is even looked at). Returns the informational output the
 * option asks for, if any, which ends option processing.
 */
final class GlobalOptionApplier {

    private final CliEnvironment environment;

    GlobalOptionApplier(CliEnvironment environment) {
        this.environment = environment;
    }

    Optional<ParseResult> apply(GlobalOption option, Optional<String> argument, GlobalOptions.Builder options) {
        String value = argument.orElse("");
        switch (option) {
            case HELP:
                return Optional.of(new ParseResult.ShowHelp());
            case COMMANDS:
                return Optional.of(new ParseResult.ShowCommands());
            case OPTIONS:
                return Optional.of(new ParseResult.ShowOptions());
            case VERSION:
                return Optional.of(new ParseResult.ShowVersion());
            case DB:
                options.database(value);
                break;
            case NO_SYSLOG:
                options.noSyslog();
                break;
            case NO_WAIT:
                options.noWait();
                break;
            case DRY_RUN:
                options.dryRun();
                break;
            case ONELINE:
                options.oneline();
                break;
            case TIMEOUT:
                long seconds = CNumbers.parseUnsigned(value).orElse(0);
                if (seconds == 0) {
                    throw new UsageException("value " + value + " on -t or --timeout is invalid");
                }
                options.timeoutSeconds(seconds);
                break;
            case RETRY:
                options.retry();
                break;
            case LEADER_ONLY:
            case NO_LEADER_ONLY:
                options.leaderOnly(option == GlobalOption.LEADER_ONLY);
                break;
            case SHUFFLE_REMOTES:
            case NO_SHUFFLE_REMOTES:
                options.shuffleRemotes(option == GlobalOption.SHUFFLE_REMOTES);
                break;
            default:
                applyOutputOption(option, argument, options);
        }
        return Optional.empty();
    }

    private void applyOutputOption(GlobalOption option, Optional<String> argument, GlobalOptions.Builder options) {
        String value = argument.orElse("");
        TableStyle style = options.tableStyle();
        switch (option) {
            case FORMAT:
                options.tableStyle(style.withFormat(OutputFormat.named(value).orElseThrow(
                        () -> new UsageException("unknown output format \"" + value + "\""))));
                break;
            case DATA:
                options.tableStyle(style.withCellFormat(CellFormat.named(value).orElseThrow(
                        () -> new UsageException("unknown data format \"" + value + "\""))));
                break;
            case NO_HEADINGS:
                options.tableStyle(style.withoutHeadings());
                break;
            case PRETTY:
                options.tableStyle(style.withPretty());
                break;
            case BARE:
                options.tableStyle(style.bare());
                break;
            case MAX_COLUMN_WIDTH:
                options.tableStyle(style.withMaxColumnWidth(CNumbers.atoi(value)));
                break;
            default:
                applyLoggingOption(option, argument, options);
        }
    }

    private void applyLoggingOption(GlobalOption option, Optional<String> argument, GlobalOptions.Builder options) {
        String value = argument.orElse("");
        switch (option) {
            case VERBOSE:
                argument.flatMap(VerbositySpec::problem).ifPresent(problem -> {
                    throw new UsageException("processing \"" + value + "\": " + problem);
                });
                options.verbosity(value);
                break;
            case LOG_FILE:
                if (argument.isPresent()) {
                    checkLogFile(value);
                    options.logFile(value);
                } else {
                    options.logFile(environment.defaultLogFile());
                }
                break;
            case SYSLOG_METHOD:
                options.syslogMethod(value);
                break;
            case SYSLOG_TARGET:
                options.syslogTarget(value);
                break;
            default:
                SslOptionApplier.apply(option, value, options);
        }
    }

    /** ovs-vsctl opens an explicitly named log file at once (creating it) and gives up if it cannot. */
    private static void checkLogFile(String file) {
        try {
            Files.newOutputStream(Path.of(file), StandardOpenOption.CREATE, StandardOpenOption.APPEND).close();
        } catch (NoSuchFileException e) {
            throw new LogFileException(file, "No such file or directory");
        } catch (AccessDeniedException e) {
            throw new LogFileException(file, "Permission denied");
        } catch (FileSystemException e) {
            String reason = Files.isDirectory(Path.of(file)) ? "Is a directory"
                    : Optional.ofNullable(e.getReason()).orElse("Input/output error");
            throw new LogFileException(file, reason);
        } catch (IOException e) {
            throw new LogFileException(file, Optional.ofNullable(e.getMessage()).orElse("Input/output error"));
        }
    }
}
