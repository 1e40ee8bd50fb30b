#pragma once

#include <QObject>

// Turns a request to stop into a Qt signal on the main thread, so that
// `serve` and the long commands say goodbye to their peers and release the
// profile instead of vanishing: SIGINT and SIGTERM on POSIX
// (terminationsignals_posix.cpp); Ctrl+C, Ctrl+Break and closing the console
// window on Windows (terminationsignals_windows.cpp). One at a time per
// process: the system's handlers are process-wide.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void terminationRequested();
};
