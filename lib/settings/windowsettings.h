// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window's saved layout, kept in the QSettings group "window": its geometry, the state of
// its docks and toolbar, and the table header (column order, widths, hidden columns). The values
// are Qt's own opaque blobs (QWidget::saveGeometry, QMainWindow::saveState,
// QHeaderView::saveState), which refuse a blob they cannot read; empty = nothing saved yet.
// Never a secret.
#pragma once

#include <QByteArray>

class QSettings;

namespace TokenDesk {

struct WindowSettings
{
    QByteArray geometry;
    QByteArray state;
    QByteArray tableHeader;

    static WindowSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const WindowSettings &a, const WindowSettings &b)
    {
        return a.geometry == b.geometry && a.state == b.state && a.tableHeader == b.tableHeader;
    }
};

} // namespace TokenDesk
