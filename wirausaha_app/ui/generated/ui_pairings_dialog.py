# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pairings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout

from wirausaha_app.ui.dialogs.pickers import ChoiceCombo
from wirausaha_app.ui.inputs.date_edit import OptionalDateEdit

class Ui_PairingsDialog(object):
    def setupUi(self, PairingsDialog):
        if not PairingsDialog.objectName():
            PairingsDialog.setObjectName(u"PairingsDialog")
        PairingsDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(PairingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorSummary = QLabel(PairingsDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setStyleSheet(u"color: #b71c1c; font-weight: 600;")

        self.mainLayout.addWidget(self.errorSummary)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.team_idLabel = QLabel(PairingsDialog)
        self.team_idLabel.setObjectName(u"team_idLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.team_idLabel)

        self.team_id = ChoiceCombo(PairingsDialog)
        self.team_id.setObjectName(u"team_id")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.team_id)

        self.umkm_idLabel = QLabel(PairingsDialog)
        self.umkm_idLabel.setObjectName(u"umkm_idLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.umkm_idLabel)

        self.umkmLayout = QHBoxLayout()
        self.umkmLayout.setObjectName(u"umkmLayout")
        self.umkm_id = QLineEdit(PairingsDialog)
        self.umkm_id.setObjectName(u"umkm_id")
        self.umkm_id.setReadOnly(True)

        self.umkmLayout.addWidget(self.umkm_id)

        self.chooseUmkmButton = QPushButton(PairingsDialog)
        self.chooseUmkmButton.setObjectName(u"chooseUmkmButton")

        self.umkmLayout.addWidget(self.chooseUmkmButton)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.umkmLayout)

        self.role_codeLabel = QLabel(PairingsDialog)
        self.role_codeLabel.setObjectName(u"role_codeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_codeLabel)

        self.role_code = QComboBox(PairingsDialog)
        self.role_code.setObjectName(u"role_code")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_code)

        self.statusLabel = QLabel(PairingsDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(PairingsDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status)

        self.start_dateLabel = QLabel(PairingsDialog)
        self.start_dateLabel.setObjectName(u"start_dateLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.start_dateLabel)

        self.start_date = OptionalDateEdit(PairingsDialog)
        self.start_date.setObjectName(u"start_date")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_dateLabel = QLabel(PairingsDialog)
        self.end_dateLabel.setObjectName(u"end_dateLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.end_dateLabel)

        self.end_date = OptionalDateEdit(PairingsDialog)
        self.end_date.setObjectName(u"end_date")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.notesLabel = QLabel(PairingsDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(PairingsDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(PairingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.team_idLabel.setBuddy(self.team_id)
        self.umkm_idLabel.setBuddy(self.umkm_id)
        self.role_codeLabel.setBuddy(self.role_code)
        self.statusLabel.setBuddy(self.status)
        self.start_dateLabel.setBuddy(self.start_date)
        self.end_dateLabel.setBuddy(self.end_date)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PairingsDialog)

        QMetaObject.connectSlotsByName(PairingsDialog)
    # setupUi

    def retranslateUi(self, PairingsDialog):
        PairingsDialog.setWindowTitle(QCoreApplication.translate("PairingsDialog", u"Pairing", None))
        self.team_idLabel.setText(QCoreApplication.translate("PairingsDialog", u"&Team *:", None))
        self.umkm_idLabel.setText(QCoreApplication.translate("PairingsDialog", u"&UMKM *:", None))
        self.umkm_id.setPlaceholderText(QCoreApplication.translate("PairingsDialog", u"Choose an UMKM\u2026", None))
        self.chooseUmkmButton.setText(QCoreApplication.translate("PairingsDialog", u"C&hoose\u2026", None))
        self.role_codeLabel.setText(QCoreApplication.translate("PairingsDialog", u"&Value-chain role *:", None))
        self.statusLabel.setText(QCoreApplication.translate("PairingsDialog", u"S&tatus *:", None))
        self.start_dateLabel.setText(QCoreApplication.translate("PairingsDialog", u"&Start *:", None))
        self.end_dateLabel.setText(QCoreApplication.translate("PairingsDialog", u"&End:", None))
        self.notesLabel.setText(QCoreApplication.translate("PairingsDialog", u"&Notes:", None))
    # retranslateUi

