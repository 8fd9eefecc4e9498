#pragma once

#include <QJsonObject>
#include <QStringList>
#include <functional>

//! Random arguments for every mutator, for the randomized simulation (tests/sim) and the
//! mutator fuzzer (tests/fuzz): test code, linked only by tests and benchmarks
//! (souk_core_testing), never into the client or the server.
namespace Souk::Sync::Arbitrary {

//! What a generator of random arguments may draw on.
struct ArbitraryInput
{
    std::function<quint32(quint32 bound)> random; // uniform in [0, bound)
    QString userId; // who runs the mutation
    QStringList userIds; // every user in the simulation
    //! Ids of rows of an entity that the acting device can see now.
    std::function<QStringList(const QString &entity)> ids;
    QStringList mediaIds; // images stored on the server, for posts
    //! The fields of a row the acting device holds (empty when it has none): for arguments
    //! that must match it, such as the price a checkout confirms.
    std::function<QJsonObject(const QString &entity, const QString &id)> fields = {};
};

//! Mostly valid arguments and sometimes deliberately not (another user's row, a missing row,
//! following oneself), so rejections and rollbacks are exercised too.
using Generator = std::function<QJsonObject(const ArbitraryInput &)>;

//! The generator of a mutator's arguments, or an empty one when it has none (the simulation
//! fails on a mutator without one).
Generator generatorFor(const QString &mutator);

} // namespace Souk::Sync::Arbitrary
