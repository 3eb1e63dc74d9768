package io.ovsguard.validator.vswitchd;

/** What one unixctl command answered; {@code exitCode} 0 means the daemon answered without error. */
public record UnixctlReply(int exitCode, String stdout, String stderr) {

    public boolean succeeded() {
        return exitCode == 0;
    }
}
