# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.reportBox = QGroupBox(SettingsDialog)
        self.reportBox.setObjectName(u"reportBox")
        self.reportLayout = QFormLayout(self.reportBox)
        self.reportLayout.setObjectName(u"reportLayout")
        self.institutionNameLabel = QLabel(self.reportBox)
        self.institutionNameLabel.setObjectName(u"institutionNameLabel")

        self.reportLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.institutionNameLabel)

        self.institutionName = QLineEdit(self.reportBox)
        self.institutionName.setObjectName(u"institutionName")

        self.reportLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.institutionName)

        self.reportCityLabel = QLabel(self.reportBox)
        self.reportCityLabel.setObjectName(u"reportCityLabel")

        self.reportLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reportCityLabel)

        self.reportCity = QLineEdit(self.reportBox)
        self.reportCity.setObjectName(u"reportCity")

        self.reportLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reportCity)

        self.reportLogoLabel = QLabel(self.reportBox)
        self.reportLogoLabel.setObjectName(u"reportLogoLabel")

        self.reportLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reportLogoLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.reportLogo = QLineEdit(self.reportBox)
        self.reportLogo.setObjectName(u"reportLogo")

        self.logoLayout.addWidget(self.reportLogo)

        self.browseLogo = QPushButton(self.reportBox)
        self.browseLogo.setObjectName(u"browseLogo")

        self.logoLayout.addWidget(self.browseLogo)

        self.defaultLogo = QPushButton(self.reportBox)
        self.defaultLogo.setObjectName(u"defaultLogo")

        self.logoLayout.addWidget(self.defaultLogo)


        self.reportLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.logoLayout)

        self.logoPreview = QLabel(self.reportBox)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(0, 56))

        self.reportLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.logoPreview)


        self.mainLayout.addWidget(self.reportBox)

        self.pairingBox = QGroupBox(SettingsDialog)
        self.pairingBox.setObjectName(u"pairingBox")
        self.pairingLayout = QFormLayout(self.pairingBox)
        self.pairingLayout.setObjectName(u"pairingLayout")
        self.teamLimitLabel = QLabel(self.pairingBox)
        self.teamLimitLabel.setObjectName(u"teamLimitLabel")

        self.pairingLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.teamLimitLabel)

        self.maxPairingsPerTeam = QSpinBox(self.pairingBox)
        self.maxPairingsPerTeam.setObjectName(u"maxPairingsPerTeam")
        self.maxPairingsPerTeam.setMinimum(1)
        self.maxPairingsPerTeam.setMaximum(20)

        self.pairingLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.maxPairingsPerTeam)

        self.umkmLimitLabel = QLabel(self.pairingBox)
        self.umkmLimitLabel.setObjectName(u"umkmLimitLabel")

        self.pairingLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.umkmLimitLabel)

        self.maxPairingsPerUmkm = QSpinBox(self.pairingBox)
        self.maxPairingsPerUmkm.setObjectName(u"maxPairingsPerUmkm")
        self.maxPairingsPerUmkm.setMinimum(1)
        self.maxPairingsPerUmkm.setMaximum(20)

        self.pairingLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.maxPairingsPerUmkm)

        self.limitNote = QLabel(self.pairingBox)
        self.limitNote.setObjectName(u"limitNote")
        self.limitNote.setWordWrap(True)

        self.pairingLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.limitNote)


        self.mainLayout.addWidget(self.pairingBox)

        self.errorSummary = QLabel(SettingsDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.mainLayout.addWidget(self.errorSummary)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.institutionNameLabel.setBuddy(self.institutionName)
        self.reportCityLabel.setBuddy(self.reportCity)
        self.reportLogoLabel.setBuddy(self.reportLogo)
        self.teamLimitLabel.setBuddy(self.maxPairingsPerTeam)
        self.umkmLimitLabel.setBuddy(self.maxPairingsPerUmkm)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.institutionName, self.reportCity)
        QWidget.setTabOrder(self.reportCity, self.reportLogo)
        QWidget.setTabOrder(self.reportLogo, self.browseLogo)
        QWidget.setTabOrder(self.browseLogo, self.defaultLogo)
        QWidget.setTabOrder(self.defaultLogo, self.maxPairingsPerTeam)
        QWidget.setTabOrder(self.maxPairingsPerTeam, self.maxPairingsPerUmkm)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Program settings", None))
        self.reportBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Reports", None))
        self.institutionNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Institution:", None))
        self.institutionName.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. LPPM Universitas Jember", None))
        self.reportCityLabel.setText(QCoreApplication.translate("SettingsDialog", u"&City:", None))
        self.reportCity.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"written before the date above the signatures", None))
        self.reportLogoLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Logo:", None))
        self.reportLogo.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"the program's own logo", None))
        self.browseLogo.setText(QCoreApplication.translate("SettingsDialog", u"&Browse\u2026", None))
        self.defaultLogo.setText(QCoreApplication.translate("SettingsDialog", u"&Default", None))
        self.pairingBox.setTitle(QCoreApplication.translate("SettingsDialog", u"UMKM pairings", None))
        self.teamLimitLabel.setText(QCoreApplication.translate("SettingsDialog", u"Active pairings per &team, at most:", None))
        self.umkmLimitLabel.setText(QCoreApplication.translate("SettingsDialog", u"Teams working with one &UMKM, at most:", None))
    # retranslateUi

