// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exportsettings.h"

#include <QSettings>

namespace TokenDesk {

namespace {
const QString Group = QStringLiteral("export");
const QString ColumnsKey = QStringLiteral("columns");
const QString PresetKey = QStringLiteral("preset");
const QString HeaderKey = QStringLiteral("header");
const QString FormulaGuardKey = QStringLiteral("formulaGuard");
const QString LoadDetailsKey = QStringLiteral("loadDetailsFirst");
const QString DirectoryKey = QStringLiteral("directory");
} // namespace

ExportSettings ExportSettings::load(QSettings &settings)
{
    ExportSettings result;
    settings.beginGroup(Group);
    const QString keys = settings.value(ColumnsKey).toStringList().join(QLatin1Char(','));
    if (!keys.isEmpty()) {
        if (const std::optional<QList<TokenColumn>> columns = TokenColumns::parseKeys(keys)) {
            result.columns = *columns;
        }
    }
    if (const std::optional<CsvOptions::Preset> preset =
            CsvOptions::presetFromName(settings.value(PresetKey).toString())) {
        result.preset = *preset;
    }
    result.header = settings.value(HeaderKey, result.header).toBool();
    result.formulaGuard = settings.value(FormulaGuardKey, result.formulaGuard).toBool();
    result.loadDetailsFirst = settings.value(LoadDetailsKey, result.loadDetailsFirst).toBool();
    result.directory = settings.value(DirectoryKey).toString();
    settings.endGroup();
    return result;
}

void ExportSettings::save(QSettings &settings) const
{
    settings.beginGroup(Group);
    if (columns.isEmpty()) {
        settings.remove(ColumnsKey);
    } else {
        settings.setValue(ColumnsKey, TokenColumns::keys(columns));
    }
    settings.setValue(PresetKey, CsvOptions::presetName(preset));
    settings.setValue(HeaderKey, header);
    settings.setValue(FormulaGuardKey, formulaGuard);
    settings.setValue(LoadDetailsKey, loadDetailsFirst);
    if (directory.isEmpty()) {
        settings.remove(DirectoryKey);
    } else {
        settings.setValue(DirectoryKey, directory);
    }
    settings.endGroup();
}

CsvOptions ExportSettings::csvOptions(const QLocale &locale) const
{
    CsvOptions options = CsvOptions::fromPreset(preset, locale);
    options.header = header;
    options.formulaGuard = formulaGuard;
    return options;
}

} // namespace TokenDesk
