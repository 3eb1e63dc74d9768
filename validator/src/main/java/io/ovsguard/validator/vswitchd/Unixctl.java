package io.ovsguard.validator.vswitchd;

import java.util.List;

/** Sends one command to ovs-vswitchd's unixctl socket. */
@FunctionalInterface
public interface Unixctl {

    /**
     * @throws VswitchdSignalException if the command could not be sent at all (not if the daemon answered an error)
     */
    UnixctlReply call(List<String> command);
}
