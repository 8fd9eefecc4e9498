#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace Souk::Bench {

//! What the chat bench reads from the server's realtime frames and sync answers, read with
//! JsonReader: only these fields, in whatever order the keys come (QJsonDocument writes them
//! sorted, so "changes" comes before "type"), every other value skipped.

//! A change to a row, as much of it as the bench looks at.
struct Change
{
    QByteArray table;
    QByteArray id;
    QByteArray authorId; // fields.author_id
    QByteArray body; // fields.body
};

//! A realtime frame: a "delta" ({bucket, after, cursor, changes}) or a "poke"; other types
//! (hello, presence, typing) are Other.
struct Frame
{
    enum class Type { Other, Poke, Delta };
    Type type = Type::Other;
    QByteArray bucket;
    qint64 after = 0; // 0 when absent, as QJsonValue::toInteger() gave
    qint64 cursor = 0;
    std::vector<Change> changes;
};

//! The answer to a pull: each bucket's new cursor, and the changes.
struct PullAnswer
{
    struct Bucket
    {
        QByteArray name;
        qint64 cursor = 0;
        bool hasMore = false;
    };
    std::vector<Bucket> buckets;
    std::vector<Change> changes;
};

//! The JSON of a sendMessage mutation, byte for byte what QJsonDocument::toJson(Compact) wrote
//! for it before (keys sorted), without building a QJsonObject for each message.
QByteArray sendMessageMutation(qint64 seq, QByteArrayView id, QByteArrayView conversation,
                               QByteArrayView body, QByteArrayView hlc);
//! The body of a push: `mutations` is their JSON texts joined with commas.
QByteArray pushBody(QByteArrayView clientId, int schemaVersion, QByteArrayView mutations);

//! False if `text` is not one JSON object (the frame is then left as Other).
bool readFrame(QByteArrayView text, Frame *frame);
bool readPullAnswer(QByteArrayView body, PullAnswer *answer);
//! How many of a push answer's results have the status "applied" (0 if it is not one).
qsizetype appliedCount(QByteArrayView body);

} // namespace Souk::Bench
