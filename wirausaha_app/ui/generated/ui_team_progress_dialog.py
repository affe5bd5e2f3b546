# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_progress_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from wirausaha_app.ui.inputs.date_edit import OptionalDateEdit
from wirausaha_app.ui.inputs.money_edit import MoneyEdit

class Ui_TeamProgressDialog(object):
    def setupUi(self, TeamProgressDialog):
        if not TeamProgressDialog.objectName():
            TeamProgressDialog.setObjectName(u"TeamProgressDialog")
        TeamProgressDialog.setMinimumSize(QSize(760, 600))
        self.mainLayout = QVBoxLayout(TeamProgressDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.teamLabel = QLabel(TeamProgressDialog)
        self.teamLabel.setObjectName(u"teamLabel")
        self.teamLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.teamLabel)

        self.tabs = QTabWidget(TeamProgressDialog)
        self.tabs.setObjectName(u"tabs")
        self.outputsTab = QWidget()
        self.outputsTab.setObjectName(u"outputsTab")
        self.outputsLayout = QVBoxLayout(self.outputsTab)
        self.outputsLayout.setObjectName(u"outputsLayout")
        self.progressLabel = QLabel(self.outputsTab)
        self.progressLabel.setObjectName(u"progressLabel")

        self.outputsLayout.addWidget(self.progressLabel)

        self.outputsTable = QTableWidget(self.outputsTab)
        if (self.outputsTable.columnCount() < 4):
            self.outputsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.outputsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.outputsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.outputsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.outputsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.outputsTable.setObjectName(u"outputsTable")
        self.outputsTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.outputsTable.setColumnCount(4)

        self.outputsLayout.addWidget(self.outputsTable)

        self.outputsError = QLabel(self.outputsTab)
        self.outputsError.setObjectName(u"outputsError")
        self.outputsError.setWordWrap(True)
        self.outputsError.setStyleSheet(u"color: #b71c1c;")

        self.outputsLayout.addWidget(self.outputsError)

        self.outputsButtons = QHBoxLayout()
        self.outputsButtons.setObjectName(u"outputsButtons")
        self.outputsHint = QLabel(self.outputsTab)
        self.outputsHint.setObjectName(u"outputsHint")
        self.outputsHint.setWordWrap(True)

        self.outputsButtons.addWidget(self.outputsHint)

        self.saveOutputsButton = QPushButton(self.outputsTab)
        self.saveOutputsButton.setObjectName(u"saveOutputsButton")

        self.outputsButtons.addWidget(self.saveOutputsButton)

        self.outputsButtons.setStretch(0, 1)

        self.outputsLayout.addLayout(self.outputsButtons)

        self.tabs.addTab(self.outputsTab, "")
        self.fundsTab = QWidget()
        self.fundsTab.setObjectName(u"fundsTab")
        self.fundsLayout = QVBoxLayout(self.fundsTab)
        self.fundsLayout.setObjectName(u"fundsLayout")
        self.entriesTable = QTableWidget(self.fundsTab)
        if (self.entriesTable.columnCount() < 4):
            self.entriesTable.setColumnCount(4)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.entriesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.entriesTable.setColumnCount(4)

        self.fundsLayout.addWidget(self.entriesTable)

        self.ledgerError = QLabel(self.fundsTab)
        self.ledgerError.setObjectName(u"ledgerError")
        self.ledgerError.setWordWrap(True)
        self.ledgerError.setStyleSheet(u"color: #b71c1c;")

        self.fundsLayout.addWidget(self.ledgerError)

        self.ledgerButtons = QHBoxLayout()
        self.ledgerButtons.setObjectName(u"ledgerButtons")
        self.deleteEntryButton = QPushButton(self.fundsTab)
        self.deleteEntryButton.setObjectName(u"deleteEntryButton")

        self.ledgerButtons.addWidget(self.deleteEntryButton)

        self.ledgerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ledgerButtons.addItem(self.ledgerSpacer)


        self.fundsLayout.addLayout(self.ledgerButtons)

        self.fundsBottom = QHBoxLayout()
        self.fundsBottom.setObjectName(u"fundsBottom")
        self.entryGroup = QGroupBox(self.fundsTab)
        self.entryGroup.setObjectName(u"entryGroup")
        self.entryForm = QFormLayout(self.entryGroup)
        self.entryForm.setObjectName(u"entryForm")
        self.entryForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.entry_dateLabel = QLabel(self.entryGroup)
        self.entry_dateLabel.setObjectName(u"entry_dateLabel")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.entry_dateLabel)

        self.entry_date = OptionalDateEdit(self.entryGroup)
        self.entry_date.setObjectName(u"entry_date")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.entry_date)

        self.entry_dateError = QLabel(self.entryGroup)
        self.entry_dateError.setObjectName(u"entry_dateError")
        self.entry_dateError.setWordWrap(True)
        self.entry_dateError.setStyleSheet(u"color: #b71c1c;")

        self.entryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.entry_dateError)

        self.kindLabel = QLabel(self.entryGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.entryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.entryGroup)
        self.kind.setObjectName(u"kind")

        self.entryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.kindError = QLabel(self.entryGroup)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)
        self.kindError.setStyleSheet(u"color: #b71c1c;")

        self.entryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.amountLabel = QLabel(self.entryGroup)
        self.amountLabel.setObjectName(u"amountLabel")

        self.entryForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amount = MoneyEdit(self.entryGroup)
        self.amount.setObjectName(u"amount")

        self.entryForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.amount)

        self.amountError = QLabel(self.entryGroup)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setWordWrap(True)
        self.amountError.setStyleSheet(u"color: #b71c1c;")

        self.entryForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.amountError)

        self.noteLabel = QLabel(self.entryGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.entryForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(self.entryGroup)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(500)

        self.entryForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note)

        self.addEntryButton = QPushButton(self.entryGroup)
        self.addEntryButton.setObjectName(u"addEntryButton")

        self.entryForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addEntryButton)


        self.fundsBottom.addWidget(self.entryGroup)

        self.totalsGroup = QGroupBox(self.fundsTab)
        self.totalsGroup.setObjectName(u"totalsGroup")
        self.totalsForm = QFormLayout(self.totalsGroup)
        self.totalsForm.setObjectName(u"totalsForm")
        self.grantedLabel = QLabel(self.totalsGroup)
        self.grantedLabel.setObjectName(u"grantedLabel")

        self.totalsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.grantedLabel)

        self.grantedTotal = QLabel(self.totalsGroup)
        self.grantedTotal.setObjectName(u"grantedTotal")
        self.grantedTotal.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.totalsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.grantedTotal)

        self.disbursedLabel = QLabel(self.totalsGroup)
        self.disbursedLabel.setObjectName(u"disbursedLabel")

        self.totalsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.disbursedLabel)

        self.disbursedTotal = QLabel(self.totalsGroup)
        self.disbursedTotal.setObjectName(u"disbursedTotal")
        self.disbursedTotal.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.totalsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.disbursedTotal)

        self.reportedLabel = QLabel(self.totalsGroup)
        self.reportedLabel.setObjectName(u"reportedLabel")

        self.totalsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reportedLabel)

        self.reportedTotal = QLabel(self.totalsGroup)
        self.reportedTotal.setObjectName(u"reportedTotal")
        self.reportedTotal.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.totalsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reportedTotal)

        self.remainingLabel = QLabel(self.totalsGroup)
        self.remainingLabel.setObjectName(u"remainingLabel")

        self.totalsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.remainingLabel)

        self.remainingTotal = QLabel(self.totalsGroup)
        self.remainingTotal.setObjectName(u"remainingTotal")
        self.remainingTotal.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.totalsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.remainingTotal)

        self.unreportedLabel = QLabel(self.totalsGroup)
        self.unreportedLabel.setObjectName(u"unreportedLabel")

        self.totalsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unreportedLabel)

        self.unreportedTotal = QLabel(self.totalsGroup)
        self.unreportedTotal.setObjectName(u"unreportedTotal")
        self.unreportedTotal.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.totalsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unreportedTotal)


        self.fundsBottom.addWidget(self.totalsGroup)


        self.fundsLayout.addLayout(self.fundsBottom)

        self.fundsLayout.setStretch(0, 1)
        self.tabs.addTab(self.fundsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(TeamProgressDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.entry_dateLabel.setBuddy(self.entry_date)
        self.kindLabel.setBuddy(self.kind)
        self.amountLabel.setBuddy(self.amount)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TeamProgressDialog)

        QMetaObject.connectSlotsByName(TeamProgressDialog)
    # setupUi

    def retranslateUi(self, TeamProgressDialog):
        TeamProgressDialog.setWindowTitle(QCoreApplication.translate("TeamProgressDialog", u"Outputs and seed funding", None))
        ___qtablewidgetitem = self.outputsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TeamProgressDialog", u"Output", None))
        ___qtablewidgetitem1 = self.outputsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TeamProgressDialog", u"Status", None))
        ___qtablewidgetitem2 = self.outputsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TeamProgressDialog", u"Date", None))
        ___qtablewidgetitem3 = self.outputsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("TeamProgressDialog", u"Note", None))
        self.outputsHint.setText(QCoreApplication.translate("TeamProgressDialog", u"A done output needs the date it was achieved.", None))
        self.saveOutputsButton.setText(QCoreApplication.translate("TeamProgressDialog", u"&Save outputs", None))
