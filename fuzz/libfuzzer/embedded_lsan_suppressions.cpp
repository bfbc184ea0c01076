// LeakSanitizer's built-in settings for the fuzz executables: scripts/lsan.supp, embedded by CMake, so that
// every way of running them (scripts/fuzz and its fork-mode children, ClusterFuzzLite, the benchmark)
// tolerates CPython's and NumPy's objects that live until exit, without anyone setting LSAN_OPTIONS.
extern "C" const char* __lsan_default_suppressions() {
    return
#include "lsan_suppressions.inc"
        ;
}

// The list of suppressions used would follow every run's output; only unsuppressed leaks matter.
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }
