/*
 * The native fast path of the ovsguard command (built by build.sh into cli/target/launcher/ovsguard).
 *
 * A CLI call's wall time is mostly JVM start-up, and bash plus its one fork cost about 3 ms more of every call. This
 * program makes bin/ovsguard's common choice without a shell or a fork and execs java with exactly the argument list
 * bin/ovsguard would build: the JDK, jvm-options, the start-up cache options file (a command cache or the full one,
 * fresh only), the program name and argv0 as typed, OVSGUARD_JVM_OPTIONS. bin/ovsguard stays the reference: every
 * call this program does not recognise as the plain case (no jar, no fresh cache, demo/sandbox, an unreadable or
 * unusual file or variable, a failed exec) is handed to it, with OVSGUARD_ARGV0 naming the path this program was run
 * as, so that messages still say what the user typed.
 *
 * It must stay at <root>/cli/target/launcher/: the repository root is found from /proc/self/exe.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <unistd.h>

#define LAUNCHER_DIR "/cli/target/launcher"
#define PREFERRED_JAVA "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"

/* A growable, NULL-terminated list of strings (an argv). */
struct strings {
    char **items;
    size_t len;
    size_t cap;
};

/* Allocation failures end the call: nothing sensible can run without memory. */
static void *checked(void *p) {
    if (p == NULL) {
        fputs("ovsguard: out of memory\n", stderr);
        exit(127);
    }
    return p;
}

static void push(struct strings *list, char *item) {
    if (list->len + 2 > list->cap) {
        list->cap = list->cap < 16 ? 16 : list->cap * 2;
        list->items = checked(realloc(list->items, list->cap * sizeof *list->items));
    }
    list->items[list->len++] = item;
    list->items[list->len] = NULL;
}

static void push_all(struct strings *list, const struct strings *more) {
    for (size_t i = 0; i < more->len; i++) {
        push(list, more->items[i]);
    }
}

static char *concat(const char *a, const char *b) {
    size_t la = strlen(a);
    size_t lb = strlen(b);
    char *s = checked(malloc(la + lb + 1));
    memcpy(s, a, la);
    memcpy(s + la, b, lb + 1);
    return s;
}

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash == NULL ? path : slash + 1;
}

static bool regular_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* bash's `[ -f P ] && [ -x P ]` (access() applies the same rule for root: any execute bit). */
static bool executable_file(const char *path) {
    return regular_file(path) && access(path, X_OK) == 0;
}

/* bash's `[ A -nt B ]`: A exists and B does not, or A's modification time is later, to the nanosecond. */
static bool newer(const char *a, const char *b) {
    struct stat sa;
    struct stat sb;
    if (stat(a, &sa) != 0) {
        return false;
    }
    if (stat(b, &sb) != 0) {
        return true;
    }
    if (sa.st_mtim.tv_sec != sb.st_mtim.tv_sec) {
        return sa.st_mtim.tv_sec > sb.st_mtim.tv_sec;
    }
    return sa.st_mtim.tv_nsec > sb.st_mtim.tv_nsec;
}

/* bash's `read -r -a` with the default IFS of one line (no newline in it): words between blanks, in place. */
static void split_blanks(char *line, struct strings *words) {
    char *save = NULL;
    for (char *word = strtok_r(line, " \t", &save); word != NULL; word = strtok_r(NULL, " \t", &save)) {
        push(words, word);
    }
}

/*
 * bash's `read -r -a WORDS < FILE`: the words of the first line. False when bash would not read them as they are:
 * an unreadable file, no newline (read fails, and bin/ovsguard runs under set -e), a NUL byte (read drops it).
 */
static bool read_first_line_words(const char *path, struct strings *words) {
    FILE *file = fopen(path, "r");
    if (file == NULL) {
        return false;
    }
    char *line = NULL;
    size_t size = 0;
    ssize_t length = getline(&line, &size, file);
    fclose(file);
    if (length <= 0 || line[length - 1] != '\n' || memchr(line, '\0', (size_t) length) != NULL) {
        free(line);
        return false;
    }
    line[length - 1] = '\0';
    split_blanks(line, words);
    return true;
}

/*
 * The JDK bin/ovsguard picks: $OVSGUARD_JAVA, else Temurin 25 when installed, else `type -P java`. NULL when this
 * program should not guess: a java named without a '/' (bash's exec would search PATH), or a PATH search that meets
 * an empty, relative or '/'-ended directory before it finds java (bash's rules for those are its own).
 */
static char *select_java(void) {
    const char *chosen = getenv("OVSGUARD_JAVA");
    if (chosen != NULL && chosen[0] != '\0') {
        return strchr(chosen, '/') == NULL ? NULL : checked(strdup(chosen));
    }
    if (access(PREFERRED_JAVA, X_OK) == 0) {
        return checked(strdup(PREFERRED_JAVA));
    }
    const char *path = getenv("PATH");
    if (path == NULL) {
        return NULL;
    }
    char *dirs = checked(strdup(path));
    char *found = NULL;
    /* strtok_r would skip empty directories silently; strsep keeps them so that they stop the search */
    for (char *rest = dirs, *dir; found == NULL && (dir = strsep(&rest, ":")) != NULL;) {
        size_t len = strlen(dir);
        if (dir[0] != '/' || dir[len - 1] == '/') {
            break;
        }
        char *candidate = concat(dir, "/java");
        if (executable_file(candidate)) {
            found = candidate;
        } else {
            free(candidate);
        }
    }
    free(dirs);
    return found;
}

