# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'teams_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

from wirausaha_app.ui.dialogs.pickers import ChoiceCombo
from wirausaha_app.ui.inputs.date_edit import OptionalDateEdit

class Ui_TeamsDialog(object):
    def setupUi(self, TeamsDialog):
        if not TeamsDialog.objectName():
            TeamsDialog.setObjectName(u"TeamsDialog")
        TeamsDialog.setMinimumSize(QSize(860, 0))
        self.mainLayout = QVBoxLayout(TeamsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorSummary = QLabel(TeamsDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setStyleSheet(u"color: #b71c1c; font-weight: 600;")

        self.mainLayout.addWidget(self.errorSummary)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.teamGroup = QGroupBox(TeamsDialog)
        self.teamGroup.setObjectName(u"teamGroup")
        self.form = QFormLayout(self.teamGroup)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.cohort_idLabel = QLabel(self.teamGroup)
        self.cohort_idLabel.setObjectName(u"cohort_idLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cohort_idLabel)

        self.cohort_id = ChoiceCombo(self.teamGroup)
        self.cohort_id.setObjectName(u"cohort_id")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cohort_id)

        self.nameLabel = QLabel(self.teamGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.teamGroup)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.business_nameLabel = QLabel(self.teamGroup)
        self.business_nameLabel.setObjectName(u"business_nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.business_nameLabel)

        self.business_name = QLineEdit(self.teamGroup)
        self.business_name.setObjectName(u"business_name")
        self.business_name.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.business_name)

        self.sectorLabel = QLabel(self.teamGroup)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sector = QLineEdit(self.teamGroup)
        self.sector.setObjectName(u"sector")
        self.sector.setMaxLength(100)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sector)

        self.kbli_codeLabel = QLabel(self.teamGroup)
        self.kbli_codeLabel.setObjectName(u"kbli_codeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kbli_codeLabel)

        self.kbliLayout = QHBoxLayout()
        self.kbliLayout.setObjectName(u"kbliLayout")
        self.kbli_code = QLineEdit(self.teamGroup)
        self.kbli_code.setObjectName(u"kbli_code")
        self.kbli_code.setMaxLength(5)

        self.kbliLayout.addWidget(self.kbli_code)

        self.kbli_versionLabel = QLabel(self.teamGroup)
        self.kbli_versionLabel.setObjectName(u"kbli_versionLabel")

        self.kbliLayout.addWidget(self.kbli_versionLabel)

        self.kbli_version = QComboBox(self.teamGroup)
        self.kbli_version.setObjectName(u"kbli_version")
        self.kbli_version.setMinimumSize(QSize(80, 0))

        self.kbliLayout.addWidget(self.kbli_version)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.kbliLayout)

        self.region_codeLabel = QLabel(self.teamGroup)
        self.region_codeLabel.setObjectName(u"region_codeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.region_codeLabel)

        self.region_code = ChoiceCombo(self.teamGroup)
        self.region_code.setObjectName(u"region_code")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.region_code)

        self.business_plan_approvedLabel = QLabel(self.teamGroup)
        self.business_plan_approvedLabel.setObjectName(u"business_plan_approvedLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.business_plan_approvedLabel)

        self.business_plan_approved = OptionalDateEdit(self.teamGroup)
        self.business_plan_approved.setObjectName(u"business_plan_approved")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.business_plan_approved)

        self.bank_accountLabel = QLabel(self.teamGroup)
        self.bank_accountLabel.setObjectName(u"bank_accountLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.bank_accountLabel)

        self.bank_account = QLineEdit(self.teamGroup)
        self.bank_account.setObjectName(u"bank_account")
        self.bank_account.setMaxLength(100)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.bank_account)

        self.notesLabel = QLabel(self.teamGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.teamGroup)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)


        self.columns.addWidget(self.teamGroup)

        self.membersGroup = QGroupBox(TeamsDialog)
        self.membersGroup.setObjectName(u"membersGroup")
        self.membersLayout = QVBoxLayout(self.membersGroup)
        self.membersLayout.setObjectName(u"membersLayout")
        self.memberFilter = QLineEdit(self.membersGroup)
        self.memberFilter.setObjectName(u"memberFilter")

        self.membersLayout.addWidget(self.memberFilter)

        self.membersPick = QHBoxLayout()
        self.membersPick.setObjectName(u"membersPick")
        self.availableLayout = QVBoxLayout()
        self.availableLayout.setObjectName(u"availableLayout")
        self.availableLabel = QLabel(self.membersGroup)
        self.availableLabel.setObjectName(u"availableLabel")

        self.availableLayout.addWidget(self.availableLabel)

        self.available = QListWidget(self.membersGroup)
        self.available.setObjectName(u"available")
        self.available.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.availableLayout.addWidget(self.available)


        self.membersPick.addLayout(self.availableLayout)

        self.moveButtons = QVBoxLayout()
        self.moveButtons.setObjectName(u"moveButtons")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveButtons.addItem(self.topSpacer)

        self.addMember = QPushButton(self.membersGroup)
        self.addMember.setObjectName(u"addMember")

        self.moveButtons.addWidget(self.addMember)

        self.removeMember = QPushButton(self.membersGroup)
        self.removeMember.setObjectName(u"removeMember")

        self.moveButtons.addWidget(self.removeMember)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveButtons.addItem(self.bottomSpacer)


        self.membersPick.addLayout(self.moveButtons)

        self.chosenLayout = QVBoxLayout()
        self.chosenLayout.setObjectName(u"chosenLayout")
        self.membersLabel = QLabel(self.membersGroup)
        self.membersLabel.setObjectName(u"membersLabel")

        self.chosenLayout.addWidget(self.membersLabel)

        self.members = QListWidget(self.membersGroup)
        self.members.setObjectName(u"members")
        self.members.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.chosenLayout.addWidget(self.members)


        self.membersPick.addLayout(self.chosenLayout)


        self.membersLayout.addLayout(self.membersPick)

        self.leaderForm = QFormLayout()
        self.leaderForm.setObjectName(u"leaderForm")
        self.leaderForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.leader_idLabel = QLabel(self.membersGroup)
        self.leader_idLabel.setObjectName(u"leader_idLabel")

        self.leaderForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leader_idLabel)

        self.leader_id = QComboBox(self.membersGroup)
        self.leader_id.setObjectName(u"leader_id")

        self.leaderForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.leader_id)


        self.membersLayout.addLayout(self.leaderForm)


        self.columns.addWidget(self.membersGroup)


        self.mainLayout.addLayout(self.columns)

        self.buttonBox = QDialogButtonBox(TeamsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.cohort_idLabel.setBuddy(self.cohort_id)
        self.nameLabel.setBuddy(self.name)
        self.business_nameLabel.setBuddy(self.business_name)
        self.sectorLabel.setBuddy(self.sector)
        self.kbli_codeLabel.setBuddy(self.kbli_code)
        self.kbli_versionLabel.setBuddy(self.kbli_version)
        self.region_codeLabel.setBuddy(self.region_code)
        self.business_plan_approvedLabel.setBuddy(self.business_plan_approved)
        self.bank_accountLabel.setBuddy(self.bank_account)
        self.notesLabel.setBuddy(self.notes)
        self.availableLabel.setBuddy(self.available)
        self.membersLabel.setBuddy(self.members)
        self.leader_idLabel.setBuddy(self.leader_id)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TeamsDialog)

        QMetaObject.connectSlotsByName(TeamsDialog)
    # setupUi

    def retranslateUi(self, TeamsDialog):
        TeamsDialog.setWindowTitle(QCoreApplication.translate("TeamsDialog", u"Team", None))
        self.teamGroup.setTitle(QCoreApplication.translate("TeamsDialog", u"Team", None))
        self.cohort_idLabel.setText(QCoreApplication.translate("TeamsDialog", u"&Cohort *:", None))
        self.nameLabel.setText(QCoreApplication.translate("TeamsDialog", u"&Team name *:", None))
        self.business_nameLabel.setText(QCoreApplication.translate("TeamsDialog", u"&Business name:", None))
        self.sectorLabel.setText(QCoreApplication.translate("TeamsDialog", u"&Sector:", None))
        self.sector.setPlaceholderText(QCoreApplication.translate("TeamsDialog", u"Kuliner, fesyen, jasa\u2026", None))
        self.kbli_codeLabel.setText(QCoreApplication.translate("TeamsDialog", u"&KBLI:", None))
        self.kbli_code.setPlaceholderText(QCoreApplication.translate("TeamsDialog", u"10792", None))
        self.kbli_versionLabel.setText(QCoreApplication.translate("TeamsDialog", u"&version:", None))
        self.region_codeLabel.setText(QCoreApplication.translate("TeamsDialog", u"&Region:", None))
        self.business_plan_approvedLabel.setText(QCoreApplication.translate("TeamsDialog", u"Business plan &approved:", None))
        self.bank_accountLabel.setText(QCoreApplication.translate("TeamsDialog", u"Ban&k account:", None))
        self.notesLabel.setText(QCoreApplication.translate("TeamsDialog", u"&Notes:", None))
        self.membersGroup.setTitle(QCoreApplication.translate("TeamsDialog", u"Members", None))
        self.memberFilter.setPlaceholderText(QCoreApplication.translate("TeamsDialog", u"Filter the cohort's students\u2026", None))
        self.availableLabel.setText(QCoreApplication.translate("TeamsDialog", u"Students without a team:", None))
        self.addMember.setText(QCoreApplication.translate("TeamsDialog", u"Add \u2192", None))
        self.removeMember.setText(QCoreApplication.translate("TeamsDialog", u"\u2190 Remove", None))
        self.membersLabel.setText(QCoreApplication.translate("TeamsDialog", u"&Members (1\u20135) *:", None))
        self.leader_idLabel.setText(QCoreApplication.translate("TeamsDialog", u"&Leader (ketua) *:", None))
    # retranslateUi

