package io.ovsguard.validator.vswitchd;

/** Why ovs-vswitchd could not bring a DPDK port up, as far as its signals tell (memory-model §7). */
public enum FailureKind {
    /** The mbuf mempool could not be created: "Failed to create memory pool for netdev ...". */
    MEMPOOL("the port's mbuf mempool could not be created (not enough DPDK memory on its socket)"),
    /** The pool fit, but the queues set up after it did not ("configure error", "unable to setup rxq"). */
    DEVICE_SETUP("the device's queues could not be set up after its pool was created"),
    /** "Error attaching device '...' to DPDK": wrong devargs, no such device, or not bound to a DPDK driver. */
    DEVICE_NOT_ATTACHED("DPDK could not attach the device: wrong dpdk-devargs, no such device, or the device is not"
            + " bound to a DPDK-capable driver (vfio-pci, uio_pci_generic, igb_uio)"),
    /** "'X' is missing 'options:dpdk-devargs'". */
    DEVARGS_MISSING("the interface has no options:dpdk-devargs"),
    /** "... is trying to use device ... which is already in use by ...". */
    DEVICE_IN_USE("the device is already used by another port"),
    /** "could not create netdev X of unknown type dpdk": DPDK is not initialised. */
    DPDK_NOT_INITIALIZED("DPDK is not initialised in ovs-vswitchd (other_config:dpdk-init=true and a restart)"),
    /** "X: unsupported MTU M". */
    MTU_UNSUPPORTED("the device does not support the requested MTU"),
    /** The port failed, and no signal says why. */
    UNKNOWN("the port failed for a reason ovs-vswitchd's signals do not name");

    private final String explanation;

    FailureKind(String explanation) {
        this.explanation = explanation;
    }

    /** One sentence for an operator. */
    public String explanation() {
        return explanation;
    }

    /** Lower-case id for reports and scripts, e.g. {@code mempool}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
