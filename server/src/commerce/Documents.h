#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <optional>

namespace Souk::Server {

//! Private files (a shop request's supporting documents: PDF or image). Unlike media they are
//! never served by hash to anyone: only their uploader and moderators may read them. Stored
//! under <data>/documents/<sha256>, recorded in the documents table with their owner.
class Documents
{
public:
    explicit Documents(QString directory)
        : m_directory(std::move(directory))
    { }

    struct Document
    {
        QString id; // SHA-256 of the bytes, hex
        QString ownerId;
        QString mime;
        qint64 bytes = 0;
    };

    //! What one account may keep: a shop request needs at most five, so twenty leaves room for
    //! a rejected request or two without letting anyone fill the server's disk.
    static constexpr int MaxPerAccount = 20;
    static constexpr qint64 MaxBytesPerAccount = 50LL * 1024 * 1024;

    //! Stores the bytes for `ownerId` (415 when they are not PDF, PNG, JPEG or WebP; 422
    //! document_quota past the account's quota, the same bytes again excepted).
    Result<Document> store(QSqlDatabase &db, const QString &ownerId, const QByteArray &bytes) const;
    //! The document as uploaded by `ownerId`, or by anyone when `ownerId` is empty (moderators).
    Result<std::optional<Document>> find(QSqlDatabase &db, const QString &id,
                                         const QString &ownerId) const;
    Result<QByteArray> read(const QString &id) const;

private:
    QString m_directory;
};

} // namespace Souk::Server
