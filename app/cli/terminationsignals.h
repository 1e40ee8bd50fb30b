#pragma once

#include <QObject>

// Turns SIGINT/SIGTERM into a Qt signal on the main thread, so that `serve`
// can say goodbye to its peers instead of vanishing.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void terminationRequested();
};
