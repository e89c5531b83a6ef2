#include <QTest>
class Placeholder final : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(Placeholder)
#include "tst_stublist.moc"
