# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'suggestions_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

from wirausaha_app.ui.dialogs.pickers import ChoiceCombo
from wirausaha_app.ui.inputs.date_edit import OptionalDateEdit

class Ui_SuggestionsDialog(object):
    def setupUi(self, SuggestionsDialog):
        if not SuggestionsDialog.objectName():
            SuggestionsDialog.setObjectName(u"SuggestionsDialog")
        SuggestionsDialog.setMinimumSize(QSize(900, 520))
        self.mainLayout = QVBoxLayout(SuggestionsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.targetLabel = QLabel(SuggestionsDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.topLayout.addWidget(self.targetLabel)

        self.target = ChoiceCombo(SuggestionsDialog)
        self.target.setObjectName(u"target")
        self.target.setMinimumSize(QSize(280, 0))

        self.topLayout.addWidget(self.target)

        self.findButton = QPushButton(SuggestionsDialog)
        self.findButton.setObjectName(u"findButton")

        self.topLayout.addWidget(self.findButton)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.startLabel = QLabel(SuggestionsDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.topLayout.addWidget(self.startLabel)

        self.startDate = OptionalDateEdit(SuggestionsDialog)
        self.startDate.setObjectName(u"startDate")

        self.topLayout.addWidget(self.startDate)


        self.mainLayout.addLayout(self.topLayout)

        self.summaryLabel = QLabel(SuggestionsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.proposals = QTableWidget(SuggestionsDialog)
        self.proposals.setObjectName(u"proposals")
        self.proposals.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.proposals.setAlternatingRowColors(True)
        self.proposals.horizontalHeader().setStretchLastSection(True)
        self.proposals.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.proposals)

        self.tickLayout = QHBoxLayout()
        self.tickLayout.setObjectName(u"tickLayout")
        self.tickAllButton = QPushButton(SuggestionsDialog)
        self.tickAllButton.setObjectName(u"tickAllButton")

        self.tickLayout.addWidget(self.tickAllButton)

        self.tickNoneButton = QPushButton(SuggestionsDialog)
        self.tickNoneButton.setObjectName(u"tickNoneButton")

        self.tickLayout.addWidget(self.tickNoneButton)

        self.tickSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tickLayout.addItem(self.tickSpacer)


        self.mainLayout.addLayout(self.tickLayout)

        self.buttonBox = QDialogButtonBox(SuggestionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.targetLabel.setBuddy(self.target)
        self.startLabel.setBuddy(self.startDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SuggestionsDialog)

        QMetaObject.connectSlotsByName(SuggestionsDialog)
    # setupUi

    def retranslateUi(self, SuggestionsDialog):
        SuggestionsDialog.setWindowTitle(QCoreApplication.translate("SuggestionsDialog", u"Suggested pairings", None))
        self.targetLabel.setText(QCoreApplication.translate("SuggestionsDialog", u"&For:", None))
        self.findButton.setText(QCoreApplication.translate("SuggestionsDialog", u"&Find", None))
        self.startLabel.setText(QCoreApplication.translate("SuggestionsDialog", u"&Start date:", None))
        self.tickAllButton.setText(QCoreApplication.translate("SuggestionsDialog", u"Tick &all", None))
        self.tickNoneButton.setText(QCoreApplication.translate("SuggestionsDialog", u"Tick &none", None))
    # retranslateUi