/* Whether arg holds one of the words of guarded-words: a change the guard checks, which needs the full cache. */
static bool names_guarded_change(const char *arg, const struct strings *guarded_words) {
    for (size_t i = 0; i < guarded_words->len; i++) {
        if (strstr(arg, guarded_words->items[i]) != NULL) {
            return true;
        }
    }
    return false;
}

/*
 * Whether every command of the line is one of commands and no argument holds a guarded word: bin/ovsguard's rule
 * (line_within) for a command cache. Commands are the first non-option word of the line and the first after each
 * "--"; a line without one is within a cache only if it asks for --version.
 */
static bool line_within(int argc, char **argv, const struct strings *commands, const struct strings *guarded_words) {
    bool expect_command = true;
    bool any_command = false;
    bool version = false;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--") == 0) {
            expect_command = true;
            continue;
        }
        if (strcmp(arg, "--version") == 0 || strcmp(arg, "-V") == 0) {
            version = true;
        }
        if (names_guarded_change(arg, guarded_words)) {
            return false;
        }
        if (expect_command) {
            if (arg[0] == '-') {
                continue;
            }
            expect_command = false;
            any_command = true;
            bool known = false;
            for (size_t j = 0; j < commands->len && !known; j++) {
                known = strcmp(arg, commands->items[j]) == 0;
            }
            if (!known) {
                return false;
            }
        }
    }
    /* of the lines of options alone only --version is trained into the command caches (bin/ovsguard's rule) */
    return any_command || version;
}

/*
 * argv[0] as the user typed it, from the path this program was run as: when PATH's first executable file of that
 * base name is exactly that path, the bare name was typed (bin/ovsguard's rule, PATH split as `IFS=: read -r -a`
 * splits it: a trailing ':' adds no directory). NULL when bash would not get this far (PATH unset, under set -u)
 * or would read PATH differently (a newline in it).
 */
static const char *typed_argv0(const char *run_as) {
    if (strchr(run_as, '/') == NULL) {
        return run_as;
    }
    const char *path = getenv("PATH");
    if (path == NULL || strchr(path, '\n') != NULL) {
        return NULL;
    }
    const char *name = base_name(run_as);
    const char *start = path;
    while (*start != '\0') {
        const char *end = strchrnul(start, ':');
        size_t len = (size_t) (end - start);
        char *dir = len == 0 ? checked(strdup(".")) : checked(strndup(start, len));
        char *with_slash = concat(dir, "/");
        char *candidate = concat(with_slash, name);
        free(dir);
        free(with_slash);
        bool found = executable_file(candidate);
        bool same = found && strcmp(candidate, run_as) == 0;
        free(candidate);
        if (found) {
            return same ? name : run_as;
        }
        if (*end == '\0') {
            break;
        }
        start = end + 1;
    }
    return run_as;
}

/* Writes the command, each argument followed by a NUL byte (OVSGUARD_PRINT_JAVA_COMMAND, as bin/ovsguard does). */
static int print_command(const struct strings *command) {
    for (size_t i = 0; i < command->len; i++) {
        if (fwrite(command->items[i], 1, strlen(command->items[i]) + 1, stdout) != strlen(command->items[i]) + 1) {
            return 1;
        }
    }
    return fflush(stdout) == 0 ? 0 : 1;
}

