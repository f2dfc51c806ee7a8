#pragma once

#include <QCoreApplication>

namespace bookflow {

// Translatable strings of core outside QObject classes (Qt Creator's habit: one Tr struct per
// library). lupdate sees Tr::tr() through Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Bookflow)
};

} // namespace bookflow
