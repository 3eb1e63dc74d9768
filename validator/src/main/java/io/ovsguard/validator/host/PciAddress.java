package io.ovsguard.validator.host;

import java.util.Locale;

/**
 * A PCI address, {@code DDDD:BB:DD.F} or the short {@code BB:DD.F} (domain 0), as DPDK accepts in
 * {@code options:dpdk-devargs}. Anything after the function (e.g. {@code ,representor=...}) is not part of it.
 */
public record PciAddress(int domain, int bus, int device, int function) implements Comparable<PciAddress> {

    public PciAddress {
        check(domain, 0xffff, "domain");
        check(bus, 0xff, "bus");
        check(device, 0x1f, "device");
        check(function, 0x7, "function");
    }

    private static void check(int value, int max, String part) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("PCI " + part + " " + value + " is out of range 0.." + max);
        }
    }

    /**
     * Parses an address.
     *
     * @throws IllegalArgumentException whose message names the bad part and quotes the text
     */
    public static PciAddress parse(String text) {
        String t = text.strip();
        int dot = t.lastIndexOf('.');
        if (dot < 0) {
            throw bad(text, "missing \".function\"");
        }
        String[] head = t.substring(0, dot).split(":", -1);
        String fn = t.substring(dot + 1);
        if (head.length < 2 || head.length > 3) {
            throw bad(text, "expected DDDD:BB:DD.F or BB:DD.F");
        }
        int i = 0;
        int domain = head.length == 3 ? hex(text, head[i++], "domain", 4) : 0;
        int bus = hex(text, head[i++], "bus", 2);
        int device = hex(text, head[i], "device", 2);
        int function = hex(text, fn, "function", 1);
        if (device > 0x1f) {
            throw bad(text, "device \"" + head[i] + "\" is above 1f");
        }
        if (function > 7) {
            throw bad(text, "function \"" + fn + "\" is above 7");
        }
        return new PciAddress(domain, bus, device, function);
    }

    /** True when the text has the shape of a PCI address attempt (hex digits, colons and a dot). */
    public static boolean looksLikePciAddress(String text) {
        return text.matches("[0-9A-Za-z]*:[0-9A-Za-z:.]*") && !text.contains("=");
    }

    private static int hex(String text, String part, String name, int maxDigits) {
        if (part.isEmpty() || part.length() > maxDigits || !part.matches("[0-9a-fA-F]+")) {
            throw bad(text, name + " \"" + part + "\" is not " + (maxDigits == 1 ? "one hex digit"
                    : "1 to " + maxDigits + " hex digits"));
        }
        return Integer.parseInt(part, 16);
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("bad PCI address \"" + text + "\": " + why);
    }

    /** The canonical sysfs spelling, {@code 0000:8b:00.0}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04x:%02x:%02x.%x", domain, bus, device, function);
    }

    @Override
    public int compareTo(PciAddress o) {
        return toString().compareTo(o.toString());
    }
}
