package io.ovsguard.validator.switchconf;

import java.util.Optional;

/** Versions given by the operator, for planning a switch that is not running (or whose row lacks them). */
public record VersionPin(String ovsVersion, Optional<String> dpdkVersion) {
}
