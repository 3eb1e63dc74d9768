package io.ovsguard.bench;

/**
 * A JVM that does nothing but print its result line: the floor of start-up time and peak memory
 * under which no Java peer can go on this JDK and these flags. The benchmark prints it next to the
 * peers so that their figures can be read against it.
 *
 * <p>Usage as {@link RawPeer}; the arguments are only echoed.
 */
public final class HelloPeer {

    private HelloPeer() {
    }

    public static void main(String[] args) {
        String mode = args.length > 2 ? args[2] : "none";
        System.out.printf("RESULT peer=hello mode=%s count=0 seconds=0.000000%n", mode);
    }
}
