#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Souk::App {

//! The product category tree (core's Categories) with translated names, for the pickers of
//! the catalog and the product editor. It needs nothing from the session: the tree is fixed.
class CategoryTree : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit CategoryTree(QObject *parent = nullptr);

    //! [{path, name, label, depth}]: every category, parents first; label is the name indented
    //! for a flat list ("Kitchen" under "Home"). Called from bindings so a language switch
    //! (QQmlEngine::retranslate re-evaluates them) shows the new names.
    Q_INVOKABLE QVariantList items() const;
    //! The translated name with its parent ("Home › Kitchen"); the path itself when unknown.
    Q_INVOKABLE QString label(const QString &path) const;
    //! The index of a path in items(), -1 when it has none.
    Q_INVOKABLE int indexOf(const QString &path) const;
};

} // namespace Souk::App
