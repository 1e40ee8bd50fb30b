#include "crashreport.h"

// No portable way to walk the stack from a signal handler: the platform's
// own crash reporting (Windows Error Reporting, macOS crash reports) applies.
void installCrashReport() { }