/* Runs java as bin/ovsguard would, or returns when that is not certain (the caller hands the call to bash). */
static void run_fast_path(const char *root, const char *run_as, int argc, char **argv) {
    if (argc > 1 && (strcmp(argv[1], "demo") == 0 || strcmp(argv[1], "sandbox") == 0)) {
        return; /* bin/ovsguard may install OVS and DPDK first */
    }
    char *jar = concat(root, "/cli/target/ovsguard.jar");
    if (!regular_file(jar)) {
        return; /* bin/ovsguard builds it */
    }
    char *java = select_java();
    if (java == NULL) {
        return;
    }
    char *startup = concat(root, "/cli/src/main/startup/");
    struct strings jvm_options = {0};
    if (!read_first_line_words(concat(startup, "jvm-options"), &jvm_options)) {
        return;
    }

    /* cache options files are named after the java path with '/' as '_' */
    char *key = checked(strdup(java));
    for (char *c = key; *c != '\0'; c++) {
        if (*c == '/') {
            *c = '_';
        }
    }
    char *cache_prefix = concat(concat(root, "/cli/target/startup/"), key);
    char *cache_options = concat(cache_prefix, ".options");
    /* the first fresh command cache whose commands hold the line's, in command-caches' order, as bin/ovsguard */
    struct strings cache_names = {0};
    if (!read_first_line_words(concat(startup, "command-caches"), &cache_names)) {
        return;
    }
    struct strings guarded_words = {0};
    bool guarded_words_read = false;
    for (size_t i = 0; i < cache_names.len; i++) {
        char *group_options = concat(concat(concat(cache_prefix, "."), cache_names.items[i]), ".options");
        if (!(regular_file(group_options) && newer(group_options, jar))) {
            continue;
        }
        struct strings group_commands = {0};
        if (!read_first_line_words(concat(concat(startup, cache_names.items[i]), "-commands"), &group_commands)) {
            return;
        }
        if (!guarded_words_read) {
            if (!read_first_line_words(concat(startup, "guarded-words"), &guarded_words)) {
                return;
            }
            guarded_words_read = true;
        }
        if (line_within(argc, argv, &group_commands, &guarded_words) && !newer(java, group_options)) {
            cache_options = group_options;
            break;
        }
    }
    struct strings cached = {0};
    if (!(regular_file(cache_options) && newer(cache_options, jar) && !newer(java, cache_options))) {
        return; /* bin/ovsguard prepares the cache in the background */
    }
    if (!read_first_line_words(cache_options, &cached)) {
        return;
    }

    const char *argv0 = typed_argv0(run_as);
    if (argv0 == NULL) {
        return;
    }
    /* OVSGUARD_JVM_OPTIONS: its first line, split on blanks (bash's read of a here-string) */
    struct strings extra = {0};
    const char *extra_env = getenv("OVSGUARD_JVM_OPTIONS");
    if (extra_env != NULL) {
        char *first_line = checked(strndup(extra_env, strcspn(extra_env, "\n")));
        split_blanks(first_line, &extra);
    }

    struct strings command = {0};
    push(&command, java);
    push_all(&command, &jvm_options);
    push_all(&command, &cached);
    push_all(&command, &extra);
    push(&command, "-Dsun.jnu.encoding=UTF-8");
    push(&command, "-Dfile.encoding=UTF-8");
    push(&command, concat("-Dovsguard.program=", base_name(run_as)));
    push(&command, concat("-Dovsguard.argv0=", argv0));
    push(&command, "-cp");
    push(&command, jar);
    push(&command, "io.ovsguard.cli.app.Main");
    for (int i = 1; i < argc; i++) {
        push(&command, argv[i]);
    }

    const char *print = getenv("OVSGUARD_PRINT_JAVA_COMMAND");
    if (print != NULL && print[0] != '\0') {
        exit(print_command(&command));
    }
    execv(java, command.items);
    /* not runnable after all: bin/ovsguard reports it in its own words */
}

/* The repository root: /proc/self/exe is <root>/cli/target/launcher/<name>. NULL if it is not. */
static char *repository_root(void) {
    char *exe = realpath("/proc/self/exe", NULL);
    if (exe == NULL) {
        return NULL;
    }
    char *slash = strrchr(exe, '/');
    size_t dir_len = (size_t) (slash - exe);
    size_t suffix_len = strlen(LAUNCHER_DIR);
    if (dir_len < suffix_len || strncmp(slash - suffix_len, LAUNCHER_DIR, suffix_len) != 0) {
        free(exe);
        return NULL;
    }
    /* bin/ovsguard's root is a directory path, "/" at the top */
    size_t root_len = dir_len - suffix_len;
    if (root_len == 0) {
        free(exe);
        return checked(strdup("/"));
    }
    exe[root_len] = '\0';
    return exe;
}

int main(int argc, char **argv) {
    /* the path the caller asked the kernel to run (a shell's PATH search result): bash's $0 for a script */
    const char *run_as = (const char *) (uintptr_t) getauxval(AT_EXECFN);
    if (run_as == NULL || run_as[0] == '\0') {
        run_as = argc > 0 && argv[0] != NULL ? argv[0] : "ovsguard";
    }
    char *root = repository_root();
    if (root == NULL) {
        fprintf(stderr, "ovsguard: the native launcher must stay in <repository>%s/ (see %s)\n", LAUNCHER_DIR,
                "cli/src/main/launcher/ovsguard_launcher.c");
        return 127;
    }
    if (argc < 1) {
        argc = 1; /* no arguments at all: run as if argv held the name only */
    }

    run_fast_path(root, run_as, argc, argv);

    /* everything else is bin/ovsguard's; it names itself by OVSGUARD_ARGV0 */
    char *script = concat(strcmp(root, "/") == 0 ? "" : root, "/bin/ovsguard");
    struct strings command = {0};
    push(&command, "/bin/bash");
    push(&command, script);
    for (int i = 1; i < argc; i++) {
        push(&command, argv[i]);
    }
    if (setenv("OVSGUARD_ARGV0", run_as, 1) != 0) {
        fprintf(stderr, "ovsguard: cannot set OVSGUARD_ARGV0: %s\n", strerror(errno));
        return 127;
    }
    execv(command.items[0], command.items);
    fprintf(stderr, "ovsguard: cannot run %s: %s\n", script, strerror(errno));
    return 127;
}
