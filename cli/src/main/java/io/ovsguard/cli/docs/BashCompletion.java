package io.ovsguard.cli.docs;

import io.ovsguard.cli.command.ArgumentPattern;
import io.ovsguard.cli.command.CommandSyntax;
import io.ovsguard.cli.command.CommandTable;
import io.ovsguard.cli.command.OptionArgument;
import io.ovsguard.cli.command.TableReferences;
import io.ovsguard.cli.parse.GlobalOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generates the bash completion script from the command table: global options, command names, each command's
 * options, table names for TABLE arguments and bridge names (asked from the program itself) for BRIDGE arguments.
 */
public final class BashCompletion {

    private BashCompletion() {
    }

    public static String render(CommandTable table) {
        Collection<CommandSyntax> commands = table.commands();
        StringBuilder s = new StringBuilder();
        s.append("# bash completion for ovsguard.\n")
                .append("# Generated from ovsguard's command table by io.ovsguard.cli.docs.DocsGenerator;")
                .append(" do not edit.\n\n");
        s.append("_ovsguard_global_options='").append(globalOptions()).append("'\n");
        s.append("_ovsguard_options_with_argument='").append(optionsWithSeparateArgument()).append("'\n");
        s.append("_ovsguard_commands='")
                .append(commands.stream().map(CommandSyntax::name).collect(Collectors.joining(" "))).append("'\n");
        Set<String> allCommandOptions = new LinkedHashSet<>();
        commands.forEach(c -> allCommandOptions.addAll(List.of(commandOptions(c).split(" "))));
        allCommandOptions.remove("");
        s.append("_ovsguard_command_options_all='").append(String.join(" ", allCommandOptions)).append("'\n");
        s.append("_ovsguard_tables='").append(TableReferences.vswitch().stream()
                .map(TableReferences.TableReference::table).collect(Collectors.joining(" "))).append("'\n\n");
        s.append("# The argument pattern of a command, as --commands prints it.\n");
        s.append("_ovsguard_command_pattern() {\n    case $1 in\n");
        for (CommandSyntax c : commands) {
            String pattern = ArgumentPattern.of(c.argumentsHelp()).render();
            if (!pattern.isEmpty()) {
                s.append("        ").append(c.name()).append(") echo '").append(pattern).append("' ;;\n");
            }
        }
        s.append("    esac\n}\n\n");
        s.append(FUNCTION);
        return s.toString();
    }

    private static String globalOptions() {
        Set<String> words = new LinkedHashSet<>();
        for (GlobalOption o : GlobalOption.values()) {
            words.add("--" + o.longName() + (o.argument() == OptionArgument.REQUIRED ? "=" : ""));
            if (o.hasShortName() && !o.setsFlag()) {
                words.add("-" + o.shortName());
            }
        }
        return String.join(" ", words);
    }

    private static String optionsWithSeparateArgument() {
        Set<String> words = new LinkedHashSet<>();
        for (GlobalOption o : GlobalOption.values()) {
            if (o.argument() == OptionArgument.REQUIRED) {
                words.add("--" + o.longName());
                if (o.hasShortName()) {
                    words.add("-" + o.shortName());
                }
            }
        }
        return String.join(" ", words);
    }

    private static String commandOptions(CommandSyntax c) {
        return c.options().stream()
                .map(o -> o.argument() == OptionArgument.REQUIRED ? o.name() + "=" : o.name())
                .collect(Collectors.joining(" "));
    }

    private static final String FUNCTION = """
            # The argument kind at position $2 (0-based) of a pattern such as "!BRIDGE +IFACE *COLUMN?:KEY=VALUE".
            _ovsguard_argument_kind() {
                local -a words=($1)
                local i=0 position=$2 word
                for word in "${words[@]}"; do
                    if (( i == position )); then
                        echo "${word:1}"
                        return
                    fi
                    case $word in
                        [+*]*) echo "${word:1}"; return ;;
                    esac
                    i=$((i + 1))
                done
            }

            _ovsguard() {
                local cur=${COMP_WORDS[COMP_CWORD]} program=${COMP_WORDS[0]}
                local command='' argument_count=0 i word previous=''
                for ((i = 1; i < COMP_CWORD; i++)); do
                    word=${COMP_WORDS[i]}
                    if [[ $word == -- ]]; then
                        command=''
                        argument_count=0
                    elif [[ -z $command ]]; then
                        if [[ $word != -* && " $_ovsguard_options_with_argument " != *" $previous "* ]]; then
                            command=$word
                        fi
                    else
                        argument_count=$((argument_count + 1))
                    fi
                    previous=$word
                done
                if [[ -z $command ]]; then
                    if [[ " $_ovsguard_options_with_argument " == *" $previous "* && -n $previous ]]; then
                        COMPREPLY=()
                    elif [[ $cur == -* ]]; then
                        COMPREPLY=($(compgen -W "$_ovsguard_global_options $_ovsguard_command_options_all" -- "$cur"))
                        [[ ${COMPREPLY[0]} == *= ]] && compopt -o nospace
                    else
                        COMPREPLY=($(compgen -W "$_ovsguard_commands" -- "$cur"))
                    fi
                    return
                fi
                case $(_ovsguard_argument_kind "$(_ovsguard_command_pattern "$command")" "$argument_count") in
                    TABLE) COMPREPLY=($(compgen -W "$_ovsguard_tables" -- "$cur")) ;;
                    BRIDGE|PARENT) COMPREPLY=($(compgen -W "$("$program" list-br 2>/dev/null)" -- "$cur")) ;;
                    *) COMPREPLY=() ;;
                esac
            }

            complete -F _ovsguard ovsguard
            """;
}
