#pragma once

// Whether standard output is a terminal someone watches (a progress bar is
// drawn there) rather than a pipe or a log file. One file per platform
// (terminal_posix.cpp, terminal_windows.cpp), chosen in CMakeLists.txt.
bool stdoutIsTerminal();
