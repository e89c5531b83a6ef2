// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Where TokenDesk keeps its settings (profiles, filters, window layout, export choices): the
// organisation and application names that QSettings files them under. The desktop app takes them as
// its application's names; the CLI, whose application name is its own, opens the same file with them
// to read the window's profiles.
#pragma once

#include <QString>

namespace TokenDesk::SettingsLocation {

inline QString organization()
{
    return QStringLiteral("TokenDesk");
}

inline QString application()
{
    return QStringLiteral("TokenDesk");
}

} // namespace TokenDesk::SettingsLocation
