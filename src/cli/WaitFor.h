#pragma once

#include "api/ApiError.h"

#include <QEventLoop>

namespace amodesk::cli {

// Starts a job of the core (anything with a finished(ApiError) signal) and waits for its end.
template <typename Job, typename Start>
ApiError waitForFinished(Job &job, Start start)
{
    ApiError error;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, [&](const ApiError &e) {
        error = e;
        finished = true;
        loop.quit();
    });
    start();
    if (!finished) // it may end before the loop runs
        loop.exec();
    return error;
}

} // namespace amodesk::cli
