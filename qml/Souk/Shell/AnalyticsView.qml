pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// The admins' dashboard: per day over 7, 30 or 90 days, active users, new accounts, posts,
// messages, orders and revenue per currency, reports opened against resolved, and the median
// time to resolve a report. Computed by the server (GET /api/v1/admin/stats).
QQC2.ScrollView {
    id: root

    required property ModerationController moderation
    property int days: 30

    contentWidth: availableWidth
    Component.onCompleted: root.moderation.loadStats(root.days)

    function series(name: string): var {
        return (root.moderation.stats.days ?? []).map(d => d[name] ?? 0)
    }
    function duration(ms: real): string {
        const minutes = Math.round(ms / 60000)
        return minutes < 60 ? qsTr("%n minute(s)", "", minutes)
             : minutes < 48 * 60 ? qsTr("%n hour(s)", "", Math.round(minutes / 60))
             : qsTr("%n day(s)", "", Math.round(minutes / 1440))
    }
    function total(name: string): string {
        return Number((root.moderation.stats.totals ?? {})[name] ?? 0).toLocaleString(Qt.locale(), "f", 0)
    }

    ColumnLayout {
        width: root.availableWidth - 16
        x: 8
        spacing: 12
        RowLayout {
            Repeater {
                model: [7, 30, 90]
                QQC2.Button {
                    required property int modelData
                    text: qsTr("%n days", "", modelData)
                    checkable: true
                    checked: root.days === modelData
                    onClicked: {
                        root.days = modelData
                        root.moderation.loadStats(modelData)
                    }
                }
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: (root.moderation.stats.from ?? "") + " – " + (root.moderation.stats.to ?? "")
                opacity: 0.7
                Layout.leftMargin: 12
            }
        }
        QQC2.Label {
            textFormat: Text.PlainText
            visible: root.moderation.error !== ""
            text: root.moderation.error
            color: "#c5221f"
        }
        GridLayout {
            Layout.fillWidth: true
            columns: root.availableWidth > 700 ? 2 : 1
            columnSpacing: 24
            rowSpacing: 16
            BarChart {
                Layout.fillWidth: true
                title: qsTr("Daily active users")
                values: root.series("active_users")
                total: qsTr("%1 different").arg(root.total("active_users"))
            }
            BarChart {
                Layout.fillWidth: true
                title: qsTr("New accounts")
                values: root.series("new_accounts")
                total: root.total("new_accounts")
            }
            BarChart {
                Layout.fillWidth: true
                title: qsTr("Posts")
                values: root.series("posts")
                total: root.total("posts")
            }
            BarChart {
                Layout.fillWidth: true
                title: qsTr("Messages")
                values: root.series("messages")
                total: root.total("messages")
            }
            BarChart {
                Layout.fillWidth: true
                title: qsTr("Orders")
                values: root.series("orders")
                total: root.total("orders")
            }
            Repeater {
                model: root.moderation.stats.currencies ?? []
                BarChart {
                    required property string modelData
                    Layout.fillWidth: true
                    title: qsTr("Revenue in %1").arg(modelData)
                    color: "#e37400"
                    // Minor units to whole units for the scale; the total is exact.
                    values: (root.moderation.stats.days ?? []).map(d => (d.revenue[modelData] ?? 0) / 100)
                    total: ((root.moderation.stats.totals?.revenue ?? {})[modelData] ?? 0) / 100 + " " + modelData
                }
            }
            BarChart {
                Layout.fillWidth: true
                title: qsTr("Reports opened (blue) and resolved (green)")
                values: root.series("reports_opened")
                second: root.series("reports_resolved")
                total: qsTr("%1 opened, %2 resolved").arg(root.total("reports_opened")).arg(root.total("reports_resolved"))
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: (root.moderation.stats.median_resolve_ms ?? null) !== null
                      ? qsTr("Median time to resolve a report: %1").arg(root.duration(root.moderation.stats.median_resolve_ms))
                      : qsTr("No report was resolved in this period.")
                font.bold: true
            }
        }
    }
}
