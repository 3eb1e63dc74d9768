package io.ovsguard.cli.command;

import static io.ovsguard.cli.command.CommandSyntax.UNLIMITED;
import static io.ovsguard.cli.command.CommandSyntax.vsctl;
import static io.ovsguard.cli.command.HelpGroup.DATABASE;

/** The generic database commands every OVS {@code *-ctl} tool shares: list, find, get, set and friends. */
public final class DatabaseSyntax {

    private static final int COLUMN = 28;

    private DatabaseSyntax() {
    }

    public static void register(CommandTable.Builder table) {
        table.command(vsctl("comment", 0, UNLIMITED, "[ARG]...", "").readOnly().group(DATABASE)
                .summary("Do nothing; the arguments end up in the database log with the transaction.").build());
        table.command(vsctl("get", 2, UNLIMITED, "TABLE RECORD [COLUMN[:KEY]]...", "--if-exists,--id=").readOnly()
                .group(DATABASE).summary("Print the values of columns (or map keys) of a record.").build());
        table.command(vsctl("list", 1, UNLIMITED, "TABLE [RECORD]...", "--if-exists,--columns=").readOnly()
                .group(DATABASE).summary("List the given records of a table, or all of them.").build());
        table.command(vsctl("find", 1, UNLIMITED, "TABLE [COLUMN[:KEY]=VALUE]...", "--columns=").readOnly()
                .group(DATABASE).summary("List the records of a table that satisfy every condition.").build());
        table.command(vsctl("set", 3, UNLIMITED, "TABLE RECORD COLUMN[:KEY]=VALUE...", "--if-exists").readWrite()
                .group(DATABASE).summary("Set columns (or map keys) of a record.").build());
        table.command(vsctl("add", 4, UNLIMITED, "TABLE RECORD COLUMN [KEY=]VALUE...", "--if-exists").readWrite()
                .group(DATABASE).summary("Add values (or key-value pairs) to a set or map column.").build());
        table.command(vsctl("remove", 4, UNLIMITED, "TABLE RECORD COLUMN KEY|VALUE|KEY=VALUE...", "--if-exists")
                .readWrite().group(DATABASE)
                .summary("Remove values, keys or key-value pairs from a set or map column.").build());
        table.command(vsctl("clear", 3, UNLIMITED, "TABLE RECORD COLUMN...", "--if-exists").readWrite()
                .group(DATABASE).summary("Empty set or map columns of a record.").build());
        table.command(vsctl("create", 2, UNLIMITED, "TABLE COLUMN[:KEY]=VALUE...", "--id=").readWrite()
                .group(DATABASE).summary("Create a record and print its UUID (or name it with --id=@NAME).").build());
        table.command(vsctl("destroy", 1, UNLIMITED, "TABLE [RECORD]...", "--if-exists,--all").readWrite()
                .group(DATABASE).summary("Delete records (or, with --all, every record) of a table.").build());
        table.command(vsctl("wait-until", 2, UNLIMITED, "TABLE RECORD [COLUMN[:KEY]=VALUE]...", "").readOnly()
                .group(DATABASE).summary("Wait until a record exists and satisfies every condition.").build());

        table.help(DATABASE, "list", "list TBL [REC]", "list RECord (or all records) in TBL", COLUMN)
                .help(DATABASE, "find", "find TBL CONDITION...", "list records satisfying CONDITION in TBL", COLUMN)
                .help(DATABASE, "get", "get TBL REC COL[:KEY]", "print values of COLumns in RECord in TBL", COLUMN)
                .help(DATABASE, "set", "set TBL REC COL[:KEY]=VALUE", "set COLumn values in RECord in TBL", COLUMN)
                .help(DATABASE, "add", "add TBL REC COL [KEY=]VALUE", "add (KEY=)VALUE to COLumn in RECord in TBL",
                        COLUMN)
                .help(DATABASE, "remove", "remove TBL REC COL [KEY=]VALUE", "remove (KEY=)VALUE from COLumn", COLUMN)
                .help(DATABASE, "clear", "clear TBL REC COL", "clear values from COLumn in RECord in TBL", COLUMN)
                .help(DATABASE, "create", "create TBL COL[:KEY]=VALUE", "create and initialize new record", COLUMN)
                .help(DATABASE, "destroy", "destroy TBL REC", "delete RECord from TBL", COLUMN)
                .help(DATABASE, "wait-until", "wait-until TBL REC [COL[:KEY]=VALUE]", "wait until condition is true",
                        COLUMN)
                .note(DATABASE, "Potentially unsafe database commands require --force option.");
    }
}
