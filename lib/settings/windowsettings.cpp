// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "windowsettings.h"

#include <QSettings>

namespace TokenDesk {

namespace {
const QString Group = QStringLiteral("window");
const QString GeometryKey = QStringLiteral("geometry");
const QString StateKey = QStringLiteral("state");
const QString TableHeaderKey = QStringLiteral("tableHeader");
} // namespace

WindowSettings WindowSettings::load(QSettings &settings)
{
    WindowSettings result;
    settings.beginGroup(Group);
    result.geometry = settings.value(GeometryKey).toByteArray();
    result.state = settings.value(StateKey).toByteArray();
    result.tableHeader = settings.value(TableHeaderKey).toByteArray();
    settings.endGroup();
    return result;
}

void WindowSettings::save(QSettings &settings) const
{
    settings.beginGroup(Group);
    settings.setValue(GeometryKey, geometry);
    settings.setValue(StateKey, state);
    settings.setValue(TableHeaderKey, tableHeader);
    settings.endGroup();
}

} // namespace TokenDesk
