package io.ovsguard.validator.guard;

/** The guard met a state it cannot handle (a refused rollback write, a database without its root row). */
public class GuardException extends RuntimeException {

    public GuardException(String message) {
        super(message);
    }
}
