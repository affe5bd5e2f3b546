# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout, QWidget

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1000, 680)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, -1)
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.mainLayout = QHBoxLayout()
        self.mainLayout.setSpacing(16)
        self.mainLayout.setObjectName(u"mainLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.optionsBox = QGroupBox(ReportsPage)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsBox.setMinimumSize(QSize(340, 0))
        self.optionsBox.setMaximumSize(QSize(420, 16777215))
        self.optionsLayout = QVBoxLayout(self.optionsBox)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.kindLabel = QLabel(self.optionsBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.optionsLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(self.optionsBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.optionsLayout.addWidget(self.kindCombo)

        self.kindDescription = QLabel(self.optionsBox)
        self.kindDescription.setObjectName(u"kindDescription")
        self.kindDescription.setWordWrap(True)

        self.optionsLayout.addWidget(self.kindDescription)

        self.scopeLayout = QVBoxLayout()
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.cohortLabel = QLabel(self.optionsBox)
        self.cohortLabel.setObjectName(u"cohortLabel")

        self.scopeLayout.addWidget(self.cohortLabel)

        self.cohortCombo = QComboBox(self.optionsBox)
        self.cohortCombo.setObjectName(u"cohortCombo")

        self.scopeLayout.addWidget(self.cohortCombo)

        self.universityLabel = QLabel(self.optionsBox)
        self.universityLabel.setObjectName(u"universityLabel")

        self.scopeLayout.addWidget(self.universityLabel)

        self.universityCombo = QComboBox(self.optionsBox)
        self.universityCombo.setObjectName(u"universityCombo")

        self.scopeLayout.addWidget(self.universityCombo)

        self.regionLabel = QLabel(self.optionsBox)
        self.regionLabel.setObjectName(u"regionLabel")

        self.scopeLayout.addWidget(self.regionLabel)

        self.regionCombo = QComboBox(self.optionsBox)
        self.regionCombo.setObjectName(u"regionCombo")

        self.scopeLayout.addWidget(self.regionCombo)

        self.teamLabel = QLabel(self.optionsBox)
        self.teamLabel.setObjectName(u"teamLabel")

        self.scopeLayout.addWidget(self.teamLabel)

        self.teamCombo = QComboBox(self.optionsBox)
        self.teamCombo.setObjectName(u"teamCombo")

        self.scopeLayout.addWidget(self.teamCombo)

        self.mentorLabel = QLabel(self.optionsBox)
        self.mentorLabel.setObjectName(u"mentorLabel")

        self.scopeLayout.addWidget(self.mentorLabel)

        self.mentorCombo = QComboBox(self.optionsBox)
        self.mentorCombo.setObjectName(u"mentorCombo")

        self.scopeLayout.addWidget(self.mentorCombo)

        self.sessionLabel = QLabel(self.optionsBox)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.scopeLayout.addWidget(self.sessionLabel)

        self.sessionCombo = QComboBox(self.optionsBox)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.scopeLayout.addWidget(self.sessionCombo)


        self.optionsLayout.addLayout(self.scopeLayout)

        self.outputLabel = QLabel(self.optionsBox)
        self.outputLabel.setObjectName(u"outputLabel")

        self.optionsLayout.addWidget(self.outputLabel)

        self.outputLayout = QHBoxLayout()
        self.outputLayout.setObjectName(u"outputLayout")
        self.outputEdit = QLineEdit(self.optionsBox)
        self.outputEdit.setObjectName(u"outputEdit")

        self.outputLayout.addWidget(self.outputEdit)

        self.browseButton = QToolButton(self.optionsBox)
        self.browseButton.setObjectName(u"browseButton")

        self.outputLayout.addWidget(self.browseButton)


        self.optionsLayout.addLayout(self.outputLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.generateButton = QPushButton(self.optionsBox)
        self.generateButton.setObjectName(u"generateButton")

        self.buttonsLayout.addWidget(self.generateButton)

        self.openButton = QPushButton(self.optionsBox)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setEnabled(False)

        self.buttonsLayout.addWidget(self.openButton)

        self.printButton = QPushButton(self.optionsBox)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setEnabled(False)

        self.buttonsLayout.addWidget(self.printButton)


        self.optionsLayout.addLayout(self.buttonsLayout)

        self.statusLabel = QLabel(self.optionsBox)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.optionsLayout.addWidget(self.statusLabel)

        self.optionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.optionsLayout.addItem(self.optionsSpacer)


        self.leftColumn.addWidget(self.optionsBox)


        self.mainLayout.addLayout(self.leftColumn)

        self.previewBox = QGroupBox(ReportsPage)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewNote = QLabel(self.previewBox)
        self.previewNote.setObjectName(u"previewNote")
        self.previewNote.setWordWrap(True)

        self.previewLayout.addWidget(self.previewNote)


        self.mainLayout.addWidget(self.previewBox)

        self.mainLayout.setStretch(1, 1)

        self.pageLayout.addLayout(self.mainLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.cohortLabel.setBuddy(self.cohortCombo)
        self.universityLabel.setBuddy(self.universityCombo)
        self.regionLabel.setBuddy(self.regionCombo)
        self.teamLabel.setBuddy(self.teamCombo)
        self.mentorLabel.setBuddy(self.mentorCombo)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.outputLabel.setBuddy(self.outputEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.cohortCombo)
        QWidget.setTabOrder(self.cohortCombo, self.universityCombo)
        QWidget.setTabOrder(self.universityCombo, self.regionCombo)
        QWidget.setTabOrder(self.regionCombo, self.teamCombo)
        QWidget.setTabOrder(self.teamCombo, self.mentorCombo)
        QWidget.setTabOrder(self.mentorCombo, self.sessionCombo)
        QWidget.setTabOrder(self.sessionCombo, self.outputEdit)
        QWidget.setTabOrder(self.outputEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.generateButton)
        QWidget.setTabOrder(self.generateButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.printButton)

        self.retranslateUi(ReportsPage)

        self.generateButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Reports", None))
        self.optionsBox.setTitle(QCoreApplication.translate("ReportsPage", u"Printable report (PDF)", None))
        self.kindLabel.setText(QCoreApplication.translate("ReportsPage", u"&Kind of report", None))
        self.cohortLabel.setText(QCoreApplication.translate("ReportsPage", u"&Cohort", None))
        self.universityLabel.setText(QCoreApplication.translate("ReportsPage", u"&University", None))
        self.regionLabel.setText(QCoreApplication.translate("ReportsPage", u"&Region", None))
        self.teamLabel.setText(QCoreApplication.translate("ReportsPage", u"&Team", None))
        self.mentorLabel.setText(QCoreApplication.translate("ReportsPage", u"&Mentor", None))
        self.sessionLabel.setText(QCoreApplication.translate("ReportsPage", u"&Session", None))
        self.outputLabel.setText(QCoreApplication.translate("ReportsPage", u"Save &as", None))
        self.browseButton.setText(QCoreApplication.translate("ReportsPage", u"\u2026", None))
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Choose where to save the PDF", None))
#endif // QT_CONFIG(tooltip)
        self.generateButton.setText(QCoreApplication.translate("ReportsPage", u"&Generate", None))
        self.openButton.setText(QCoreApplication.translate("ReportsPage", u"&Open", None))
        self.printButton.setText(QCoreApplication.translate("ReportsPage", u"&Print\u2026", None))
        self.previewBox.setTitle(QCoreApplication.translate("ReportsPage", u"Preview", None))
        self.previewNote.setText(QCoreApplication.translate("ReportsPage", u"Generate a report to see it here.", None))
        pass
    # retranslateUi

