#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThread>
#include <optional>
#include <type_traits>

namespace Souk::App {

//! Runs `work` on the thread `object` lives in and returns its result: directly when that is
//! this thread, else by a blocking queued call. The app keeps the sync engine (its SQLite
//! connection, network and socket) on a worker thread, so a long pull or rebase never stops
//! the interface from drawing; short calls from the interface go through here.
template<typename Work> auto onThreadOf(QObject *object, Work &&work) -> std::invoke_result_t<Work>
{
    using R = std::invoke_result_t<Work>;
    if (object->thread() == QThread::currentThread())
        return work();
    if constexpr (std::is_void_v<R>) {
        QMetaObject::invokeMethod(object, std::forward<Work>(work), Qt::BlockingQueuedConnection);
    } else {
        std::optional<R> result;
        QMetaObject::invokeMethod(
            object, [&] { result.emplace(work()); }, Qt::BlockingQueuedConnection);
        return std::move(*result);
    }
}

} // namespace Souk::App
