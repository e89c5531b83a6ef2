// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The parts of the main window for tests, screenshots and tools: its widgets and the objects that
// run its operations, looked up by object name as a user-facing tool (accessibility, Squish) would.
// The names are set in mainwindow.cpp and listed here, in one place; the window itself carries no
// getters for them and does not depend on anyone using them. Each lookup asserts that the part is
// there (and returns nullptr in release builds where it is not).
#pragma once

#include "detailpane.h"
#include "exportcontroller.h"
#include "exportdialog.h" // exportcontroller.h uses QPointer<ExportDialog> inline
#include "filterpane.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "reportcontroller.h"
#include "tokenoperations.h"

#include <QComboBox>
#include <QLineEdit>
#include <QString>
#include <QTableView>

namespace TokenDesk {

namespace WindowParts {

namespace Names {
inline constexpr char table[] = "tokensTableView";
// Failures of the list and of operations.
inline constexpr char banner[] = "errorBanner";
// Shown for as long as the connection sends the API token over plain http to another host.
inline constexpr char insecureBanner[] = "insecureBanner";
// The line above the table that says what the view cannot decide without more details.
inline constexpr char partialBar[] = "partialDataBar";
// Shown while a typed API token could not go to the system keyring and lives in this session only.
inline constexpr char keyringBanner[] = "keyringBanner";
inline constexpr char profileComboBox[] = "profileComboBox";
inline constexpr char filterPane[] = "filterPane";
inline constexpr char detailPane[] = "detailPane";
inline constexpr char quickFilter[] = "quickFilterLineEdit";
inline constexpr char statusFilter[] = "statusFilterComboBox";
inline constexpr char operations[] = "tokenOperations";
inline constexpr char exportController[] = "exportController";
inline constexpr char reportController[] = "reportController";
} // namespace Names

// The window's descendant of type T named `name`; asserts that there is one.
template<typename T>
T *part(const MainWindow &window, const char *name)
{
    T *found = window.findChild<T *>(QLatin1String(name));
    Q_ASSERT_X(found, "WindowParts::part", name);
    return found;
}

inline QTableView *table(const MainWindow &w)
{
    return part<QTableView>(w, Names::table);
}
inline MessageBanner *banner(const MainWindow &w)
{
    return part<MessageBanner>(w, Names::banner);
}
inline MessageBanner *insecureBanner(const MainWindow &w)
{
    return part<MessageBanner>(w, Names::insecureBanner);
}
inline MessageBanner *partialBar(const MainWindow &w)
{
    return part<MessageBanner>(w, Names::partialBar);
}
inline MessageBanner *keyringBanner(const MainWindow &w)
{
    return part<MessageBanner>(w, Names::keyringBanner);
}
inline QComboBox *profileComboBox(const MainWindow &w)
{
    return part<QComboBox>(w, Names::profileComboBox);
}
inline FilterPane *filterPane(const MainWindow &w)
{
    return part<FilterPane>(w, Names::filterPane);
}
inline DetailPane *detailPane(const MainWindow &w)
{
    return part<DetailPane>(w, Names::detailPane);
}
inline QLineEdit *quickFilter(const MainWindow &w)
{
    return part<QLineEdit>(w, Names::quickFilter);
}
inline QComboBox *statusFilter(const MainWindow &w)
{
    return part<QComboBox>(w, Names::statusFilter);
}
inline TokenOperations *operations(const MainWindow &w)
{
    return part<TokenOperations>(w, Names::operations);
}
inline ExportController *exportController(const MainWindow &w)
{
    return part<ExportController>(w, Names::exportController);
}
inline ReportController *reportController(const MainWindow &w)
{
    return part<ReportController>(w, Names::reportController);
}

} // namespace WindowParts
} // namespace TokenDesk
