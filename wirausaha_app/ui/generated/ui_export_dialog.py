# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scopeBox = QGroupBox(ExportDialog)
        self.scopeBox.setObjectName(u"scopeBox")
        self.scopeLayout = QFormLayout(self.scopeBox)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.wholeDatabase = QRadioButton(self.scopeBox)
        self.wholeDatabase.setObjectName(u"wholeDatabase")
        self.wholeDatabase.setChecked(True)

        self.scopeLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.wholeDatabase)

        self.cohortLabel = QLabel(self.scopeBox)
        self.cohortLabel.setObjectName(u"cohortLabel")

        self.scopeLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cohortLabel)

        self.cohort = QComboBox(self.scopeBox)
        self.cohort.setObjectName(u"cohort")

        self.scopeLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cohort)

        self.universityLabel = QLabel(self.scopeBox)
        self.universityLabel.setObjectName(u"universityLabel")

        self.scopeLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.universityLabel)

        self.university = QComboBox(self.scopeBox)
        self.university.setObjectName(u"university")

        self.scopeLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.university)

        self.currentList = QRadioButton(self.scopeBox)
        self.currentList.setObjectName(u"currentList")

        self.scopeLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.currentList)


        self.mainLayout.addWidget(self.scopeBox)

        self.fullExport = QCheckBox(ExportDialog)
        self.fullExport.setObjectName(u"fullExport")

        self.mainLayout.addWidget(self.fullExport)

        self.fullWarning = QLabel(ExportDialog)
        self.fullWarning.setObjectName(u"fullWarning")
        self.fullWarning.setWordWrap(True)

        self.mainLayout.addWidget(self.fullWarning)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathLabel = QLabel(ExportDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.pathLayout.addWidget(self.pathLabel)

        self.path = QLineEdit(ExportDialog)
        self.path.setObjectName(u"path")

        self.pathLayout.addWidget(self.path)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.pathLayout.addWidget(self.browseButton)


        self.mainLayout.addLayout(self.pathLayout)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.cohortLabel.setBuddy(self.cohort)
        self.universityLabel.setBuddy(self.university)
        self.pathLabel.setBuddy(self.path)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.wholeDatabase, self.cohort)
        QWidget.setTabOrder(self.cohort, self.university)
        QWidget.setTabOrder(self.university, self.currentList)
        QWidget.setTabOrder(self.currentList, self.fullExport)
        QWidget.setTabOrder(self.fullExport, self.path)
        QWidget.setTabOrder(self.path, self.browseButton)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export to Excel", None))
        self.scopeBox.setTitle(QCoreApplication.translate("ExportDialog", u"What to export", None))
        self.wholeDatabase.setText(QCoreApplication.translate("ExportDialog", u"&Whole database: one sheet per kind and a summary", None))
        self.cohortLabel.setText(QCoreApplication.translate("ExportDialog", u"&Cohort:", None))
        self.universityLabel.setText(QCoreApplication.translate("ExportDialog", u"&University:", None))
        self.currentList.setText(QCoreApplication.translate("ExportDialog", u"The &list shown now, with its search and filters", None))
        self.fullExport.setText(QCoreApplication.translate("ExportDialog", u"&Full export: write NIK and phone numbers unmasked", None))
        self.fullWarning.setText(QCoreApplication.translate("ExportDialog", u"Personal data (UU 27/2022): a full export holds NIK and phone numbers. Share it only with people who need them and delete it when done.", None))
        self.pathLabel.setText(QCoreApplication.translate("ExportDialog", u"&File:", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
    # retranslateUi

