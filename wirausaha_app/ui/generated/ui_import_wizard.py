# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.setMinimumSize(QSize(760, 520))
        self.mainLayout = QVBoxLayout(ImportWizard)
        self.mainLayout.setObjectName(u"mainLayout")
        self.stepLabel = QLabel(ImportWizard)
        self.stepLabel.setObjectName(u"stepLabel")

        self.mainLayout.addWidget(self.stepLabel)

        self.pages = QStackedWidget(ImportWizard)
        self.pages.setObjectName(u"pages")
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QFormLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.kindLabel = QLabel(self.filePage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fileLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.filePage)
        self.kind.setObjectName(u"kind")

        self.fileLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.pathLabel = QLabel(self.filePage)
        self.pathLabel.setObjectName(u"pathLabel")

        self.fileLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.path = QLineEdit(self.filePage)
        self.path.setObjectName(u"path")

        self.pathLayout.addWidget(self.path)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.pathLayout.addWidget(self.browseButton)


        self.fileLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.pathLayout)

        self.sheetLabel = QLabel(self.filePage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheet = QComboBox(self.filePage)
        self.sheet.setObjectName(u"sheet")

        self.fileLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sheet)

        self.cohortLabel = QLabel(self.filePage)
        self.cohortLabel.setObjectName(u"cohortLabel")

        self.fileLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cohortLabel)

        self.cohort = QComboBox(self.filePage)
        self.cohort.setObjectName(u"cohort")

        self.fileLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cohort)

        self.updateExisting = QCheckBox(self.filePage)
        self.updateExisting.setObjectName(u"updateExisting")

        self.fileLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.updateExisting)

        self.skipInvalid = QCheckBox(self.filePage)
        self.skipInvalid.setObjectName(u"skipInvalid")

        self.fileLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.skipInvalid)

        self.fileHint = QLabel(self.filePage)
        self.fileHint.setObjectName(u"fileHint")
        self.fileHint.setWordWrap(True)

        self.fileLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.fileHint)

        self.pages.addWidget(self.filePage)
        self.mappingPage = QWidget()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingLayout = QVBoxLayout(self.mappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingInfo = QLabel(self.mappingPage)
        self.mappingInfo.setObjectName(u"mappingInfo")
        self.mappingInfo.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingInfo)

        self.mappingTable = QTableWidget(self.mappingPage)
        self.mappingTable.setObjectName(u"mappingTable")

        self.mappingLayout.addWidget(self.mappingTable)

        self.pages.addWidget(self.mappingPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.summary = QLabel(self.previewPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.previewLayout.addWidget(self.summary)

        self.problemsTable = QTableWidget(self.previewPage)
        self.problemsTable.setObjectName(u"problemsTable")

        self.previewLayout.addWidget(self.problemsTable)

        self.pages.addWidget(self.previewPage)

        self.mainLayout.addWidget(self.pages)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.backButton = QPushButton(ImportWizard)
        self.backButton.setObjectName(u"backButton")

        self.buttonLayout.addWidget(self.backButton)

        self.nextButton = QPushButton(ImportWizard)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonLayout.addWidget(self.nextButton)

        self.importButton = QPushButton(ImportWizard)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)

        self.cancelButton = QPushButton(ImportWizard)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.pathLabel.setBuddy(self.path)
        self.sheetLabel.setBuddy(self.sheet)
        self.cohortLabel.setBuddy(self.cohort)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.path)
        QWidget.setTabOrder(self.path, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.sheet)
        QWidget.setTabOrder(self.sheet, self.cohort)
        QWidget.setTabOrder(self.cohort, self.updateExisting)
        QWidget.setTabOrder(self.updateExisting, self.skipInvalid)
        QWidget.setTabOrder(self.skipInvalid, self.mappingTable)
        QWidget.setTabOrder(self.mappingTable, self.problemsTable)
        QWidget.setTabOrder(self.problemsTable, self.backButton)
        QWidget.setTabOrder(self.backButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.cancelButton)

        self.retranslateUi(ImportWizard)

        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import from Excel", None))
        self.stepLabel.setText(QCoreApplication.translate("ImportWizard", u"Step 1 of 3: choose the file", None))
        self.kindLabel.setText(QCoreApplication.translate("ImportWizard", u"&What the sheet holds:", None))
        self.pathLabel.setText(QCoreApplication.translate("ImportWizard", u"&File:", None))
        self.browseButton.setText(QCoreApplication.translate("ImportWizard", u"&Browse\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportWizard", u"&Sheet:", None))
        self.cohortLabel.setText(QCoreApplication.translate("ImportWizard", u"&Default cohort:", None))
        self.updateExisting.setText(QCoreApplication.translate("ImportWizard", u"&Update records that already exist (same NIM within a university, same NIB, same name)", None))
        self.skipInvalid.setText(QCoreApplication.translate("ImportWizard", u"Import the valid rows even when other rows are &refused", None))
        self.fileHint.setText(QCoreApplication.translate("ImportWizard", u"Columns are recognised by their headers; title rows above the table are skipped. Nothing is saved until you press Import, and a file with refused rows changes nothing.", None))
        self.backButton.setText(QCoreApplication.translate("ImportWizard", u"< &Back", None))
        self.nextButton.setText(QCoreApplication.translate("ImportWizard", u"&Next >", None))
        self.importButton.setText(QCoreApplication.translate("ImportWizard", u"&Import", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportWizard", u"Cancel", None))
    # retranslateUi

