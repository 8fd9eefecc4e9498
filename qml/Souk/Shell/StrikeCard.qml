import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// One strike: what was done, why, under which rule, to what, and where its appeal stands.
QQC2.ItemDelegate {
    id: card

    required property var strike

    contentItem: ColumnLayout {
        spacing: 2
        RowLayout {
            QQC2.Label {
                textFormat: Text.PlainText
                text: ModerationText.action(card.strike.action ?? "")
                font.bold: true
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: card.strike.createdAt ? card.strike.createdAt.toLocaleDateString(Qt.locale(), Locale.ShortFormat) : ""
                opacity: 0.7
            }
            QQC2.Label {
                textFormat: Text.PlainText
                visible: card.strike.until !== undefined && card.strike.until !== null
                text: card.strike.until ? qsTr("until %1").arg(card.strike.until.toLocaleString(Qt.locale(), Locale.ShortFormat)) : ""
            }
            Item { Layout.fillWidth: true }
            QQC2.Label {
                textFormat: Text.PlainText
                visible: card.strike.status === "overturned" || (card.strike.appeal ?? "") !== ""
                text: card.strike.status === "overturned" ? qsTr("Overturned")
                                                           : ModerationText.appeal(card.strike.appeal ?? "")
                color: card.strike.status === "overturned" ? "#188038" : "#b06000"
            }
        }
        QQC2.Label {
            textFormat: Text.PlainText
            text: (card.strike.rule ? card.strike.rule + " — " : "") + (card.strike.reason ?? "")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        QQC2.Label {
            textFormat: Text.PlainText
            visible: (card.strike.excerpt ?? "") !== ""
            text: qsTr("%1: “%2”").arg(ModerationText.target(card.strike.targetType)).arg(card.strike.excerpt)
            wrapMode: Text.Wrap
            opacity: 0.7
            Layout.fillWidth: true
        }
    }
}
