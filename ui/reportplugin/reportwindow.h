// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The interface of the report plugin (tokendesk-report): the window that draws the audit report's
// charts with Qt Charts and prints it to PDF. TokenDesk loads the plugin only when a report is
// opened, so that the main window does not link Qt Charts, which its first paint never needs. The
// plugin knows nothing of tokens: it gets titles, labels and numbers, and reports clicks on bars.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtPlugin>

#include <functional>

class QWidget;

namespace TokenDesk {

struct ReportData
{
    QString windowTitle;
    QString heading;         // "Audit report: Demo cluster"
    QStringList headerLines; // cluster, date, filter, counts: printed on the PDF too
    struct Chart
    {
        QString title;
        QString valueAxisTitle;
        QString categoryAxisTitle;
        QStringList labels;
        QList<int> values;
        bool horizontal = false; // bars along the x axis (long labels: scopes, owners)
    };
    QList<Chart> charts;
    QString defaultPdfName; // suggested file name for "Export PDF"
};

class ReportWindowFactory
{
public:
    virtual ~ReportWindowFactory() = default;
    // A top-level window (deleted on close) showing `data`. `barClicked(chart, bar)` runs when the
    // user clicks a bar, with the indices into data.charts and the chart's labels.
    virtual QWidget *create(const ReportData &data, std::function<void(int chart, int bar)> barClicked,
                            QWidget *parent) = 0;
};

} // namespace TokenDesk

#define TokenDesk_ReportWindowFactory_iid "io.github.tokendesk.ReportWindowFactory/1"
Q_DECLARE_INTERFACE(TokenDesk::ReportWindowFactory, TokenDesk_ReportWindowFactory_iid)
