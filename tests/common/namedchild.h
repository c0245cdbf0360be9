// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtGlobal>

/// The descendant of `parent` of type T whose objectName is `objectName`. Widgets name their
/// parts (setObjectName) and tests reach them this way, not through accessors kept for tests.
/// Stops the test program with a message when there is no such child (a part was renamed).
template<typename T> T *namedChild(const QObject *parent, const char *objectName)
{
    T *child = parent ? parent->findChild<T *>(QString::fromLatin1(objectName)) : nullptr;
    if (!child)
        qFatal("no %s named \"%s\"", T::staticMetaObject.className(), objectName);
    return child;
}
