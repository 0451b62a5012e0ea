package io.github.carbon4j.nvml;

/** An NVML call that did not return {@code NVML_SUCCESS}; carries the function and the return code. */
final class NvmlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String function;
    private final int code;

    NvmlException(String function, int code) {
        super(function + " returned " + code);
        this.function = function;
        this.code = code;
    }

    /** The C function that failed, e.g. {@code nvmlInit_v2}. */
    String function() {
        return function;
    }

    /** The {@code nvmlReturn_t} value. */
    int code() {
        return code;
    }

    /** Whether the failure means "this device cannot do that", as opposed to something broken. */
    boolean unsupported() {
        return code == Nvml.NOT_SUPPORTED || code == Nvml.FUNCTION_NOT_FOUND;
    }
}
