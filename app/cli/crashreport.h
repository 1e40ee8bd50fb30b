#pragma once

// On a fatal signal (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT), prints the
// stack to stderr before dying the usual way, where the platform can: a
// tandem-cli that dies inside a test VM or on a user's server leaves a
// trace in the log it was writing instead of just stopping. Addresses are
// printed as binary(+offset); `addr2line -e <binary> <offset>` names them.
// Does nothing under sanitizers, which report crashes themselves.
void installCrashReport();