#if QT_CONFIG(tooltip)
        self.saveOutputsButton.setToolTip(QCoreApplication.translate("TeamProgressDialog", u"Save the outputs (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.outputsTab), QCoreApplication.translate("TeamProgressDialog", u"&Outputs (luaran)", None))
        ___qtablewidgetitem4 = self.entriesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("TeamProgressDialog", u"Date", None))
        ___qtablewidgetitem5 = self.entriesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("TeamProgressDialog", u"Kind", None))
        ___qtablewidgetitem6 = self.entriesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("TeamProgressDialog", u"Amount", None))
        ___qtablewidgetitem7 = self.entriesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("TeamProgressDialog", u"Note", None))
        self.deleteEntryButton.setText(QCoreApplication.translate("TeamProgressDialog", u"&Delete entry", None))
#if QT_CONFIG(tooltip)
        self.deleteEntryButton.setToolTip(QCoreApplication.translate("TeamProgressDialog", u"Delete the selected ledger entry (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.entryGroup.setTitle(QCoreApplication.translate("TeamProgressDialog", u"New entry", None))
        self.entry_dateLabel.setText(QCoreApplication.translate("TeamProgressDialog", u"Da&te *:", None))
        self.kindLabel.setText(QCoreApplication.translate("TeamProgressDialog", u"&Kind *:", None))
        self.amountLabel.setText(QCoreApplication.translate("TeamProgressDialog", u"&Amount *:", None))
        self.noteLabel.setText(QCoreApplication.translate("TeamProgressDialog", u"N&ote:", None))
        self.addEntryButton.setText(QCoreApplication.translate("TeamProgressDialog", u"A&dd entry", None))
        self.totalsGroup.setTitle(QCoreApplication.translate("TeamProgressDialog", u"Totals", None))
        self.grantedLabel.setText(QCoreApplication.translate("TeamProgressDialog", u"Granted:", None))
        self.disbursedLabel.setText(QCoreApplication.translate("TeamProgressDialog", u"Disbursed:", None))
        self.reportedLabel.setText(QCoreApplication.translate("TeamProgressDialog", u"Reported:", None))
        self.remainingLabel.setText(QCoreApplication.translate("TeamProgressDialog", u"Not yet disbursed:", None))
        self.unreportedLabel.setText(QCoreApplication.translate("TeamProgressDialog", u"Disbursed, not yet reported:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.fundsTab), QCoreApplication.translate("TeamProgressDialog", u"Seed &funding", None))
    # retranslateUi

