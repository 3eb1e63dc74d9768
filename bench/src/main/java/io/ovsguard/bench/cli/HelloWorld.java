package io.ovsguard.bench.cli;

/** The yardstick: the smallest Java program, started the way bin/ovsguard starts the CLI. */
public final class HelloWorld {

    private HelloWorld() {
    }

    public static void main(String[] args) {
        System.out.println("hello, world");
    }
}
